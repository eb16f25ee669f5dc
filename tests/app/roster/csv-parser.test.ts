import { describe, expect, it } from 'vitest';
import { parseCsv, splitList } from '../../../src/app/roster/csv.ts';
import { problemMessage } from '../../../src/app/roster/i18n/problem-text.ts';

function records(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`expected valid CSV, got: line ${result.line}: ${result.code}`);
  return result.records;
}

describe('the CSV reader', () => {
  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(records('a,b\n"Zoë, MSc","Stichting ""Zuid"""\n')[1]?.cells).toEqual([
      'Zoë, MSc',
      'Stichting "Zuid"',
    ]);
  });

  it('reads CRLF, LF and CR line endings alike', () => {
    expect(records('a,b\r\n1,2\r\n3,4\n5,6\r7,8').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['7', '8'],
    ]);
  });

  it('numbers each record by the line it starts on, also after a line break inside quotes', () => {
    const result = records('a,b\n"two\r\nlines",x\n\nlast,y\n');
    expect(result.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'a'],
      [2, 'two\r\nlines'],
      [5, 'last'],
    ]);
  });

  it('keeps empty cells, also a trailing one', () => {
    expect(records('a,b,c\n1,,\n')[1]?.cells).toEqual(['1', '', '']);
  });

  it('ignores a byte-order mark', () => {
    expect(records('\uFEFFkey,name\n')[0]?.cells).toEqual(['key', 'name']);
  });

  it('reports a quoted field that is never closed, at the line it opens', () => {
    expect(parseCsv('a,b\n1,"open\n\n')).toMatchObject({ ok: false, line: 2, code: 'csv-unclosed-quote' });
  });

  it('reports text after a closing quote, and how to write a quote in a field', () => {
    expect(parseCsv('a,b\n"x"y,2\n')).toMatchObject({ ok: false, line: 2, code: 'csv-text-after-quote' });
    const problem = { code: 'csv-text-after-quote', params: {} } as const;
    expect(problemMessage('en', problem)).toContain('""');
    expect(problemMessage('nl', problem)).toBe(
      'na het afsluitende aanhalingsteken staat nog tekst. Verwacht een komma of het einde van de regel. Een aanhalingsteken binnen een waarde schrijf je als "".',
    );
  });

  it('splits ;-lists and drops empty parts', () => {
    expect(splitList(' ma 09:00-17:00; di 09:00-13:00 ;; ')).toEqual(['ma 09:00-17:00', 'di 09:00-13:00']);
  });
});
