import {
  type ComputedTurn,
  computeTurns,
  type RotationDuty,
  type RotationSituation,
} from '../../domain/rotations/compute-turns.ts';
import { addDays } from '../../domain/slots/zone-offsets.ts';
import type { ReadRotationSchedule, RotationSchedule } from './rotation-schedule.ts';
import type { RotationPersonInfo, RotationStore, TeamRotations } from './rotation-store.ts';

/** The rule's view of what the store read. */
export function situationOf(data: TeamRotations): RotationSituation {
  return {
    rotations: data.rotations,
    people: data.people,
    absences: data.absences,
    conferenceDates: data.conferenceDates,
    fixedTurns: data.turns,
    twoRolesPerConference: data.team.settings.twoRolesPerConference,
  };
}

/** The computed turns in [from, from + weeks). */
export function turnsOf(data: TeamRotations, from: string, weeks: number): ComputedTurn[] {
  return computeTurns(situationOf(data), { from, to: addDays(from, weeks * 7) });
}

/** The schedule in the shape other features read (rotation-schedule.ts). Turns nobody can hold are left out. */
export function scheduleOf(data: TeamRotations, turns: readonly ComputedTurn[]): RotationSchedule {
  const people = new Map(data.people.map((p) => [p.id, p]));
  return {
    team: data.team.slug,
    rotations: data.rotations.map((rotation) => ({
      role: rotation.role,
      ...(rotation.duty ? { duty: rotation.duty } : {}),
      turns: turns
        .filter((t) => t.rotationId === rotation.id && t.holderId !== null)
        .map((t) => {
          const holder = people.get(t.holderId as string) as RotationPersonInfo | undefined;
          return {
            date: t.date,
            member: holder?.key ?? (t.holderId as string),
            memberName: holder?.name ?? (t.holderId as string),
            ...(t.reason ? { reason: t.reason } : {}),
          };
        }),
    })),
  };
}

/** ReadRotationSchedule over a store: what the digest and `casus rotation show` call. */
export function readRotationSchedule(store: RotationStore): ReadRotationSchedule {
  return async ({ teamId, from, weeks }) => {
    const data = await store.read(teamId, addDays(from, weeks * 7));
    if (!data) return { team: '', rotations: [] };
    return scheduleOf(data, turnsOf(data, from, weeks));
  };
}

/**
 * Who holds a conference duty (chair, minute-taker) of a team on a local date, for a conference booked then;
 * undefined when the team has no such rotation or nobody can hold it. The calendar feed and the booking use it.
 */
export async function dutyHolder(
  store: RotationStore,
  query: { teamId: string; duty: RotationDuty; date: string },
): Promise<{ professionalId: string; key: string; name: string } | undefined> {
  const data = await store.read(query.teamId, addDays(query.date, 1));
  if (!data) return undefined;
  // The conference being booked may not be stored yet: its date is a conference date all the same.
  const withDate = data.conferenceDates.includes(query.date)
    ? data
    : { ...data, conferenceDates: [...data.conferenceDates, query.date].sort() };
  const turn = turnsOf(withDate, query.date, 1).find((t) => t.duty === query.duty && t.date === query.date);
  const person = data.people.find((p) => p.id === turn?.holderId);
  return person ? { professionalId: person.id, key: person.key, name: person.name } : undefined;
}
