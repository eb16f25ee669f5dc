import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';

// The command runner in-process: usage, configuration and output rules without a child process per case.
// English runs pass --lang en (or LOCALE=en); without either, casus speaks Dutch.
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

/** The two problems of two-bad-rows.json as they are in every language: where, which code, which params. */
const TWO_BAD_ROWS = [
  {
    line: 13,
    field: 'professionals[0].days[0].end',
    code: 'invalid-value',
    params: { expected: 'end-time', got: 'text', value: '25:00' },
  },
  {
    line: 20,
    field: 'households[0].scores.financien',
    code: 'invalid-value',
    params: { expected: 'zrm-score', got: 'number', value: 7 },
  },
] as const;

describe('casus help', () => {
  it('lists every command without reading the configuration or opening the database', async () => {
    const { code, stdout } = await run(['help'], { DATABASE_URL: 'mysql://not-even-postgres' });

    expect(code).toBe(0);
    for (const name of ['import', 'migrate', 'seed-demo', 'help'])
      expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('explains one command with --help', async () => {
    const { code, stdout } = await run(['import', '--help', '--lang', 'en']);

    expect(code).toBe(0);
    expect(stdout).toContain('Usage: casus import <file>... [--format json|csv] [--dry-run] [--json]');
    expect(stdout).toContain('docs/import-format.md');
    expect(stdout).toContain('  --lang nl|en  the language of the messages');
  });

  it('is in Dutch by default, and explains --lang', async () => {
    const { code, stdout } = await run(['import', '--help']);

    expect(code).toBe(0);
    expect(stdout).toContain('Gebruik: casus import <bestand>... [--format json|csv] [--dry-run] [--json]');
    expect(stdout).toContain('importeer teams, professionals en huishoudens uit JSON- of CSV-bestanden');
    expect(stdout).toContain(
      '  --lang nl|en  de taal van de meldingen; standaard de taal van LOCALE (nl als die niet is ingesteld)',
    );
  });

  it('follows LOCALE, and --lang over LOCALE', async () => {
    const english = await run(['help'], { LOCALE: 'en' });
    expect(english.stdout).toContain('Usage: casus <command> [options]');
    expect(english.stdout).toMatch(/^ {2}seed-demo {2,}add the fictional demo team "Buurtteam Oost"/m);

    const dutch = await run(['--lang', 'nl', 'help'], { LOCALE: 'en' });
    expect(dutch.stdout).toContain('Gebruik: casus <commando> [opties]');
    expect(dutch.stdout).toContain("Commando's:");
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
    [['migrate', '--dry-run'], "Unknown option '--dry-run'"],
    [['import', 'roster.json', '--format'], "Option '--format' needs a value"],
  ])('casus %j exits 2 and says why', async (args, message) => {
    const { code, stdout, stderr } = await run([...args, '--lang', 'en']);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it.each([
    [[], 'casus: geef een commando op'],
    [['imprt', 'roster.json'], 'casus: onbekend commando "imprt" (bedoel je "import"?)'],
    [['import'], 'casus: er ontbreekt een argument'],
    [['import', 'roster.json', '--frmat', 'csv'], "casus: onbekende optie '--frmat'"],
    [
      ['import', 'roster.txt'],
      'casus: het formaat van roster.txt is niet duidelijk. Geef een bestand dat eindigt op .json of .csv, of gebruik --format json|csv.',
    ],
    [
      ['import', 'roster.json', '--format', 'xml'],
      'casus: --format xml is geen formaat dat casus kent. Kies json of csv.',
    ],
    [['migrate', 'now'], 'casus: onverwacht argument "now"'],
  ])('casus %j says why in Dutch by default', async (args, message) => {
    const { code, stdout, stderr } = await run(args);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('shows the usage in Dutch', async () => {
    const { stderr } = await run([]);

    expect(stderr).toBe(
      "casus: geef een commando op\nGebruik: casus <commando> [opties]   (casus help toont alle commando's)\n",
    );
  });

  it('refuses a language casus does not speak, in the language of LOCALE', async () => {
    const dutch = await run(['migrate', '--lang', 'fr']);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toContain('casus: --lang fr is geen taal die casus kent. Kies nl of en.');

    const english = await run(['migrate', '--lang=de'], { DATA_DIR: dataDir, LOCALE: 'en' });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('casus: --lang de is not a language; expected nl or en');
  });

  it('is one JSON document on stdout with --json', async () => {
    const { code, stdout } = await run(['import', '--json', '--lang', 'en']);

    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      command: 'import',
      error: { code: 'usage', message: 'missing argument' },
    });
  });

  it('keeps the JSON error code in Dutch', async () => {
    const { code, stdout } = await run(['import', '--json']);

    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      command: 'import',
      error: { code: 'usage', message: 'er ontbreekt een argument' },
    });
  });
});

describe('a command that cannot run', () => {
  it('prints each configuration problem on its own line and exits 1', async () => {
    const { code, stderr } = await run(['migrate'], {
      DATA_DIR: dataDir,
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      LOCALE: 'en',
    });

    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual(
      expect.arrayContaining([
        'casus: the configuration has problems:',
        expect.stringMatching(/^ {2}PORT: expected a port number/),
        expect.stringMatching(/^ {2}LOG_LEVEL: expected debug, info, warn or error/),
      ]),
    );
  });

  it('introduces the configuration problems in Dutch', async () => {
    const { code, stderr } = await run(['migrate'], { DATA_DIR: dataDir, PORT: 'abc' });

    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual(
      expect.arrayContaining([
        'casus: er zijn problemen met de configuratie:',
        expect.stringMatching(/^ {2}PORT: expected a port number/),
      ]),
    );
  });

  it('says when the database cannot be reached', async () => {
    const { code, stderr } = await run(['migrate', '--lang', 'en'], {
      DATABASE_URL: 'postgresql://casus@127.0.0.1:1/casus',
    });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^casus: cannot use the postgres database: .*; check DATABASE_URL/);
  });

  it('says so in Dutch too', async () => {
    const { code, stderr } = await run(['migrate'], { DATABASE_URL: 'postgresql://casus@127.0.0.1:1/casus' });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^casus: kan de PostgreSQL-database niet gebruiken: .*\. Controleer DATABASE_URL/);
  });

  it('names a file it cannot read', async () => {
    const { code, stderr } = await run(['import', 'tests/fixtures/import/missing.json', '--lang', 'en']);

    expect(code).toBe(1);
    expect(stderr).toBe('Cannot read tests/fixtures/import/missing.json: no such file.\n');
  });

  it('names a file it cannot read, in Dutch', async () => {
    const { code, stderr } = await run(['import', 'tests/fixtures/import/missing.json']);

    expect(code).toBe(1);
    expect(stderr).toBe('Kan tests/fixtures/import/missing.json niet lezen: dit bestand bestaat niet.\n');
  });
});

describe('casus seed-demo', () => {
  it('seeds an empty database, refuses once it has teams, and with --force changes nothing more', async () => {
    const first = await run(['seed-demo', '--lang', 'en']);
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

    const forced = await run(['seed-demo', '--force', '--lang', 'en']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('The demo team "demo" is already there, unchanged.');

    const dutch = await run(['seed-demo', '--force']);
    expect(dutch.stdout).toContain('Het demoteam "demo" staat er al en is niet veranderd.');
    expect(dutch.stdout).toMatch(/^ {2}professionals {2}0 nieuw, 0 gewijzigd, 10 ongewijzigd$/m);
  });

  it('lists the problems of a bad file in the JSON document', async () => {
    const { code, stdout } = await run([
      'import',
      'tests/fixtures/import/two-bad-rows.json',
      '--json',
      '--lang',
      'en',
    ]);

    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      error: { code: 'invalid-import' },
      problems: [
        {
          ...TWO_BAD_ROWS[0],
          message: 'expected an end time HH:MM such as 17:00, got "25:00"',
          text: expect.stringMatching(/^line 13, field /),
        },
        TWO_BAD_ROWS[1],
      ],
    });
  });

  it('keeps the codes and params of the problems stable in Dutch', async () => {
    const { code, stdout } = await run(['import', 'tests/fixtures/import/two-bad-rows.json', '--json']);

    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-import',
        message: 'tests/fixtures/import/two-bad-rows.json: 2 problemen gevonden; er is niets geïmporteerd.',
      },
      problems: [
        {
          ...TWO_BAD_ROWS[0],
          message: 'verwacht een eindtijd als UU:MM, bijvoorbeeld 17:00. Er staat "25:00".',
          text: expect.stringMatching(/^regel 13, veld /),
        },
        TWO_BAD_ROWS[1],
      ],
    });
  });

  it('explains the problems of a bad file in Dutch', async () => {
    const { code, stdout, stderr } = await run(['import', 'tests/fixtures/import/two-bad-rows.json']);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'tests/fixtures/import/two-bad-rows.json: 2 problemen gevonden; er is niets geïmporteerd.',
        '  regel 13, veld professionals[0].days[0].end: verwacht een eindtijd als UU:MM, bijvoorbeeld 17:00. Er staat "25:00".',
        '  regel 20, veld households[0].scores.financien: verwacht een ZRM-score: een heel getal van 1 (acuut probleem) tot 5 (volledig zelfredzaam). Er staat 7.',
        '',
      ].join('\n'),
    );
  });

  it('leaves the database as it was on an import --dry-run', async () => {
    const { code, stdout } = await run(['import', 'tests/fixtures/import/teams.csv', '--dry-run', '--json']);

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: true, counts: { teams: { created: 1 } } });
    const again = await run(['import', 'tests/fixtures/import/teams.csv', '--dry-run', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ counts: { teams: { created: 1 } } });
  });

  it('summarises a dry run and an import in Dutch', async () => {
    const dryRun = await run(['import', 'tests/fixtures/import/teams.csv', '--dry-run']);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toBe(
      [
        'tests/fixtures/import/teams.csv is in orde. Importeren zou dit opleveren:',
        '  teams          1 nieuw, 0 gewijzigd, 0 ongewijzigd',
        '  organisaties   0 nieuw, 0 gewijzigd, 0 ongewijzigd',
        '  disciplines    0 nieuw, 0 gewijzigd, 0 ongewijzigd',
        '  professionals  0 nieuw, 0 gewijzigd, 0 ongewijzigd',
        '  huishoudens    0 nieuw, 0 gewijzigd, 0 ongewijzigd',
        '',
      ].join('\n'),
    );

    const imported = await run(['import', 'tests/fixtures/import/teams.csv']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('tests/fixtures/import/teams.csv is geïmporteerd:\n');
    expect(imported.stdout).toContain('  teams          1 nieuw, 0 gewijzigd, 0 ongewijzigd\n');

    const again = await run(['import', 'tests/fixtures/import/teams.csv', '--lang', 'en']);
    expect(again.stdout).toContain('Imported tests/fixtures/import/teams.csv:\n');
    expect(again.stdout).toContain('  teams          0 created, 0 updated, 1 unchanged\n');
  });
});
