import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { loadConfig } from '../../src/config.ts';
import { type Database, databaseTarget, openDatabase } from '../../src/infra/db/database.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus digest` on the demo database, on each deployment: the documented JSON shape, a week chosen with --at,
// households by reference only, and the errors an operator can make.
const { deployments, cleanUp } = testDeployments();
const files = mkdtempSync(join(tmpdir(), 'casus-digest-files-'));
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await cleanUp();
});

/** Monday 7 December 2026, 09:00 in Amsterdam. */
const NOW = new Date('2026-12-07T08:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function seed(db: Database) {
  const prisma = db.prisma;
  const sander = await prisma.professional.findUniqueOrThrow({ where: { externalKey: 'demo-sander' } });
  const household = await prisma.household.findFirstOrThrow({ where: { reference: 'HH-2041' } });
  await prisma.action.createMany({
    data: [
      {
        householdId: household.id,
        ownerId: sander.id,
        description: 'Geheim: bel de school',
        dueOn: day('2026-12-09'),
      },
      {
        householdId: household.id,
        ownerId: sander.id,
        description: 'Geheim: te laat',
        dueOn: day('2026-11-20'),
      },
      {
        householdId: household.id,
        ownerId: sander.id,
        description: 'Geheim: gedaan',
        dueOn: day('2026-12-02'),
        status: 'done',
        doneAt: new Date('2026-12-02T10:00:00Z'),
        doneById: sander.id,
      },
    ],
  });
}

for (const { label, env: makeEnv } of deployments) {
  describe(`casus digest [${label}]`, () => {
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

    beforeAll(async () => {
      expect((await run(['seed-demo', '--json'])).code).toBe(0);
      const { database } = loadConfig(env);
      const db = await openDatabase(databaseTarget(database.url, database.dataDir));
      try {
        await seed(db);
      } finally {
        await db.close();
      }
    }, 120_000);

    it('previews this week’s digest in the documented shape', async () => {
      const result = await run(['digest', '--team', 'demo', '--json']);
      expect(result.code).toBe(0);
      const json = result.json();
      expect(json).toMatchObject({
        ok: true,
        command: 'digest',
        team: 'demo',
        week: '2026-W50',
        sent: false,
      });
      expect(Object.keys(json.sections)).toEqual([
        'conferences',
        'due',
        'overdue',
        'blocked',
        'done',
        'protection',
        'attention',
        'rotation',
      ]);
      const sander = (list: { owner: string; actions: { reference: string; dueOn: string }[] }[]) =>
        list.find((o) => o.owner === 'demo-sander')?.actions;
      expect(sander(json.sections.due)).toContainEqual(
        expect.objectContaining({ reference: 'HH-2041', dueOn: '2026-12-09' }),
      );
      expect(sander(json.sections.overdue)).toContainEqual(
        expect.objectContaining({ reference: 'HH-2041', dueOn: '2026-11-20' }),
      );
      expect(json.sections.done).toContainEqual(
        expect.objectContaining({ person: 'demo-sander', count: 1, references: ['HH-2041'] }),
      );
      expect(json.sections.protection).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
      expect(result.stdout).not.toContain('Geheim');
    });

    it('takes the week from --at and speaks Dutch or English without --json', async () => {
      const later = await run(['digest', '--at', '2026-12-16T10:00:00+01:00', '--json']);
      expect(later.code).toBe(0);
      expect(later.json()).toMatchObject({ team: 'demo', week: '2026-W51' });
      const dutch = await run(['digest', '--team', 'demo']);
      expect(dutch.stdout).toContain('Weekoverzicht van team demo, week 2026-W50');
      const english = await run(['digest', '--team', 'demo', '--lang', 'en']);
      expect(english.stdout).toContain('Weekly digest of team demo, week 2026-W50');
    });

    it('refuses an unknown team and an unreadable moment', async () => {
      const unknown = await run(['digest', '--team', 'nope', '--json']);
      expect(unknown.code).toBe(1);
      expect(unknown.json().error.code).toBe('unknown-team');
      const badAt = await run(['digest', '--at', 'maandag', '--json']);
      expect(badAt.code).toBe(2);
      expect(badAt.json().error.code).toBe('bad-at');
    });
  });
}
