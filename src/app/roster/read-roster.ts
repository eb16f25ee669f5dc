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
    const unstorable = unstorableLine(source);
    if (unstorable !== undefined) {
      problems.push({
        ...(file === undefined ? {} : { file }),
        line: unstorable,
        code: 'unstorable-character',
        params: {},
      });
      continue;
    }
    const read =
      source.format === 'json' ? readJsonRoster(source.text, file) : readCsvRoster(source.text, file);
    for (const section of ROSTER_SECTIONS) raw[section].push(...read.raw[section]);
    problems.push(...read.problems);
  }
  return { raw, problems };
}

/**
 * The first line with a character PostgreSQL cannot store: NUL (Prisma P2039), or half of a UTF-16
 * surrogate pair. They come from damaged or binary files; importing them would fail inside the write
 * instead of as a problem on a line. In JSON they also hide in escapes (`\u0000`, a lone `\ud800`); the
 * escapes are scanned left to right so an escaped backslash followed by `u0000` is not one.
 */
function unstorableLine(source: ImportSource): number | undefined {
  const nul = source.text.indexOf('\u0000');
  const lone = LONE_SURROGATE.exec(source.text)?.index;
  let escaped: number | undefined;
  if (source.format === 'json') {
    for (const match of source.text.matchAll(JSON_ESCAPE)) {
      const unit = match[1] === undefined ? undefined : Number.parseInt(match[1], 16);
      if (unit === 0 || (unit !== undefined && unit >= 0xd800 && unit <= 0xdfff)) {
        escaped = match.index;
        break;
      }
    }
  }
  const at = Math.min(
    nul === -1 ? Number.POSITIVE_INFINITY : nul,
    lone ?? Number.POSITIVE_INFINITY,
    escaped ?? Number.POSITIVE_INFINITY,
  );
  return Number.isFinite(at) ? source.text.slice(0, at).split('\n').length : undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A surrogate pair (fine), a single \uXXXX escape, or any other escape. */
const JSON_ESCAPE = /\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u([0-9a-fA-F]{4})|\\[^u]/g;

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
