import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/people/i18n/en.ts';
import { nl } from '../../../src/app/people/i18n/nl.ts';
import type { PeopleDirectory, Person } from '../../../src/app/people/people-directory.ts';
import {
  type PersonMatch,
  type PersonProblem,
  personProblemText,
  resolvePerson,
} from '../../../src/app/people/resolve-person.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

const sanne: Person = { id: 'p-sanne', key: 's.devries', name: 'Sanne de Vries' };
const sanneB: Person = { id: 'p-sanneb', key: 's.bakker', name: 'Sanne Bakker' };
const emile: Person = { id: 'p-emile', key: 'e.jansen', name: 'Émile Jansen' };
const annemarie: Person = { id: 'p-am', key: '10234', name: 'Anne-Marie Çelik' };
const sander: Person = { id: 'p-sander', key: 's.dekker', name: 'Sander Dekker' };
const pieter: Person = { id: 'p-pieter', key: 'p.smit', name: 'Pieter Smit' };
/** In another team only. */
const otherTeam: Person = { id: 'p-other', key: 'k.bos', name: 'Karin Bos' };

/** Team Noord: Sanne de Vries, Émile, Anne-Marie, Sander, Pieter. Team Zuid: both Sannes. */
function fakePeople(): PeopleDirectory {
  const teams: Record<string, Person[]> = {
    noord: [sanne, emile, annemarie, sander, pieter],
    zuid: [sanne, sanneB],
    west: [otherTeam],
  };
  const everyone = [sanne, sanneB, emile, annemarie, sander, pieter, otherTeam];
  return {
    activeMembers: async (teamId) => teams[teamId] ?? [],
    byId: async (id) => everyone.find((person) => person.id === id),
  };
}

const people = fakePeople();
const resolve = (
  word: string,
  teamId = 'noord',
  mentions?: Parameters<typeof resolvePerson>[2]['mentions'],
) => resolvePerson(word, teamId, { people, ...(mentions ? { mentions } : {}) });

function problem(match: PersonMatch) {
  if (match.ok) throw new Error(`resolved to ${match.person.name}`);
  return match;
}

describe('resolvePerson: a typed name', () => {
  it.each([
    ['@sanne'],
    ['@Sanne'],
    ['@SANNE'],
    ['@sannedevries'],
    ['@SanneDeVries'],
    ['@s.devries'],
    ['@sdevries'],
    ['@devries'],
    ['s.devries'],
    ['@sanne,'],
  ])('finds Sanne de Vries by %s', async (word) => {
    expect(await resolve(word)).toEqual({ ok: true, person: sanne });
  });

  it('ignores accents and hyphens in names', async () => {
    expect(await resolve('@emile')).toEqual({ ok: true, person: emile });
    expect(await resolve('@Émile')).toEqual({ ok: true, person: emile });
    expect(await resolve('@annemarie')).toEqual({ ok: true, person: annemarie });
    expect(await resolve('@anne-marie')).toEqual({ ok: true, person: annemarie });
    expect(await resolve('@annemariecelik')).toEqual({ ok: true, person: annemarie });
    expect(await resolve('@10234')).toEqual({ ok: true, person: annemarie });
  });

  it('takes a unique start of at least 3 letters', async () => {
    expect(await resolve('@piet')).toEqual({ ok: true, person: pieter });
    expect(await resolve('@ann')).toEqual({ ok: true, person: annemarie });
    expect(problem(await resolve('@pi'))).toMatchObject({ problem: 'unknown' });
  });

  it('calls a start that fits two people ambiguous, and lists them by name', async () => {
    expect(await resolve('@san')).toEqual({
      ok: false,
      problem: 'ambiguous',
      handle: 'san',
      candidates: [sander, sanne],
    });
  });

  it('prefers a whole name over the start of another one', async () => {
    // 'sanne' is Sanne's first name in full, and no start of Sander's.
    expect(await resolve('@sanne')).toEqual({ ok: true, person: sanne });
  });

  it('calls a first name two members share ambiguous, and their roster keys tell them apart', async () => {
    expect(problem(await resolve('@sanne', 'zuid'))).toEqual({
      ok: false,
      problem: 'ambiguous',
      handle: 'sanne',
      candidates: [sanneB, sanne],
    });
    expect(await resolve('@s.bakker', 'zuid')).toEqual({ ok: true, person: sanneB });
  });

  it('suggests the near misses for a typo', async () => {
    expect(await resolve('@sanen')).toEqual({
      ok: false,
      problem: 'unknown',
      handle: 'sanen',
      suggestions: [sanne],
    });
    expect(problem(await resolve('@pieteer'))).toMatchObject({ suggestions: [pieter] });
    expect(problem(await resolve('@sandr'))).toMatchObject({ suggestions: [sander] });
  });

  it('suggests nobody for a name far from everyone', async () => {
    expect(await resolve('@xyzzy')).toEqual({
      ok: false,
      problem: 'unknown',
      handle: 'xyzzy',
      suggestions: [],
    });
    expect(problem(await resolve('@'))).toMatchObject({ problem: 'unknown', suggestions: [] });
  });

  it('does not find a member of another team', async () => {
    expect(problem(await resolve('@karin'))).toMatchObject({ problem: 'unknown', suggestions: [] });
  });

  it('suggests at most three people', async () => {
    const many: Person[] = ['Jos', 'Jon', 'Joy', 'Joe'].map((name, i) => ({
      id: `j${i}`,
      key: `k${i}`,
      name,
    }));
    const directory: PeopleDirectory = { activeMembers: async () => many, byId: async () => undefined };
    const match = problem(await resolvePerson('@joq', 't', { people: directory }));
    expect(match).toMatchObject({ problem: 'unknown' });
    expect(match.problem === 'unknown' && match.suggestions.map((person) => person.name)).toEqual([
      'Joe',
      'Jon',
      'Jos',
    ]);
  });
});

describe('resolvePerson: a platform mention', () => {
  it('takes the professional the channel resolved, whatever the word says', async () => {
    const mentions = [{ handle: 'U0ABC', professionalId: sanne.id, displayName: 'sanne.dv' }];
    expect(await resolve('@U0ABC', 'noord', mentions)).toEqual({ ok: true, person: sanne });
  });

  it('says a mentioned professional of another team is not in this team', async () => {
    const mentions = [{ handle: 'teams-1', professionalId: otherTeam.id, displayName: 'Karin Bos' }];
    expect(await resolve('@teams-1', 'noord', mentions)).toEqual({
      ok: false,
      problem: 'not-in-team',
      handle: 'Karin Bos',
      person: otherTeam,
    });
  });

  it('calls an unlinked account unknown under its display name, never the member with that name', async () => {
    const mentions = [{ handle: 'U0STRANGER', displayName: 'Sanne de Vries' }];
    expect(await resolve('@U0STRANGER', 'noord', mentions)).toEqual({
      ok: false,
      problem: 'unknown',
      handle: 'Sanne de Vries',
      suggestions: [sanne],
    });
    expect(problem(await resolve('@U0NONAME', 'noord', [{ handle: 'U0NONAME' }]))).toMatchObject({
      problem: 'unknown',
      handle: 'U0NONAME',
    });
  });

  it('still reads a typed name next to mentions', async () => {
    const mentions = [{ handle: 'U0ABC', professionalId: pieter.id }];
    expect(await resolve('@sanne', 'noord', mentions)).toEqual({ ok: true, person: sanne });
  });
});

describe('personProblemText', () => {
  it('asks "did you mean" in Dutch and English', async () => {
    const typo = problem(await resolve('@sanen'));
    expect(personProblemText(typo, 'nl')).toBe(
      'Ik ken geen @sanen in dit team. Bedoel je @s.devries (Sanne de Vries)?',
    );
    expect(personProblemText(typo, 'en')).toBe(
      'I don’t know @sanen in this team. Did you mean @s.devries (Sanne de Vries)?',
    );
  });

  it('lists two suggestions with "of" / "or"', () => {
    const match: PersonProblem = {
      ok: false,
      problem: 'unknown',
      handle: 'jn',
      suggestions: [sanne, pieter],
    };
    expect(personProblemText(match, 'nl')).toContain(
      'Bedoel je @s.devries (Sanne de Vries) of @p.smit (Pieter Smit)?',
    );
    expect(personProblemText(match, 'en')).toContain(
      'Did you mean @s.devries (Sanne de Vries) or @p.smit (Pieter Smit)?',
    );
  });

  it('says plainly when nobody comes close', async () => {
    expect(personProblemText(problem(await resolve('@xyzzy')), 'nl')).toBe('Ik ken geen @xyzzy in dit team.');
    expect(personProblemText(problem(await resolve('@xyzzy')), 'en')).toBe(
      'I don’t know @xyzzy in this team.',
    );
  });

  it('asks which one, by roster key, when a name fits two people', async () => {
    const match = problem(await resolve('@sanne', 'zuid'));
    expect(personProblemText(match, 'nl')).toBe(
      'In dit team passen meer mensen bij @sanne: @s.bakker (Sanne Bakker), @s.devries (Sanne de Vries). Noem wie je bedoelt, bijvoorbeeld @s.bakker.',
    );
    expect(personProblemText(match, 'en')).toBe(
      'More than one person in this team goes by @sanne: @s.bakker (Sanne Bakker), @s.devries (Sanne de Vries). Please name the one you mean, e.g. @s.bakker.',
    );
  });

  it('says who is not in the team', async () => {
    const match = problem(
      await resolve('@teams-1', 'noord', [
        { handle: 'teams-1', professionalId: otherTeam.id, displayName: 'Karin' },
      ]),
    );
    expect(personProblemText(match, 'nl')).toBe('@k.bos (Karin Bos) zit niet in dit team.');
    expect(personProblemText(match, 'en')).toBe('@k.bos (Karin Bos) is not a member of this team.');
  });
});

describe('people message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);
});
