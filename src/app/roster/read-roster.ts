import { readCsvRoster } from './read-csv-roster.ts';
import { readJsonRoster } from './read-json-roster.ts';
import { emptyRawRoster, type ImportProblem, type RawRoster, ROSTER_SECTIONS } from './roster-model.ts';

export const IMPORT_FORMATS = ['json', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportSource {
  /** Shown in problems when several files are imported together. */
  name: string;
  text: string;
  format: ImportFormat;
}

/** Reads every source into one roster, so files imported together may refer to each other. */
export function readRoster(sources: readonly ImportSource[]): { raw: RawRoster; problems: ImportProblem[] } {
  const raw = emptyRawRoster();
  const problems: ImportProblem[] = [];
  for (const source of sources) {
    const file = sources.length > 1 ? source.name : undefined;
    const read =
      source.format === 'json' ? readJsonRoster(source.text, file) : readCsvRoster(source.text, file);
    for (const section of ROSTER_SECTIONS) raw[section].push(...read.raw[section]);
    problems.push(...read.problems);
  }
  return { raw, problems };
}

export interface NamedKeys {
  teams: Set<string>;
  disciplines: Set<string>;
  professionals: Set<string>;
  organisations: Set<string>;
}

/** The natural keys items name, valid or not, so a broken row is not also reported as "unknown" elsewhere. */
export function keysNamed(raw: RawRoster): NamedKeys {
  const pick = (items: RawRoster[keyof RawRoster], field: string) =>
    new Set(
      items.flatMap(({ value }) => {
        const found =
          value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
        return typeof found === 'string' ? [found.trim()] : [];
      }),
    );
  return {
    teams: pick(raw.teams, 'slug'),
    disciplines: pick(raw.disciplines, 'code'),
    professionals: pick(raw.professionals, 'key'),
    organisations: new Set([...pick(raw.organisations, 'name'), ...pick(raw.professionals, 'organisation')]),
  };
}
