import { addDays, localDateOf } from '../slots/zone-offsets.ts';
import { type NudgePerson, Reachability, type Recipient } from './reachability.ts';
import {
  blockedWorkingDays,
  officeWorkdays,
  shiftWorkdays,
  workdayOnOrBefore,
  workdaysAfter,
} from './working-day-count.ts';

/**
 * The nudge policy: which reminders about actions are due at a moment, and to whom — and when an action will
 * next need attention, so that a sweep reads only the rows that are due.
 *
 * For an open action, counted in the OWNER's working days (contract days minus public holidays):
 * - `due-soon`: once, from `remindBeforeWorkingDays` working days before the due date;
 * - `due-today`: once, on the due date — or the owner's last working day before it, when the due date is a day
 *   off or a holiday;
 * - `overdue`: after the due date, `overdueEveryWorkingDays` working days after the last due-today or overdue
 *   reminder; on the first working day after the due date when neither was sent (the owner was away with
 *   nobody to stand in, snoozed, or the action was recorded late). The cadence runs from what was actually
 *   sent, so a sweep that was down for a week sends one late reminder, not a burst.
 * - `overdue-to-coordinator` / `overdue-to-coach`: once each, when `escalateToCoordinatorAfter` /
 *   `escalateToCoachAfter` overdue reminders have been sent (counting the one sent in the same sweep).
 * For a blocked action, counted in OFFICE working days since `blockedSince` (see blockedWorkingDays):
 * - `blocked-to-coordinator` after `blockedEscalationWorkingDays`, `blocked-to-coach` after twice that. The
 *   owner is not nudged while the action is blocked: they are waiting for someone else.
 *
 * Delivery:
 * - A reminder goes out only while its recipient is at work: on their contract day, within their hours, never
 *   on a public holiday. Nothing is sent outside those hours; it waits for the next block.
 * - Someone away (an absence) is replaced by their deputy; without one (or with a deputy who is away too), the
 *   owner's reminders go to the coordinator and the coordinator's escalations to the coach, each item saying
 *   `insteadOf` whom. When nobody in that chain is in, the reminder waits until someone is. An escalation never
 *   goes to the action's owner; no coordinator escalation is sent about an action the coordinator owns, nor
 *   when there is no coordinator at all (the coach's escalation still comes).
 * - The household's coordinator (`coordinatorId` on the action) comes before the team's; only people passed in
 *   `people` can receive anything.
 * - At most one message per person, per kind ('nudge' or 'escalation'), per local day: everything due for them
 *   in a sweep is bundled, and once `sent` holds a message for them that day, the rest waits for the next day.
 * - Done, cancelled and reassigned actions are silent (a reassignment is a new action for the new owner, or
 *   the same one reopened). A snoozed action is silent on every day before `snoozedUntil` (its escalations
 *   too), and may be nudged again from `snoozedUntil` on.
 * - Counts and "already sent" come from the action's `history`; records made for another due date are ignored,
 *   so moving the due date starts a fresh cadence. A blocked escalation counts when recorded on or after
 *   `blockedSince`, so blocking again later escalates again.
 */

export type ActionStatus = 'open' | 'blocked' | 'done' | 'cancelled' | 'reassigned';

export type NudgeStep =
  | 'due-soon'
  | 'due-today'
  | 'overdue'
  | 'overdue-to-coordinator'
  | 'overdue-to-coach'
  | 'blocked-to-coordinator'
  | 'blocked-to-coach';

export type MessageKind = 'nudge' | 'escalation';

/** The kind of message a step is part of: the owner's own reminders are nudges, everything else escalations. */
export function kindOfStep(step: NudgeStep): MessageKind {
  return step === 'due-soon' || step === 'due-today' || step === 'overdue' ? 'nudge' : 'escalation';
}

/** One reminder sent about an action: store it with the action when the message is handed to the outbox. */
export interface NudgeRecord {
  step: NudgeStep;
  /** Local date on which it was sent. */
  on: string;
  /** Who received it. */
  to: string;
  /** The action's due date at the time, so that a new due date starts a new cadence. */
  dueOn: string;
}

export interface NudgeAction {
  id: string;
  ownerId: string;
  householdReference: string;
  /** Local date 'YYYY-MM-DD'. */
  dueOn: string;
  status: ActionStatus;
  /** Silent on days before this local date. */
  snoozedUntil: string | null;
  /** Local date on which it was blocked; required for the blocked escalations. */
  blockedSince: string | null;
  /** The household's coordinator; when absent or null the team's coordinator is used. */
  coordinatorId?: string | null;
  history: readonly NudgeRecord[];
}

export interface NudgeSettings {
  /** Working days before the due date of the due-soon reminder; 0 = none. */
  remindBeforeWorkingDays: number;
  /** Working days between overdue reminders; at least 1. */
  overdueEveryWorkingDays: number;
  /** Overdue reminders after which the coordinator is told; 0 = never. */
  escalateToCoordinatorAfter: number;
  /** Overdue reminders after which the team coach is told; 0 = never. */
  escalateToCoachAfter: number;
  /** Office working days blocked after which the coordinator is told, and twice as many for the coach; 0 = never. */
  blockedEscalationWorkingDays: number;
}

export const DEFAULT_NUDGE_SETTINGS: Readonly<NudgeSettings> = Object.freeze({
  remindBeforeWorkingDays: 2,
  overdueEveryWorkingDays: 2,
  escalateToCoordinatorAfter: 2,
  escalateToCoachAfter: 4,
  blockedEscalationWorkingDays: 5,
});

/** A message already sent to someone (only the local date matters: one per person, kind and day). */
export interface SentMessage {
  to: string;
  kind: MessageKind;
  on: string;
}

/** One team's world, shared by nudgesDue and nextNudgeAt. */
export interface NudgeSituation {
  /** IANA zone of the team, e.g. 'Europe/Amsterdam': local dates and contract hours are read in it. */
  timeZone: string;
  /**
   * Everyone a message may reach: owners, coordinators, the coach and deputies. Someone not in this list is
   * never a recipient.
   */
  people: readonly NudgePerson[];
  /** The team's coordinator (used when an action has no household coordinator) and team coach. */
  team: { coordinatorId: string | null; coachId: string | null };
  /** Local dates that are public holidays (see dutchHolidaysAround in working-day.ts); cover every year the actions span. */
  holidays: ReadonlySet<string>;
  /** Defaults to DEFAULT_NUDGE_SETTINGS; a partial object overrides single settings. */
  settings?: Partial<NudgeSettings>;
  /** Messages already sent today (earlier days may be passed too; they are ignored). */
  sent?: readonly SentMessage[];
}

interface ItemBase {
  actionId: string;
  householdReference: string;
  ownerId: string;
  dueOn: string;
  /** The person it was meant for when the recipient stands in (deputy, coordinator, coach); else null. */
  insteadOf: string | null;
  /** What to append to the action's history once the message is sent. */
  record: NudgeRecord;
}

/** Why an action is in a message. */
export type NudgeItem =
  | (ItemBase & { step: 'due-soon' | 'due-today' })
  | (ItemBase & {
      step: 'overdue';
      /** 1 for the first overdue reminder. */
      reminder: number;
      /** The owner's working days since the due date. */
      overdueWorkingDays: number;
    })
  | (ItemBase & {
      step: 'overdue-to-coordinator' | 'overdue-to-coach';
      /** Overdue reminders sent so far, this sweep's included. */
      overdueReminders: number;
      overdueWorkingDays: number;
    })
  | (ItemBase & {
      step: 'blocked-to-coordinator' | 'blocked-to-coach';
      /** "stuck between organisations since …" */
      blockedSince: string;
      blockedWorkingDays: number;
    });

/** One message to one person: all their due items of one kind, bundled. */
export interface NudgeMessage {
  to: string;
  kind: MessageKind;
  /** The local date it belongs to (the one-per-day rule). */
  on: string;
  /** The ids of `items`, in the same order. */
  actionIds: string[];
  /** Overdue first (earliest due date first), then by action id. */
  items: NudgeItem[];
}

/** Exactly what `casus nudges --at <ISO> --json` reports. */
export interface NudgeReport {
  at: string;
  messages: { to: string; kind: MessageKind; actions: string[] }[];
}

/**
 * The messages due at `now`: at most one per person and kind, bundling all their items. Send each and append
 * every item's `record` to its action's history (and the message to `sent`); running it again at the same
 * moment then yields nothing.
 */
export function nudgesDue(
  input: NudgeSituation & { now: Date; actions: readonly NudgeAction[] },
): NudgeMessage[] {
  const policy = new Policy(input);
  const minute = Math.floor(input.now.getTime() / 60_000);
  const today = localDateOf(minute, input.timeZone);
  const byRecipient = new Map<string, NudgeMessage>();
  for (const action of input.actions) {
    for (const item of policy.decide(action, today, minute)) {
      const kind = kindOfStep(item.step);
      const key = `${item.record.to}\u0000${kind}`;
      let message = byRecipient.get(key);
      if (!message) {
        message = { to: item.record.to, kind, on: today, actionIds: [], items: [] };
        byRecipient.set(key, message);
      }
      message.items.push(item);
    }
  }
  const messages = [...byRecipient.values()].sort((a, b) => compare(a.to, b.to) || compare(a.kind, b.kind));
  for (const message of messages) {
    message.items.sort((a, b) => compare(a.dueOn, b.dueOn) || compare(a.actionId, b.actionId));
    message.actionIds = message.items.map((item) => item.actionId);
  }
  return messages;
}

/** The `casus nudges --json` shape of nudgesDue's answer at `now`. */
export function nudgeReport(now: Date, messages: readonly NudgeMessage[]): NudgeReport {
  return {
    at: now.toISOString(),
    messages: messages.map((message) => ({
      to: message.to,
      kind: message.kind,
      actions: [...message.actionIds],
    })),
  };
}

// Looked ahead at most this far; an action that needs nobody within it is treated as never needing anyone.
const LOOKAHEAD_DAYS = 400;

/**
 * The first moment at or after `now` at which nudgesDue would send something about this action, assuming nothing
 * changes in between (no new history, status, snooze, absence or contract); null when it never will (done,
 * cancelled, reassigned, or blocked with its escalations sent). Store it as the action's next-nudge time and let
 * the sweep read only rows whose time has come; recompute it whenever the action, its history or one of its
 * people changes. Without `sent` the answer can only be earlier than with it, never later — a safe index.
 */
export function nextNudgeAt(action: NudgeAction, situation: NudgeSituation & { now: Date }): Date | null {
  return nextWith(new Policy(situation), action, situation);
}

/**
 * nextNudgeAt for many actions of one team at once: the situation is indexed once, not once per action (a
 * sweep of 10,000 due actions would otherwise rebuild it 10,000 times).
 */
export function nextNudgeTimes(
  actions: readonly NudgeAction[],
  situation: NudgeSituation & { now: Date },
): Map<string, Date | null> {
  const nextOf = nextNudgeTimer(situation);
  return new Map(actions.map((action) => [action.id, nextOf(action)]));
}

/**
 * nextNudgeAt as a function bound to one team's situation (indexed once), for a caller that works through many
 * actions in slices, letting other work run in between.
 */
export function nextNudgeTimer(
  situation: NudgeSituation & { now: Date },
): (action: NudgeAction) => Date | null {
  const policy = new Policy(situation);
  return (action) => nextWith(policy, action, situation);
}

function nextWith(
  policy: Policy,
  action: NudgeAction,
  situation: NudgeSituation & { now: Date },
): Date | null {
  if (action.status !== 'open' && action.status !== 'blocked') return null;
  const nowMinute = Math.floor(situation.now.getTime() / 60_000);
  const today = localDateOf(nowMinute, situation.timeZone);
  const firstDay = policy.earliestDay(action, today);
  if (firstDay === null) return null;
  const people = policy.peopleOf(action);
  for (let offset = 0; offset < LOOKAHEAD_DAYS; offset++) {
    const date = addDays(firstDay, offset);
    if (!policy.mayBeDue(action, date)) continue;
    // The answer only changes where someone's block starts; `now` itself is a candidate on its own day.
    const candidates: number[] = date === today ? [nowMinute] : [];
    for (const id of people) {
      for (const start of policy.reach.blockStarts(id, date)) {
        if (start > nowMinute && !candidates.includes(start)) candidates.push(start);
      }
    }
    if (candidates.length > 1) candidates.sort((a, b) => a - b);
    for (const minute of candidates) {
      if (localDateOf(minute, situation.timeZone) !== date) continue;
      if (policy.decide(action, date, minute).length > 0) {
        return minute === nowMinute ? situation.now : new Date(minute * 60_000);
      }
    }
  }
  return null;
}

/** The rules above, bound to one team's situation. */
class Policy {
  readonly reach: Reachability;
  private readonly settings: NudgeSettings;
  private readonly officeDays: (dateIso: string) => boolean;
  private readonly sentKeys: Set<string>;
  /** Per action object, read once: a policy lives for one decision, and its actions are not changed meanwhile. */
  private readonly facts = new WeakMap<NudgeAction, HistoryFacts>();
  private readonly chains = new Map<string, string[]>();

  constructor(private readonly situation: NudgeSituation) {
    this.settings = checkedSettings({ ...DEFAULT_NUDGE_SETTINGS, ...situation.settings });
    this.reach = new Reachability(situation.people, situation.holidays, situation.timeZone);
    this.officeDays = officeWorkdays(situation.holidays);
    this.sentKeys = new Set((situation.sent ?? []).map((sent) => sentKey(sent.to, sent.kind, sent.on)));
  }

  private coordinatorOf(action: NudgeAction): string | null {
    return action.coordinatorId ?? this.situation.team.coordinatorId;
  }

  /** Everyone whose working hours can make this action due: its chain of recipients and their deputies. */
  peopleOf(action: NudgeAction): readonly string[] {
    const coordinatorId = this.coordinatorOf(action);
    const key = `${action.ownerId}\u0000${coordinatorId ?? ''}`;
    let people = this.chains.get(key);
    if (!people) {
      const chain = [action.ownerId, coordinatorId, this.situation.team.coachId].filter(
        (id): id is string => id !== null,
      );
      people = [...new Set([...chain, ...chain.flatMap((id) => this.reach.deputiesOf(id))])];
      this.chains.set(key, people);
    }
    return people;
  }

  /** A day before which nothing can be due (never before today); null when nothing ever will be. */
  earliestDay(action: NudgeAction, today: string): string | null {
    let day = action.snoozedUntil !== null && action.snoozedUntil > today ? action.snoozedUntil : today;
    if (action.status === 'blocked') {
      const pending = this.blockedThresholds(action).filter(
        ({ step, chain }) =>
          !this.blockedRecorded(action, step) && chain[0] !== null && chain[0] !== action.ownerId,
      );
      if (action.blockedSince === null || pending.length === 0) return null;
      const first = shiftWorkdays(action.blockedSince, pending[0]!.workingDays, this.officeDays);
      if (first === null) return null;
      if (first > day) day = first;
    }
    return day;
  }

  /**
   * False when `decide` returns nothing at any minute of `date` (nobody's hours or absences considered): lets
   * nextNudgeAt skip a day without trying each moment someone starts work.
   */
  mayBeDue(action: NudgeAction, date: string): boolean {
    if (action.status !== 'open') return action.status === 'blocked';
    if (action.snoozedUntil !== null && date < action.snoozedUntil) return false;
    const facts = this.factsOf(action);
    if (this.ownerStep(action, facts, date) !== null) return true;
    if (date <= action.dueOn) return false;
    // No owner reminder today, so only escalations already earned by the reminders sent can be due.
    const coordinatorId = this.coordinatorOf(action);
    return (
      this.escalationEarned(action, facts, 'overdue-to-coordinator', facts.overdueSent, coordinatorId) ||
      this.escalationEarned(action, facts, 'overdue-to-coach', facts.overdueSent, this.situation.team.coachId)
    );
  }

  /**
   * Whether an overdue escalation is earned after `overdueReminders` and not yet sent, and has somebody to go to
   * (never the owner). Delivery is not considered.
   */
  private escalationEarned(
    action: NudgeAction,
    facts: HistoryFacts,
    step: 'overdue-to-coordinator' | 'overdue-to-coach',
    overdueReminders: number,
    first: string | null,
  ): boolean {
    const after =
      step === 'overdue-to-coordinator'
        ? this.settings.escalateToCoordinatorAfter
        : this.settings.escalateToCoachAfter;
    return (
      after !== 0 &&
      overdueReminders >= after &&
      first !== null &&
      first !== action.ownerId &&
      !facts.steps.has(step)
    );
  }

  /** The items due about one action at `minute` (local date `date`), each with its recipient. */
  decide(action: NudgeAction, date: string, minute: number): NudgeItem[] {
    if (action.status !== 'open' && action.status !== 'blocked') return [];
    if (action.snoozedUntil !== null && date < action.snoozedUntil) return [];
    return action.status === 'open'
      ? this.decideOpen(action, date, minute)
      : this.decideBlocked(action, date, minute);
  }

  private decideOpen(action: NudgeAction, date: string, minute: number): NudgeItem[] {
    const items: NudgeItem[] = [];
    const facts = this.factsOf(action);
    const coordinatorId = this.coordinatorOf(action);
    const coachId = this.situation.team.coachId;
    // Plain loops and no closures here: this runs for every due action, twice per sweep.
    const step = this.ownerStep(action, facts, date);
    let overdueNow = 0;
    if (step !== null) {
      const to = this.deliverable([action.ownerId, coordinatorId], 'nudge', date, minute);
      if (to) {
        const base = this.base(action, step, date, to);
        if (step === 'overdue') {
          overdueNow = 1;
          items.push({
            ...base,
            step,
            reminder: facts.overdueSent + 1,
            overdueWorkingDays: this.overdueWorkingDays(action, date),
          });
        } else {
          items.push({ ...base, step });
        }
      }
    }

    if (date > action.dueOn) {
      const overdueReminders = facts.overdueSent + overdueNow;
      const steps = ['overdue-to-coordinator', 'overdue-to-coach'] as const;
      for (const escalation of steps) {
        const chain = escalation === 'overdue-to-coordinator' ? [coordinatorId, coachId] : [coachId];
        if (!this.escalationEarned(action, facts, escalation, overdueReminders, chain[0] ?? null)) continue;
        const to = this.deliverable(chain, 'escalation', date, minute, [action.ownerId]);
        if (!to) continue;
        items.push({
          ...this.base(action, escalation, date, to),
          step: escalation,
          overdueReminders,
          overdueWorkingDays: this.overdueWorkingDays(action, date),
        });
      }
    }
    return items;
  }

  private overdueWorkingDays(action: NudgeAction, date: string): number {
    return workdaysAfter(action.dueOn, date, this.reach.workdays(action.ownerId));
  }

  /** The owner's reminder due on `date`, if any (before delivery is considered). */
  private ownerStep(
    action: NudgeAction,
    facts: HistoryFacts,
    date: string,
  ): 'due-soon' | 'due-today' | 'overdue' | null {
    const works = this.reach.workdays(action.ownerId);
    // The due-today reminder falls on the owner's last working day on or before the due date.
    const dueDay = workdayOnOrBefore(action.dueOn, works) ?? action.dueOn;
    if (date > action.dueOn) {
      // The cadence runs from the last reminder actually sent; when the owner was told nothing on the due day
      // (away, snoozed, recorded late), the first working day after.
      const last = facts.lastReminderOn;
      const next =
        last === null
          ? shiftWorkdays(dueDay, 1, works)
          : shiftWorkdays(last, this.settings.overdueEveryWorkingDays, works);
      return next !== null && date >= next ? 'overdue' : null;
    }
    if (date >= dueDay) return facts.steps.has('due-today') ? null : 'due-today';
    const before = this.settings.remindBeforeWorkingDays;
    if (before === 0 || facts.steps.has('due-soon')) return null;
    const soonDay = shiftWorkdays(dueDay, -before, works);
    return soonDay !== null && date >= soonDay ? 'due-soon' : null;
  }

  /** What the action's history says for its current due date, read once per action and policy. */
  private factsOf(action: NudgeAction): HistoryFacts {
    if (action.history.length === 0) return NO_HISTORY;
    let facts = this.facts.get(action);
    if (!facts) {
      facts = historyFacts(action);
      this.facts.set(action, facts);
    }
    return facts;
  }

  private decideBlocked(action: NudgeAction, date: string, minute: number): NudgeItem[] {
    const blockedSince = action.blockedSince;
    if (blockedSince === null) return [];
    const items: NudgeItem[] = [];
    for (const { step, workingDays, chain } of this.blockedThresholds(action)) {
      if (this.blockedRecorded(action, step) || chain[0] === null || chain[0] === action.ownerId) continue;
      const reachedOn = shiftWorkdays(blockedSince, workingDays, this.officeDays);
      if (reachedOn === null || date < reachedOn) continue;
      const to = this.deliverable(chain, 'escalation', date, minute, [action.ownerId]);
      if (!to) continue;
      items.push({
        ...this.base(action, step, date, to),
        step,
        blockedSince,
        blockedWorkingDays: blockedWorkingDays(blockedSince, date, this.situation.holidays),
      });
    }
    return items;
  }

  /** The blocked escalations in order: the coordinator after N office working days, the coach after 2N. */
  private blockedThresholds(action: NudgeAction): {
    step: 'blocked-to-coordinator' | 'blocked-to-coach';
    workingDays: number;
    chain: (string | null)[];
  }[] {
    const n = this.settings.blockedEscalationWorkingDays;
    if (n === 0) return [];
    const coachId = this.situation.team.coachId;
    return [
      { step: 'blocked-to-coordinator', workingDays: n, chain: [this.coordinatorOf(action), coachId] },
      { step: 'blocked-to-coach', workingDays: 2 * n, chain: [coachId] },
    ];
  }

  private blockedRecorded(action: NudgeAction, step: NudgeStep): boolean {
    const since = action.blockedSince;
    return since !== null && action.history.some((record) => record.step === step && record.on >= since);
  }

  /**
   * Who receives a message for `chain[0]` now: the stand-in rules of Reachability, then only while that person
   * is at work and has had no message of this kind today.
   */
  private deliverable(
    chain: readonly (string | null)[],
    kind: MessageKind,
    date: string,
    minute: number,
    exclude: readonly string[] = [],
  ): Recipient | null {
    const recipient = this.reach.standIn(chain, date, exclude);
    if (!recipient || !this.reach.atWork(recipient.to, date, minute)) return null;
    return this.sentKeys.has(sentKey(recipient.to, kind, date)) ? null : recipient;
  }

  private base(action: NudgeAction, step: NudgeStep, date: string, recipient: Recipient): ItemBase {
    return {
      actionId: action.id,
      householdReference: action.householdReference,
      ownerId: action.ownerId,
      dueOn: action.dueOn,
      insteadOf: recipient.insteadOf,
      record: { step, on: date, to: recipient.to, dueOn: action.dueOn },
    };
  }
}

/** The records of an action's history that count: those made for its current due date. */
interface HistoryFacts {
  steps: ReadonlySet<NudgeStep>;
  overdueSent: number;
  /** Local date of the last due-today or overdue reminder, else null. */
  lastReminderOn: string | null;
}

const NO_HISTORY: HistoryFacts = Object.freeze({
  steps: new Set<NudgeStep>(),
  overdueSent: 0,
  lastReminderOn: null,
});

function historyFacts(action: NudgeAction): HistoryFacts {
  const steps = new Set<NudgeStep>();
  let overdueSent = 0;
  let lastReminderOn: string | null = null;
  for (const record of action.history) {
    if (record.dueOn !== action.dueOn) continue;
    steps.add(record.step);
    if (record.step === 'overdue') overdueSent += 1;
    // Dates as 'YYYY-MM-DD' sort as they fall.
    if (
      (record.step === 'due-today' || record.step === 'overdue') &&
      (lastReminderOn === null || record.on > lastReminderOn)
    ) {
      lastReminderOn = record.on;
    }
  }
  return { steps, overdueSent, lastReminderOn };
}

function sentKey(to: string, kind: MessageKind, on: string): string {
  return `${to}\u0000${kind}\u0000${on}`;
}

function checkedSettings(settings: NudgeSettings): NudgeSettings {
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  if (settings.overdueEveryWorkingDays < 1)
    throw new RangeError('overdueEveryWorkingDays must be at least 1');
  return settings;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
