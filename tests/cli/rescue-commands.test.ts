import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { loadConfig } from '../../src/config.ts';
import { type Database, databaseTarget, openDatabase } from '../../src/infra/db/database.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus decline`, `casus postpone` and `casus cancel` on the demo team, on each deployment: the same use cases
// as the chat's buttons, writing the ledger that `casus stats` then counts.
const { deployments, cleanUp } = testDeployments();
const files = mkdtempSync(join(tmpdir(), 'casus-rescue-files-'));
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await cleanUp();
});

/** Tuesday 1 December 2026, 10:00 in Amsterdam: a week before the conferences below. */
const NOW = new Date('2026-12-01T09:00:00Z');
/** Tuesday 8 December 2026, 14:00–15:00 in Amsterdam. */
const STARTS = new Date('2026-12-08T13:00:00Z');
const ENDS = new Date('2026-12-08T14:00:00Z');

async function seed(db: Database): Promise<Record<string, string>> {
  const { prisma } = db;
  const team = await prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
  const people = new Map(
    (await prisma.professional.findMany({ select: { id: true, externalKey: true } })).map((p) => [
      p.externalKey,
      p.id,
    ]),
  );
  const conference = async (reference: string, attendees: [string, string][]) => {
    const household = await prisma.household.findFirstOrThrow({ where: { reference } });
    const created = await prisma.caseConference.create({
      data: {
        teamId: team.id,
        startsAt: STARTS,
        endsAt: ENDS,
        status: 'scheduled',
        organizerId: household.coordinatorId,
        icsUid: `rescue-cli-${reference}@casus`,
        households: { create: [{ householdId: household.id }] },
        attendances: {
          create: attendees.map(([key, discipline]) => ({
            professionalId: people.get(key)!,
            role: 'required' as const,
            disciplineCode: discipline,
          })),
        },
      },
    });
    return created.id;
  };
  return {
    // HH-2042: Latifa coordinates; Bram is a second ggz, so one of them may decline without a gap.
    hh2042: await conference('HH-2042', [
      ['demo-latifa', 'ggz'],
      ['demo-bram', 'ggz'],
      ['demo-ineke', 'poh_ggz'],
    ]),
    // HH-2041: Sander coordinates; Koen alone brings youth care.
    hh2041: await conference('HH-2041', [
      ['demo-sander', 'maatschappelijk_werk'],
      ['demo-koen', 'jeugd'],
    ]),
  };
}

for (const { label, env: makeEnv } of deployments) {
  describe(`casus decline / postpone / cancel [${label}]`, () => {
    const env = makeEnv();
    async function run(args: string[], lang: 'nl' | 'en' = 'en') {
      let stdout = '';
      let stderr = '';
      const code = await runCli([...args, '--lang', lang], {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        env,
        cwd: files,
        clock: { now: () => NOW },
      });
      return { code, stdout, stderr, json: () => JSON.parse(stdout) };
    }
    let ids: Record<string, string> = {};

    beforeAll(async () => {
      expect((await run(['seed-demo', '--json'])).code).toBe(0);
      const { database } = loadConfig(env);
      const db = await openDatabase(databaseTarget(database.url, database.dataDir));
      try {
        ids = await seed(db);
      } finally {
        await db.close();
      }
    }, 120_000);

    it('declines and prints the rescue step it started: covered, then a gap', async () => {
      const covered = await run(['decline', 'HH-2042', '--as', 'demo-bram', '--reason', 'ziek', '--json']);
      expect(covered.code).toBe(0);
      expect(covered.json()).toMatchObject({
        ok: true,
        step: 'covered',
        discipline: 'ggz',
        coveredBy: ['Latifa Oefenaar'],
        conference: { id: ids.hh2042, households: ['HH-2042'], startsAt: STARTS.toISOString() },
      });
      // Latifa too: now nobody brings ggz. Nobody else of ggz is in the team, so no deputy can be offered.
      const gap = await run(['decline', 'HH-2042', '--as', 'demo-latifa']);
      expect(gap.code).toBe(0);
      expect(gap.stdout).toContain('You declined the case conference about HH-2042');
      expect(gap.stdout).toContain('Nobody of ggz is free at that time.');
      // The same again changes nothing.
      expect((await run(['decline', 'HH-2042', '--as', 'demo-latifa', '--json'])).json().unchanged).toBe(
        true,
      );
    });

    it('refuses to cancel for anyone but the coordinator or a coach, and explains a missing or bad reason', async () => {
      const refused = await run([
        'cancel',
        'HH-2041',
        '--as',
        'demo-koen',
        '--reason',
        'capaciteit',
        '--json',
      ]);
      expect(refused.code).toBe(1);
      expect(refused.json().error.code).toBe('not-allowed');
      const dutch = await run(['cancel', 'HH-2041', '--as', 'demo-koen', '--reason', 'capaciteit'], 'nl');
      expect(dutch.stderr).toContain('Alleen de regisseur van het huishouden of een teamcoach');
      const bad = await run(['cancel', 'HH-2041', '--as', 'demo-sander', '--reason', 'zomaar']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('Unknown reason "zomaar". Use one of: ziekte, crisis-elders');
      const noOne = await run(['decline', 'HH-2041']);
      expect(noOne.code).toBe(2);
      expect(noOne.stderr).toContain('--as <key>');
    });

    it('postpones to the earliest time everyone required can come, then the coordinator cancels', async () => {
      const moved = await run(['postpone', 'HH-2041', '--as', 'demo-sander', '--json']);
      expect(moved.code).toBe(0);
      const { conference, from, delayWorkingDays } = moved.json();
      expect(from).toBe(STARTS.toISOString());
      expect(Date.parse(conference.startsAt)).toBeGreaterThan(STARTS.getTime());
      expect(delayWorkingDays).toBeGreaterThanOrEqual(1);
      expect(delayWorkingDays).toBeLessThanOrEqual(10);

      const cancelled = await run([
        'cancel',
        'HH-2041',
        '--as',
        'demo-sander',
        '--reason',
        'huishouden-zegt-af',
        '--json',
      ]);
      expect(cancelled.code).toBe(0);
      expect(cancelled.json()).toMatchObject({
        conference: { id: ids.hh2041, status: 'cancelled', reason: 'huishouden-zegt-af' },
        planClosed: false,
      });
      // Nothing left to cancel for HH-2041.
      const again = await run(['cancel', 'HH-2041', '--as', 'demo-sander', '--reason', 'anders', '--json']);
      expect(again.code).toBe(1);
      expect(again.json().error.code).toBe('no-conference');
    });

    it('counts what the commands wrote in casus stats', async () => {
      const later = new Date('2026-12-31T09:00:00Z');
      let stdout = '';
      await runCli(['stats', '--team', 'demo', '--json'], {
        stdout: (text) => {
          stdout += text;
        },
        stderr: () => {},
        env,
        cwd: files,
        clock: { now: () => later },
      });
      const stats = JSON.parse(stdout);
      expect(stats.conferences).toMatchObject({ planned: 2, postponed: 1, cancelled: 1 });
      expect(stats.byReason.ziekte.declined).toBe(1);
      expect(stats.byReason['huishouden-zegt-af'].cancelled).toBe(1);
    });
  });
}
