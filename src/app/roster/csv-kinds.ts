import { LIFE_DOMAINS } from '../../domain/life-domains.ts';
import { splitList } from './csv.ts';
import type {
  FieldPath,
  ImportProblem,
  ImportProblemCode,
  ProblemLocation,
  ProblemParams,
  RosterSection,
} from './roster-model.ts';

/**
 * The four CSV files the import accepts, told apart by their header row. Each row is shaped like the JSON
 * item of its section, so one set of rules checks both formats; `fieldOf` turns a path in that item back
 * into the CSV column (and list item) an administrator sees in a spreadsheet.
 */
export interface CsvRow {
  line: number;
  cell(column: string): string;
  /** A problem found while shaping the row, before the item rules run. */
  problem(column: string, code: ImportProblemCode, params?: ProblemParams): void;
}

export interface CsvKind {
  section: RosterSection;
  /** The column that tells this kind of file apart. */
  keyColumn: string;
  required: readonly string[];
  columns: readonly string[];
  toItem(row: CsvRow): { value: unknown; fieldOf(path: FieldPath): ColumnLocation };
}

/** The column of a path, and which value of a ;-list column (1 is the first). */
export type ColumnLocation = Pick<ProblemLocation, 'field' | 'item'>;

const LIST_COLUMNS = new Set(['teams', 'disciplines', 'days', 'involved', 'consent']);

function columnField(columns: Record<string, string>) {
  return (path: FieldPath): ColumnLocation => {
    const [first, second] = path;
    if (first === undefined) return {};
    const field = columns[String(first)] ?? String(first);
    return typeof second === 'number' && LIST_COLUMNS.has(field) ? { field, item: second + 1 } : { field };
  };
}

const teams: CsvKind = {
  section: 'teams',
  keyColumn: 'slug',
  required: ['slug', 'name'],
  columns: ['slug', 'name'],
  toItem: (row) => ({ value: { slug: row.cell('slug'), name: row.cell('name') }, fieldOf: columnField({}) }),
};

const disciplines: CsvKind = {
  section: 'disciplines',
  keyColumn: 'code',
  required: ['code', 'name_nl', 'name_en'],
  columns: ['code', 'name_nl', 'name_en'],
  toItem: (row) => ({
    value: { code: row.cell('code'), nameNl: row.cell('name_nl'), nameEn: row.cell('name_en') },
    fieldOf: columnField({ nameNl: 'name_nl', nameEn: 'name_en' }),
  }),
};

const IDENTITY_COLUMNS = [
  ['slack_user', 'slack'],
  ['teams_user', 'teams'],
  ['tryout_user', 'tryout'],
] as const;

const professionals: CsvKind = {
  section: 'professionals',
  keyColumn: 'key',
  required: ['key', 'name', 'organisation'],
  columns: [
    'key',
    'name',
    'email',
    'organisation',
    'teams',
    'role',
    'disciplines',
    'contract_hours',
    'busy_calendar',
    'days',
    ...IDENTITY_COLUMNS.map(([column]) => column),
  ],
  toItem(row) {
    const identityColumn: string[] = [];
    const identities = IDENTITY_COLUMNS.flatMap(([column, platform]) =>
      splitList(row.cell(column)).map((value) => {
        identityColumn.push(column);
        // "T024BE7LD/U02AB12CD" names the workspace too; a bare user id leaves it empty.
        const slash = value.lastIndexOf('/');
        return { platform, workspace: value.slice(0, Math.max(slash, 0)), userId: value.slice(slash + 1) };
      }),
    );
    const value = {
      key: row.cell('key'),
      name: row.cell('name'),
      email: row.cell('email'),
      organisation: row.cell('organisation'),
      teams: splitList(row.cell('teams')),
      role: row.cell('role'),
      disciplines: splitList(row.cell('disciplines')),
      contractHours: row.cell('contract_hours'),
      busyCalendar: row.cell('busy_calendar'),
      days: parseDays(row),
      identities,
    };
    const byColumn = columnField({ contractHours: 'contract_hours', busyCalendar: 'busy_calendar' });
    return {
      value,
      fieldOf: (path) =>
        path[0] === 'identities' && typeof path[1] === 'number'
          ? { field: identityColumn[path[1]] }
          : byColumn(path),
    };
  },
};

/** `ma 09:00-17:00; di 09:00-13:00` → working blocks; an unreadable block is reported and the list dropped. */
function parseDays(row: CsvRow): { weekday: string; start: string; end: string }[] {
  const blocks = splitList(row.cell('days')).map((part) => ({
    part,
    match: /^(\S+)\s+(\S+?)\s*[-–]\s*(\S+)$/.exec(part),
  }));
  const unreadable = blocks.filter((b) => b.match === null);
  for (const { part } of unreadable) {
    row.problem('days', 'csv-working-block', { value: part });
  }
  if (unreadable.length > 0) return [];
  return blocks.map(({ match }) => ({ weekday: match![1]!, start: match![2]!, end: match![3]! }));
}

const households: CsvKind = {
  section: 'households',
  keyColumn: 'reference',
  required: ['team', 'reference'],
  columns: [
    'team',
    'reference',
    'has_children',
    'scored_on',
    ...LIFE_DOMAINS,
    'involved',
    'coordinator',
    'consent',
    'consent_given_on',
    'consent_until',
  ],
  toItem(row) {
    const scoreCells = LIFE_DOMAINS.map((domain) => [domain, row.cell(domain)] as const).filter(
      ([, v]) => v !== '',
    );
    const scored = scoreCells.length > 0 || row.cell('scored_on') !== '';
    const value = {
      team: row.cell('team'),
      reference: row.cell('reference'),
      hasChildren: row.cell('has_children'),
      scores: scored ? { scoredOn: row.cell('scored_on'), ...Object.fromEntries(scoreCells) } : undefined,
      involved: splitList(row.cell('involved')),
      coordinator: row.cell('coordinator'),
      consent: splitList(row.cell('consent')),
      consentGivenOn: row.cell('consent_given_on'),
      consentUntil: row.cell('consent_until'),
    };
    const byColumn = columnField({
      hasChildren: 'has_children',
      consentGivenOn: 'consent_given_on',
      consentUntil: 'consent_until',
    });
    return {
      value,
      fieldOf: (path) =>
        path[0] === 'scores'
          ? { field: path[1] === undefined || path[1] === 'scoredOn' ? 'scored_on' : String(path[1]) }
          : byColumn(path),
    };
  },
};

export const CSV_KINDS: readonly CsvKind[] = [households, professionals, disciplines, teams];

/** The kind whose key column the header holds (households first: they have a team column too). */
export function csvKindOf(header: readonly string[]): CsvKind | undefined {
  return CSV_KINDS.find((kind) => header.includes(kind.keyColumn));
}

export function headerProblems(
  header: readonly string[],
  kind: CsvKind,
  at: { file?: string; line: number },
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const columns = kind.columns.join(', ');
  header.forEach((column, index) => {
    if (column === '') {
      problems.push({ ...at, code: 'csv-unnamed-column', params: { position: index + 1, columns } });
    } else if (!kind.columns.includes(column)) {
      problems.push({
        ...at,
        field: column,
        code: 'csv-unknown-column',
        params: { section: kind.section, columns },
      });
    } else if (header.indexOf(column) !== index) {
      problems.push({ ...at, field: column, code: 'csv-duplicate-column', params: {} });
    }
  });
  for (const column of kind.required) {
    if (!header.includes(column)) {
      problems.push({
        ...at,
        field: column,
        code: 'csv-missing-column',
        params: { section: kind.section, columns: kind.required.join(', ') },
      });
    }
  }
  return problems;
}
