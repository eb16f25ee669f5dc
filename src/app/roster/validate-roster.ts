import type { z } from 'zod';
import {
  householdKey,
  type ImportProblem,
  type ImportProblemCode,
  identityKey,
  type Located,
  locationParams,
  problemAt,
  type RawRoster,
  type RosterInput,
} from './roster-model.ts';
import {
  disciplineSchema,
  householdSchema,
  organisationSchema,
  professionalSchema,
  teamSchema,
} from './roster-schemas.ts';
import { issuesToProblems } from './zod-problems.ts';

/** Checks every item against its schema and the file(s) against themselves (no database needed). */
export function validateRoster(raw: RawRoster): { roster: RosterInput; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const check = <T>(items: Located<unknown>[], schema: z.ZodType<T, z.ZodTypeDef, unknown>): Located<T>[] =>
    items.flatMap((item) => {
      const result = schema.safeParse(item.value);
      if (result.success) return [{ value: result.data, at: item.at }];
      problems.push(...issuesToProblems(result.error.issues, item.at));
      return [];
    });

  const roster: RosterInput = {
    teams: check(raw.teams, teamSchema),
    organisations: check(raw.organisations, organisationSchema),
    disciplines: check(raw.disciplines, disciplineSchema),
    professionals: check(raw.professionals, professionalSchema),
    households: check(raw.households, householdSchema),
  };

  problems.push(
    ...duplicates(roster.teams, (t) => t.slug, ['slug'], 'duplicate-team'),
    ...duplicates(roster.organisations, (o) => o.name, ['name'], 'duplicate-organisation'),
    ...duplicates(roster.disciplines, (d) => d.code, ['code'], 'duplicate-discipline'),
    ...duplicates(roster.professionals, (p) => p.key, ['key'], 'duplicate-professional'),
    ...duplicates(
      roster.households,
      (h) => householdKey(h.team, h.reference),
      ['reference'],
      'duplicate-household',
    ),
    ...sharedIdentities(roster),
  );
  return { roster, problems };
}

function duplicates<T>(
  items: Located<T>[],
  keyOf: (value: T) => string,
  field: string[],
  code: ImportProblemCode,
): ImportProblem[] {
  const first = new Map<string, Located<T>>();
  const problems: ImportProblem[] = [];
  for (const item of items) {
    const key = keyOf(item.value);
    const earlier = first.get(key);
    if (earlier) {
      problems.push(
        problemAt(item.at, field, code, {
          key: key.replace('\u0000', '/'),
          ...locationParams('other', earlier.at.locate(field)),
        }),
      );
    } else {
      first.set(key, item);
    }
  }
  return problems;
}

function sharedIdentities(roster: RosterInput): ImportProblem[] {
  const owners = new Map<string, Located<{ key: string }>>();
  const problems: ImportProblem[] = [];
  for (const professional of roster.professionals) {
    professional.value.identities.forEach((identity, index) => {
      const key = identityKey(identity);
      const owner = owners.get(key);
      if (owner && owner.value.key !== professional.value.key) {
        problems.push(
          problemAt(professional.at, ['identities', index], 'identity-shared', {
            platform: identity.platform,
            userId: identity.userId,
            owner: owner.value.key,
          }),
        );
      } else {
        owners.set(key, professional);
      }
    });
  }
  return problems;
}
