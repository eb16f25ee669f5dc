import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';

// `casus plan` names what to do about a discipline nobody in the team brings as the chat does: recruit
// (issue 8, found on the way: it said only "ask a deputy from another organisation").
const dataDir = mkdtempSync(join(tmpdir(), 'casus-plan-gaps-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function run(args: string[]) {
  let stdout = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    env: { DATA_DIR: dataDir },
    cwd: dataDir,
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
  });
  return { code, stdout };
}

describe('casus plan for a discipline nobody in the team has', () => {
  beforeAll(async () => {
    expect((await run(['seed-demo', '--json'])).code).toBe(0);
    // HH-2041 scores 1 on finances; only an interpreter, whom nobody in the demo team is, can help.
    const rules = {
      expertiseRules: {
        rules: [{ domain: 'financien', disciplines: ['tolk'], requiredAtOrBelow: 3, advisoryAt: 4 }],
      },
    };
    writeFileSync(join(dataDir, 'rules.json'), JSON.stringify(rules));
    expect((await run(['settings', 'demo', '--set', 'rules.json'])).code).toBe(0);
  }, 60_000);

  it('advises to recruit someone, in English and Dutch, as the chat does', async () => {
    const en = await run(['plan', 'HH-2041', '--from', '2026-12-01', '--lang', 'en']);
    expect(en.stdout).toContain(
      'nobody in the team brings tolk: recruit someone, or ask a deputy from another organisation',
    );
    const nl = await run(['plan', 'HH-2041', '--from', '2026-12-01', '--lang', 'nl']);
    expect(nl.stdout).toContain(
      'niemand in het team brengt tolk: zoek iemand, of vraag een vervanger van een andere organisatie',
    );
  });
});
