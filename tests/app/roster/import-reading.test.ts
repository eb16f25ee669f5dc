import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/app/i18n/translate.ts';
import { formatProblem } from '../../../src/app/roster/i18n/problem-text.ts';
import { readRoster } from '../../../src/app/roster/read-roster.ts';
import { validateRoster } from '../../../src/app/roster/validate-roster.ts';

// The file-level checks of the import, without a database: shape, line numbers, codes and messages.
function problemsFound(text: string, format: 'json' | 'csv' = 'json') {
  const read = readRoster([{ name: `file.${format}`, text, format }]);
  const { problems } = validateRoster(read.raw);
  return [...read.problems, ...problems];
}

function problemsIn(locale: Locale, text: string, format: 'json' | 'csv' = 'json'): string[] {
  return problemsFound(text, format).map((problem) => formatProblem(locale, problem));
}

/** The problems as an English-speaking administrator reads them (--lang en); Dutch ones are checked below. */
const problemsOf = (text: string, format: 'json' | 'csv' = 'json') => problemsIn('en', text, format);

const professional = (extra: Record<string, unknown>) => ({
  key: 'p-1',
  name: 'Test Persoon',
  organisation: 'Org',
  contractHours: 32,
  ...extra,
});

describe('reading a JSON import', () => {
  it('names the path and the line of a bad nested value', () => {
    const text = JSON.stringify(
      {
        professionals: [
          professional({}),
          professional({ key: 'p-2', days: [{ weekday: 'ma', start: '9h', end: '17:00' }] }),
        ],
      },
      null,
      2,
    );
    const line = text.split('\n').findIndex((l) => l.includes('"9h"')) + 1;
    expect(problemsOf(text)).toEqual([
      `line ${line}, field professionals[1].days[0].start: expected a start time HH:MM such as 09:00, got "9h"`,
    ]);
  });

  it('points a JSON syntax error at its line', () => {
    expect(problemsOf('{\n  "teams": [\n    { "slug": "a" "name": "b" }\n  ]\n}')).toEqual([
      expect.stringMatching(/^line 3: not valid JSON/),
    ]);
  });

  it('reports unknown fields at their own line, listing the fields it accepts', () => {
    const problems = problemsOf('{"teams": [\n{"slug": "a",\n "naam": "b"}]}');
    expect(problems).toContain(
      'line 3, field teams[0].naam: unknown field; expected only the fields slug, name',
    );
    expect(problems).toContain(
      'line 2, field teams[0].name: missing; expected the team name (at most 100 characters)',
    );
  });

  it('rejects overlapping working blocks and opvoeding without children', () => {
    const text = JSON.stringify({
      professionals: [
        professional({
          days: [
            { weekday: 'ma', start: '09:00', end: '13:00' },
            { weekday: 1, start: '12:00', end: '17:00' },
          ],
        }),
      ],
      households: [{ team: 't', reference: 'HH-1', scores: { scoredOn: '2026-01-05', opvoeding: 2 } }],
    });
    expect(problemsOf(text)).toEqual([
      expect.stringContaining('field professionals[0].days[1]: overlaps the block ma 09:00-13:00'),
      expect.stringContaining(
        'field households[0].scores.opvoeding: opvoeding is scored only for a household with children',
      ),
    ]);
  });

  // Whether a reference looks pseudonymous depends on its team's rule, so the import checks that against
  // the database (tests/infra/repositories/import-household-references.test.ts); the file alone can only
  // be too long.
  it('refuses an over-long household reference and a score outside 1-5', () => {
    const text = JSON.stringify({
      households: [
        { team: 't', reference: `HH-${'1'.repeat(38)}`, scores: { scoredOn: '2026-01-05', financien: 6 } },
      ],
    });
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        'field households[0].reference: expected a pseudonymous reference such as HH-2041 (at most 40 characters)',
      ),
      expect.stringContaining('field households[0].scores.financien: expected a ZRM score'),
    ]);
  });

  it('reports a key defined twice, pointing at the first', () => {
    const text = '{"teams": [\n{"slug": "a", "name": "A"},\n{"slug": "a", "name": "B"}]}';
    expect(problemsOf(text)).toEqual([
      'line 3, field teams[1].slug: duplicate team slug "a", also at line 2, field teams[0].slug; expected each once',
    ]);
  });
});

describe('reading a CSV import', () => {
  it('names the line, the column and the list item', () => {
    const csv = 'key,name,organisation,contract_hours,days\np-1,A,Org,32,"ma 09:00-17:00; di 09:00-25:00"\n';
    expect(problemsOf(csv, 'csv')).toEqual([
      'line 2, field days (item 2): expected an end time HH:MM such as 17:00, got "25:00"',
    ]);
  });

  it('explains a working block it cannot read', () => {
    expect(
      problemsOf('key,name,organisation,contract_hours,days\np-1,A,Org,32,maandag 9 tot 5\n', 'csv'),
    ).toEqual([
      expect.stringMatching(
        /^line 2, field days: "maandag 9 tot 5" is not a working block; expected .*"ma 09:00-17:00"/,
      ),
    ]);
  });

  it('recognises a file saved with ; between columns', () => {
    expect(problemsOf('key;name;organisation\np-1;A;Org\n', 'csv')).toEqual([
      expect.stringContaining('line 1: the columns are separated by ;'),
    ]);
  });

  it('reports unknown and missing columns, and rows of the wrong width', () => {
    expect(problemsOf('team,reference,financiën\n', 'csv')).toEqual([
      expect.stringMatching(/^line 1, field financiën: unknown column for a households file/),
    ]);
    expect(problemsOf('key,name\n', 'csv')).toEqual([
      expect.stringMatching(/^line 1, field organisation: missing column/),
    ]);
    expect(problemsOf('slug,name\na,A,extra\n', 'csv')).toEqual([
      expect.stringMatching(/^line 2: 3 values but the header has 2 columns/),
    ]);
  });

  it('says what it expected when the header fits no kind of file', () => {
    expect(problemsOf('naam,adres\n', 'csv')).toEqual([
      expect.stringMatching(/^line 1: cannot tell what this CSV holds/),
    ]);
  });
});

describe('problems in Dutch (the default language)', () => {
  const badEnd = JSON.stringify(
    { professionals: [professional({ days: [{ weekday: 'ma', start: '09:00', end: '25:00' }] })] },
    null,
    2,
  );
  const endLine = badEnd.split('\n').findIndex((l) => l.includes('"25:00"')) + 1;

  it('name the line and field and say what is expected, in plain Dutch', () => {
    expect(problemsIn('nl', badEnd)).toEqual([
      `regel ${endLine}, veld professionals[0].days[0].end: verwacht een eindtijd als UU:MM, bijvoorbeeld 17:00. Er staat "25:00".`,
    ]);
  });

  it('keep a stable code and params, whatever the language', () => {
    expect(problemsFound(badEnd)).toEqual([
      {
        line: endLine,
        field: 'professionals[0].days[0].end',
        code: 'invalid-value',
        params: { expected: 'end-time', got: 'text', value: '25:00' },
      },
    ]);
  });

  it('explain a ZRM score, a missing value and an unknown field', () => {
    const text =
      '{"teams": [\n{"slug": "a",\n "naam": "b"}],\n"households": [{"team": "a", "reference": "HH-1", "scores": {"scoredOn": "2026-01-05", "financien": 0}}]}';
    expect(problemsIn('nl', text)).toEqual([
      'regel 3, veld teams[0].naam: onbekend veld. Gebruik alleen de velden slug, name.',
      'regel 2, veld teams[0].name: niet ingevuld. Verwacht de naam van het team (maximaal 100 tekens).',
      'regel 4, veld households[0].scores.financien: verwacht een ZRM-score: een heel getal van 1 (acuut probleem) tot 5 (volledig zelfredzaam). Er staat 0.',
    ]);
  });

  it('point a duplicate at the first one', () => {
    const text = '{"teams": [\n{"slug": "a", "name": "A"},\n{"slug": "a", "name": "B"}]}';
    expect(problemsIn('nl', text)).toEqual([
      'regel 3, veld teams[1].slug: de teamcode "a" staat er twee keer in, ook op regel 2, veld teams[0].slug. Gebruik elke teamcode maar één keer.',
    ]);
  });

  it('name the CSV column and which value of a ;-list is wrong', () => {
    const csv = 'key,name,organisation,contract_hours,days\np-1,A,Org,32,"ma 09:00-17:00; di 09:00-25:00"\n';
    expect(problemsIn('nl', csv, 'csv')).toEqual([
      'regel 2, veld days (waarde 2): verwacht een eindtijd als UU:MM, bijvoorbeeld 17:00. Er staat "25:00".',
    ]);
    expect(problemsFound(csv, 'csv')).toMatchObject([
      { line: 2, field: 'days', item: 2, code: 'invalid-value' },
    ]);
  });

  it('recognise a file saved by Excel with Dutch settings', () => {
    expect(problemsIn('nl', 'key;name;organisation\np-1;A;Org\n', 'csv')).toEqual([
      expect.stringMatching(
        /^regel 1: de kolommen zijn gescheiden door ; \(Excel met Nederlandse instellingen\)/,
      ),
    ]);
  });
});
