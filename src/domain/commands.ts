import { editDistance } from './edit-distance.ts';
import { LOCALES, type Locale } from './locale.ts';

export const COMMAND_IDS = [
  'help',
  'plan',
  'actions',
  'household',
  'calendar',
  'digest',
  'rotation',
  'decline',
  'action',
  'decision',
  'minutes',
  'away',
  'overloaded',
  'team',
  'settings',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/**
 * The words users type, per language; the first word is the one we show. 'help' is also listed as Dutch
 * because Dutch people type it naturally ("help!"), so it never switches a Dutch user to English.
 */
const WORDS: Record<CommandId, Record<Locale, readonly [string, ...string[]]>> = {
  help: { nl: ['hulp', 'help'], en: ['help'] },
  plan: { nl: ['plan', 'overleg'], en: ['plan', 'conference'] },
  actions: { nl: ['acties'], en: ['actions'] },
  household: { nl: ['huishouden'], en: ['household'] },
  calendar: { nl: ['agenda'], en: ['calendar'] },
  digest: { nl: ['overzicht'], en: ['digest', 'overview'] },
  rotation: { nl: ['rooster'], en: ['rotation', 'roster'] },
  decline: { nl: ['afmelden'], en: ['decline'] },
  action: { nl: ['actie'], en: ['action'] },
  decision: { nl: ['besluit'], en: ['decision'] },
  minutes: { nl: ['verslag', 'notulen'], en: ['minutes'] },
  away: { nl: ['afwezig'], en: ['away'] },
  overloaded: { nl: ['druk'], en: ['overloaded'] },
  team: { nl: ['team'], en: ['team'] },
  settings: { nl: ['instellingen'], en: ['settings'] },
};

interface WordEntry {
  word: string;
  command: CommandId;
  languages: Locale[];
}

const ENTRIES: readonly WordEntry[] = buildEntries();

function buildEntries(): WordEntry[] {
  const byWord = new Map<string, WordEntry>();
  for (const command of COMMAND_IDS) {
    for (const language of LOCALES) {
      for (const word of WORDS[command][language]) {
        const entry = byWord.get(word) ?? { word, command, languages: [] };
        entry.languages.push(language);
        byWord.set(word, entry);
      }
    }
  }
  return [...byWord.values()];
}

/** The word we show for a command in a language, e.g. ('actions', 'nl') → 'acties'. */
export function commandWord(command: CommandId, locale: Locale): string {
  return WORDS[command][locale][0];
}

/** Every word that starts a command, in both languages. */
export function allCommandWords(): readonly string[] {
  return ENTRIES.map((entry) => entry.word);
}

/** The language a command word belongs to, or undefined when it is used in both ('plan') or unknown. */
export function languageOfWord(word: string): Locale | undefined {
  const entry = ENTRIES.find((e) => e.word === word);
  return entry?.languages.length === 1 ? entry.languages[0] : undefined;
}

export interface ParsedCommand {
  /** The first word, lower-cased and without trailing punctuation; '' for empty text. */
  word: string;
  command: CommandId | undefined;
  /** The remaining words, case kept (household references are case-sensitive). */
  args: string[];
}

/**
 * Reads "plan H-12", "  PLAN   H-12 ", "/casus plan H-12" or "plan? H-12" alike. The caller strips the
 * bot mention first, because its form differs per platform (Slack `<@U123>`, Teams `<at>casus</at>`).
 */
export function parseCommand(text: string): ParsedCommand {
  const tokens = text.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (tokens[0] !== undefined && /^\/?casus$/i.test(tokens[0])) tokens.shift();
  const [first = '', ...args] = tokens;
  const word = first
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[?!.,:;]+$/, '');
  const command = ENTRIES.find((e) => e.word === word)?.command;
  return { word, command, args };
}

export interface CommandSuggestion {
  command: CommandId;
  /** The matched word, so the suggestion is in the language the user seemed to use. */
  word: string;
}

const MAX_DISTANCE = 2;
const MIN_PREFIX = 2;
/** A prefix match ('overz' → 'overzicht') ranks behind every near miss. */
const PREFIX_SCORE = MAX_DISTANCE + 1;

/**
 * The command word closest to a mistyped word: at most 2 edits away (and fewer edits than the word has
 * letters, so 'xy' does not become 'plan'), or a word it starts. Ties go to a word of `preferred`.
 */
export function closestCommand(input: string, preferred?: Locale): CommandSuggestion | undefined {
  const word = input.toLowerCase();
  if (word.length === 0) return undefined;

  let best: { entry: WordEntry; score: number } | undefined;
  for (const entry of ENTRIES) {
    const score = scoreOf(word, entry.word);
    if (score === undefined) continue;
    const better =
      best === undefined ||
      score < best.score ||
      (score === best.score && preferred !== undefined && prefers(entry, best.entry, preferred));
    if (better) best = { entry, score };
  }
  return best && { command: best.entry.command, word: best.entry.word };
}

function scoreOf(input: string, candidate: string): number | undefined {
  // Too long to be a near miss or a start: skip the edit distance, whose cost grows with the input (a pasted
  // page of text held the event loop for a second).
  if (input.length > candidate.length + MAX_DISTANCE) return undefined;
  const distance = editDistance(input, candidate);
  if (distance <= MAX_DISTANCE && distance < input.length) return distance;
  if (input.length >= MIN_PREFIX && candidate.startsWith(input)) return PREFIX_SCORE;
  return undefined;
}

function prefers(entry: WordEntry, current: WordEntry, preferred: Locale): boolean {
  return entry.languages.includes(preferred) && !current.languages.includes(preferred);
}
