import type { RosterPlan } from '../../../app/roster/plan-changes.ts';

/** Database ids by natural key: what existed before the import, plus what it creates as it goes. */
export interface RosterIds {
  teams: Map<string, string>;
  organisations: Map<string, string>;
  disciplines: Map<string, string>;
  professionals: Map<string, string>;
}

export function idsFrom(plan: RosterPlan): RosterIds {
  return {
    teams: new Map(plan.existing.teams),
    organisations: new Map(plan.existing.organisations),
    disciplines: new Map(plan.existing.disciplines),
    professionals: new Map(plan.existing.professionals),
  };
}

/** The id of something validation already proved exists; a miss is a bug, not bad input. */
export function idOf(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined)
    throw new Error(`roster import: no id for ${what} ${key} (validation should have caught this)`);
  return id;
}
