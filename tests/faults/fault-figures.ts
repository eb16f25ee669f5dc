import { translatePlanning } from '../../src/app/planning/i18n/translate.ts';
import type { Database } from '../../src/infra/db/database.ts';
import { slackText } from '../channels/slack/slack-test-kit.ts';
import type { RecordedCall } from '../support/fake-slack-api.ts';
import type { RequestKind, SentRequest } from './slack-burst.ts';

/** What one database went through and what it showed afterwards; see crash-restart.test.ts. */
export interface FaultFigures {
  database: 'embedded' | 'postgres';
  seed: number;
  kills: number;
  durationSeconds: number;
  restartMs: { median: number; max: number };
  requests: {
    sent: number;
    /** Sent one by one before a burst and never killed (see warmUp in crash-restart.test.ts). */
    warmUp: number;
    doubleClicks: number;
    byKind: Partial<Record<RequestKind, number>>;
    acknowledged: number;
    /** From sending to the 200, over acknowledged requests of the bursts. */
    ackMs: { median: number; p95: number };
    /** In flight when the process was killed: the connection broke before an answer. */
    cutOff: number;
    /** Sent after the kill, to no one (the burst goes on while casus restarts). */
    refused: number;
    /** A 200 later than Slack's 3 seconds, or none. */
    late: number;
  };
  replies: {
    /** Acknowledged requests never answered. Must be 0. */
    lost: number;
    exactlyOnce: number;
    /** Acknowledged requests answered more than once (Slack's response_url has no idempotency key). */
    duplicated: number;
    /** Of those, how many only replaced the pressed message again with the same answer (not seen twice). */
    duplicatedReplacingOriginal: number;
    /** Answered twice by one process, not across a kill: a bug, not the price of a crash. Must be 0. */
    duplicatedWithoutKill: number;
    extraReplies: number;
    /** Requests Slack would count as failed that casus answered anyway (recorded just before the kill). */
    answeredUnacknowledged: number;
  };
  inbound: {
    /** Acknowledged requests with no InboundDelivery row: acknowledged without being recorded. Must be 0. */
    acknowledgedNotRecorded: number;
    /** Rows still holding a request that was never marked replied. Must be 0. */
    recordedUnanswered: number;
  };
  presses: {
    acknowledged: number;
    confirmed: number;
    alreadyPlanned: number;
    taken: number;
    other: number;
  };
  bookings: {
    conferences: number;
    /** More than one scheduled conference for one household at one start. Must be 0. */
    duplicates: number;
    /** An acknowledged press answered "planned" (or "already planned") whose conference is not there. Must be 0. */
    missing: number;
  };
  outbox: {
    messages: number;
    sent: number;
    /** Must be 0 (none is scheduled for later in this test). */
    pending: number;
    failed: number;
    slackMessages: number;
    /** Sent to Slack but no chat.postMessage carries its idempotency key. Must be 0. */
    slackPostsMissing: number;
    /** Posted more than once (a kill between the post and marking it sent); Slack has no idempotency key. */
    slackPostsDuplicated: number;
    slackExtraPosts: number;
  };
  jobs: {
    total: number;
    completed: number;
    /** Scheduled for later on purpose (the follow-up check weeks after a conference). */
    queuedForLater: number;
    /** Due but not run. Must be 0. */
    queuedDue: number;
    /** Must be 0. */
    running: number;
    /** Must be 0. */
    failed: number;
    failedNames: string[];
  };
  /** Error-level log lines of all casus processes, by message (a kill leaves none by itself). */
  errorLogLines: Record<string, number>;
  /** Which requests were lost or answered twice, with the process (0 = the first) each answer came from. */
  details: {
    lost: string[];
    duplicated: { name: string; fromProcesses: number[] }[];
  };
}

export interface RunRecord {
  database: 'embedded' | 'postgres';
  seed: number;
  kills: number;
  durationSeconds: number;
  restartMs: number[];
  requests: SentRequest[];
  calls: readonly RecordedCall[];
  /** How many calls the fake had recorded when each killed process had exited. */
  killMarks: number[];
  logs: string[];
}

const confirmedTitles = [
  translatePlanning('nl', 'book.confirmed-title'),
  translatePlanning('en', 'book.confirmed-title'),
];
const takenTexts = [translatePlanning('nl', 'book.taken'), translatePlanning('en', 'book.taken')];
/** The sentence after the reference and the time: "Er is niets nieuws vastgelegd." / "Nothing new was booked." */
const alreadyTexts = (['nl', 'en'] as const).map(
  (locale) =>
    translatePlanning(locale, 'book.already-planned', { reference: '', when: '' }).split('. ').pop() ?? '',
);

export type PressAnswer = 'confirmed' | 'already-planned' | 'taken' | 'other';

export function pressAnswer(reply: RecordedCall): PressAnswer {
  const text = slackText(reply.body);
  if (confirmedTitles.some((title) => text.includes(title))) return 'confirmed';
  if (alreadyTexts.some((sentence) => sentence && text.includes(sentence))) return 'already-planned';
  if (takenTexts.some((sentence) => text.includes(sentence))) return 'taken';
  return 'other';
}

interface Reply {
  call: RecordedCall;
  /** Which casus process sent it: 0 before the first kill, n after the n-th. */
  process: number;
}

/** The replies each request got: the posts to its response_url, by request name. */
function repliesByRequest(
  calls: readonly RecordedCall[],
  killMarks: readonly number[],
): Map<string, Reply[]> {
  const replies = new Map<string, Reply[]>();
  calls.forEach((call, index) => {
    const name = call.method === 'response_url' ? call.responseName : undefined;
    if (!name) return;
    const process = killMarks.filter((mark) => mark <= index).length;
    replies.set(name, [...(replies.get(name) ?? []), { call, process }]);
  });
  return replies;
}

export async function countFigures(run: RunRecord, db: Database): Promise<FaultFigures> {
  const { requests, calls } = run;
  const replies = repliesByRequest(calls, run.killMarks);
  const repliesTo = (request: SentRequest) => replies.get(request.name) ?? [];
  const acknowledged = requests.filter((r) => r.acknowledged);
  const duplicated = acknowledged.filter((r) => repliesTo(r).length > 1);
  const byKind: Partial<Record<RequestKind, number>> = {};
  for (const request of requests) byKind[request.kind] = (byKind[request.kind] ?? 0) + 1;
  const burstAckMs = acknowledged.filter((r) => !r.warmUp).map((r) => r.ackMs ?? 0);
  const unacknowledged = requests.filter((r) => !r.acknowledged);

  const inboundRows = await db.prisma.inboundDelivery.findMany({
    select: { key: true, request: true, repliedAt: true },
  });
  const recorded = new Set(inboundRows.map((row) => row.key));

  const conferences = await db.prisma.caseConference.findMany({
    where: { status: 'scheduled' },
    include: { households: true },
  });
  const perSlot = new Map<string, number>();
  for (const conference of conferences) {
    for (const { householdId } of conference.households) {
      const slot = `${householdId}@${conference.startsAt.getTime() / 60_000}`;
      perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
    }
  }
  const pressAnswers = acknowledged
    .filter((r) => r.kind === 'slot-press')
    .map((request) => {
      const first = repliesTo(request)[0];
      return { request, answer: first ? pressAnswer(first.call) : undefined };
    });
  const countAnswers = (answer: PressAnswer) => pressAnswers.filter((p) => p.answer === answer).length;

  const outbox = await db.prisma.outboxMessage.findMany({
    select: { idempotencyKey: true, platform: true, status: true },
  });
  const postsByKey = new Map<string, number>();
  for (const call of calls) {
    if (call.method !== 'chat.postMessage') continue;
    const metadata = call.body.metadata as { event_payload?: { idempotency_key?: string } } | undefined;
    const key = metadata?.event_payload?.idempotency_key;
    if (key) postsByKey.set(key, (postsByKey.get(key) ?? 0) + 1);
  }
  const slackSent = outbox.filter((m) => m.platform === 'slack' && m.status === 'sent');
  const slackPostCounts = slackSent.map((m) => postsByKey.get(m.idempotencyKey) ?? 0);

  const now = new Date();
  const jobs = await db.prisma.job.findMany({ select: { name: true, status: true, runAt: true } });
  const failedJobs = jobs.filter((j) => j.status === 'failed');

  return {
    database: run.database,
    seed: run.seed,
    kills: run.kills,
    durationSeconds: run.durationSeconds,
    restartMs: { median: percentile(run.restartMs, 0.5), max: percentile(run.restartMs, 1) },
    requests: {
      sent: requests.length,
      warmUp: requests.filter((r) => r.warmUp).length,
      doubleClicks: requests.filter((r) => r.bodies.length > 1).length,
      byKind,
      acknowledged: acknowledged.length,
      ackMs: { median: percentile(burstAckMs, 0.5), p95: percentile(burstAckMs, 0.95) },
      cutOff: unacknowledged.filter((r) => r.outcomes.includes('cut-off')).length,
      refused: unacknowledged.filter((r) => r.outcomes.every((o) => o === 'refused')).length,
      late: unacknowledged.filter((r) => r.outcomes.includes('timeout')).length,
    },
    replies: {
      lost: acknowledged.filter((r) => repliesTo(r).length === 0).length,
      exactlyOnce: acknowledged.filter((r) => repliesTo(r).length === 1).length,
      duplicated: duplicated.length,
      duplicatedReplacingOriginal: duplicated.filter((r) =>
        repliesTo(r).every((reply) => reply.call.body.replace_original === true),
      ).length,
      duplicatedWithoutKill: duplicated.filter((r) => {
        const processes = repliesTo(r).map((reply) => reply.process);
        return new Set(processes).size < processes.length;
      }).length,
      extraReplies: acknowledged.reduce((sum, r) => sum + Math.max(0, repliesTo(r).length - 1), 0),
      answeredUnacknowledged: unacknowledged.filter((r) => repliesTo(r).length > 0).length,
    },
    inbound: {
      acknowledgedNotRecorded: acknowledged.filter((r) => !recorded.has(r.inboundKey)).length,
      recordedUnanswered: inboundRows.filter((row) => row.request !== null && row.repliedAt === null).length,
    },
    presses: {
      acknowledged: pressAnswers.length,
      confirmed: countAnswers('confirmed'),
      alreadyPlanned: countAnswers('already-planned'),
      taken: countAnswers('taken'),
      other: countAnswers('other'),
    },
    bookings: {
      conferences: conferences.length,
      duplicates: [...perSlot.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      missing: pressAnswers.filter(
        ({ request, answer }) =>
          (answer === 'confirmed' || answer === 'already-planned') &&
          request.slot !== undefined &&
          !perSlot.has(`${request.slot.householdId}@${request.slot.start}`),
      ).length,
    },
    outbox: {
      messages: outbox.length,
      sent: outbox.filter((m) => m.status === 'sent').length,
      pending: outbox.filter((m) => m.status === 'pending').length,
      failed: outbox.filter((m) => m.status === 'failed').length,
      slackMessages: outbox.filter((m) => m.platform === 'slack').length,
      slackPostsMissing: slackPostCounts.filter((n) => n === 0).length,
      slackPostsDuplicated: slackPostCounts.filter((n) => n > 1).length,
      slackExtraPosts: slackPostCounts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    },
    jobs: {
      total: jobs.length,
      completed: jobs.filter((j) => j.status === 'completed').length,
      queuedForLater: jobs.filter((j) => j.status === 'queued' && j.runAt > now).length,
      queuedDue: jobs.filter((j) => j.status === 'queued' && j.runAt <= now).length,
      running: jobs.filter((j) => j.status === 'running').length,
      failed: failedJobs.length,
      failedNames: [...new Set(failedJobs.map((j) => j.name))],
    },
    errorLogLines: errorLines(run.logs),
    details: {
      lost: acknowledged.filter((r) => repliesTo(r).length === 0).map((r) => r.name),
      duplicated: duplicated.map((r) => ({
        name: r.name,
        fromProcesses: repliesTo(r).map((reply) => reply.process),
      })),
    },
  };
}

function errorLines(logs: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of logs.flatMap((log) => log.split('\n'))) {
    if (!line.startsWith('{')) continue;
    try {
      const { level, message = '?' } = JSON.parse(line) as { level?: string; message?: string };
      if (level === 'error') counts[message] = (counts[message] ?? 0) + 1;
    } catch {
      // The last line of a killed process can be cut off.
    }
  }
  return counts;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** The figures of every database side by side, one row per figure. */
export function figuresTable(all: readonly FaultFigures[]): string {
  const rows: [string, (f: FaultFigures) => unknown][] = [
    ['kills (kill -9 during a burst)', (f) => f.kills],
    ['duration (s)', (f) => f.durationSeconds],
    ['start to listening, median / max (ms)', (f) => `${f.restartMs.median} / ${f.restartMs.max}`],
    ['requests sent', (f) => f.requests.sent],
    ['  of which warm-up (one by one, not killed)', (f) => f.requests.warmUp],
    ['  of which double clicks', (f) => f.requests.doubleClicks],
    ['acknowledged (200 within 3 s)', (f) => f.requests.acknowledged],
    [
      '  time to the 200 in bursts, median / p95 (ms)',
      (f) => `${f.requests.ackMs.median} / ${f.requests.ackMs.p95}`,
    ],
    [
      'not acknowledged: cut off / sent after kill / late',
      (f) => `${f.requests.cutOff} / ${f.requests.refused} / ${f.requests.late}`,
    ],
    ['acknowledged, answered exactly once', (f) => f.replies.exactlyOnce],
    ['acknowledged, LOST (no answer)', (f) => f.replies.lost],
    [
      'acknowledged, answered twice or more',
      (f) => `${f.replies.duplicated} (+${f.replies.extraReplies} replies)`,
    ],
    ['  of which only replaced the pressed message again', (f) => f.replies.duplicatedReplacingOriginal],
    ['  of which twice by one process (no kill between)', (f) => f.replies.duplicatedWithoutKill],
    ['not acknowledged but answered', (f) => f.replies.answeredUnacknowledged],
    ['acknowledged but not recorded', (f) => f.inbound.acknowledgedNotRecorded],
    ['recorded, never answered', (f) => f.inbound.recordedUnanswered],
    ['slot presses acknowledged', (f) => f.presses.acknowledged],
    [
      '  planned / already planned / taken / other',
      ({ presses: p }) => `${p.confirmed} / ${p.alreadyPlanned} / ${p.taken} / ${p.other}`,
    ],
    ['conferences booked', (f) => f.bookings.conferences],
    ['double bookings (household, start)', (f) => f.bookings.duplicates],
    ['confirmed bookings missing', (f) => f.bookings.missing],
    [
      'outbox messages (sent / pending / failed)',
      ({ outbox: o }) => `${o.messages} (${o.sent} / ${o.pending} / ${o.failed})`,
    ],
    ['Slack outbox posts missing', (f) => f.outbox.slackPostsMissing],
    [
      'Slack outbox posts duplicated',
      ({ outbox: o }) => `${o.slackPostsDuplicated} of ${o.slackMessages} (+${o.slackExtraPosts})`,
    ],
    [
      'jobs (completed / later / due / running / failed)',
      ({ jobs: j }) =>
        `${j.total} (${j.completed} / ${j.queuedForLater} / ${j.queuedDue} / ${j.running} / ${j.failed})`,
    ],
    ['error log lines', (f) => Object.values(f.errorLogLines).reduce((a, b) => a + b, 0)],
  ];
  const header = ['figure', ...all.map((f) => `${f.database} (seed ${f.seed})`)];
  const table = [header, ...rows.map(([label, of]) => [label, ...all.map((f) => String(of(f)))])];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  return table
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | '))
    .join('\n');
}
