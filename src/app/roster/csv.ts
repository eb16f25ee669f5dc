/**
 * A small RFC 4180 CSV reader: comma-separated, fields optionally in double quotes, a quote inside a quoted
 * field written twice, line breaks (CRLF, LF or CR) allowed inside quoted fields. Each record keeps the line
 * it starts on, so problems can name it. Blank lines are skipped.
 */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; line: number; code: 'csv-unclosed-quote' | 'csv-text-after-quote' };

export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    const blank = cells.length === 1 && cells[0]?.trim() === '';
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
  };
  const newlineLength = (at: number) => (text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1);

  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell.trim() === '') {
      // A quoted field: read up to the closing quote, keeping commas and line breaks.
      const startLine = line;
      cell = '';
      i++;
      for (;;) {
        if (i >= text.length) {
          return { ok: false, line: startLine, code: 'csv-unclosed-quote' };
        }
        const q = text[i];
        if (q === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
          cell += q;
          i++;
        }
      }
      while (text[i] === ' ' || text[i] === '\t') i++;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { ok: false, line, code: 'csv-text-after-quote' };
      }
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += newlineLength(i);
      line++;
      recordLine = line;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}

/** Splits a multi-value cell: `ma 09:00-17:00; di 09:00-13:00` → two values; empty parts are dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
