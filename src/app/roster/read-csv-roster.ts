import { parseCsv } from './csv.ts';
import { type ColumnLocation, CSV_KINDS, type CsvRow, csvKindOf, headerProblems } from './csv-kinds.ts';
import { emptyRawRoster, type ImportProblem, type RawRoster } from './roster-model.ts';

/** Reads one CSV import file: which kind it is (by header), and its rows as items of that section. */
export function readCsvRoster(text: string, file?: string): { raw: RawRoster; problems: ImportProblem[] } {
  const raw = emptyRawRoster();
  const at = file === undefined ? {} : { file };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { raw, problems: [{ ...at, line: parsed.line, code: parsed.code, params: {} }] };
  const [headerRecord, ...rows] = parsed.records;
  if (!headerRecord) return { raw, problems: [{ ...at, line: 1, code: 'csv-empty', params: {} }] };

  const header = headerRecord.cells.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  if (header.length === 1 && header[0]?.includes(';')) {
    return { raw, problems: [{ ...at, line: headerRecord.line, code: 'csv-semicolons', params: {} }] };
  }
  const kind = csvKindOf(header);
  if (!kind) {
    const kinds = CSV_KINDS.map((k) => `${k.section} (${k.required.join(',')},…)`).join(', ');
    return {
      raw,
      problems: [{ ...at, line: headerRecord.line, code: 'csv-unknown-kind', params: { kinds } }],
    };
  }
  const problems = headerProblems(header, kind, { ...at, line: headerRecord.line });
  if (problems.length > 0) return { raw, problems };

  for (const record of rows) {
    if (record.cells.length !== header.length) {
      problems.push({
        ...at,
        line: record.line,
        code: 'csv-row-width',
        params: { values: record.cells.length, columns: header.length },
      });
      continue;
    }
    const row: CsvRow = {
      line: record.line,
      cell: (column) => record.cells[header.indexOf(column)]?.trim() ?? '',
      problem: (column, code, params = {}) =>
        problems.push({ ...at, line: record.line, field: column, code, params }),
    };
    const { value, fieldOf } = kind.toItem(row);
    raw[kind.section].push({
      value,
      at: {
        locate: (path) => ({ ...at, line: record.line, ...definedOnly(fieldOf(path)) }),
      },
    });
  }
  return { raw, problems };
}

function definedOnly(location: ColumnLocation): ColumnLocation {
  return {
    ...(location.field === undefined ? {} : { field: location.field }),
    ...(location.item === undefined ? {} : { item: location.item }),
  };
}
