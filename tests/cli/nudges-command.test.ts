import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus nudges` on the demo database, on each deployment: what the sweep would send at a moment and to whom
// (--dry-run writes nothing), then the real sweep, after which nothing is due any more.
const { deployments, cleanUp } = testDeployments();
const files = mkdtempSync(join(tmpdir(), 'casus-nudges-files-'));
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await cleanUp();
});

/** Wednesday 16 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-16T09:00:00Z');

for (const { label, env: makeEnv } of deployments) {
  describe(`casus nudges [${label}]`, () => {
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
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      expect((await run(['seed-demo', '--json'])).code).toBe(0);
      // Sander's due Friday: two working days before is today. Koen's due Thursday: also due soon.
      for (const [owner, household, due] of [
        ['demo-sander', 'HH-2041', '2026-12-18'],
        ['demo-sander', 'HH-2042', '2026-12-18'],
        ['demo-koen', 'HH-2045', '2026-12-17'],
      ] as const) {
        const added = await run([
          'action',
          'add',
          household,
          '--owner',
          owner,
          '--due',
          due,
          '--text',
          `Geheime tekst ${household}`,
          '--json',
        ]);
        expect(added.code).toBe(0);
        ids[household] = added.json().action.id;
      }
    }, 120_000);

    it('reports in the documented shape what would be sent, and to whom, writing nothing', async () => {
      const dry = await run(['nudges', '--at', NOW.toISOString(), '--dry-run', '--json']);
      expect(dry.code).toBe(0);
      const report = dry.json();
      expect(report).toMatchObject({ ok: true, command: 'nudges', at: NOW.toISOString(), dryRun: true });
      expect(
        report.messages.map((m: { to: string; kind: string; actions: string[] }) => [
          m.to,
          m.kind,
          m.actions,
        ]),
      ).toEqual([
        ['demo-koen', 'nudge', [ids['HH-2045']]],
        ['demo-sander', 'nudge', [ids['HH-2041'], ids['HH-2042']].sort()],
      ]);
      expect(report.messages[1]).toMatchObject({
        toName: 'Sander Proefmans',
        items: [
          { household: expect.stringMatching(/^HH-204[12]$/), step: 'due-soon', insteadOf: null },
          { household: expect.stringMatching(/^HH-204[12]$/), step: 'due-soon', insteadOf: null },
        ],
      });
      expect(dry.stdout).not.toContain('Geheime tekst');
      // Nothing was written: the same answer again.
      expect(
        (await run(['nudges', '--at', NOW.toISOString(), '--dry-run', '--json'])).json().messages,
      ).toEqual(report.messages);
    });

    it('sends them without --dry-run, after which nothing is due at that moment', async () => {
      const sent = await run(['nudges', '--at', NOW.toISOString(), '--json']);
      expect(sent.code).toBe(0);
      expect(sent.json()).toMatchObject({ dryRun: false });
      expect(sent.json().messages.map((m: { to: string }) => m.to)).toEqual(['demo-koen', 'demo-sander']);
      const again = await run(['nudges', '--at', NOW.toISOString(), '--dry-run', '--json']);
      expect(again.json().messages).toEqual([]);
    });

    it('says it in the CLI’s language, and refuses a moment it cannot read', async () => {
      const later = new Date(NOW.getTime() + 86_400_000).toISOString();
      const text = await run(['nudges', '--at', later, '--dry-run', '--lang', 'en']);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('(dry run, nothing sent)');
      const bad = await run(['nudges', '--at', 'morgen', '--json']);
      expect(bad.code).toBe(2);
      expect(bad.json().error.code).toBe('bad-at');
    });
  });
}
