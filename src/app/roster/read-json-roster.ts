import { formatPath, jsonLineIndex, lineOf, lineOfSyntaxError } from './json-lines.ts';
import {
  emptyRawRoster,
  type ImportProblem,
  type ItemOrigin,
  type RawRoster,
  ROSTER_SECTIONS,
  type RosterSection,
} from './roster-model.ts';
import { describeValue } from './schema-helpers.ts';

/** Splits a JSON import file into its items, each able to say where it sits in the file. */
export function readJsonRoster(input: string, file?: string): { raw: RawRoster; problems: ImportProblem[] } {
  const raw = emptyRawRoster();
  const text = input.replace(/^\uFEFF/, '');
  const at = file === undefined ? {} : { file };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(
      / in JSON at position \d+.*$/,
      '',
    );
    const line = lineOfSyntaxError(text, error);
    return {
      raw,
      problems: [{ ...at, ...(line === undefined ? {} : { line }), code: 'json-syntax', params: { reason } }],
    };
  }

  // The line index is built only when a problem needs a line: most imports are valid.
  let index: Map<string, number> | undefined;
  const lines = () => {
    index ??= jsonLineIndex(text);
    return index;
  };
  const originOf = (base: string): ItemOrigin => ({
    locate: (path) => {
      const line = lineOf(lines(), base, path);
      return { ...at, ...(line === undefined ? {} : { line }), field: formatPath(base, path) };
    },
  });

  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return {
      raw,
      problems: [
        {
          ...at,
          line: 1,
          code: 'json-not-an-object',
          params: { sections: ROSTER_SECTIONS.join(', '), ...describeValue(document) },
        },
      ],
    };
  }

  const problems: ImportProblem[] = [];
  for (const [name, value] of Object.entries(document)) {
    const where = originOf('').locate([name]);
    if (!(ROSTER_SECTIONS as readonly string[]).includes(name)) {
      problems.push({
        ...where,
        code: 'json-unknown-list',
        params: { sections: ROSTER_SECTIONS.join(', ') },
      });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({ ...where, code: 'json-not-a-list', params: describeValue(value) });
      continue;
    }
    const section = name as RosterSection;
    value.forEach((item: unknown, i) => {
      raw[section].push({ value: item, at: originOf(`${section}[${i}]`) });
    });
  }
  return { raw, problems };
}
