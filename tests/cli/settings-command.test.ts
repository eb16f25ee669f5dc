import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { loadConfig } from '../../src/config.ts';
import { databaseTarget, openDatabase } from '../../src/infra/db/database.ts';

// `casus settings` on the embedded database with the demo team: show, set from a file, refuse a bad file
// without changing anything, reset.
const dataDir = mkdtempSync(join(tmpdir(), 'casus-settings-'));
const files = mkdtempSync(join(tmpdir(), 'casus-settings-files-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

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
    env: { DATA_DIR: dataDir },
    cwd: files,
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

function file(name: string, content: string): string {
  writeFileSync(join(files, name), content);
  return name;
}

describe('casus settings', () => {
  beforeAll(async () => {
    expect((await run(['seed-demo', '--json'])).code).toBe(0);
  }, 60_000);

  it('shows the defaults of a team that changed nothing', async () => {
    const result = await run(['settings', 'demo', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ ok: true, team: 'demo', customised: [] });
    expect(result.json().settings.followUpWeeks).toBe(6);
  });

  it('stores a valid file, and shows it afterwards as the team’s own', async () => {
    const name = file('good.json', JSON.stringify({ followUpWeeks: 8, travelBufferMinutes: 45 }));
    const set = await run(['settings', 'demo', '--set', name, '--lang', 'en']);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Saved the settings of team demo');

    const shown = await run(['settings', 'demo', '--json']);
    expect(shown.json().customised).toEqual(['followUpWeeks', 'travelBufferMinutes']);
    expect(shown.json().settings).toMatchObject({ followUpWeeks: 8, travelBufferMinutes: 45 });
  });

  it('refuses a file with problems, names each one in Dutch, and changes nothing', async () => {
    const name = file(
      'bad.json',
      JSON.stringify({
        followUpWeeks: 0,
        expertiseRules: { rules: [{ domain: 'financien', disciplines: ['schuldhulp'], advisoryAt: 2 }] },
      }),
    );
    const result = await run(['settings', 'demo', '--set', name]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.json heeft 2 probleem/problemen; er is niets veranderd');
    expect(result.stderr).toContain('followUpWeeks: minstens 1');
    expect(result.stderr).toContain(
      'expertiseRules.rules[0].advisoryAt: advisoryAt (2) moet hoger zijn dan requiredAtOrBelow (2)',
    );
    expect((await run(['settings', 'demo', '--json'])).json().settings.followUpWeeks).toBe(8);
  });

  it('says what is wrong with a file that is not JSON or not there', async () => {
    const notJson = await run(['settings', 'demo', '--set', file('x.json', '{ followUp'), '--lang', 'en']);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('x.json is not valid JSON');
    const missing = await run(['settings', 'demo', '--set', 'nope.json', '--lang', 'en']);
    expect(missing.stderr).toContain('Cannot read nope.json: the file does not exist');
    const team = await run(['settings', 'elsewhere', '--lang', 'en']);
    expect(team.code).toBe(1);
    expect(team.stderr).toContain('No team has the slug "elsewhere".');
  });

  it('sets the household reference rule, and refuses one that is no regex or lets a name through', async () => {
    const good = file(
      'references.json',
      JSON.stringify({ householdReference: { pattern: '^OW\\d{5}$', example: 'OW00001' } }),
    );
    expect((await run(['settings', 'demo', '--set', good])).code).toBe(0);
    expect((await run(['settings', 'demo', '--json'])).json().settings.householdReference).toEqual({
      pattern: '^OW\\d{5}$',
      example: 'OW00001',
    });

    const bad = file(
      'bad-references.json',
      JSON.stringify({ householdReference: { pattern: '^[A-Z', example: 'HH-1' } }),
    );
    const notRegex = await run(['settings', 'demo', '--set', bad]);
    expect(notRegex.code).toBe(1);
    expect(notRegex.stderr).toContain('householdReference.pattern: geen geldige reguliere expressie');
    const lax = file('lax-references.json', JSON.stringify({ householdReference: { pattern: '.*' } }));
    const tooLax = await run(['settings', 'demo', '--set', lax, '--lang', 'en']);
    expect(tooLax.stderr).toContain(
      'householdReference.pattern: the pattern accepts an empty reference; anchor it with ^ and $',
    );
    expect(tooLax.stderr).toContain('householdReference.pattern: the pattern accepts the name "Jansen"');
    expect((await run(['settings', 'demo', '--json'])).json().settings.householdReference.example).toBe(
      'OW00001',
    );
  });

  it('goes back to the defaults with --reset', async () => {
    expect((await run(['settings', 'demo', '--reset'])).code).toBe(0);
    const shown = await run(['settings', 'demo', '--json']);
    expect(shown.json().customised).toEqual([]);
    expect(shown.json().settings.followUpWeeks).toBe(6);
  });

  it('logs each change of the settings in the access log, by setting name, not value', async () => {
    const { database } = loadConfig({ DATA_DIR: dataDir });
    const db = await openDatabase(databaseTarget(database.url, database.dataDir));
    try {
      const entries = await db.prisma.accessLogEntry.findMany({
        where: { kind: 'settings' },
        orderBy: { at: 'asc' },
      });
      expect(entries.map((e) => [e.action, e.channel, e.onBehalfOf, e.outcome, e.details])).toEqual([
        [
          'change',
          'cli',
          'operator',
          'ok',
          { team: 'demo', keys: ['followUpWeeks', 'travelBufferMinutes'], reset: false },
        ],
        ...entries.slice(1, -1).map((e) => ['change', 'cli', 'operator', 'ok', e.details]),
        ['change', 'cli', 'operator', 'ok', { team: 'demo', keys: [], reset: true }],
      ]);
      const team = await db.prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
      for (const entry of entries)
        expect(entry).toMatchObject({ teamId: team.id, subjectId: team.id, householdId: null });
    } finally {
      await db.close();
    }
  });
});
