import { checkReference, DEFAULT_REFERENCE_RULE } from '../households/household-reference.ts';
import { householdKey, type ImportProblem, problemAt, type RosterInput } from './roster-model.ts';
import type { RosterSnapshot } from './roster-store.ts';

/**
 * Household references against the rule of the team they are imported into, with the household form's
 * check: a team in the database has its own (`householdReference` in its settings), a team new in this
 * import the default. A household already in the database is matched by its reference, so it is not
 * checked again: one from before a stricter rule can still be updated. The value is not repeated in the
 * problem, since it may be a name.
 */
export function checkHouseholdReferences(roster: RosterInput, snapshot: RosterSnapshot): ImportProblem[] {
  return roster.households.flatMap(({ value, at }) => {
    if (snapshot.households.has(householdKey(value.team, value.reference))) return [];
    const rule = snapshot.teams.get(value.team)?.referenceRule ?? DEFAULT_REFERENCE_RULE;
    if (checkReference(value.reference, rule) === undefined) return [];
    return [problemAt(at, ['reference'], 'reference-format', { team: value.team, example: rule.example })];
  });
}
