import { editDistance } from '../../domain/edit-distance.ts';
import type { NamedKeys } from './read-roster.ts';
import {
  type FieldPath,
  type ImportProblem,
  type ImportProblemCode,
  type ItemOrigin,
  identityKey,
  problemAt,
  type RosterInput,
} from './roster-model.ts';
import type { RosterSnapshot } from './roster-store.ts';

/**
 * References across the import and the database: every team, discipline, organisation and professional an
 * item names must be defined in the import or exist already. Consent is checked too: the coordinator and the
 * involved professionals must work for an organisation the household consented to (AVG/GDPR).
 */
export function checkReferences(
  roster: RosterInput,
  snapshot: RosterSnapshot,
  namedInvalid: NamedKeys,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const teams = new Set([...roster.teams.map((t) => t.value.slug), ...snapshot.teams.keys()]);
  const disciplines = new Set([
    ...roster.disciplines.map((d) => d.value.code),
    ...snapshot.disciplines.keys(),
  ]);
  const organisations = new Set([...organisationsNamed(roster), ...snapshot.organisations.keys()]);
  const organisationOf = new Map<string, string>();
  for (const [key, p] of snapshot.professionals) organisationOf.set(key, p.organisation);
  for (const { value } of roster.professionals) organisationOf.set(value.key, value.organisation);
  const inFile = new Set(roster.professionals.map((p) => p.value.key));

  const unknown = (
    at: ItemOrigin,
    path: FieldPath,
    code: ImportProblemCode,
    value: string,
    known: Iterable<string>,
  ) => {
    const near = suggestion(value, known);
    return problemAt(at, path, code, near === undefined ? { value } : { value, suggestion: near });
  };

  for (const { value, at } of roster.professionals) {
    value.teams.forEach((slug, i) => {
      if (!teams.has(slug) && !namedInvalid.teams.has(slug))
        problems.push(unknown(at, ['teams', i], 'unknown-team', slug, teams));
    });
    value.disciplines.forEach((code, i) => {
      if (!disciplines.has(code) && !namedInvalid.disciplines.has(code))
        problems.push(unknown(at, ['disciplines', i], 'unknown-discipline', code, disciplines));
    });
    value.absences.forEach((absence, i) => {
      const deputy = absence.deputy;
      if (deputy !== null && !organisationOf.has(deputy) && !namedInvalid.professionals.has(deputy))
        problems.push(
          unknown(at, ['absences', i, 'deputy'], 'unknown-professional', deputy, organisationOf.keys()),
        );
    });
    value.identities.forEach((identity, i) => {
      const owner = snapshot.identityOwners.get(identityKey(identity));
      // A user moving from a professional who is in this import (and no longer lists it) is fine.
      if (owner !== undefined && owner !== value.key && !inFile.has(owner)) {
        problems.push(
          problemAt(at, ['identities', i], 'identity-taken', {
            platform: identity.platform,
            userId: identity.userId,
            owner,
          }),
        );
      }
    });
  }

  for (const { value, at } of roster.households) {
    if (!teams.has(value.team) && !namedInvalid.teams.has(value.team))
      problems.push(unknown(at, ['team'], 'unknown-team', value.team, teams));
    const consented = new Set(value.consent);
    value.consent.forEach((name, i) => {
      if (!organisations.has(name) && !namedInvalid.organisations.has(name))
        problems.push(unknown(at, ['consent', i], 'unknown-organisation', name, organisations));
    });
    const checkPerson = (key: string, path: FieldPath, withoutConsent: ImportProblemCode) => {
      const organisation = organisationOf.get(key);
      // A professional whose own row is broken is reported there, not again here.
      if (organisation === undefined && namedInvalid.professionals.has(key)) return;
      if (organisation === undefined) {
        problems.push(unknown(at, path, 'unknown-professional', key, organisationOf.keys()));
      } else if (!consented.has(organisation)) {
        problems.push(problemAt(at, path, withoutConsent, { key, organisation }));
      }
    };
    value.involved.forEach((key, i) => {
      checkPerson(key, ['involved', i], 'involved-without-consent');
    });
    if (value.coordinator !== null)
      checkPerson(value.coordinator, ['coordinator'], 'coordinator-without-consent');
  }
  return problems;
}

/** Organisations an import defines: listed ones and those its professionals work for. */
export function organisationsNamed(roster: RosterInput): string[] {
  return [
    ...new Set([
      ...roster.organisations.map((o) => o.value.name),
      ...roster.professionals.map((p) => p.value.organisation),
    ]),
  ];
}

/** The known word closest to `value`, when it is close enough to be a typo. */
function suggestion(value: string, known: Iterable<string>): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = editDistance(value.toLowerCase(), word.toLowerCase());
    if (distance <= 2 && distance < value.length && (!best || distance < best.distance))
      best = { word, distance };
  }
  return best?.word;
}
