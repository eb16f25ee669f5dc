import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { formatProblem } from '../../src/app/roster/i18n/problem-text.ts';
import type { ImportSource } from '../../src/app/roster/read-roster.ts';
import { FIXTURES, rowCounts, runImport } from '../infra/repositories/import-helpers.ts';
import { describeEachDatabase, truncateAll } from '../support/databases.ts';
import { fuzzSeed, mulberry32, type Prng } from './prng.ts';
import { hugeString, type Json, mutateJson, ODD_UNICODE } from './slack-fuzz-mutations.ts';

/**
 * Mutated roster files (JSON and CSV, from tests/fixtures/import) through the import use case, as
 * `casus import` and `casus import --dry-run` run it, in-process. An import either writes everything or,
 * with any problem, nothing: so an invalid or dry run leaves every row count as it was. It never throws
 * (a throw is a crash of the CLI with a stack instead of a list of problems). Reproduce with FUZZ_SEED.
 */
const CASES = 90;
const seed = fuzzSeed();
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const JSON_FIXTURES = ['roster.json', 'two-bad-rows.json', 'unknown-references.json'];
/** A CSV set that imports together: sections refer to each other across files. */
const CSV_SET = ['teams.csv', 'disciplines.csv', 'professionals.csv', 'households.csv'];

describeEachDatabase('casus import with mutated files', (db) => {
  beforeAll(async () => {
    await truncateAll(db());
  });

  it(`writes all or nothing for ${CASES} mutated roster files, and never throws (FUZZ_SEED=${seed})`, async () => {
    const rng = mulberry32(seed);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const { label, sources } = importCase(rng);
      const dryRun = rng.chance(0.3);
      const where = `FUZZ_SEED=${seed} case ${i} (${label}${dryRun ? ', dry run' : ''})`;
      const before = await rowCounts(db());
      const started = performance.now();
      const result = await runImport(db(), sources, { dryRun }).catch((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        throw new Error(
          `${where}: the import threw ${error instanceof Error ? error.name : 'a value'} ${code}`,
        );
      });
      expect(performance.now() - started, where).toBeLessThan(10_000);
      outcomes.set(result.status, (outcomes.get(result.status) ?? 0) + 1);
      if (result.status === 'invalid') {
        expect(result.problems.length, where).toBeGreaterThan(0);
        expect(await rowCounts(db()), `${where}: an invalid import wrote`).toEqual(before);
      } else if (dryRun) {
        expect(await rowCounts(db()), `${where}: a dry run wrote`).toEqual(before);
      }
    }
    // The mutations must leave some files valid and make others invalid, or they test nothing.
    expect(outcomes.get('invalid') ?? 0).toBeGreaterThan(CASES / 5);
    expect((outcomes.get('imported') ?? 0) + (outcomes.get('checked') ?? 0)).toBeGreaterThan(5);
  }, 120_000);

  it('names the line of a NUL byte or half a surrogate pair, in both languages, and imports nothing', async () => {
    const before = await rowCounts(db());
    const csv = read('teams.csv').replace('Wijkteam Zuid', 'Wijkteam\u0000Zuid');
    const json = read('roster.json').replace('Anna Testpersoon', 'Anna \\ud800Testpersoon');
    for (const source of [
      { name: 'teams.csv', text: csv, format: 'csv' as const },
      { name: 'roster.json', text: json, format: 'json' as const },
    ]) {
      const result = await runImport(db(), [source]);
      expect(result.status).toBe('invalid');
      const [problem] = result.status === 'invalid' ? result.problems : [];
      expect(problem).toMatchObject({ code: 'unstorable-character' });
      expect(formatProblem('en', problem!)).toMatch(
        /^line \d+: this line holds a character that cannot be stored/,
      );
      expect(formatProblem('nl', problem!)).toContain('teken dat niet kan worden opgeslagen');
    }
    expect(await rowCounts(db())).toEqual(before);
  });
});

function importCase(rng: Prng): { label: string; sources: ImportSource[] } {
  if (rng.chance(0.5)) {
    const name = rng.pick(JSON_FIXTURES);
    const { label, text } = mutatedJson(rng, read(name));
    const format = rng.chance(0.05) ? 'csv' : 'json';
    return { label: `${name} ${label} as ${format}`, sources: [{ name, text, format }] };
  }
  const target = rng.pick(CSV_SET);
  const labels: string[] = [];
  const sources = CSV_SET.map((name): ImportSource => {
    if (name !== target) return { name, text: read(name), format: 'csv' };
    let text = read(name);
    for (let n = rng.between(1, 3); n > 0; n--) {
      const mutated = mutatedCsv(rng, text);
      labels.push(mutated.label);
      text = mutated.text;
    }
    return { name, text, format: rng.chance(0.05) ? 'json' : 'csv' };
  });
  return { label: `${target} ${labels.join(', ')}`, sources };
}

function mutatedJson(rng: Prng, text: string): { label: string; text: string } {
  if (rng.chance(0.15)) return { label: 'truncated', text: text.slice(0, rng.int(text.length)) };
  const roster = JSON.parse(text) as Json;
  const labels: string[] = [];
  for (let n = rng.between(1, 3); n > 0; n--) labels.push(mutateJson(rng, roster));
  return { label: labels.join(', '), text: JSON.stringify(roster) };
}

/** Edits a spreadsheet or a careless hand could make, and some that only an attacker would. */
function mutatedCsv(rng: Prng, text: string): { label: string; text: string } {
  const lines = text.split('\n');
  const line = rng.int(lines.length);
  const at = rng.int(text.length + 1);
  switch (rng.int(10)) {
    case 0:
      lines.splice(line, 1);
      return { label: `drop line ${line}`, text: lines.join('\n') };
    case 1:
      lines.splice(line, 0, lines[line] ?? '');
      return { label: `repeat line ${line}`, text: lines.join('\n') };
    case 2: {
      const bit = rng.pick([',', '"', ';', '\n', '\r', '""', ',,,,', ...ODD_UNICODE]);
      return { label: 'insert a character', text: `${text.slice(0, at)}${bit}${text.slice(at)}` };
    }
    case 3:
      return { label: 'delete a character', text: `${text.slice(0, at)}${text.slice(at + 1)}` };
    case 4:
      return { label: 'truncate', text: text.slice(0, at) };
    case 5: {
      const cells = (lines[line] ?? '').split(',');
      cells[rng.int(cells.length)] = rng.pick([
        '',
        '-1',
        '99',
        '2026-02-30',
        'x'.repeat(500),
        'ja;nee',
        '=1+1',
      ]);
      lines[line] = cells.join(',');
      return { label: `replace a cell on line ${line}`, text: lines.join('\n') };
    }
    case 6:
      return { label: 'byte order mark and CRLF', text: `\ufeff${text.replaceAll('\n', '\r\n')}` };
    case 7:
      lines.splice(line, 0, `${lines[line]?.split(',')[0] ?? ''},${hugeString(rng).slice(0, 5_000)}`);
      return { label: `huge row at ${line}`, text: lines.join('\n') };
    case 8:
      return { label: 'semicolons', text: text.replaceAll(',', ';') };
    default:
      return { label: 'only the header', text: lines[0] ?? '' };
  }
}
