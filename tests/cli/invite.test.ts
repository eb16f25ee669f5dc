import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.ts';
import { createInviteCommand } from '../../src/cli/commands/invite.ts';
import { createPlanCommand } from '../../src/cli/commands/plan.ts';
import { seedDemoCommand } from '../../src/cli/commands/seed-demo.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import type { QueueInvitations } from '../../src/infra/db/repositories/booking-repository.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus invite` on each deployment, with a recording invitation queue. The clock stands on Monday
// 19 October 2026: summer time ends on Sunday 25 October, so the Wednesdays around it differ in offset.
const root = join(import.meta.dirname, '../..');
const { deployments, cleanUp } = testDeployments();
afterAll(cleanUp);

const queued: string[] = [];
const queueInvitations: QueueInvitations = async (tx, { conferenceId }) => {
  queued.push(conferenceId);
  return { invitations: await tx.attendance.count({ where: { conferenceId } }) };
};
const commands = [
  createInviteCommand({ queueInvitations }),
  createPlanCommand(),
  seedDemoCommand,
  auditCommand,
];

async function run(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      env,
      cwd: root,
      clock: { now: () => new Date('2026-10-19T06:00:00Z') },
    },
    commands,
  );
  const json = args.includes('--json') ? (JSON.parse(stdout) as Record<string, unknown>) : {};
  return { code, json, stdout, stderr };
}

for (const { label, env: makeEnv } of deployments) {
  describe(`casus invite on the ${label} database`, () => {
    it('books at a slot with its offset on both sides of the clock change, once, and refuses an occupied slot with the proposed slots', async () => {
      const env = makeEnv();
      expect((await run(['seed-demo', '--json'], env)).code).toBe(0);

      const summer = await run(['invite', 'HH-2041', '--slot', '2026-10-21T09:00:00+02:00', '--json'], env);
      expect(summer.code).toBe(0);
      expect(summer.json).toMatchObject({
        ok: true,
        command: 'invite',
        household: 'HH-2041',
        conference: {
          id: expect.any(String),
          icsUid: expect.stringMatching(/^casus-.+@casus$/),
          start: '2026-10-21T09:00:00+02:00',
          end: '2026-10-21T10:00:00+02:00',
          location: 'office',
          kind: 'regular',
        },
        // Finances score 1 (acute): the debt counsellor comes too.
        invitations: 4,
      });
      // The booking is in the household's access log, through the command line, by its organizer.
      const log = await run(['audit', 'HH-2041', '--json'], env);
      expect((log.json as { entries: unknown[] }).entries).toContainEqual({
        at: expect.any(String),
        actor: { key: 'demo-sander', name: 'Sander Proefmans' },
        onBehalfOf: null,
        kind: 'conference',
        action: 'create',
        channel: 'cli',
        outcome: 'ok',
      });
      // Each with the discipline they bring: Sander his own, Yara debt counselling for the acute finances.
      expect(summer.json.attendees).toEqual([
        {
          professional: 'demo-sander',
          name: 'Sander Proefmans',
          role: 'coordinator',
          discipline: 'maatschappelijk_werk',
        },
        expect.objectContaining({ role: 'required' }),
        expect.objectContaining({ role: 'required' }),
        expect.objectContaining({ role: 'required' }),
      ]);
      expect(summer.json.attendees).toContainEqual(
        expect.objectContaining({ professional: 'demo-yara', role: 'required', discipline: 'schuldhulp' }),
      );

      // A second conference while the first is still to come is an explicit choice.
      const silent = await run(
        ['invite', 'HH-2041', '--slot', '2026-10-28T09:00:00+01:00', '--location', 'home', '--json'],
        env,
      );
      expect(silent.code).toBe(1);
      expect(silent.json).toMatchObject({ ok: false, error: { code: 'needs-choice' } });
      const winter = await run(
        [
          'invite',
          'HH-2041',
          '--slot',
          '2026-10-28T09:00:00+01:00',
          '--location',
          'home',
          '--another',
          '--json',
        ],
        env,
      );
      expect(winter.json).toMatchObject({
        ok: true,
        conference: {
          start: '2026-10-28T09:00:00+01:00',
          end: '2026-10-28T10:00:00+01:00',
          location: 'home',
        },
      });

      // The same start again books nothing new.
      const again = await run(['invite', 'HH-2041', '--slot', '2026-10-21T07:00:00Z', '--json'], env);
      expect(again.code).toBe(0);
      expect(again.json).toMatchObject({
        alreadyPlanned: true,
        conference: { id: (summer.json.conference as { id: string }).id },
      });
      expect(queued.filter((id) => id === (summer.json.conference as { id: string }).id)).toHaveLength(1);

      // Koen (youth care) is in the 21 October conference: HH-2044 needs him too, so that time is taken.
      const taken = await run(['invite', 'HH-2044', '--slot', '2026-10-21T09:00:00+02:00', '--json'], env);
      expect(taken.code).toBe(1);
      expect(taken.json).toMatchObject({ ok: false, error: { code: 'slot-taken' } });
      const slots = taken.json.slots as { start: string }[];
      expect(slots).toHaveLength(3);
      expect(slots.map((s) => s.start)).not.toContain('2026-10-21T09:00:00+02:00');

      const dutch = await run(
        ['invite', 'HH-2044', '--slot', '2026-10-21T09:00:00+02:00', '--lang', 'nl'],
        env,
      );
      expect(dutch.code).toBe(1);
      expect(dutch.stderr).toContain(
        'Niet iedereen die nodig is voor HH-2044 kan om 2026-10-21T09:00:00+02:00. Voorgesteld in plaats daarvan:',
      );
      expect(dutch.stderr).toMatch(/moment: 2026-10-\d\dT\d\d:\d\d:00\+0[12]:00 – /);
    }, 90_000);

    it('explains a slot without an offset, and an --as nobody has', async () => {
      const env = makeEnv();
      expect((await run(['seed-demo', '--json'], env)).code).toBe(0);
      const bad = await run(['invite', 'HH-2041', '--slot', '2026-10-21 09:00', '--lang', 'en'], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(
        '--slot expects a start with its UTC offset such as 2026-12-01T09:00:00+01:00, got "2026-10-21 09:00"',
      );
      const unknown = await run(
        ['invite', 'HH-2041', '--slot', '2026-10-21T09:00:00+02:00', '--as', 'nobody', '--json'],
        env,
      );
      expect(unknown.json).toMatchObject({ ok: false, error: { code: 'unknown-professional' } });
    }, 60_000);
  });
}
