import { parseCsv } from './csv.ts';
import { CSV_KINDS, type CsvRow, csvKindOf, headerProblems } from './csv-kinds.ts';
import { emptyRawRoster, type ImportProblem, type RawRoster } from './roster-model.ts';

/** Reads one CSV import file: which kind it is (by header), and its rows as items of that section. */
export function readCsvRoster(text: string, file?: string): { raw: RawRoster; problems: ImportProblem[] } {
  const raw = emptyRawRoster();
  const at = file === undefined ? {} : { file };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { raw, problems: [{ ...at, line: parsed.line, message: parsed.message }] };
  const [headerRecord, ...rows] = parsed.records;
  if (!headerRecord)
    return {
      raw,
      problems: [
        { ...at, line: 1, message: 'the file is empty; expected a header row and one row per item' },
      ],
    };

  const header = headerRecord.cells.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  if (header.length === 1 && header[0]?.includes(';')) {
    return {
      raw,
      problems: [
        {
          ...at,
          line: headerRecord.line,
          message:
            'the columns are separated by ; (Excel with Dutch settings); expected commas: save as "CSV UTF-8 (comma delimited)" or see docs/import-format.md',
        },
      ],
    };
  }
  const kind = csvKindOf(header);
  if (!kind) {
    const kinds = CSV_KINDS.map((k) => `${k.section} (${k.required.join(',')},…)`).join(', ');
    return {
      raw,
      problems: [
        {
          ...at,
          line: headerRecord.line,
          message: `cannot tell what this CSV holds; expected a header row of one of: ${kinds}`,
        },
      ],
    };
  }
  const problems = headerProblems(header, kind, { ...at, line: headerRecord.line });
  if (problems.length > 0) return { raw, problems };

  for (const record of rows) {
    if (record.cells.length !== header.length) {
      problems.push({
        ...at,
        line: record.line,
        message: `${record.cells.length} values but the header has ${header.length} columns; expected one value per column (put a value that contains a comma in double quotes)`,
      });
      continue;
    }
    const row: CsvRow = {
      line: record.line,
      cell: (column) => record.cells[header.indexOf(column)]?.trim() ?? '',
      problem: (column, message) => problems.push({ ...at, line: record.line, field: column, message }),
    };
    const { value, fieldOf } = kind.toItem(row);
    raw[kind.section].push({
      value,
      at: {
        locate: (path) => {
          const field = fieldOf(path);
          return { ...at, line: record.line, ...(field === undefined ? {} : { field }) };
        },
      },
    });
  }
  return { raw, problems };
}
