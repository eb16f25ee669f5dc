import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { loadConfig } from '../../src/config.ts';
import { type Database, databaseTarget, openDatabase } from '../../src/infra/db/database.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus rotation set` and `casus rotation show` on the demo team, on each deployment: a weekly chair whose
// turns follow contract hours (Sander 36 h, Bram 16 h, Koen 32 h), a bad file that saves nothing, an absence.
const { deployments, cleanUp } = testDeployments();
const files = mkdtempSync(join(tmpdir(), 'casus-rotation-files-'));
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await cleanUp();
});

/** Wednesday 16 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-16T09:00:00Z');

const GOOD = {
  team: 'demo',
  rotations: [
    {
      role: 'voorzitter',
      duty: 'chair',
      cadence: 'weeks',
      everyWeeks: 1,
      startsOn: '2026-12-14',
      members: ['demo-sander', 'demo-bram', 'demo-koen'],
    },
  ],
};

function file(name: string, content: unknown): string {
  writeFileSync(join(files, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

for (const { label, env: makeEnv } of deployments) {
  describe(`casus rotation [${label}]`, () => {
    const env = makeEnv();
    async function run(args: string[]) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, {
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
    async function withDatabase<T>(body: (db: Database) => Promise<T>): Promise<T> {
      const { database } = loadConfig(env);
      const db = await openDatabase(databaseTarget(database.url, database.dataDir));
      try {
        return await body(db);
      } finally {
        await db.close();
      }
    }

    beforeAll(async () => {
      expect((await run(['seed-demo', '--json'])).code).toBe(0);
    }, 120_000);

    it('refuses a file with problems, names each of them and saves nothing', async () => {
      const bad = file('bad.json', {
        rotations: [
          {
            role: 'voorzitter',
            cadence: 'weeks',
            everyWeeks: 0,
            startsOn: '2026-12-14',
            members: ['demo-nobody'],
          },
          {
            role: 'Voorzitter',
            cadence: 'weekdays',
            weekdays: [],
            startsOn: '14-12-2026',
            members: ['demo-bram'],
          },
        ],
      });
      const result = await run(['rotation', 'set', '--file', bad, '--team', 'demo', '--json']);
      expect(result.code).toBe(1);
      const messages = result.json().problems.map((p: { message: string }) => p.message);
      expect(messages).toEqual([
        'Rol "voorzitter": elke N weken vraagt een heel getal van 1 tot 52.',
        'Rol "voorzitter": demo-nobody is geen lid van dit team.',
        'De rol "Voorzitter" staat er twee keer in.',
        'Rol "Voorzitter": noem een of meer weekdagen (1 = maandag … 7 = zondag).',
        'Rol "Voorzitter": "14-12-2026" is geen datum (JJJJ-MM-DD).',
      ]);
      const english = await run([
        'rotation',
        'set',
        '--file',
        file('shape.json', { rotations: [{ role: 1 }] }),
        '--lang',
        'en',
      ]);
      expect(english.code).toBe(1);
      expect(english.stderr).toContain('nothing was saved');
      expect(await withDatabase((db) => db.prisma.rotation.count())).toBe(0);
      const shown = await run(['rotation', 'show', '--json']);
      expect(shown.json()).toMatchObject({ team: 'demo', rotations: [] });
    });

    it('sets a weekly chair and shows turns weighted by contract hours, in the documented shape', async () => {
      const set = await run(['rotation', 'set', '--file', file('good.json', GOOD), '--json']);
      expect(set.code).toBe(0);
      expect(set.json()).toMatchObject({ team: 'demo', roles: ['voorzitter'] });
      const shown = await run(['rotation', 'show', '--team', 'demo', '--weeks', '4', '--json']);
      expect(shown.code).toBe(0);
      const { team, rotations } = shown.json();
      expect(team).toBe('demo');
      // 14 Dec Sander (before the window); then the one with the fewest turns per hour: Koen, Sander, Bram
      // (16 h, his first), Koen.
      expect(rotations).toEqual([
        {
          role: 'voorzitter',
          duty: 'chair',
          turns: [
            { date: '2026-12-21', member: 'demo-koen', memberName: 'Koen Verzinsel' },
            { date: '2026-12-28', member: 'demo-sander', memberName: 'Sander Proefmans' },
            { date: '2027-01-04', member: 'demo-bram', memberName: 'Bram Fictief' },
            { date: '2027-01-11', member: 'demo-koen', memberName: 'Koen Verzinsel' },
          ],
        },
      ]);
      const audit = await withDatabase((db) =>
        db.prisma.accessLogEntry.findMany({
          where: { kind: 'settings', channel: 'cli' },
          select: { details: true },
        }),
      );
      expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ area: 'rotations' }));
    });

    it('passes an absent member’s turn on, says why, and gives them the next one', async () => {
      await withDatabase(async (db) => {
        const koen = await db.prisma.professional.findUniqueOrThrow({ where: { externalKey: 'demo-koen' } });
        await db.prisma.absence.create({
          data: {
            professionalId: koen.id,
            startsAt: new Date('2026-12-20T23:00:00Z'),
            endsAt: new Date('2026-12-25T23:00:00Z'),
            fromOn: new Date('2026-12-21T00:00:00Z'),
            toOn: new Date('2026-12-25T00:00:00Z'),
          },
        });
      });
      const shown = await run(['rotation', 'show', '--weeks', '2', '--json']);
      expect(shown.json().rotations[0].turns).toEqual([
        { date: '2026-12-21', member: 'demo-sander', memberName: 'Sander Proefmans', reason: 'absent' },
        { date: '2026-12-28', member: 'demo-koen', memberName: 'Koen Verzinsel' },
      ]);
      const text = await run(['rotation', 'show', '--weeks', '1', '--lang', 'en']);
      expect(text.stdout).toContain(
        '2026-12-21  Sander Proefmans (demo-sander) — standing in for someone away',
      );
    });

    it('lets the operator give one turn to someone else, said as set by the coach', async () => {
      const missing = await run(['rotation', 'override', '--role', 'voorzitter', '--json']);
      expect(missing.code).toBe(2);
      const stranger = await run([
        'rotation',
        'override',
        '--role',
        'voorzitter',
        '--date',
        '2027-01-04',
        '--member',
        'nobody',
      ]);
      expect(stranger.code).toBe(1);
      expect(stranger.stderr).toContain('nobody is geen lid van dit team.');
      const done = await run([
        'rotation',
        'override',
        '--role',
        'Voorzitter',
        '--date',
        '2027-01-04',
        '--member',
        'demo-yara',
      ]);
      expect(done.code).toBe(0);
      expect(done.stdout).toContain('Yara Denkbeeld is nu voorzitter op 2027-01-04.');
      const shown = await run(['rotation', 'show', '--from', '2027-01-04', '--weeks', '1', '--json']);
      expect(shown.json().rotations[0].turns).toEqual([
        { date: '2027-01-04', member: 'demo-yara', memberName: 'Yara Denkbeeld', reason: 'override' },
      ]);
    });
  });
}
