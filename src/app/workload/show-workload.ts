import { zoneDay } from '../../domain/slots/zone-offsets.ts';
import { type DayOff, dayOffOn, handOffOrder, type Proposal } from '../../domain/workload/hand-off-order.ts';
import type { WorkloadAction, WorkloadStore } from './workload-store.ts';

export interface WorkloadOverview {
  /** The day looked at, 'YYYY-MM-DD'. */
  date: string;
  /** Away, a public holiday or a weekday off; undefined on a working day. */
  dayOff: DayOff | undefined;
  /** The deputy of an absence covering the day, if one was named. */
  deputyName: string | null;
  /** Every commitment of the day in the order to hand off or move them; required attendance last. */
  proposals: Proposal[];
  /** The actions' descriptions by id, for a private answer only. */
  descriptions: ReadonlyMap<string, string>;
}

/**
 * `druk` / `overloaded`: reads the person's day through the store and asks the rule (src/domain/workload/) what
 * to hand off or move first. Reads only; it changes nothing (the buttons of the answer do, through their own
 * features).
 */
export function showWorkload(deps: { store: WorkloadStore; holidays?: ReadonlySet<string> }) {
  return async (query: {
    professionalId: string;
    date: string;
    timeZone: string;
  }): Promise<WorkloadOverview> => {
    const day = zoneDay(query.date, query.timeZone);
    const found = await deps.store.dayOf({
      professionalId: query.professionalId,
      date: query.date,
      from: new Date(day.start * 60_000),
      until: new Date(day.end * 60_000),
    });
    const dayOff = dayOffOn(query.date, {
      contractWeekdays: found.contractWeekdays,
      absences: found.absences,
      ...(deps.holidays ? { holidays: deps.holidays } : {}),
    });
    const absence = found.absences.find((a) => a.from <= query.date && query.date <= a.to);
    return {
      date: query.date,
      dayOff,
      deputyName: absence?.deputyName ?? null,
      proposals: handOffOrder([...found.attendances, ...found.actions.map(stripDescription), ...found.turns]),
      descriptions: new Map(found.actions.map((a) => [a.actionId, a.description])),
    };
  };
}

function stripDescription({ description: _, ...action }: WorkloadAction) {
  return action;
}
