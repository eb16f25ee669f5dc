import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';

// The command runner in-process: usage, configuration and output rules without a child process per case.
const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'casus-run-cli-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string | undefined> = { DATA_DIR: dataDir }) {
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
    cwd: root,
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
  });
  return { code, stdout, stderr };
}

describe('casus help', () => {
  it('lists every command without reading the configuration or opening the database', async () => {
    const { code, stdout } = await run(['help'], { DATABASE_URL: 'mysql://not-even-postgres' });

    expect(code).toBe(0);
    for (const name of ['import', 'migrate', 'seed-demo', 'help'])
      expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('explains one command with --help', async () => {
    const { code, stdout } = await run(['import', '--help']);

    expect(code).toBe(0);
    expect(stdout).toContain('Usage: casus import <file>... [--format json|csv] [--dry-run] [--json]');
    expect(stdout).toContain('docs/import-format.md');
  });
});

describe('a wrong command line', () => {
  it.each([
    [[], 'expected a command'],
    [['import'], 'missing argument'],
    [['import', 'roster.json', '--frmat', 'csv'], "Unknown option '--frmat'"],
    [
      ['import', 'roster.txt'],
      'cannot tell the format of roster.txt; expected a .json or .csv file, or --format json|csv',
    ],
    [['import', 'roster.json', '--format', 'xml'], '--format xml is not a format; expected json or csv'],
    [['migrate', 'now'], 'unexpected argument "now"'],
  ])('casus %j exits 2 and says why', async (args, message) => {
    const { code, stdout, stderr } = await run(args);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('is one JSON document on stdout with --json', async () => {
    const { code, stdout } = await run(['import', '--json']);

    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      command: 'import',
      error: { code: 'usage', message: 'missing argument' },
    });
  });
});

describe('a command that cannot run', () => {
  it('prints each configuration problem on its own line and exits 1', async () => {
    const { code, stderr } = await run(['migrate'], { DATA_DIR: dataDir, PORT: 'abc', LOG_LEVEL: 'loud' });

    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual(
      expect.arrayContaining([
        'casus: the configuration has problems:',
        expect.stringMatching(/^ {2}PORT: expected a port number/),
        expect.stringMatching(/^ {2}LOG_LEVEL: expected debug, info, warn or error/),
      ]),
    );
  });

  it('says when the database cannot be reached', async () => {
    const { code, stderr } = await run(['migrate'], { DATABASE_URL: 'postgresql://casus@127.0.0.1:1/casus' });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^casus: cannot use the postgres database: .*; check DATABASE_URL/);
  });

  it('names a file it cannot read', async () => {
    const { code, stderr } = await run(['import', 'tests/fixtures/import/missing.json']);

    expect(code).toBe(1);
    expect(stderr).toBe('Cannot read tests/fixtures/import/missing.json: no such file.\n');
  });
});

describe('casus seed-demo', () => {
  it('seeds an empty database, refuses once it has teams, and with --force changes nothing more', async () => {
    const first = await run(['seed-demo']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Seeded the fictional demo team "demo" (Buurtteam Oost)');
    expect(first.stdout).toMatch(/professionals\s+10 created/);

    const second = await run(['seed-demo', '--json']);
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout)).toMatchObject({
      ok: false,
      command: 'seed-demo',
      error: { code: 'not-empty' },
    });

    const forced = await run(['seed-demo', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('The demo team "demo" is already there, unchanged.');
  });

  it('lists the problems of a bad file in the JSON document', async () => {
    const { code, stdout } = await run(['import', 'tests/fixtures/import/two-bad-rows.json', '--json']);

    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      error: { code: 'invalid-import' },
      problems: [
        { line: 13, field: 'professionals[0].days[0].end', text: expect.stringMatching(/^line 13, field /) },
        { line: 20, field: 'households[0].scores.financien' },
      ],
    });
  });

  it('leaves the database as it was on an import --dry-run', async () => {
    const { code, stdout } = await run(['import', 'tests/fixtures/import/teams.csv', '--dry-run', '--json']);

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: true, counts: { teams: { created: 1 } } });
    const again = await run(['import', 'tests/fixtures/import/teams.csv', '--dry-run', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ counts: { teams: { created: 1 } } });
  });
});
