import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { IMPORT_FORMATS, type ImportFormat, type ImportSource } from '../../app/roster/read-roster.ts';
import { importRoster } from '../../app/use-cases/import-roster.ts';
import { createRosterStore } from '../../infra/db/repositories/roster-repository.ts';
import { type CliCommand, EXIT, failure, UsageError } from '../cli-command.ts';
import { countLines, problemLines, problemsJson } from '../import-report.ts';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import teams, professionals and households from JSON or CSV files',
  usage: '<file>... [--format json|csv] [--dry-run] [--json]',
  details: [
    'The format is described in docs/import-format.md. A .json file holds everything; CSV files hold one',
    'kind each (teams, disciplines, professionals or households, recognised by the header row).',
    'Files given together are checked together, so households.csv may refer to professionals.csv.',
    'Nothing is imported when any line has a problem; every problem is listed with its line and field.',
    'Importing the same file again changes nothing.',
    '',
    '  --format json|csv   the format, when the file name does not end in .json or .csv',
    '  --dry-run           check the files and count what would change, without writing',
  ],
  options: { format: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run(context, { values, positionals }) {
    const forced = formatOption(values.format);
    const files = positionals.map((file) => ({ file, format: forced ?? formatOf(file) }));
    const sources: ImportSource[] = [];
    for (const { file, format } of files) {
      try {
        sources.push({ name: file, format, text: await readFile(resolve(context.cwd, file), 'utf8') });
      } catch (error) {
        const reason =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'no such file'
            : String((error as Error).message);
        return failure('file-unreadable', `Cannot read ${file}: ${reason}.`);
      }
    }
    const { db, migrationsApplied } = await context.database();
    const dryRun = values['dry-run'] === true;
    const result = await importRoster(
      {
        store: createRosterStore(db.prisma),
        clock: context.clock,
        timeZone: context.config().scheduling.timeZone,
      },
      { sources, dryRun },
    );
    const fileList = files.map((f) => f.file).join(', ');
    if (result.status === 'invalid') {
      const n = result.problems.length;
      const message = `${fileList}: ${n} problem${n === 1 ? '' : 's'} found; nothing was imported.`;
      return failure('invalid-import', message, [message, ...problemLines(result.problems)], {
        files,
        problems: problemsJson(result.problems),
        migrationsApplied,
      });
    }
    if (result.status === 'not-empty') throw new Error('import: unexpected status not-empty');
    return {
      exitCode: EXIT.ok,
      json: { files, dryRun, counts: result.counts, totals: result.totals, migrationsApplied },
      lines: [
        dryRun ? `${fileList} is valid; importing it would give:` : `Imported ${fileList}:`,
        ...countLines(result.counts),
      ],
    };
  },
};

function formatOption(value: string | boolean | undefined): ImportFormat | undefined {
  if (value === undefined || typeof value !== 'string') return undefined;
  const format = IMPORT_FORMATS.find((f) => f === value.toLowerCase());
  if (!format) throw new UsageError(`--format ${value} is not a format; expected json or csv`);
  return format;
}

function formatOf(file: string): ImportFormat {
  const extension = extname(file).slice(1).toLowerCase();
  const format = IMPORT_FORMATS.find((f) => f === extension);
  if (!format)
    throw new UsageError(
      `cannot tell the format of ${file}; expected a .json or .csv file, or --format json|csv`,
    );
  return format;
}
