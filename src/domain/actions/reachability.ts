import type { ContractBlock } from '../slots/find-slots.ts';
import { weekdayOf, type ZoneDay, zoneDay } from '../slots/zone-offsets.ts';
import { contractWorkdays, effectiveContract, type WorkdayTest } from './working-day-count.ts';

/**
 * Who can be reached when: a person is at work within their contract blocks on a day that is no public
 * holiday, and while away (an absence) their deputy stands in. Used by the nudge policy; pure, with the time
 * zone passed in and consulted through zone-offsets.ts only.
 */

/** A period of leave, local dates inclusive at both ends. */
export interface Absence {
  from: string;
  to: string;
  /** Who takes over while away; without one, the policy's fallback (e.g. the coordinator) is told. */
  deputyId?: string | null;
}

export interface NudgePerson {
  id: string;
  /** Contract hours as in slot search. No blocks at all = the office week (OFFICE_WEEK), so nothing is lost. */
  contract: readonly ContractBlock[];
  absences: readonly Absence[];
}

/** A stand-in found for someone: who receives it, and for whom when that is somebody else. */
export interface Recipient {
  to: string;
  /** The person it was meant for, when `to` stands in for them (deputy, coordinator); else null. */
  insteadOf: string | null;
}

/** People, holidays and zone of one team, with the per-day work cached for one evaluation. */
export class Reachability {
  private readonly people: ReadonlyMap<string, NudgePerson>;
  private readonly workdayTests = new Map<string, WorkdayTest>();
  private readonly days = new Map<string, ZoneDay>();
  /** Per person, their contract blocks by ISO weekday (index 1 = Monday … 7 = Sunday). */
  private readonly weeks = new Map<string, readonly (readonly ContractBlock[])[]>();

  constructor(
    people: readonly NudgePerson[],
    readonly holidays: ReadonlySet<string>,
    readonly timeZone: string,
  ) {
    this.people = new Map(people.map((person) => [person.id, person]));
  }

  knows(id: string): boolean {
    return this.people.has(id);
  }

  /** The person's working days (contract days minus holidays); the office week for someone not passed in. */
  workdays(id: string): WorkdayTest {
    let test = this.workdayTests.get(id);
    if (!test) {
      test = contractWorkdays(this.people.get(id)?.contract ?? [], this.holidays);
      this.workdayTests.set(id, test);
    }
    return test;
  }

  /** The absence the person is on, on that local date, if any. */
  absenceOn(id: string, dateIso: string): Absence | undefined {
    return this.people.get(id)?.absences.find((absence) => absence.from <= dateIso && dateIso <= absence.to);
  }

  /** Whether the person's contract hours include this instant (epoch minute) of local date `dateIso`. */
  atWork(id: string, dateIso: string, epochMinute: number): boolean {
    if (this.holidays.has(dateIso)) return false;
    const day = this.day(dateIso);
    const weekday = weekdayOf(dateIso);
    return this.blocksOn(id, weekday).some(
      (block) =>
        day.toEpochMinute(block.startMinute) <= epochMinute &&
        epochMinute < day.toEpochMinute(block.endMinute),
    );
  }

  /** Epoch minutes at which the person's contract blocks start on that local date (none on a holiday). */
  blockStarts(id: string, dateIso: string): number[] {
    if (this.holidays.has(dateIso)) return [];
    const day = this.day(dateIso);
    return this.blocksOn(id, weekdayOf(dateIso)).map((block) => day.toEpochMinute(block.startMinute));
  }

  /** Everyone the person could hand over to: the deputies named in their absences. */
  deputiesOf(id: string): string[] {
    return (this.people.get(id)?.absences ?? []).flatMap((absence) =>
      absence.deputyId ? [absence.deputyId] : [],
    );
  }

  /**
   * Who receives something meant for `chain[0]` on that date: the first person of the chain who is known and
   * not away, where a person who is away is first replaced by their own deputy (when that deputy is known and
   * not away themselves). People in `exclude` are skipped (e.g. an action's owner never receives the
   * escalation about it). Null when nobody in the chain can be reached that day.
   */
  standIn(
    chain: readonly (string | null)[],
    dateIso: string,
    exclude: readonly string[] = [],
  ): Recipient | null {
    const intended = chain.find((id): id is string => id !== null && !exclude.includes(id));
    if (intended === undefined) return null;
    const reachable = (id: string) => this.knows(id) && !exclude.includes(id) && !this.absenceOn(id, dateIso);
    for (const id of chain) {
      if (id === null || exclude.includes(id) || !this.knows(id)) continue;
      const absence = this.absenceOn(id, dateIso);
      const to = !absence ? id : absence.deputyId && reachable(absence.deputyId) ? absence.deputyId : null;
      if (to !== null) return { to, insteadOf: to === intended ? null : intended };
    }
    return null;
  }

  private blocksOn(id: string, weekday: number): readonly ContractBlock[] {
    let week = this.weeks.get(id);
    if (!week) {
      const contract = effectiveContract(this.people.get(id)?.contract ?? []);
      week = Array.from({ length: 8 }, (_, day) => contract.filter((block) => block.weekday === day));
      this.weeks.set(id, week);
    }
    return week[weekday] ?? [];
  }

  private day(dateIso: string): ZoneDay {
    let day = this.days.get(dateIso);
    if (!day) {
      day = zoneDay(dateIso, this.timeZone);
      this.days.set(dateIso, day);
    }
    return day;
  }
}
