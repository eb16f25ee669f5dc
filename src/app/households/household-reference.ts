/**
 * What a household reference may look like: the one check the household form and the roster import share,
 * the check of a team's own rule (`householdReference` in its settings), and the next free reference casus
 * proposes. A reference is the only way a household appears in chat, so it must look pseudonymous: by
 * default a few capital letters, a dash and digits, such as HH-2041. See docs/team-settings.md.
 *
 * Case: the pattern is tested as written, so the default refuses `hh-2041`. casus never rewrites a
 * reference (it may be the number of the household in another system); a team that wants lower case
 * writes `[A-Za-z]`. Finding a household and refusing a taken reference ignore case, as before.
 */
export interface ReferenceRule {
  /** A JavaScript regular expression (Unicode mode), anchored by the team with ^ and $. */
  pattern: string;
  /** A reference that fits the pattern, shown in messages ("such as HH-2041"). */
  example: string;
}

export const DEFAULT_REFERENCE_RULE: ReferenceRule = { pattern: '^[A-Z]{1,5}-\\d{1,6}$', example: 'HH-2041' };

/** Longer than any sensible reference, short enough for a Slack button label. */
export const MAX_REFERENCE_LENGTH = 40;

/** Words of the command itself: `huishouden nieuw` must keep meaning "a new household". */
const RESERVED = new Set(['new', 'nieuw']);

/**
 * Names a team's pattern must refuse. Whatever the team chooses, these may not pass as a reference; a
 * pattern that asks for a digit, or for letters-dash-digits, refuses them all.
 */
export const NAME_LIKE = [
  'Jansen',
  'jansen',
  'JANSEN',
  'Jansen.Piet',
  'Zxqwerty-Jansen',
  'de-Vries',
  'Piet Jansen',
];

export type ReferenceProblem = 'missing' | 'format' | 'reserved';

const compiled = new Map<string, RegExp>();

/** The rule's pattern as a RegExp; throws a SyntaxError for one that is not a regular expression. */
function patternOf(rule: ReferenceRule): RegExp {
  let regex = compiled.get(rule.pattern);
  if (!regex) {
    regex = new RegExp(rule.pattern, 'u');
    compiled.set(rule.pattern, regex);
  }
  return regex;
}

/** Whether `reference` (already trimmed) may be a new or changed household reference under `rule`. */
export function checkReference(reference: string, rule: ReferenceRule): ReferenceProblem | undefined {
  if (reference === '') return 'missing';
  // Chat commands split on spaces (`huishouden HH-2041 wijzig`), whatever the team's pattern says.
  if (reference.length > MAX_REFERENCE_LENGTH || /\s/u.test(reference)) return 'format';
  if (!patternOf(rule).test(reference)) return 'format';
  return RESERVED.has(reference.toLowerCase()) ? 'reserved' : undefined;
}

export interface ReferenceRuleProblem {
  field: 'pattern' | 'example';
  code:
    | 'reference-pattern-invalid'
    | 'reference-pattern-matches-empty'
    | 'reference-pattern-matches-name'
    | 'reference-example-mismatch';
  params: Record<string, string>;
}

/** Why a team's rule is not usable: not a regular expression, too lax, or its example does not fit. */
export function referenceRuleProblems(rule: ReferenceRule): ReferenceRuleProblem[] {
  let regex: RegExp;
  try {
    regex = patternOf(rule);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ field: 'pattern', code: 'reference-pattern-invalid', params: { message } }];
  }
  const problems: ReferenceRuleProblem[] = [];
  if (regex.test(''))
    problems.push({ field: 'pattern', code: 'reference-pattern-matches-empty', params: {} });
  const name = NAME_LIKE.find((candidate) => regex.test(candidate));
  if (name !== undefined)
    problems.push({ field: 'pattern', code: 'reference-pattern-matches-name', params: { name } });
  if (checkReference(rule.example.trim(), rule) !== undefined)
    problems.push({
      field: 'example',
      code: 'reference-example-mismatch',
      params: { example: rule.example },
    });
  return problems;
}

/** HH-2041 → 'HH-' and '2041'; undefined for a reference that does not end in digits. */
function numbered(reference: string): { prefix: string; digits: string } | undefined {
  const match = /^(.*?)(\d+)$/u.exec(reference);
  return match ? { prefix: match[1]!, digits: match[2]! } : undefined;
}

/** Where the next reference of a team starts: its most used prefix, after its highest number there. */
export interface ReferenceSeed {
  prefix: string;
  /** The team's highest number with this prefix; undefined when the team has none yet. */
  highest?: number;
  /** Digits to pad to, as the team writes them (HH-0099 → 4). */
  width: number;
}

/**
 * The prefix a new reference of the team gets: the one most of its fitting references use (ties: the
 * alphabetically first), or the example's when it has none. Undefined when the example does not end in
 * digits (a pattern casus cannot count in).
 */
export function referenceSeed(
  teamReferences: readonly string[],
  rule: ReferenceRule,
): ReferenceSeed | undefined {
  const byPrefix = new Map<string, { count: number; highest: number; width: number }>();
  for (const reference of teamReferences) {
    if (checkReference(reference, rule) !== undefined) continue; // an older reference the rule no longer fits
    const parts = numbered(reference);
    if (!parts) continue;
    const seen = byPrefix.get(parts.prefix) ?? { count: 0, highest: -1, width: 0 };
    const number = Number(parts.digits);
    byPrefix.set(parts.prefix, {
      count: seen.count + 1,
      highest: Math.max(seen.highest, number),
      width: number >= seen.highest ? parts.digits.length : seen.width,
    });
  }
  const [best] = [...byPrefix].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
  if (best) return { prefix: best[0], highest: best[1].highest, width: best[1].width };
  const example = numbered(rule.example.trim());
  return example ? { prefix: example.prefix, width: example.digits.length } : undefined;
}

/**
 * The first reference after the seed that no household of any team has (`taken`: every reference with the
 * seed's prefix, any team, any case), and that fits the rule. Without numbers in the team yet, numbering
 * continues after the highest anywhere. Undefined when the next one would no longer fit (HH-999999).
 */
export function nextFreeReference(
  seed: ReferenceSeed,
  taken: readonly string[],
  rule: ReferenceRule,
): string | undefined {
  const used = new Set(taken.map((reference) => reference.toUpperCase()));
  let number = seed.highest;
  if (number === undefined) {
    const prefix = seed.prefix.toUpperCase();
    const numbers = taken.flatMap((reference) => {
      const parts = numbered(reference);
      return parts && parts.prefix.toUpperCase() === prefix ? [Number(parts.digits)] : [];
    });
    number = numbers.length > 0 ? Math.max(...numbers) : 0;
  }
  // Each step either finds a free one or passes a taken one, so this ends within taken.length + 1 steps.
  for (let step = 0; step <= used.size; step++) {
    number += 1;
    const candidate = `${seed.prefix}${String(number).padStart(seed.width, '0')}`;
    if (checkReference(candidate, rule) !== undefined) return undefined;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
  return undefined;
}
