import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { loadConfig } from '../../src/config.ts';
import { databaseTarget, openDatabase } from '../../src/infra/db/database.ts';
import { enqueue } from '../../src/infra/jobs/job-queue.ts';
import { createJobRunner } from '../../src/infra/jobs/job-runner.ts';
import { testDeployments } from '../support/deployments.ts';

// The database commands of the CLI on each deployment: embedded, and PostgreSQL when TEST_DATABASE_URL is set.
const root = join(import.meta.dirname, '../..');
const { deployments, cleanUp } = testDeployments();
afterAll(cleanUp);

async function run(args: string[], env: Record<string, string>) {
  let stdout = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    env,
    cwd: root,
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
  });
  return { code, json: JSON.parse(stdout) as Record<string, unknown> };
}

for (const { label, env: makeEnv } of deployments) {
  describe(`casus on the ${label} database`, () => {
    it('migrates, imports a roster once, changes nothing on a second import, and then refuses the demo', async () => {
      const env = makeEnv();
      const migrate = await run(['migrate', '--json'], env);
      expect(migrate.code).toBe(0);
      expect(migrate.json).toMatchObject({ ok: true, database: label });
      expect(migrate.json.applied).toHaveLength(
        readdirSync(join(import.meta.dirname, '../../prisma/migrations')).filter((n) => /^\d{14}_/.test(n))
          .length,
      );

      const first = await run(['import', 'tests/fixtures/import/roster.json', '--json'], env);
      expect(first.code).toBe(0);
      expect(first.json).toMatchObject({
        ok: true,
        counts: { professionals: { created: 3 }, households: { created: 2 } },
      });

      const again = await run(['import', 'tests/fixtures/import/roster.json', '--json'], env);
      expect(again.json).toMatchObject({
        ok: true,
        counts: {
          professionals: { created: 0, updated: 0, unchanged: 3 },
          households: { created: 0, updated: 0 },
        },
      });

      const demo = await run(['seed-demo', '--json'], env);
      expect(demo.code).toBe(1);
      expect(demo.json).toMatchObject({ ok: false, error: { code: 'not-empty' } });
    }, 60_000);

    it('shows failed jobs with their error and never their payload', async () => {
      const env = makeEnv();
      expect((await run(['migrate', '--json'], env)).code).toBe(0);
      const config = loadConfig(env);
      const db = await openDatabase(databaseTarget(config.database.url, config.database.dataDir));
      try {
        await enqueue(db, {
          name: 'digest.send',
          key: 'digest:demo:2026-W48',
          payload: { secret: 'HH-2041 details' },
          maxAttempts: 1,
        });
        const runner = createJobRunner({
          db,
          handlers: {
            'digest.send': async () => {
              throw new Error('channel not found');
            },
          },
        });
        expect(await runner.runDueJobsOnce()).toBe(1);
        await runner.stop();
      } finally {
        await db.close();
      }
      const { code, json } = await run(['jobs', '--json'], env);
      expect(code).toBe(0);
      expect(json.counts).toEqual({ queued: 0, running: 0, completed: 0, failed: 1 });
      expect(json.failed).toEqual([
        expect.objectContaining({
          name: 'digest.send',
          key: 'digest:demo:2026-W48',
          attempts: 1,
          lastError: expect.stringContaining('channel not found'),
        }),
      ]);
      expect(JSON.stringify(json)).not.toContain('HH-2041 details');
    }, 60_000);

    it('plans a conference for a demo household: required disciplines, who comes, three slots with their UTC offset', async () => {
      const env = makeEnv();
      expect((await run(['seed-demo', '--json'], env)).code).toBe(0);
      const winter = await run(['plan', 'HH-2041', '--from', '2026-12-01', '--json'], env);
      expect(winter.code).toBe(0);
      expect(winter.json).toMatchObject({ ok: true, household: 'HH-2041', gaps: [] });
      const required = winter.json.required as string[];
      expect(required.length).toBeGreaterThan(0);
      const attendees = winter.json.attendees as {
        professional: string;
        discipline: string;
        role: string;
        alreadyInvolved: boolean;
      }[];
      // Everyone but the coordinator brings a required discipline, and together they bring all of them; Sander
      // coordinates and comes with his own (maatschappelijk werk).
      const bringing = attendees.filter((a) => a.role !== 'coordinator');
      expect(new Set(bringing.map((a) => a.discipline))).toEqual(new Set(required));
      expect(attendees.filter((a) => a.role === 'coordinator').map((a) => a.professional)).toEqual([
        'demo-sander',
      ]);
      const slots = winter.json.slots as { start: string; end: string }[];
      expect(slots).toHaveLength(3);
      expect(slots[0]?.start).toMatch(/^2026-12-0\dT\d\d:\d\d:00\+01:00$/);

      // The Saturday before summer time starts (29 March): the first slots, in the week after, carry +02:00.
      // (With acute finances Yara, who works Mondays, Wednesdays and Fridays, comes too: Wednesday 1 April.)
      const spring = await run(['plan', 'HH-2041', '--from', '2026-03-28', '--json'], env);
      const springSlots = spring.json.slots as { start: string }[];
      expect(springSlots[0]?.start).toMatch(/^2026-(03-3[01]|04-0[1-3])T\d\d:\d\d:00\+02:00$/);

      const unknown = await run(['plan', 'HH-0000', '--json'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.json).toMatchObject({ ok: false, error: { code: 'unknown-household' } });
    }, 60_000);
  });
}
