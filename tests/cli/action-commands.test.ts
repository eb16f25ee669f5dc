import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus action`, `casus actions` and `casus absence` on the demo database (casus seed-demo), on each deployment:
// the documented JSON shapes, the readable tables in Dutch and English, --as through the access rule, and bad
// input named with nothing written.
const { deployments, cleanUp } = testDeployments();
const files = mkdtempSync(join(tmpdir(), 'casus-action-files-'));
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await cleanUp();
});

/** Wednesday 16 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-16T09:00:00Z');

/** `casus action add HH-2041 --owner … --due … --text …` and any further arguments. */
const addArgs = (owner: string, due: string, text: string, ...rest: string[]) => [
  'action',
  'add',
  'HH-2041',
  '--owner',
  owner,
  '--due',
  due,
  '--text',
  text,
  ...rest,
];

for (const { label, env: makeEnv } of deployments) {
  describe(`casus action / actions / absence [${label}]`, () => {
    const env = makeEnv();
    async function run(args: string[], now = NOW) {
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
        clock: { now: () => now },
      });
      return { code, stdout, stderr, json: () => JSON.parse(stdout) };
    }

    beforeAll(async () => {
      expect((await run(['seed-demo', '--json'])).code).toBe(0);
    }, 120_000);

    it('adds an action as the operator and as a professional, in the documented shape', async () => {
      const added = await run(
        addArgs(
          'demo-koen',
          'vrijdag',
          'Aanvraag schuldhulp indienen',
          '--domain',
          'financien',
          '--json',
          '--lang',
          'nl',
        ),
      );
      expect(added.code).toBe(0);
      const report = added.json();
      // Koen does not work on Fridays: Friday 18 December moves to Thursday the 17th.
      expect(report).toMatchObject({
        ok: true,
        command: 'action',
        action: { household: 'HH-2041', owner: 'demo-koen', dueOn: '2026-12-17', status: 'open' },
        moved: { from: '2026-12-18', reason: 'not-a-working-day' },
      });
      expect(typeof report.action.id).toBe('string');

      const asYara = await run(
        addArgs(
          'demo-yara',
          '2026-12-21',
          'Bellen met de woningcorporatie',
          '--as',
          'demo-yara',
          '--lang',
          'en',
        ),
      );
      expect(asYara.code).toBe(0);
      expect(asYara.stdout).toContain('Action recorded for HH-2041');
      // Latifa is in the team but not in HH-2041's case team: refused, as in chat.
      const refused = await run(addArgs('demo-yara', '2026-12-21', 'x', '--as', 'demo-latifa', '--json'));
      expect(refused.code).toBe(1);
      expect(refused.json().error.code).toBe('refused');
    });

    it('names bad input and writes nothing', async () => {
      const before = (await run(['actions', '--json'])).json().actions.length;
      const badDate = await run(addArgs('demo-yara', 'gisteren', 'x', '--json'));
      expect(badDate.code).toBe(1);
      expect(badDate.json().error.code).toBe('due-date');
      const emptyText = await run(addArgs('demo-yara', '2026-12-21', ' ', '--lang', 'en'));
      expect(emptyText.code).toBe(2);
      expect(emptyText.stderr).toContain('--text is needed');
      const unknownOwner = await run(addArgs('nobody', '2026-12-21', 'x', '--lang', 'en'));
      expect(unknownOwner.code).toBe(1);
      expect(unknownOwner.stderr).toContain('"nobody"');
      const badDomain = await run(addArgs('demo-yara', '2026-12-21', 'x', '--domain', 'geld'));
      expect(badDomain.code).toBe(2);
      const badVerb = await run(['action', 'finish', 'x']);
      expect(badVerb.code).toBe(2);
      const unknownAction = await run(['action', 'done', 'no-such-id', '--json']);
      expect(unknownAction.code).toBe(1);
      expect(unknownAction.json().error.code).toBe('unknown-action');
      expect((await run(['actions', '--json'])).json().actions.length).toBe(before);
    });

    it('blocks, snoozes, reassigns and finishes an action, and a second done says by whom', async () => {
      const added = (
        await run([
          'action',
          'add',
          'HH-2044',
          '--owner',
          'demo-esra',
          '--due',
          '2026-12-22',
          '--text',
          'x',
          '--json',
        ])
      ).json();
      const id = added.action.id as string;
      const block = await run([
        'action',
        'block',
        id,
        '--reason',
        'Wacht',
        '--by',
        'Afdeling Wonen',
        '--json',
      ]);
      expect(block.json().action).toMatchObject({
        id,
        household: 'HH-2044',
        owner: 'demo-esra',
        status: 'blocked',
      });
      // A week later, five office working days blocked.
      const listed = (
        await run(['actions', '--owner', 'demo-esra', '--json'], new Date('2026-12-23T09:00:00Z'))
      ).json();
      expect(listed.actions).toContainEqual(
        expect.objectContaining({
          id,
          household: 'HH-2044',
          owner: 'demo-esra',
          status: 'blocked',
          blockedDays: 5,
        }),
      );
      expect((await run(['action', 'unblock', id, '--json'])).json().action.status).toBe('open');
      expect((await run(['action', 'snooze', id, '--until', '2026-12-21', '--json'])).code).toBe(0);
      const past = await run(['action', 'snooze', id, '--until', '2026-12-01', '--json']);
      expect(past.code).toBe(1);
      expect(past.json().error.code).toBe('snooze-date');
      const reassigned = await run(['action', 'reassign', id, '--to', 'demo-koen', '--json']);
      expect(reassigned.json().action.owner).toBe('demo-koen');
      expect((await run(['action', 'done', id, '--as', 'demo-koen', '--json'])).code).toBe(0);
      const again = await run(['action', 'done', id, '--lang', 'en']);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already done by Koen');
      const cancel = await run(['action', 'cancel', id, '--json']);
      expect(cancel.code).toBe(2);
    });

    it('lists open actions overdue first, as JSON and as a table in Dutch and English', async () => {
      const later = new Date('2026-12-22T09:00:00Z');
      const json = (await run(['actions', '--team', 'demo', '--json'], later)).json();
      expect(json.actions.length).toBeGreaterThan(1);
      for (const action of json.actions)
        expect(Object.keys(action)).toEqual(
          expect.arrayContaining(['id', 'household', 'owner', 'dueOn', 'status', 'blockedDays']),
        );
      const dues = json.actions.map((a: { dueOn: string }) => a.dueOn);
      expect(dues).toEqual([...dues].sort());
      const overdue = (await run(['actions', '--overdue', '--json'], later)).json();
      expect(overdue.actions.every((a: { dueOn: string }) => a.dueOn < '2026-12-22')).toBe(true);
      const nl = await run(['actions', '--lang', 'nl'], later);
      expect(nl.stdout).toContain('deadline');
      expect(nl.stdout).toContain('te laat');
      const en = await run(['actions', '--lang', 'en'], later);
      expect(en.stdout).toContain('household');
      expect(en.stdout).toContain('overdue');
      expect((await run(['actions', '--team', 'nope'])).code).toBe(1);
    });

    it('records an absence with a deputy, and refuses bad dates and a deputy who is the person', async () => {
      const ok = await run([
        'absence',
        'demo-yara',
        '--from',
        '2026-12-21',
        '--to',
        '2027-01-03',
        '--deputy',
        'demo-sander',
        '--json',
      ]);
      expect(ok.code).toBe(0);
      expect(ok.json().absence).toMatchObject({
        professional: 'demo-yara',
        from: '2026-12-21',
        to: '2027-01-03',
        deputy: 'demo-sander',
      });
      // The planner leaves Yara out while she is away: no slot with her falls in her absence.
      const plan = (await run(['plan', 'HH-2041', '--from', '2026-12-21', '--json'])).json();
      const withYara = plan.attendees.some((a: { professional: string }) => a.professional === 'demo-yara');
      for (const slot of plan.slots as { start: string }[])
        if (withYara)
          expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.parse('2027-01-03T23:00:00Z'));
      expect(plan.slots.length).toBeGreaterThan(0);
      const text = await run([
        'absence',
        'demo-bram',
        '--from',
        '2026-12-21',
        '--to',
        '2026-12-23',
        '--lang',
        'nl',
      ]);
      expect(text.stdout).toContain('Afwezigheid van');
      const backwards = await run([
        'absence',
        'demo-yara',
        '--from',
        '2026-12-23',
        '--to',
        '2026-12-21',
        '--json',
      ]);
      expect(backwards.code).toBe(1);
      expect(backwards.json().error.code).toBe('absence-dates');
      const self = await run([
        'absence',
        'demo-yara',
        '--from',
        '2026-12-23',
        '--to',
        '2026-12-24',
        '--deputy',
        'demo-yara',
        '--json',
      ]);
      expect(self.json().error.code).toBe('deputy-is-self');
      expect((await run(['absence', 'demo-yara', '--from', '23-12-2026', '--to', '2026-12-24'])).code).toBe(
        2,
      );
      // With --as: another member may not enter Yara's leave.
      const notAllowed = await run([
        'absence',
        'demo-yara',
        '--from',
        '2026-12-23',
        '--to',
        '2026-12-24',
        '--as',
        'demo-koen',
        '--json',
      ]);
      expect(notAllowed.json().error.code).toBe('absence-not-allowed');
    });
  });
}
