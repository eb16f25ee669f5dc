import {
  kindOfStep,
  type MessageKind,
  type NudgeMessage,
  type NudgeRecord,
  type NudgeStep,
  nextNudgeTimes,
  nudgesDue,
  type SentMessage,
} from '../../domain/actions/nudge-policy.ts';
import type { Locale } from '../../domain/locale.ts';
import type { View } from '../../views/view-model.ts';
import type { AccessRecord } from '../ports/access-log.ts';
import type { Scheduler } from '../ports/scheduler.ts';
import type { TimedUseCase } from '../timed-use-case.ts';
import type {
  DueAction,
  DueTeam,
  NextNudge,
  NudgeContact,
  NudgeStore,
  NudgeUnitOfWork,
  SentNudge,
} from './nudge-store.ts';
import { type NudgeViewItem, nudgeMessageView } from './nudge-views.ts';

/** The timed use case's name (and job name). */
export const NUDGE_SWEEP = 'actions.nudge';

/** The sweep runs on every quarter of an hour: at :00, :15, :30 and :45. */
export const NUDGE_SWEEP_EVERY_MINUTES = 15;

/** One job per slot: with several instances, exactly one runs the sweep of a quarter hour. */
export const nudgeSweepKey = (at: Date) => `${NUDGE_SWEEP}:${at.toISOString()}`;

/** The idempotency key of one bundled message: one per person, kind and local day. */
export const nudgeMessageKey = (message: { to: string; kind: MessageKind; on: string }) =>
  `nudge:${message.to}:${message.kind}:${message.on}`;

/** The sweep takes no input: it reads whatever is due when it runs. */
export type NudgeSweepInput = Record<string, never>;

/** The first slot strictly after `now`. */
export function nextSweepAt(now: Date): Date {
  const every = NUDGE_SWEEP_EVERY_MINUTES * 60_000;
  return new Date((Math.floor(now.getTime() / every) + 1) * every);
}

/**
 * Schedules the sweep of the first slot after `now` (idempotent per slot key): at start-up, and by every
 * sweep for the next one.
 */
export function scheduleNudgeSweep(scheduler: Scheduler, now: Date): Promise<boolean> {
  const at = nextSweepAt(now);
  const input: NudgeSweepInput = {};
  return scheduler.schedule({ useCase: NUDGE_SWEEP, key: nudgeSweepKey(at), at, input });
}

export interface SendNudgesDeps {
  store: NudgeStore;
  work: NudgeUnitOfWork;
  /** For people without a locale of their own. */
  defaultLocale: Locale;
  /** Due actions read at once; all of a person's actions should fit, so they are bundled. Default 5,000. */
  readLimit?: number;
  /** Items (an action in a message) per unit of work. Default 2,000 (fewer, larger transactions are faster). */
  batchSize?: number;
}

/** One message the sweep decided, with what the CLI reports about it. */
export interface DecidedMessage {
  message: NudgeMessage;
  teamId: string;
  recipient: NudgeContact;
  /** Per item: the roster key of whom the recipient stands in for, else null. */
  insteadOf: (string | null)[];
  view: View;
}

const DEFAULT_READ_LIMIT = 5_000;
const DEFAULT_BATCH_SIZE = 2_000;
/** Reads per sweep at most; each read moves every action it returns past `now`, so few are ever needed. */
const MAX_READS = 100;
const ONE_MINUTE = 60_000;
const JOB = `job:${NUDGE_SWEEP}`;

/**
 * What the sweep would send at `now`, without writing anything (`casus nudges --dry-run`). Reads every due
 * action at once.
 */
export async function planNudges(
  deps: Pick<SendNudgesDeps, 'store' | 'defaultLocale'>,
  now: Date,
): Promise<DecidedMessage[]> {
  const teams = await deps.store.dueActions(now, Number.MAX_SAFE_INTEGER);
  return teams.flatMap((team) => decide(team, now, deps.defaultLocale).messages);
}

/**
 * The sweep at `now`: reads the actions whose next-nudge time has come, asks the policy (nudgesDue) per team,
 * and writes in units of at most `batchSize` items: the bundled messages queued with `outbox.toPeople`, each under
 * `nudge:<recipientId>:<kind>:<localDate>` together with its nudge records. Then, in a last unit, the next
 * nudge time of every action looked at (nextNudgeAt, or null) and the access-log entries of the job's reads.
 * A crash in between loses nothing and sends nothing twice: the actions keep their due time and are read again,
 * and the records and message keys already committed make the policy skip what was sent.
 */
export async function sweepNudges(deps: SendNudgesDeps, now: Date): Promise<DecidedMessage[]> {
  const readLimit = deps.readLimit ?? DEFAULT_READ_LIMIT;
  const batchSize = deps.batchSize ?? DEFAULT_BATCH_SIZE;
  const sent: DecidedMessage[] = [];
  const seen = new Set<string>();
  for (let read = 0; read < MAX_READS; read++) {
    const teams = await deps.store.dueActions(now, readLimit);
    const actions = teams.flatMap((team) => team.actions);
    if (actions.every((action) => seen.has(action.id))) break;
    for (const action of actions) seen.add(action.id);

    const decided = teams.map((team) => decide(team, now, deps.defaultLocale));
    const messages = decided.flatMap((d) => d.messages);
    await eachAtMost(unitsOf(messages, batchSize), deps.work.parallelUnits, (unit) =>
      deps.work.run(async ({ outbox, writes }) => {
        await outbox.toPeople(
          unit.map(({ message, view }) => ({
            professionalId: message.to,
            view,
            idempotencyKey: nudgeMessageKey(message),
          })),
        );
        await writes.recordSent(unit.flatMap(({ message }) => recordsOf(message)));
      }),
    );
    await deps.work.run(async ({ writes }) => {
      await writes.setNextNudgeAt(decided.flatMap((d) => d.next));
      await writes.logReads(decided.flatMap((d) => d.reads));
    });
    sent.push(...messages);
    if (actions.length < readLimit) break;
  }
  return sent;
}

/**
 * The `actions.nudge` job: schedules the next slot's sweep first (so a failing sweep does not end the chain),
 * then sweeps.
 */
export function sendNudges(deps: SendNudgesDeps): TimedUseCase<NudgeSweepInput> {
  return async (_input, { now }) => {
    await deps.work.run(({ scheduler }) => scheduleNudgeSweep(scheduler, now));
    await sweepNudges(deps, now);
  };
}

interface Decided {
  messages: DecidedMessage[];
  next: NextNudge[];
  reads: AccessRecord[];
}

/** The policy's answer for one team, with each action's next time as if the messages were sent. */
function decide(team: DueTeam, now: Date, defaultLocale: Locale): Decided {
  const { situation, actions, contacts } = team;
  const messages = nudgesDue({ ...situation, now, actions });
  const added = new Map<string, NudgeRecord[]>();
  for (const message of messages) {
    for (const item of message.items) {
      const records = added.get(item.actionId);
      if (records) records.push(item.record);
      else added.set(item.actionId, [item.record]);
    }
  }
  const sentAfter: SentMessage[] = [
    ...(situation.sent ?? []),
    ...messages.map(({ to, kind, on }) => ({ to, kind, on })),
  ];
  // As if the messages were sent: their records in each history, and today's messages in `sent`.
  const times = nextNudgeTimes(
    actions.map((action) => {
      const records = added.get(action.id);
      return records ? { ...action, history: [...action.history, ...records] } : action;
    }),
    { ...situation, sent: sentAfter, now },
  );
  const next: NextNudge[] = actions.map((action) => {
    const at = times.get(action.id) ?? null;
    // Something still due at this very moment was not sent (nobody reachable now): look again shortly.
    const later = at !== null && at.getTime() <= now.getTime() ? new Date(now.getTime() + ONE_MINUTE) : at;
    return { actionId: action.id, version: action.version, at: later };
  });

  const byId = new Map(actions.map((action) => [action.id, action]));
  const decided = messages.flatMap((message): DecidedMessage[] => {
    const recipient = contacts.get(message.to);
    if (!recipient) return [];
    const items: NudgeViewItem[] = message.items.map((item) => {
      const action = byId.get(item.actionId);
      const mayRead =
        message.to !== situation.team.coachId ||
        message.to === item.ownerId ||
        message.to === action?.coordinatorId;
      return {
        ...item,
        description: mayRead && action ? action.description : null,
        ownerName: contacts.get(item.ownerId)?.name ?? '?',
        insteadOfName: item.insteadOf === null ? null : (contacts.get(item.insteadOf)?.name ?? '?'),
      };
    });
    return [
      {
        message,
        teamId: team.teamId,
        recipient,
        insteadOf: message.items.map((item) =>
          item.insteadOf === null ? null : (contacts.get(item.insteadOf)?.key ?? item.insteadOf),
        ),
        view: nudgeMessageView({ kind: message.kind, items }, recipient.locale ?? defaultLocale),
      },
    ];
  });
  return { messages: decided, next, reads: readsOf(team, byId, messages, now) };
}

/** One entry per household the job looked at: which actions, and whose roster keys it told. */
function readsOf(
  team: DueTeam,
  byId: ReadonlyMap<string, DueAction>,
  messages: readonly NudgeMessage[],
  now: Date,
): AccessRecord[] {
  const told = new Map<string, Set<string>>();
  for (const message of messages) {
    for (const item of message.items) {
      const action = byId.get(item.actionId);
      if (!action) continue;
      const set = told.get(action.householdId) ?? new Set<string>();
      set.add(team.contacts.get(message.to)?.key ?? message.to);
      told.set(action.householdId, set);
    }
  }
  const households = new Map<string, DueAction[]>();
  for (const action of team.actions) {
    const list = households.get(action.householdId);
    if (list) list.push(action);
    else households.set(action.householdId, [action]);
  }
  return [...households].map(([householdId, actions]) => ({
    actorId: null,
    onBehalfOf: JOB,
    householdId,
    teamId: team.teamId,
    reference: actions[0]?.householdReference ?? null,
    kind: 'actions',
    action: 'view',
    channel: 'job',
    outcome: 'ok',
    details: { actions: actions.map((a) => a.id), told: [...(told.get(householdId) ?? [])].sort() },
    at: now,
  }));
}

function recordsOf(message: NudgeMessage): SentNudge[] {
  return message.items.map((item) => ({
    actionId: item.actionId,
    recipientId: item.record.to,
    step: item.step satisfies NudgeStep,
    kind: kindOfStep(item.step),
    on: item.record.on,
    dueOn: item.record.dueOn,
    insteadOfId: item.insteadOf,
  }));
}

/**
 * Runs `work` on every item, at most `limit` at a time, and waits for all; the first failure is thrown once all
 * that started have ended (a unit that failed is simply read again by the next sweep).
 */
async function eachAtMost<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Whole messages in units of about `size` items (a message larger than `size` is a unit of its own). */
function unitsOf(messages: readonly DecidedMessage[], size: number): DecidedMessage[][] {
  const units: DecidedMessage[][] = [];
  let unit: DecidedMessage[] = [];
  let items = 0;
  for (const message of messages) {
    const count = message.message.items.length;
    if (unit.length > 0 && items + count > size) {
      units.push(unit);
      unit = [];
      items = 0;
    }
    unit.push(message);
    items += count;
  }
  if (unit.length > 0) units.push(unit);
  return units;
}
