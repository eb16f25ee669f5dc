import { beforeEach, expect, it } from 'vitest';
import { formatProblem } from '../../../src/app/roster/i18n/problem-text.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { fixture, rowCounts, runImport, source } from './import-helpers.ts';

// Issue 8: the import checks household references with the household form's check, against the rule of
// the team a household is imported into.
const HEADER = 'team,reference,scored_on,financien,involved,coordinator,consent\n';
const row = (reference: string) =>
  `wijkteam-noord,${reference},2026-11-20,2,n-002,n-001,Gemeente Voorbeeldstad\n`;

describeEachDatabase('household references in an import', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    await runImport(db(), [fixture('roster.json')]);
  });

  it('refuses a name as a reference, by line and field, without repeating it, and writes nothing', async () => {
    const before = await rowCounts(db());
    const csv = HEADER + row('Zxqwerty-Jansen') + row('Jansen.Piet');

    const result = await runImport(db(), [source('households.csv', csv)]);

    expect(result.status).toBe('invalid');
    const problems = result.status === 'invalid' ? result.problems : [];
    expect(problems).toEqual([
      {
        line: 2,
        field: 'reference',
        code: 'reference-format',
        params: { team: 'wijkteam-noord', example: 'HH-2041' },
      },
      expect.objectContaining({ line: 3, field: 'reference', code: 'reference-format' }),
    ]);
    expect(problems.map((p) => formatProblem('en', p))).toEqual([
      'line 2, field reference: not a reference the way team wijkteam-noord writes them; expected a pseudonymous reference such as HH-2041, never a name',
      expect.stringMatching(/^line 3, field reference: not a reference/),
    ]);
    expect(formatProblem('nl', problems[0]!)).toBe(
      'regel 2, veld reference: dit is geen kenmerk zoals team wijkteam-noord ze schrijft. Gebruik een pseudoniem zoals HH-2041, nooit een naam.',
    );
    expect(JSON.stringify(problems)).not.toContain('Jansen');
    expect(await rowCounts(db())).toEqual(before);
  });

  it('follows the rule the team set in its settings, and keeps importing households from before it', async () => {
    await db().prisma.team.update({
      where: { slug: 'wijkteam-noord' },
      data: { settings: { householdReference: { pattern: '^WN\\d{4}$', example: 'WN0001' } } },
    });

    const refused = await runImport(db(), [source('households.csv', HEADER + row('HH-0150'))]);
    const problems = refused.status === 'invalid' ? refused.problems : [];
    expect(problems.map((p) => formatProblem('en', p))).toEqual([
      'line 2, field reference: not a reference the way team wijkteam-noord writes them; expected a pseudonymous reference such as WN0001, never a name',
    ]);

    const accepted = await runImport(db(), [source('households.csv', HEADER + row('WN0150'))]);
    expect(accepted).toMatchObject({ status: 'imported', counts: { households: { created: 1 } } });
    // HH-0101 and HH-0102 came in under the default rule: importing the file again still works.
    const again = await runImport(db(), [fixture('roster.json')]);
    expect(again).toMatchObject({ status: 'imported', counts: { households: { created: 0 } } });
  });
});
