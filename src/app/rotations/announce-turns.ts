import { dutchHolidaysAround } from '../../domain/actions/working-day.ts';
import { officeWorkdays, shiftWorkdays } from '../../domain/actions/working-day-count.ts';
import type { Locale } from '../../domain/locale.ts';
import { addDays, localDateOf, localTimeToEpochMinute } from '../../domain/slots/zone-offsets.ts';
import type { Scheduler } from '../ports/scheduler.ts';
import type { TimedUseCase } from '../timed-use-case.ts';
import type { RotationUnitOfWork } from './rotation-store.ts';
import { turnsOf } from './rotation-turns.ts';
import { announcementView } from './rotation-views.ts';

export const ROTATION_ANNOUNCE = 'rotation.announce';
/** The run of a local day; one job per day across instances. */
export const rotationAnnounceKey = (day: string) => `${ROTATION_ANNOUNCE}:${day}`;
/** The daily run: 08:00 local, before the working day starts. */
const RUN_MINUTE = 8 * 60;
/** Turns this far ahead are looked at (longer than any announcement lead a team sets). */
const LOOK_AHEAD_DAYS = 28;

export interface AnnounceInput {
  /** The local day of the run, 'YYYY-MM-DD'. */
  day: string;
}

/** The next run after `now`: today's 08:00 when it is still to come, else tomorrow's. */
export function scheduleRotationAnnouncements(
  scheduler: Scheduler,
  now: Date,
  timeZone: string,
): Promise<boolean> {
  const today = localDateOf(Math.floor(now.getTime() / 60_000), timeZone);
  const todayAt = localTimeToEpochMinute(today, RUN_MINUTE, timeZone) * 60_000;
  const day = todayAt > now.getTime() ? today : addDays(today, 1);
  const at = new Date(localTimeToEpochMinute(day, RUN_MINUTE, timeZone) * 60_000);
  const input: AnnounceInput = { day };
  return scheduler.schedule({ useCase: ROTATION_ANNOUNCE, key: rotationAnnounceKey(day), at, input });
}

/** The working day a turn is announced on: `before` office working days earlier (the same day when 0). */
export function announceOn(turnDate: string, before: number): string {
  const works = officeWorkdays(dutchHolidaysAround(turnDate));
  return shiftWorkdays(turnDate, -Math.max(0, before), works) ?? turnDate;
}

/**
 * Tells each holder of a coming turn, once, `announceWorkingDaysBefore` working days before it (team setting):
 * the turn is then stored with announcedAt, so it stays theirs (stored turns win) and is not told again. A
 * missed day (casus was down) is made up on the next run, as long as the turn is still to come. Then the next
 * day's run is scheduled.
 */
export function announceTurns(deps: {
  work: RotationUnitOfWork;
  defaultLocale: Locale;
  timeZone: string;
}): TimedUseCase<AnnounceInput> {
  return async ({ day }, { now }) => {
    const teamIds = await deps.work.run(({ store }) => store.teamsWithRotations());
    for (const teamId of teamIds) {
      await deps.work.run(async ({ store, outbox }) => {
        const data = await store.read(teamId, addDays(day, LOOK_AHEAD_DAYS));
        if (!data) return;
        const stored = new Map(data.turns.map((t) => [`${t.rotationId}|${t.date}`, t]));
        const lead = data.team.settings.announceWorkingDaysBefore;
        for (const turn of turnsOf(data, day, LOOK_AHEAD_DAYS / 7)) {
          if (turn.holderId === null || announceOn(turn.date, lead) > day) continue;
          if (stored.get(`${turn.rotationId}|${turn.date}`)?.announcedAt) continue;
          const holder = data.people.find((p) => p.id === turn.holderId);
          await store.setTurn({
            rotationId: turn.rotationId,
            date: turn.date,
            holderId: turn.holderId,
            reason: turn.reason ?? null,
            swappedFromId: turn.dueId ?? null,
            announcedAt: now,
          });
          await outbox.toPerson({
            professionalId: turn.holderId,
            view: announcementView(
              { role: turn.role, date: turn.date, team: data.team.name },
              holder?.locale ?? deps.defaultLocale,
            ),
            idempotencyKey: `rotation-turn:${turn.rotationId}:${turn.date}:${turn.holderId}`,
          });
        }
      });
    }
    await deps.work.run(({ scheduler }) =>
      scheduleRotationAnnouncements(
        scheduler,
        new Date(Math.max(now.getTime(), Date.parse(`${day}T12:00:00Z`))),
        deps.timeZone,
      ),
    );
  };
}
