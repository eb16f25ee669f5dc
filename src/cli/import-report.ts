import { formatProblem, type ImportProblem } from '../app/roster/roster-model.ts';
import type { ImportCounts } from '../app/use-cases/import-roster.ts';

/** The import's counts as an aligned table, one line per kind of item. */
export function countLines(counts: ImportCounts): string[] {
  const entries = Object.entries(counts);
  const width = Math.max(...entries.map(([section]) => section.length));
  return entries.map(
    ([section, c]) =>
      `  ${section.padEnd(width)}  ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`,
  );
}

export function problemLines(problems: readonly ImportProblem[]): string[] {
  return problems.map((p) => `  ${formatProblem(p)}`);
}

export function problemsJson(problems: readonly ImportProblem[]) {
  return problems.map((p) => ({ ...p, text: formatProblem(p) }));
}
