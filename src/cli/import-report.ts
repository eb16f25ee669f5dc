import type { Locale } from '../app/i18n/translate.ts';
import { formatProblem, problemMessage } from '../app/roster/i18n/problem-text.ts';
import type { ImportProblem, RosterSection } from '../app/roster/roster-model.ts';
import type { ImportCounts } from '../app/use-cases/import-roster.ts';
import type { CliTranslate } from './i18n/translate.ts';

/** The import's counts as an aligned table, one line per kind of item. */
export function countLines(t: CliTranslate, counts: ImportCounts): string[] {
  const entries = (Object.entries(counts) as [RosterSection, ImportCounts[RosterSection]][]).map(
    ([section, c]) => [t(`section.${section}`), c] as const,
  );
  const width = Math.max(...entries.map(([label]) => label.length));
  return entries.map(([label, c]) => `  ${label.padEnd(width)}  ${t('counts.line', { ...c })}`);
}

export function problemLines(locale: Locale, problems: readonly ImportProblem[]): string[] {
  return problems.map((p) => `  ${formatProblem(locale, p)}`);
}

/**
 * Problems for --json: `code` and `params` are stable for scripts; `message` (what is wrong) and `text`
 * (with line and field) are in the user's language.
 */
export function problemsJson(locale: Locale, problems: readonly ImportProblem[]) {
  return problems.map((p) => ({ ...p, message: problemMessage(locale, p), text: formatProblem(locale, p) }));
}
