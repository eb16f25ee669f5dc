import type { Locale } from '../../../domain/locale.ts';
import { type MessageParams, translator } from '../../i18n/translate.ts';
import type { ImportProblem, ProblemLocation, ProblemParams } from '../roster-model.ts';
import { en, type ImportMessageKey } from './en.ts';
import { nl } from './nl.ts';

/**
 * Import problems in words, in the user's language. The checks produce a code and params; this is the one
 * place that turns them into text (the CLI and the demo seeding show problems, the checks never do).
 */
const translate = translator<ImportMessageKey>({ nl, en });

function isKey(key: string): key is ImportMessageKey {
  return Object.hasOwn(en, key);
}

/** "file.csv, line 4, field days" ("regel 4, veld days"): the parts that are known. */
export function describeLocation(locale: Locale, location: ProblemLocation): string {
  const { file, line, field, item } = location;
  return [
    file,
    line === undefined ? undefined : translate(locale, 'location.line', { line }),
    field === undefined
      ? undefined
      : item === undefined
        ? translate(locale, 'location.field', { field })
        : translate(locale, 'location.field-item', { field, item }),
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

/** What is wrong and what is expected, without the location. */
export function problemMessage(locale: Locale, problem: ImportProblem): string {
  return translate(locale, `problem.${problem.code}`, shownParams(locale, problem.params));
}

/** "line 4, field days: expected …": how a problem is shown to people. */
export function formatProblem(locale: Locale, problem: ImportProblem): string {
  const where = describeLocation(locale, problem);
  const message = problemMessage(locale, problem);
  return where === '' ? message : `${where}: ${message}`;
}

/** The stable params with the words they stand for: `expected: 'end-time'` → "an end time HH:MM …". */
function shownParams(locale: Locale, params: ProblemParams): MessageParams {
  const shown: Record<string, string | number> = { ...params };
  const word = (prefix: string, value: string | number | undefined) => {
    const key = `${prefix}.${value}`;
    return isKey(key) ? translate(locale, key) : String(value);
  };
  if (params.expected !== undefined) shown.expected = word('expected', params.expected);
  if (params.section !== undefined) shown.section = word('section', params.section);
  if (params.got !== undefined) shown.got = gotText(params, (got) => word('got', got));
  shown.didYouMean =
    params.suggestion === undefined
      ? ''
      : translate(locale, 'did-you-mean', { suggestion: params.suggestion });
  const other: ProblemLocation = {
    ...(typeof params.otherFile === 'string' ? { file: params.otherFile } : {}),
    ...(typeof params.otherLine === 'number' ? { line: params.otherLine } : {}),
    ...(typeof params.otherField === 'string' ? { field: params.otherField } : {}),
    ...(typeof params.otherItem === 'number' ? { item: params.otherItem } : {}),
  };
  if (Object.keys(other).length > 0) shown.other = describeLocation(locale, other);
  return shown;
}

/** A value from the file as itself ("25:00" in quotes, 7), or in words (a list, nothing). */
function gotText(params: ProblemParams, inWords: (got: string | number) => string): string {
  const { got, value } = params;
  if (got === 'text') return JSON.stringify(String(value));
  if (got === 'number' || got === 'boolean') return String(value);
  if (got === 'null') return 'null';
  return inWords(got ?? 'nothing');
}
