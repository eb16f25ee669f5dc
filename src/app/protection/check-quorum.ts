import { dutchHolidaysAround } from '../../domain/actions/working-day.ts';
import { officeWorkdays, shiftWorkdays } from '../../domain/actions/working-day-count.ts';
import { localDateOf, localDayStart } from '../../domain/slots/zone-offsets.ts';
import type { Scheduler } from '../ports/scheduler.ts';
import type { TimedUseCase } from '../timed-use-case.ts';
import type { ConferenceProtection } from './protect-conference.ts';

/** The timed use case's name (and job name). */
export const QUORUM_CHECK = 'conference.quorum';

/** One check per conference and version of its time: a postponed conference is checked again. */
export const quorumCheckKey = (conferenceId: string, startsAt: Date) =>
  `quorum:${conferenceId}:${startsAt.toISOString()}`;

export interface QuorumCheckInput {
  conferenceId: string;
  /** The start it was scheduled for (ISO): a check for a time the conference no longer has does nothing. */
  startsAt: string;
}

/**
 * Two working days and two hours before the start: the same local time two working days earlier (Monday to
 * Friday, no public holidays), less two hours. Early enough to find a deputy, late enough for people to answer.
 */
export function quorumCheckAt(startsAt: Date, timeZone: string): Date {
  const startMinute = Math.floor(startsAt.getTime() / 60_000);
  const day = localDateOf(startMinute, timeZone);
  const minuteOfDay = startMinute - localDayStart(day, timeZone);
  const checkDay = shiftWorkdays(day, -2, officeWorkdays(dutchHolidaysAround(day))) ?? day;
  return new Date((localDayStart(checkDay, timeZone) + minuteOfDay - 120) * 60_000);
}

/** Schedules the conference's quorum check (called whenever its invitations go out). */
export function scheduleQuorumCheck(
  scheduler: Scheduler,
  conference: { id: string; startsAt: Date },
  timeZone: string,
): Promise<boolean> {
  const input: QuorumCheckInput = {
    conferenceId: conference.id,
    startsAt: conference.startsAt.toISOString(),
  };
  return scheduler.schedule({
    useCase: QUORUM_CHECK,
    key: quorumCheckKey(conference.id, conference.startsAt),
    at: quorumCheckAt(conference.startsAt, timeZone),
    input,
  });
}

/**
 * The quorum check: a conference is complete when every required discipline has someone who accepted. For a
 * discipline nobody confirmed, the rescue starts as after a decline (protect-conference.ts checkQuorum).
 */
export function checkQuorum(protection: ConferenceProtection): TimedUseCase<QuorumCheckInput> {
  return async ({ conferenceId, startsAt }, { now }) => {
    await protection.checkQuorum({ conferenceId, now, startsAt: new Date(startsAt) });
  };
}
