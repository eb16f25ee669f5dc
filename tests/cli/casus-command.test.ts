import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// End to end through bin/casus.js as an administrator runs it: a child process on the embedded database in a
// fresh DATA_DIR, without LOCALE (so Dutch) unless a test sets it. Kept to a few runs, each costs a second or
// two; in-process tests cover the rest.
const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'casus-cli-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function casus(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _unset, LOCALE: _default, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/casus.js', ...args], {
      cwd: root,
      env: { ...env, ...extraEnv, DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the casus command', () => {
  it('migrates a new embedded database and reports the migrations as JSON', async () => {
    const { code, stdout } = await casus(['migrate', '--json']);

    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: true, command: 'migrate', database: 'embedded' });
    // Every migration in prisma/migrations, oldest first, starting with the initial one.
    const expected = readdirSync(join(import.meta.dirname, '../../prisma/migrations'))
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    expect(expected[0]).toMatch(/^\d{14}_init$/);
    expect(report.applied).toEqual(expected);
  });

  it('imports the sample roster and reports the counts as one JSON document', async () => {
    const { code, stdout } = await casus(['import', 'tests/fixtures/import/roster.json', '--json']);

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      command: 'import',
      dryRun: false,
      totals: { created: 11, updated: 0, unchanged: 0 },
      counts: { professionals: { created: 3 }, households: { created: 2 } },
    });
  });

  it('exits 1 on a bad file and lists every problem with its line and field', async () => {
    const { code, stdout, stderr } = await casus([
      'import',
      'tests/fixtures/import/two-bad-rows.json',
      '--lang',
      'en',
    ]);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('2 problems found; nothing was imported.');
    expect(stderr).toContain('line 13, field professionals[0].days[0].end: expected an end time HH:MM');
    expect(stderr).toContain('line 20, field households[0].scores.financien: expected a ZRM score');
  });

  it('explains a bad file in Dutch when LOCALE is not set', async () => {
    const { code, stdout, stderr } = await casus(['import', 'tests/fixtures/import/two-bad-rows.json']);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('2 problemen gevonden; er is niets geïmporteerd.');
    expect(stderr).toContain(
      'regel 13, veld professionals[0].days[0].end: verwacht een eindtijd als UU:MM, bijvoorbeeld 17:00. Er staat "25:00".',
    );
    expect(stderr).toContain('regel 20, veld households[0].scores.financien: verwacht een ZRM-score');
  });

  it('exits 2 on a command line it does not understand', async () => {
    const { code, stderr } = await casus(['imprt', 'roster.json'], { LOCALE: 'en' });

    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "imprt" (did you mean "import"?)');
  });
});
