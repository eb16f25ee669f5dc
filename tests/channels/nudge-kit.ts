import { type DecidedMessage, sweepNudges } from '../../src/app/actions/send-nudges.ts';
import type { Messenger } from '../../src/app/ports/messenger.ts';
import { TryoutMessenger } from '../../src/channels/tryout/tryout-messenger.ts';
import { createNudgeStore, createNudgeUnitOfWork } from '../../src/infra/actions/nudge-repository.ts';
import type { Database } from '../../src/infra/db/database.ts';
import { createJobRunner } from '../../src/infra/jobs/job-runner.ts';
import { outboxSendJobName } from '../../src/infra/outbox/outbox-job.ts';
import { createOutboxSender } from '../../src/infra/outbox/outbox-sender.ts';

/**
 * The nudge of issue 10 through a real platform SDK, for tests/channels/{slack,teams}/*-nudge.test.ts: the sweep
 * as the `actions.nudge` job runs it, the outbox as the server sends it, and the Done button found where the
 * person sees it — under the action's text in the message the platform received.
 *
 * The demo world of actions-world.ts records on Friday 4 December 2026; Yara works Monday, Wednesday and Friday
 * 09:00–17:00. An action due "vrijdag" (Friday 11 December) gets its due-soon reminder from two of her working
 * days before, so a sweep on Wednesday 9 December at 09:00 sends it, and the next working day (Friday 11 at
 * 09:00) would bring its due-today reminder.
 */
export const NUDGE_MOMENT = new Date('2026-12-09T08:00:00Z');
/** Yara's working day after NUDGE_MOMENT: Friday 11 December 2026, 09:00 in Amsterdam. */
export const NEXT_WORKING_MOMENT = new Date('2026-12-11T08:00:00Z');
/** When Yara presses Done: Wednesday 9 December, 09:20. */
export const PRESS_MOMENT = new Date('2026-12-09T08:20:00Z');

/** One sweep at `now`, with the store and unit of work the server composes. */
export function sweepAt(db: Database, now: Date): Promise<DecidedMessage[]> {
  return sweepNudges(
    {
      store: createNudgeStore(db.prisma, { timeZone: 'Europe/Amsterdam' }),
      work: createNudgeUnitOfWork(db.prisma),
      defaultLocale: 'nl',
    },
    now,
  );
}

/**
 * The outbox's clock: the system's (jobs are queued at the database's own time), moved on 2 s a round so the
 * per-conversation pacing (Slack: one message a second) lets the next message go, as the running outbox
 * would a moment later. It only moves forward, across calls too.
 */
let outboxAhead = 0;
const outboxClock = { now: () => new Date(Date.now() + outboxAhead) };

/**
 * Runs every queued `outbox.send` job through the real outbox sender, with the platform's messenger beside the
 * try-out page's (every demo professional also has a try-out identity), as src/server.ts composes them.
 */
export async function deliverOutbox(db: Database, messenger: Messenger): Promise<void> {
  const runner = createJobRunner({
    db,
    clock: outboxClock,
    handlers: {
      [outboxSendJobName]: createOutboxSender({
        db,
        clock: outboxClock,
        messengers: [new TryoutMessenger(), messenger],
      }),
    },
    pollIntervalMs: 10,
  });
  for (let round = 0; round < 20; round += 1) {
    const ran = await runner.runDueJobsOnce();
    const waiting = await db.prisma.outboxMessage.count({ where: { status: 'pending' } });
    if (ran === 0 && waiting === 0) return;
    outboxAhead += 2_000;
  }
  throw new Error('outbox messages stayed pending');
}

/** The nudge records of one action (what the sweep sent about it), oldest first. */
export async function nudgesAbout(db: Database, actionId: string) {
  return db.prisma.nudge.findMany({
    where: { actionId },
    orderBy: { sentOn: 'asc' },
    select: { step: true, sentOn: true, recipientId: true },
  });
}

type Node = Record<string, unknown>;

/** A Slack button (`action_id`) or an Adaptive Card Action.Execute (`verb`) whose id is `action.done…`. */
function isDoneButton(node: Node): boolean {
  if (typeof node.action_id === 'string') return node.action_id.startsWith('action.done');
  return node.type === 'Action.Execute' && node.verb === 'action.done';
}

/**
 * The Done button a person would press for the action whose text is `description`: the first Done button
 * after that text, in the order the message shows them (Block Kit blocks or an Adaptive Card body). Throws
 * when there is none, naming what the message does hold.
 */
export function doneButtonUnder(message: unknown, description: string): Node {
  let seen = false;
  let found: Node | undefined;
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as Node;
    if (isDoneButton(n)) {
      if (seen) found = n;
      return;
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'text' && typeof value === 'string') {
        texts.push(value);
        if (value.includes(description)) seen = true;
      } else walk(value);
    }
  };
  walk(message);
  if (!found) throw new Error(`no Done button under "${description}" among ${JSON.stringify(texts)}`);
  return found;
}

/** How many Done buttons a message holds: one per action shown. */
export function doneButtonCount(message: unknown): number {
  let count = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    if (isDoneButton(node as Node)) {
      count += 1;
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(message);
  return count;
}
