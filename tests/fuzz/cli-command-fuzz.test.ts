import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import type { ConversationKind } from '../../src/app/feature.ts';
import { createRouter, type Router } from '../../src/app/router.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { loadConfig } from '../../src/config.ts';
import { allCommandWords } from '../../src/domain/commands.ts';
import type { Locale } from '../../src/domain/locale.ts';
import { composeFeatures } from '../../src/features.ts';
import { createAgendaStore } from '../../src/infra/db/repositories/agenda-repository.ts';
import { seedDemo } from '../../src/infra/demo/seed-demo.ts';
import type { View } from '../../src/views/view-model.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { fuzzSeed, mulberry32, type Prng } from './prng.ts';
import { garbageValue, hugeString, ODD_UNICODE } from './slack-fuzz-mutations.ts';

/**
 * Chat commands as people type them (and as nobody would), through the router every channel calls, and
 * command lines through the CLI runner, both in-process. The router must answer every text with a view and
 * never fail unexpectedly (the person would only see "something went wrong"); the CLI must end every
 * command line with an exit code and a message, one JSON document with --json, and no stack trace.
 * Reproduce with the printed FUZZ_SEED.
 */
const TEXT_CASES = 200;
const ARGV_CASES = 150;
const seed = fuzzSeed();
/** The router's answers have no platform limit of their own; Slack's 3 s is the tightest a channel has. */
const ANSWER_LIMIT_MS = 3_000;

const ARGUMENTS = [
  'HH-2041',
  'HH-2042',
  'HH-2043',
  'HH-9999',
  'hh-2041',
  'nieuw',
  'new',
  'bewerk',
  'morgen',
  'volgende week',
  'next tuesday',
  '2026-12-01',
  '2026-02-30',
  '09:00',
  '25:61',
  'thuis',
  'online',
  'kantoor',
  '3',
  '-1',
  '1e9',
  '@sander',
  '<@U0123>',
  '<at>casus</at>',
  '*vet*',
  '`code`',
  '"',
  "'",
  '--',
  '',
];

describeEachDatabase('chat commands through the router', (db) => {
  let router: Router;
  let actors: Actor[];
  const unexpected: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-command-fuzz-'));

  beforeAll(async () => {
    await seedDemo(db());
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir });
    router = createRouter({
      features: composeFeatures(db(), config).features,
      agenda: createAgendaStore(db().prisma),
      timeZone: config.scheduling.timeZone,
      reportUnexpected: (error) => void unexpected.push(error instanceof Error ? error.name : typeof error),
    });
    const demo = await db().prisma.professional.findMany({ where: { externalKey: { startsWith: 'demo-' } } });
    actors = [{}, ...demo.map((p) => ({ professionalId: p.id, displayName: p.name }))];
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(`answers ${TEXT_CASES} generated command texts, and the buttons on the answers, without an unexpected failure (FUZZ_SEED=${seed})`, async () => {
    const rng = mulberry32(seed);
    const buttons: { actionId: string; value?: string }[] = [];
    for (let i = 0; i < TEXT_CASES; i++) {
      const text = commandText(rng);
      const locale: Locale = rng.pick(['nl', 'en']);
      const actor = rng.chance(0.85) ? rng.pick(actors.slice(1)) : {};
      const conversation: ConversationKind = rng.pick(['private', 'shared']);
      const where = `FUZZ_SEED=${seed} text case ${i} (${JSON.stringify(text.slice(0, 60))})`;
      const view = await timed(where, () => router.handleText({ text, locale, actor, conversation }));
      collectButtons(view, buttons);

      // Now and then press a button from an answer, with its own value or a mangled one.
      if (buttons.length > 0 && rng.chance(0.4)) {
        const button = rng.pick(buttons);
        const value = rng.chance(0.7) ? button.value : mangled(rng, button.value);
        const pressed = `${where}, then ${button.actionId}`;
        collectButtons(
          await timed(pressed, () =>
            router.handleAction({ actionId: button.actionId, value, locale, actor, conversation }),
          ),
          buttons,
        );
      }
      expect(unexpected, where).toEqual([]);
    }
    expect(buttons.length).toBeGreaterThan(3);
  }, 120_000);
});

async function timed(where: string, answer: () => Promise<View>): Promise<View> {
  const started = performance.now();
  const view = await answer();
  expect(performance.now() - started, where).toBeLessThan(ANSWER_LIMIT_MS);
  expect(view.fallbackText.trim(), where).not.toBe('');
  return view;
}

/** A command word (or a near miss) and a few arguments, sometimes with odd characters or at length. */
function commandText(rng: Prng): string {
  const words = allCommandWords();
  const first = rng.pick([...words, ...words, 'hlep', 'huishoudn', 'PLAN', 'Hulp!', '?', '']);
  const args = Array.from({ length: rng.int(4) }, () => rng.pick(ARGUMENTS));
  let text = [first, ...args].join(' ');
  const twist = rng.int(8);
  if (twist === 0) text = `${rng.pick(ODD_UNICODE.filter((bit) => bit !== '\u0000'))}${text}`;
  if (twist === 1) text = `${text} ${hugeString(rng).slice(0, 2_000)}`;
  if (twist === 2) text = `   ${text.toUpperCase()}\n\t`;
  if (twist === 3) text = text.replaceAll(' ', '\u00a0');
  // NUL and lone surrogates never reach the router: every channel replaces them first (their own suites).
  return text.replaceAll('\u0000', '\ufffd').replace(/[\ud800-\udfff]/g, '\ufffd');
}

function mangled(rng: Prng, value: string | undefined): string | undefined {
  const twist = rng.int(5);
  if (twist === 0) return undefined;
  if (twist === 1) return JSON.stringify(garbageValue(rng)).slice(0, 500);
  if (twist === 2) return `${value ?? ''}x`;
  if (twist === 3) return (value ?? '').slice(0, Math.max(0, (value ?? '').length - 3));
  return rng.pick(['', '{}', '[]', 'null', '{"householdId":"00000000-0000-0000-0000-000000000000"}']);
}

function collectButtons(view: View, into: { actionId: string; value?: string }[]): void {
  for (const block of view.blocks) {
    if (block.type !== 'buttons') continue;
    for (const button of block.buttons) {
      if (!into.some((b) => b.actionId === button.actionId && b.value === button.value)) {
        into.push({ actionId: button.actionId, value: button.value });
      }
    }
  }
}

describe('casus command lines', () => {
  // A DATABASE_URL that is not PostgreSQL: commands that need the database stop at the configuration
  // check, so each case stays in-process and fast, and still runs the command line parsing.
  const env = { DATABASE_URL: 'mysql://not-even-postgres', LOCALE: 'nl' };
  const PARTS = [
    'import',
    'migrate',
    'seed-demo',
    'help',
    'plan',
    'jobs',
    'invite',
    'settings',
    'imprt',
    'x.json',
    'roster.csv',
    '.',
    '--json',
    '--json',
    '--lang',
    'en',
    'fr',
    '--lang=',
    '--lang=nl',
    '--format',
    'xml',
    '--format=csv',
    '--dry-run',
    '--help',
    '-h',
    '--',
    '--unknown',
    '-x',
    '--force',
    'HH-2041',
    '',
  ];

  it(`ends ${ARGV_CASES} generated command lines with an exit code and a message, never a stack (FUZZ_SEED=${seed})`, async () => {
    const rng = mulberry32(seed ^ 0x0c11);
    for (let i = 0; i < ARGV_CASES; i++) {
      const argv = Array.from({ length: rng.between(0, 5) }, () => {
        const twist = rng.int(12);
        if (twist === 0) return rng.pick(ODD_UNICODE);
        if (twist === 1) return hugeString(rng).slice(0, 3_000);
        return rng.pick(PARTS);
      });
      const where = `FUZZ_SEED=${seed} argv case ${i} (${JSON.stringify(argv).slice(0, 120)})`;
      let stdout = '';
      let stderr = '';
      const started = performance.now();
      const code = await runCli(argv, {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        env,
        cwd: join(import.meta.dirname, '../fixtures/import'),
        clock: { now: () => new Date('2026-11-24T09:00:00Z') },
      });
      expect(performance.now() - started, where).toBeLessThan(ANSWER_LIMIT_MS);
      expect(Number.isInteger(code), where).toBe(true);
      expect(`${stdout}${stderr}`.trim(), where).not.toBe('');
      expect(`${stdout}${stderr}`, where).not.toMatch(/\n\s+at .+:\d+:\d+/);
      if (argv.includes('--json')) {
        expect(() => JSON.parse(stdout), `${where}: --json output`).not.toThrow();
      }
    }
  }, 60_000);
});
