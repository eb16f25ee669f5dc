import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/infra/db/database.ts';
import { createLogger } from '../../src/infra/logger.ts';
import { type RunningCasus, startCasus } from '../../src/server.ts';

/**
 * casus as `npm start` composes it (embedded database, demo team, Teams without credentials, try-out on),
 * in-process so hundreds of requests stay fast, with its JSON log lines kept for the assertions. Shared by
 * the Teams and try-out fuzz suites.
 */
export interface FuzzServer {
  readonly url: string;
  readonly db: Database;
  readonly logs: Record<string, unknown>[];
  request(path: string, body: string, contentType?: string): Promise<FuzzAnswer>;
  stop(): Promise<void>;
}

export interface FuzzAnswer {
  status: number;
  ms: number;
  text: string;
}

/** Well below Teams' 15 s (and Slack's 3 s): garbage must be answered at once. */
export const ANSWER_LIMIT_MS = 3_000;

export async function startFuzzServer(): Promise<FuzzServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-fuzz-'));
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', (line) => void logs.push(JSON.parse(line)));
  let casus: RunningCasus;
  try {
    casus = await startCasus(loadConfig({ PORT: '0', DATA_DIR: dataDir }), logger);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: casus.url,
    db: casus.db,
    logs,
    async request(path, body, contentType = 'application/json') {
      const started = performance.now();
      const response = await fetch(`${casus.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      const text = await response.text();
      return { status: response.status, ms: performance.now() - started, text };
    },
    async stop() {
      await casus.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Rows in every table a request could write to, to prove a refused one wrote nothing. */
export async function writtenRows(db: Database): Promise<Record<string, number>> {
  const p = db.prisma;
  const counts = await Promise.all([
    p.inboundDelivery.count(),
    p.conversationReference.count(),
    p.household.count(),
    p.householdRevision.count(),
    p.householdInvolvement.count(),
    p.domainScore.count(),
    p.consent.count(),
    p.caseConference.count(),
    p.conferenceHousehold.count(),
    p.attendance.count(),
    p.action.count(),
    p.outboxMessage.count(),
    p.job.count(),
    // Writes only: a refused or shown read is logged too, and that is no change.
    p.accessLogEntry.count({ where: { action: { notIn: ['view', 'refused', 'export'] } } }),
  ]);
  const names = [
    'inboundDelivery',
    'conversationReference',
    'household',
    'householdRevision',
    'householdInvolvement',
    'domainScore',
    'consent',
    'caseConference',
    'conferenceHousehold',
    'attendance',
    'action',
    'outboxMessage',
    'job',
    'accessLogWrites',
  ];
  return Object.fromEntries(names.map((name, i) => [name, counts[i] ?? -1]));
}

/** Log lines at error level: each is a failure casus did not see coming (a 5xx, a crashed turn). */
export function errorLines(logs: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return logs.filter((line) => line.level === 'error');
}
