import { expect } from 'vitest';
import {
  type NudgeAction,
  type NudgeMessage,
  type NudgeSituation,
  nextNudgeAt,
  nudgesDue,
  type SentMessage,
} from '../../../src/domain/actions/nudge-policy.ts';
import type { NudgePerson } from '../../../src/domain/actions/reachability.ts';
import { dutchHolidaysAround } from '../../../src/domain/actions/working-day.ts';
import type { ContractBlock } from '../../../src/domain/slots/find-slots.ts';
import { instantOfWallClock, wallClockAt } from '../../../src/domain/slots/wall-clock.ts';

/** Shared people and helpers of the nudge tests: a small team in Amsterdam, December 2026. */
export const zone = 'Europe/Amsterdam';
export const holidays = dutchHolidaysAround('2026-12-01');

export const hours = (weekdays: number[], start: string, end: string): ContractBlock[] =>
  weekdays.map((weekday) => ({ weekday, startMinute: minutes(start), endMinute: minutes(end) }));

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** An instant given as Amsterdam wall-clock time, 'YYYY-MM-DD HH:MM'. */
export function at(local: string): Date {
  const [date, time] = local.split(' ') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(instantOfWallClock({ year, month, day, hour, minute, second: 0 }, zone));
}

/** The Amsterdam wall-clock time of an instant, 'YYYY-MM-DD HH:MM'. */
export function local(instant: Date): string {
  const w = wallClockAt(instant.getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

export const fullTime = hours([1, 2, 3, 4, 5], '09:00', '17:00');

export function person(
  id: string,
  contract: ContractBlock[] = fullTime,
  absences: NudgePerson['absences'] = [],
) {
  return { id, contract, absences };
}

export function action(
  overrides: Partial<NudgeAction> & Pick<NudgeAction, 'id' | 'ownerId' | 'dueOn'>,
): NudgeAction {
  return {
    householdReference: 'HH-2041',
    status: 'open',
    snoozedUntil: null,
    blockedSince: null,
    history: [],
    ...overrides,
  };
}

/** One line per message: 'YYYY-MM-DD HH:MM to kind action:step[#n][>insteadOf], …'. */
export function describeMessage(now: Date, message: NudgeMessage): string {
  const items = message.items.map((item) => {
    const n = item.step === 'overdue' ? `#${item.reminder}` : '';
    const instead = item.insteadOf ? `>${item.insteadOf}` : '';
    return `${item.actionId}:${item.step}${n}${instead}`;
  });
  return `${local(now)} ${message.to} ${message.kind} ${items.join(', ')}`;
}

export interface Simulation {
  situation: Omit<NudgeSituation, 'sent'>;
  actions: NudgeAction[];
  /** First and last sweep, Amsterdam wall-clock. */
  from: string;
  to: string;
  stepMinutes?: number;
  /** Changes made just before the sweep at that local time (done, snooze, block…). */
  events?: Record<string, (actions: Map<string, NudgeAction>) => void>;
}

/**
 * Sweeps every `stepMinutes` from `from` to `to` the way the timed job will: ask nudgesDue, "send" each message
 * (append it to `sent` and each item's record to its action's history), and log it. Along the way it keeps an
 * index of nextNudgeAt per action, recomputed whenever an action changes, and checks at every sweep that
 *  - an action is in the sweep's messages exactly when its indexed time is that sweep's moment, and
 *  - a sweep that reads only the actions whose indexed time has come sends exactly the same messages.
 */
export function simulate(simulation: Simulation): string[] {
  const step = (simulation.stepMinutes ?? 15) * 60_000;
  const actions = new Map(simulation.actions.map((a) => [a.id, structuredClone(a)]));
  const sent: SentMessage[] = [];
  const log: string[] = [];
  const index = new Map<string, number | null>();
  const reindex = (id: string, now: Date) => {
    const next = nextNudgeAt(actions.get(id)!, { ...simulation.situation, sent, now });
    index.set(id, next === null ? null : next.getTime());
  };
  const start = at(simulation.from);
  for (const id of actions.keys()) reindex(id, start);

  for (let t = start.getTime(); t <= at(simulation.to).getTime(); t += step) {
    const now = new Date(t);
    const event = simulation.events?.[local(now)];
    if (event) {
      event(actions);
      for (const id of actions.keys()) reindex(id, now);
    }
    const all = [...actions.values()];
    const messages = nudgesDue({ ...simulation.situation, sent, now, actions: all });
    const dueRows = all.filter((a) => {
      const next = index.get(a.id);
      return next !== null && next !== undefined && next <= t;
    });
    expect(
      nudgesDue({ ...simulation.situation, sent, now, actions: dueRows }),
      `due rows at ${local(now)}`,
    ).toEqual(messages);
    const mentioned = new Set(messages.flatMap((m) => m.actionIds));
    for (const a of all) {
      expect(index.get(a.id) === t, `index of ${a.id} at ${local(now)}`).toBe(mentioned.has(a.id));
    }
    for (const message of messages) {
      log.push(describeMessage(now, message));
      sent.push({ to: message.to, kind: message.kind, on: message.on });
      for (const item of message.items) {
        const a = actions.get(item.actionId)!;
        actions.set(a.id, { ...a, history: [...a.history, item.record] });
      }
    }
    for (const id of mentioned) reindex(id, now);
  }
  return log;
}
