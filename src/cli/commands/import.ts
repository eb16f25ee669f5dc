import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { IMPORT_FORMATS, type ImportFormat, type ImportSource } from '../../app/roster/read-roster.ts';
import { importRoster } from '../../app/use-cases/import-roster.ts';
import { createRosterStore } from '../../infra/db/repositories/roster-repository.ts';
import { type CliCommand, EXIT, failure, UsageError } from '../cli-command.ts';
import type { CliTranslate } from '../i18n/translate.ts';
import { countLines, problemLines, problemsJson } from '../import-report.ts';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'command.import.summary',
  usage: 'command.import.usage',
  details: 'command.import.details',
  options: { format: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run(context, { values, positionals }) {
    const { t } = context;
    const forced = formatOption(values.format);
    const files = positionals.map((file) => ({ file, format: forced ?? formatOf(file) }));
    const sources: ImportSource[] = [];
    for (const { file, format } of files) {
      try {
        sources.push({ name: file, format, text: await readFile(resolve(context.cwd, file), 'utf8') });
      } catch (error) {
        return failure('file-unreadable', t('import.file-unreadable', { file, reason: readError(t, error) }));
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
      const count = result.problems.length;
      const message = t(count === 1 ? 'import.invalid.one' : 'import.invalid.other', {
        files: fileList,
        count,
      });
      return failure('invalid-import', message, [message, ...problemLines(context.locale, result.problems)], {
        files,
        problems: problemsJson(context.locale, result.problems),
        migrationsApplied,
      });
    }
    if (result.status === 'not-empty') throw new Error('import: unexpected status not-empty');
    return {
      exitCode: EXIT.ok,
      json: { files, dryRun, counts: result.counts, totals: result.totals, migrationsApplied },
      lines: [
        t(dryRun ? 'import.checked' : 'import.imported', { files: fileList }),
        ...countLines(t, result.counts),
      ],
    };
  },
};

/** Why a file cannot be read, in words for the common cases and the system's own words otherwise. */
function readError(t: CliTranslate, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t('import.file-missing');
  if (code === 'EACCES' || code === 'EPERM') return t('import.file-no-access');
  if (code === 'EISDIR') return t('import.file-is-directory');
  return String((error as Error).message);
}

function formatOption(value: string | boolean | undefined): ImportFormat | undefined {
  if (value === undefined || typeof value !== 'string') return undefined;
  const format = IMPORT_FORMATS.find((f) => f === value.toLowerCase());
  if (!format) throw new UsageError('usage.bad-format', { value });
  return format;
}

function formatOf(file: string): ImportFormat {
  const extension = extname(file).slice(1).toLowerCase();
  const format = IMPORT_FORMATS.find((f) => f === extension);
  if (!format) throw new UsageError('usage.unknown-format', { file });
  return format;
}
