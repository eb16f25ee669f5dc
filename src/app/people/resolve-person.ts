import { editDistance } from '../../domain/edit-distance.ts';
import type { Locale } from '../../domain/locale.ts';
import { handleOf, type Mention, mentionOf } from '../mentions.ts';
import { peopleText } from './i18n/people-text.ts';
import type { PeopleDirectory, Person } from './people-directory.ts';

/**
 * Who a word of a command names. `handle` in a problem is the word without its '@' (or, for a mention of a
 * platform account casus does not know, the platform's display name).
 */
export type PersonMatch =
  | { ok: true; person: Person }
  | { ok: false; problem: 'unknown'; handle: string; suggestions: Person[] }
  | { ok: false; problem: 'ambiguous'; handle: string; candidates: Person[] }
  | { ok: false; problem: 'not-in-team'; handle: string; person: Person };

export type PersonProblem = Exclude<PersonMatch, { ok: true }>;

/** A typed name shorter than this matches only in full, never as the start of a name. */
const MIN_PREFIX = 3;
const MAX_SUGGESTIONS = 3;

/**
 * The professional of team `teamId` that `word` ('@sanne', '@U0ABC', 's.devries') names.
 *
 * - A word the channel marked as a mention (`deps.mentions`, see src/app/mentions.ts) is the account the channel
 *   resolved, under the same rule as the speaker's own identity (so never an account of another workspace or
 *   tenant); that professional must be an active member of the team, else `not-in-team`. A mention of an
 *   account no professional is linked to is `unknown`, with names like its display name as suggestions.
 * - A typed name matches the team's active members by roster key, first name, last name, or full name with or
 *   without spaces, ignoring case and accents ('@sanne', '@Sanne', '@sannedevries', '@s.devries'); failing
 *   that, a start of at least 3 letters of a key, first or full name ('@san'). Two or more people → `ambiguous`;
 *   nobody → `unknown`, with up to 3 members whose names are a small typo away as suggestions.
 */
export async function resolvePerson(
  word: string,
  teamId: string,
  deps: { people: PeopleDirectory; mentions?: readonly Mention[] },
): Promise<PersonMatch> {
  const mention = mentionOf(word, deps.mentions);
  if (mention) return resolveMention(mention, teamId, deps.people);
  const handle = handleOf(word);
  const members = await deps.people.activeMembers(teamId);
  return matchTyped(handle, members);
}

async function resolveMention(
  mention: Mention,
  teamId: string,
  people: PeopleDirectory,
): Promise<PersonMatch> {
  const shown = mention.displayName ?? mention.handle;
  const members = await people.activeMembers(teamId);
  if (mention.professionalId === undefined) {
    return { ok: false, problem: 'unknown', handle: shown, suggestions: suggest(letters(shown), members) };
  }
  const member = members.find((person) => person.id === mention.professionalId);
  if (member) return { ok: true, person: member };
  const person = await people.byId(mention.professionalId);
  return person
    ? { ok: false, problem: 'not-in-team', handle: shown, person }
    : { ok: false, problem: 'unknown', handle: shown, suggestions: suggest(letters(shown), members) };
}

function matchTyped(handle: string, members: readonly Person[]): PersonMatch {
  const typed = letters(handle);
  const typedKey = fold(handle);
  if (typed === '') return { ok: false, problem: 'unknown', handle, suggestions: [] };
  const names = members.map((person) => ({ person, ...namesOf(person) }));

  // Tiers: the roster key (unique, so what an ambiguous answer asks for), then a name in full, then a start.
  const tiers = [
    () => names.filter((n) => n.key === typedKey || n.keyLetters === typed),
    () => names.filter((n) => [n.first, n.last, n.full].includes(typed)),
    () =>
      typed.length < MIN_PREFIX
        ? []
        : names.filter((n) => [n.keyLetters, n.first, n.full].some((name) => name.startsWith(typed))),
  ];
  for (const tier of tiers) {
    const found = tier().map((n) => n.person);
    if (found.length === 1 && found[0]) return { ok: true, person: found[0] };
    if (found.length > 1) return { ok: false, problem: 'ambiguous', handle, candidates: byName(found) };
  }
  return { ok: false, problem: 'unknown', handle, suggestions: suggest(typed, members) };
}

/**
 * The members closest to `typed`, if a small typo away: at most 2 edits, and at most a third of its letters (at
 * least 1). Only the closest count ('sanen' is 1 from Sanne, so Sander at 2 is not offered), at most 3, by name.
 */
function suggest(typed: string, members: readonly Person[]): Person[] {
  if (typed === '') return [];
  const limit = Math.min(2, Math.max(1, Math.ceil(typed.length / 3)));
  const near = members
    .map((person) => {
      const n = namesOf(person);
      const names = [n.keyLetters, n.first, n.last, n.full].filter((name) => name !== '');
      return { person, distance: Math.min(...names.map((name) => editDistance(typed, name))) };
    })
    .filter(({ distance }) => distance <= limit);
  const closest = Math.min(...near.map(({ distance }) => distance));
  return byName(near.filter(({ distance }) => distance === closest).map(({ person }) => person)).slice(
    0,
    MAX_SUGGESTIONS,
  );
}

interface Names {
  /** The key as typed, folded: 's.devries'. */
  key: string;
  /** The key's letters and digits: 'sdevries'. */
  keyLetters: string;
  first: string;
  /** The name after the first word: 'devries' for Sanne de Vries; '' for a single name. */
  last: string;
  full: string;
}

function namesOf(person: Person): Names {
  const words = person.name.trim().split(/\s+/);
  return {
    key: fold(person.key),
    keyLetters: letters(person.key),
    first: letters(words[0] ?? ''),
    last: letters(words.slice(1).join('')),
    full: letters(person.name),
  };
}

/** Lower case without accents: 'Émile' → 'emile'. */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Only the letters and digits, folded: 'Anne-Marie de Vries' → 'annemariedevries'. */
function letters(value: string): string {
  return fold(value).replace(/[^\p{L}\p{N}]/gu, '');
}

function compareNames(a: Person, b: Person): number {
  return a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key);
}

function byName(people: readonly Person[]): Person[] {
  return [...people].sort(compareNames);
}

/** "@s.devries (Sanne de Vries)": what to type for them, and who that is. */
function personLabel(person: Person): string {
  return `@${person.key} (${person.name})`;
}

function orList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return peopleText(locale, 'list.or', {
    first: items.slice(0, -1).join(', '),
    last: items[items.length - 1] ?? '',
  });
}

/**
 * Why a word named nobody, in the user's language: "Ik ken geen @sanen in dit team. Bedoel je @s.devries
 * (Sanne de Vries)?" Only names and roster keys, no care data: safe in a shared channel.
 */
export function personProblemText(match: PersonProblem, locale: Locale): string {
  const handle = `@${match.handle}`;
  switch (match.problem) {
    case 'unknown':
      return match.suggestions.length === 0
        ? peopleText(locale, 'person.unknown', { handle })
        : peopleText(locale, 'person.unknown.suggest', {
            handle,
            people: orList(locale, match.suggestions.map(personLabel)),
          });
    case 'ambiguous':
      return peopleText(locale, 'person.ambiguous', {
        handle,
        people: match.candidates.map(personLabel).join(', '),
        example: `@${match.candidates[0]?.key ?? match.handle}`,
      });
    case 'not-in-team':
      return peopleText(locale, 'person.not-in-team', { person: personLabel(match.person) });
  }
}
