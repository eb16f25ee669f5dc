import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus audit` on a fresh demo database (casus seed-demo), on each deployment: the household's log as JSON and
// as a table in the CLI's language, the listing itself logged, and clear errors.
const { deployments, cleanUp } = testDeployments();
const files = mkdtempSync(join(tmpdir(), 'casus-audit-files-'));
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await cleanUp();
});

// A second team with a household of the same reference as the demo's HH-2041.
const WEST = {
  teams: [{ slug: 'west', name: 'Buurtteam West' }],
  households: [{ team: 'west', reference: 'HH-2041' }],
};

for (const { label, env: makeEnv } of deployments) {
  describe(`casus audit [${label}]`, () => {
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
        clock: { now: () => new Date('2026-11-24T09:00:00Z') },
      });
      return { code, stdout, stderr, json: () => JSON.parse(stdout) };
    }

    beforeAll(async () => {
      expect((await run(['seed-demo', '--json'])).code).toBe(0);
    }, 60_000);

    it('lists the demo household’s log as JSON in the documented shape, and logs the listing itself', async () => {
      const first = await run(['audit', 'HH-2041', '--json']);
      expect(first.code).toBe(0);
      const report = first.json();
      expect(report).toMatchObject({ ok: true, command: 'audit', household: 'HH-2041', team: 'demo' });
      expect(report.entries.length).toBeGreaterThan(0);
      for (const entry of report.entries) {
        expect(Object.keys(entry).sort()).toEqual(
          ['action', 'actor', 'at', 'channel', 'kind', 'onBehalfOf', 'outcome'].sort(),
        );
        expect(new Date(entry.at).toISOString()).toBe(entry.at);
      }
      expect(report.entries).toContainEqual(
        expect.objectContaining({
          actor: null,
          onBehalfOf: 'demo-seed',
          kind: 'details',
          action: 'create',
          channel: 'import',
          outcome: 'ok',
        }),
      );
      expect(report.entries.some((e: { kind: string }) => e.kind === 'access-log')).toBe(false);

      const second = (await run(['audit', 'HH-2041', '--json'])).json();
      expect(second.entries.at(-1)).toMatchObject({
        actor: null,
        onBehalfOf: 'operator',
        kind: 'access-log',
        action: 'view',
        channel: 'cli',
        outcome: 'ok',
      });
      // No care content: the demo household's scores and the resident's words never appear.
      expect(JSON.stringify(second)).not.toMatch(/"score"|ikWil|ik wil/i);
    });

    it('shows a table in Dutch by default and in English with --lang en', async () => {
      const nl = await run(['audit', 'HH-2041']);
      expect(nl.code).toBe(0);
      expect(nl.stdout).toContain('Inzagelog van HH-2041 (team demo), oudste eerst:');
      expect(nl.stdout).toMatch(/Wanneer\s+Wie\s+Wat\s+Via\s+Uitkomst/);
      expect(nl.stdout).toMatch(/demogegevens\s+gegevens aangemaakt\s+import\s+ok/);
      expect(nl.stdout).toMatch(/beheerder \(opdrachtregel\)\s+inzagelog bekeken\s+opdrachtregel\s+ok/);

      const en = await run(['audit', 'HH-2041', '--lang', 'en', '--since', '2026-01-01']);
      expect(en.stdout).toContain('Access log of HH-2041 (team demo) since 2026-01-01, oldest first:');
      expect(en.stdout).toMatch(/demo data\s+details created\s+import\s+ok/);
    });

    it('leaves out entries before --since', async () => {
      const later = (await run(['audit', 'HH-2041', '--since', '2999-01-01', '--json'])).json();
      expect(later.entries).toEqual([]);
      expect((await run(['audit', 'HH-2041', '--since', '2999-01-01'])).stdout).toContain('niets vastgelegd');
    });

    it('says clearly what is wrong: a bad date, an unknown reference or team, a reference of two teams', async () => {
      const badDate = await run(['audit', 'HH-2041', '--since', '2026-02-30']);
      expect(badDate.code).toBe(2);
      expect(badDate.stderr).toContain('--since verwacht een datum JJJJ-MM-DD, niet "2026-02-30"');

      const unknown = await run(['audit', 'HH-9999', '--json', '--lang', 'en']);
      expect(unknown.code).toBe(1);
      expect(unknown.json()).toMatchObject({
        ok: false,
        error: { code: 'unknown-household', message: 'No household has the reference "HH-9999".' },
      });

      const noTeam = await run(['audit', 'HH-2041', '--team', 'nergens']);
      expect(noTeam.code).toBe(1);
      expect(noTeam.stderr).toContain('Er is geen team met de slug "nergens".');

      writeFileSync(join(files, `west-${label}.json`), JSON.stringify(WEST));
      expect((await run(['import', `west-${label}.json`, '--json'])).code).toBe(0);
      const ambiguous = await run(['audit', 'HH-2041', '--lang', 'en']);
      expect(ambiguous.code).toBe(1);
      expect(ambiguous.stderr).toContain(
        'Several teams have a household "HH-2041" (demo, west); name one with --team <slug>.',
      );
      const west = (await run(['audit', 'HH-2041', '--team', 'west', '--json'])).json();
      expect(west).toMatchObject({ household: 'HH-2041', team: 'west' });
      expect(west.entries).toContainEqual(
        expect.objectContaining({
          onBehalfOf: 'import',
          kind: 'details',
          action: 'create',
          channel: 'import',
        }),
      );
    });
  });
}
