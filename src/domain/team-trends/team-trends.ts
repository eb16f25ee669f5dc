import { workdaysAfter } from '../actions/working-day-count.ts';
import {
  median,
  protectionStats,
  type StatsConference,
  type StatsEvent,
} from '../conferences/protection-stats.ts';
import { isWorkingDay } from '../slots/find-slots.ts';
import { localDateOf } from '../slots/zone-offsets.ts';
import type { TrendWeek } from './trend-weeks.ts';

/**
 * The team's own view (issue 12, docs/team-view.md): four trends per ISO week. Pure: the caller reads the
 * conferences with their ledger, the actions with their history and the households with their involvements;
 * `now`, the weeks, the zone and the public holidays are arguments. A week still running is measured at `now`.
 *
 * - Held as planned: among the conferences whose first agreed start (plannedStartsAt, else startsAt) lies in
 *   the week and has passed, not counting proposals, the share held as planned as protection-stats.ts defines
 *   it (not cancelled, not postponed, no deputy, no written input). Null when the week had none.
 * - Time to complete: the median, over the actions done in the week (doneAt), of office working days (Monday to
 *   Friday, no public holiday) after the local day it was recorded up to and including the day it was done:
 *   done the day it was recorded is 0, recorded on a Friday and done on Monday is 1. Null when none was done.
 * - Overdue at the week's end: actions recorded before then, neither done nor cancelled at that instant, whose
 *   due date as it stood then lies before the local day of that instant (at the end of a week: due on Sunday
 *   or earlier). Blocked actions count: they are not done. The history (ActionEvent) gives the due date and the
 *   state at that instant; an action without history counts with its own dueOn, doneAt and status (a cancelled
 *   one without history is left out, since when it was cancelled is unknown).
 * - Helpers per household: at the week's end, the professionals involved (HouseholdInvolvement.since before
 *   then) per open household (created before then, plan not closed by then), on average; null without any.
 *   Involvements that were removed leave no trace, so past weeks count only the involvements that remain.
 */

export interface TrendAction {
  createdAt: Date;
  /** The due date now, 'YYYY-MM-DD'. */
  dueOn: string;
  status: 'open' | 'blocked' | 'done' | 'cancelled';
  doneAt: Date | null;
  /** Its history, any order: what changes its state or due date. */
  events: readonly TrendActionEvent[];
}

export interface TrendActionEvent {
  at: Date;
  kind: string;
  /** recorded / due_moved: the due date from then on. */
  dueOn: string | null;
}

export interface TrendHousehold {
  createdAt: Date;
  planClosedAt: Date | null;
  /** When each professional now involved became involved. */
  involvedSince: readonly Date[];
}

export interface TrendInput {
  conferences: readonly StatsConference[];
  events: readonly StatsEvent[];
  actions: readonly TrendAction[];
  households: readonly TrendHousehold[];
}

export interface WeekTrend {
  isoWeek: string;
  week: number;
  conferences: { planned: number; heldAsPlanned: number; percent: number | null };
  /** `days`: each done action's working days, so a longer span's median can be taken (overallMedianDays). */
  completion: { done: number; medianWorkingDays: number | null; days: number[] };
  overdue: number;
  helpers: { openHouseholds: number; involvements: number; average: number | null };
}

export function teamTrends(
  input: TrendInput,
  options: { now: Date; weeks: readonly TrendWeek[]; zone: string; holidays: ReadonlySet<string> },
): WeekTrend[] {
  const { now, zone } = options;
  const works = (date: string) => isWorkingDay(date, options.holidays);
  const localDay = (at: Date) => localDateOf(Math.floor(at.getTime() / 60_000), zone);
  const actions = input.actions.map((action) => ({
    ...action,
    events: action.events.toSorted((a, b) => a.at.getTime() - b.at.getTime()),
  }));

  return options.weeks.map((week) => {
    const from = week.start.getTime();
    const until = Math.min(week.end.getTime(), now.getTime());
    const at = new Date(until);

    const due = input.conferences.filter((c) => {
      const planned = (c.plannedStartsAt ?? c.startsAt).getTime();
      return c.status !== 'proposed' && planned >= from && planned < until;
    });
    // Every counted conference started before `now`, so one window reaching back far enough holds them all.
    const figures = protectionStats(due, input.events, {
      now,
      weeks: 1 + (now.getTime() - from) / 604_800_000,
    }).conferences;

    const durations = actions
      .filter((a) => a.doneAt !== null && a.status === 'done')
      .filter((a) => a.doneAt!.getTime() >= from && a.doneAt!.getTime() < until)
      .map((a) => workdaysAfter(localDay(a.createdAt), localDay(a.doneAt!), works));

    const today = localDay(at);
    const overdue = actions.filter((a) => isOverdueAt(a, at, today)).length;

    const open = input.households.filter(
      (h) => h.createdAt.getTime() < until && (h.planClosedAt === null || h.planClosedAt.getTime() >= until),
    );
    const involvements = open.reduce(
      (sum, h) => sum + h.involvedSince.filter((since) => since.getTime() < until).length,
      0,
    );

    return {
      isoWeek: week.isoWeek,
      week: week.week,
      conferences: {
        planned: figures.planned,
        heldAsPlanned: figures.heldAsPlanned,
        percent: figures.planned === 0 ? null : Math.round((100 * figures.heldAsPlanned) / figures.planned),
      },
      completion: { done: durations.length, medianWorkingDays: median(durations), days: durations },
      overdue,
      helpers: {
        openHouseholds: open.length,
        involvements,
        average: open.length === 0 ? null : Math.round((10 * involvements) / open.length) / 10,
      },
    };
  });
}

const CLOSING = new Set(['done', 'cancelled']);
const STATE = new Set(['done', 'cancelled', 'reopened']);

/** Whether the action was overdue at `at`, whose local day is `today` (see the module comment). */
function isOverdueAt(action: TrendAction, at: Date, today: string): boolean {
  if (action.createdAt.getTime() >= at.getTime()) return false;
  const before = action.events.filter((e) => e.at.getTime() < at.getTime());
  let dueOn: string | null = null;
  let closed = false;
  for (const event of before) {
    if (event.dueOn !== null && (event.kind === 'recorded' || event.kind === 'due_moved'))
      dueOn = event.dueOn;
    if (STATE.has(event.kind)) closed = CLOSING.has(event.kind);
  }
  if (!action.events.some((e) => STATE.has(e.kind))) {
    // No history of its state: its own fields are all there is.
    if (action.status === 'cancelled') return false;
    closed = action.status === 'done' && action.doneAt !== null && action.doneAt.getTime() < at.getTime();
  }
  if (closed) return false;
  const dueThen = dueOn ?? (action.events.some((e) => e.kind === 'due_moved') ? null : action.dueOn);
  return dueThen !== null && dueThen < today;
}

/** The median working days to complete over all the weeks together; null when nothing was done. */
export function overallMedianDays(trends: readonly WeekTrend[]): number | null {
  return median(trends.flatMap((t) => t.completion.days));
}
