import { nudgeMessageKey } from '../../src/app/actions/send-nudges.ts';
import type { Database } from '../../src/infra/db/database.ts';
import { ActionIds, fromPlatformActionId } from '../../src/views/action-ids.ts';
import { decodeActionValue } from '../../src/views/action-payload.ts';
import type { RecordedCall } from '../support/fake-slack-api.ts';
import { workerToken } from './nudge-fleet.ts';

/** One kill -9 of the nudge crash test, and what had happened by then. */
export interface KillMoment {
  /** What the test aimed at: the worker running the sweep, or one delivering the outbox. */
  phase: 'sweep' | 'delivery';
  worker: string;
  replacement: string;
  /** Nudge records committed (one per due action when the sweep is done). */
  nudgesCommitted: number;
  messagesQueued: number;
  messagesSent: number;
  /** chat.postMessage calls the fake Slack had received. */
  posts: number;
  /** How many calls of any kind the fake had recorded once the worker was gone. */
  atCall: number;
  heldSweep: boolean;
  /** outbox.send jobs the killed worker held (running under its lease). */
  outboxJobsHeld: number;
  /** Keys the killed worker had posted whose message was not marked sent: handed to Slack, not confirmed. */
  postedUnconfirmed: string[];
}

export interface NudgeCrashFigures {
  dueActions: number;
  people: number;
  messagesExpected: number;
  /** Due actions with exactly one nudge record, to their owner, for today. */
  actionsRecordedOnce: number;
  nudgeRecords: number;
  messagesQueued: number;
  messagesSent: number;
  /** Queued but not sent (pending or failed). Must be 0. */
  messagesUnsent: number;
  /** Expected messages posted to their owner's direct message at least once. */
  delivered: number;
  /** Expected messages never posted. Must be 0. */
  missing: number;
  /** Due actions found in no message posted to their owner. Must be 0. */
  actionsMissing: number;
  /** Due actions in two different messages. Must be 0. */
  actionsInTwoMessages: number;
  /** Posts under a key nobody expected (or to someone else's conversation). Must be 0. */
  unexpectedPosts: number;
  posts: number;
  /** Messages posted more than once. */
  duplicated: number;
  /** Of those: the earlier post came from a worker killed before it could mark the message sent. */
  duplicatedAfterKill: number;
  /** Posted twice although not handed to Slack by a worker that was then killed. Must be 0. */
  duplicatedUnexplained: string[];
  sweepAttempts: number;
  jobsFailed: number;
  jobsRunning: number;
  /** Leases lost by a live worker (it stalled beyond the lease): then two workers run one job at once. */
  leasesLost: number;
  /** The workers' longest event-loop stall, in ms (0: none over 250 ms). */
  maxStallMs: number;
  kills: KillMoment[];
  durationSeconds: number;
}

interface Post {
  index: number;
  key: string;
  channel: string;
  worker: string;
  actionIds: string[];
}

/** The chat.postMessage calls, with the idempotency key each carries and the actions of its Done buttons. */
export function postsOf(calls: readonly RecordedCall[]): Post[] {
  const posts: Post[] = [];
  calls.forEach((call, index) => {
    if (call.method !== 'chat.postMessage') return;
    const metadata = call.body.metadata as { event_payload?: { idempotency_key?: string } } | undefined;
    const blocks = (call.body.blocks ?? []) as {
      type: string;
      elements?: { action_id: string; value?: string }[];
    }[];
    const actionIds = blocks
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? [])
      .filter((element) => fromPlatformActionId(element.action_id) === ActionIds.actionDone)
      .flatMap((element) => {
        const decoded = decodeActionValue(ActionIds.actionDone, element.value);
        return decoded.ok ? [decoded.payload.actionItemId] : [];
      });
    posts.push({
      index,
      key: metadata?.event_payload?.idempotency_key ?? '',
      channel: String(call.body.channel ?? ''),
      worker: String(call.authorization ?? '').replace(/^Bearer xoxb-nudge-/, ''),
      actionIds,
    });
  });
  return posts;
}

/** Keys `worker` had posted by now that the database does not show as sent. */
export async function postedUnconfirmed(
  db: Database,
  calls: readonly RecordedCall[],
  worker: string,
): Promise<string[]> {
  const token = `Bearer ${workerToken(worker)}`;
  const posted = new Set(
    postsOf(calls.filter((call) => call.authorization === token)).map((post) => post.key),
  );
  if (posted.size === 0) return [];
  const sent = await db.prisma.outboxMessage.findMany({
    where: { idempotencyKey: { in: [...posted] }, status: 'sent' },
    select: { idempotencyKey: true },
  });
  for (const row of sent) posted.delete(row.idempotencyKey);
  return [...posted].sort();
}

/**
 * Counts what the database and the fake Slack show once the outbox drained. Expected: for every owner of a
 * due action one message today (`nudge:<owner>:nudge:<today>`, on Slack), posted to the owner's direct
 * conversation and naming each of their due actions once.
 */
export async function countNudgeCrash(
  db: Database,
  run: {
    today: string;
    calls: readonly RecordedCall[];
    kills: KillMoment[];
    durationSeconds: number;
    leasesLost: number;
    maxStallMs: number;
  },
): Promise<NudgeCrashFigures> {
  const due = await db.prisma.action.findMany({
    where: { dueOn: new Date(`${run.today}T00:00:00Z`) },
    select: { id: true, ownerId: true },
  });
  const slackIds = new Map(
    (
      await db.prisma.platformIdentity.findMany({
        where: { platform: 'slack' },
        select: { professionalId: true, externalUserId: true },
      })
    ).map((row) => [row.professionalId, row.externalUserId]),
  );
  const ownerOf = new Map(due.map((action) => [action.id, action.ownerId]));
  const owners = new Set(due.map((action) => action.ownerId));
  const keyOf = (owner: string) => `${nudgeMessageKey({ to: owner, kind: 'nudge', on: run.today })}:slack`;
  const ownerByKey = new Map([...owners].map((owner) => [keyOf(owner), owner]));

  const records = await db.prisma.nudge.findMany({
    select: { actionId: true, recipientId: true, sentOn: true, step: true },
  });
  const recordsPerAction = new Map<string, number>();
  for (const record of records) {
    const right =
      record.recipientId === ownerOf.get(record.actionId) &&
      record.sentOn.toISOString().slice(0, 10) === run.today &&
      record.step === 'due_today';
    if (right) recordsPerAction.set(record.actionId, (recordsPerAction.get(record.actionId) ?? 0) + 1);
  }

  const posts = postsOf(run.calls);
  const byKey = new Map<string, Post[]>();
  let unexpectedPosts = 0;
  for (const post of posts) {
    const owner = ownerByKey.get(post.key);
    if (!owner || post.channel !== `D${slackIds.get(owner)}`) {
      unexpectedPosts += 1;
      continue;
    }
    byKey.set(post.key, [...(byKey.get(post.key) ?? []), post]);
  }
  const messagesPerAction = new Map<string, Set<string>>();
  for (const [key, list] of byKey) {
    for (const post of list) {
      for (const actionId of post.actionIds) {
        if (ownerOf.get(actionId) !== ownerByKey.get(key)) continue;
        const keys = messagesPerAction.get(actionId) ?? new Set<string>();
        keys.add(key);
        messagesPerAction.set(actionId, keys);
      }
    }
  }

  const unconfirmedAtKill = run.kills.map((kill) => ({ kill, keys: new Set(kill.postedUnconfirmed) }));
  let duplicatedAfterKill = 0;
  const duplicatedUnexplained: string[] = [];
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    // Each post after the first must follow a kill of the worker that made the one before it, at a moment
    // when that worker had posted it and the database did not yet show it sent.
    const explained = list.slice(1).every((later, i) => {
      const earlier = list[i] as Post;
      return unconfirmedAtKill.some(
        ({ kill, keys }) => kill.worker === earlier.worker && keys.has(key) && kill.atCall <= later.index,
      );
    });
    if (explained) duplicatedAfterKill += 1;
    else duplicatedUnexplained.push(`${key} posted by ${list.map((post) => post.worker).join(', ')}`);
  }

  const outbox = await db.prisma.outboxMessage.groupBy({ by: ['status'], _count: true });
  const outboxCount = (status: string) => outbox.find((row) => row.status === status)?._count ?? 0;
  const sweep = await db.prisma.job.findMany({ where: { name: 'actions.nudge', attempts: { gt: 0 } } });
  const delivered = [...ownerByKey.keys()].filter((key) => byKey.has(key)).length;
  return {
    dueActions: due.length,
    people: slackIds.size,
    messagesExpected: owners.size,
    actionsRecordedOnce: due.filter((action) => recordsPerAction.get(action.id) === 1).length,
    nudgeRecords: records.length,
    messagesQueued: outboxCount('pending') + outboxCount('sent') + outboxCount('failed'),
    messagesSent: outboxCount('sent'),
    messagesUnsent: outboxCount('pending') + outboxCount('failed'),
    delivered,
    missing: owners.size - delivered,
    actionsMissing: due.filter((action) => !messagesPerAction.has(action.id)).length,
    actionsInTwoMessages: [...messagesPerAction.values()].filter((keys) => keys.size > 1).length,
    unexpectedPosts,
    posts: posts.length,
    duplicated: [...byKey.values()].filter((list) => list.length > 1).length,
    duplicatedAfterKill,
    duplicatedUnexplained,
    sweepAttempts: sweep.reduce((sum, job) => sum + job.attempts, 0),
    jobsFailed: await db.prisma.job.count({ where: { status: 'failed' } }),
    jobsRunning: await db.prisma.job.count({ where: { status: 'running' } }),
    leasesLost: run.leasesLost,
    maxStallMs: run.maxStallMs,
    kills: run.kills,
    durationSeconds: run.durationSeconds,
  };
}

/** The figures as a small table for the test's output. */
export function nudgeFiguresTable(f: NudgeCrashFigures): string {
  const rows: [string, string | number][] = [
    ['due actions (nudges due)', f.dueActions],
    ['people (all on Slack)', f.people],
    ['messages expected (one per owner)', f.messagesExpected],
    ['due actions with one nudge record', f.actionsRecordedOnce],
    [
      'outbox messages queued / sent / unsent',
      `${f.messagesQueued} / ${f.messagesSent} / ${f.messagesUnsent}`,
    ],
    ['delivered to Slack (distinct messages)', f.delivered],
    ['missing messages / missing actions', `${f.missing} / ${f.actionsMissing}`],
    ['actions in two messages', f.actionsInTwoMessages],
    ['unexpected posts', f.unexpectedPosts],
    ['chat.postMessage calls', f.posts],
    ['duplicated messages', f.duplicated],
    ['  of which handed to Slack before a kill', f.duplicatedAfterKill],
    ['  of which not (must be 0)', f.duplicatedUnexplained.length],
    ['sweep attempts', f.sweepAttempts],
    ['jobs failed / left running', `${f.jobsFailed} / ${f.jobsRunning}`],
    ['leases lost by a live worker', f.leasesLost],
    ['longest event-loop stall (ms)', f.maxStallMs],
    ['duration', `${f.durationSeconds} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  lines.push('  kills:');
  for (const k of f.kills) {
    lines.push(
      `    ${k.phase.padEnd(8)} ${k.worker} → ${k.replacement}: ${k.nudgesCommitted} records, ` +
        `${k.messagesQueued} queued, ${k.messagesSent} sent, ${k.posts} posts; held ` +
        `${k.heldSweep ? 'the sweep and ' : ''}${k.outboxJobsHeld} outbox jobs; ` +
        `${k.postedUnconfirmed.length} posted but not marked sent`,
    );
  }
  return lines.join('\n');
}
