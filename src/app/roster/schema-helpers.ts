import { type ZodRawShape, z } from 'zod';
import type { ExpectedKind } from './i18n/en.ts';
import type { ProblemDetail } from './roster-model.ts';

/**
 * Small zod building blocks that report every problem as a code with params ("what is wrong, what is
 * expected"), so an administrator can fix a file without reading code. Zod's own messages are never shown:
 * every issue carries its problem in `params.problem` (read by zod-problems.ts), and the words are chosen
 * later in the user's language. Leaves are `unknown` + transform: we choose every problem ourselves and
 * always keep the value we got. Their issues are fatal: zod 3 otherwise runs the refinements of the
 * enclosing object on the half-parsed value (and reports nonsense such as "after the start NaN:NaN").
 */

/** What kind of value the file holds; `value` is the value itself for text, numbers and booleans. */
export type GotKind = 'text' | 'number' | 'boolean' | 'null' | 'nothing' | 'empty' | 'list' | 'object';

/** A value from the file as params of a problem, shown later as "25:00" in quotes, 7, or "a list". */
export function describeValue(value: unknown): { got: GotKind; value?: string | number } {
  if (value === undefined) return { got: 'nothing' };
  if (value === null) return { got: 'null' };
  if (typeof value === 'string') return value === '' ? { got: 'empty' } : { got: 'text', value };
  if (typeof value === 'number') return { got: 'number', value };
  if (typeof value === 'boolean') return { got: 'boolean', value: String(value) };
  return Array.isArray(value) ? { got: 'list' } : { got: 'object' };
}

/** A zod issue that carries an import problem. */
export function problemIssue(
  problem: ProblemDetail,
  options: { path?: (string | number)[]; fatal?: boolean } = {},
): z.IssueData {
  return { code: 'custom', params: { problem }, ...options };
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function invalid(expected: ExpectedKind, value: unknown): z.IssueData {
  return problemIssue(
    { code: 'invalid-value', params: { expected, ...describeValue(value) } },
    { fatal: true },
  );
}

/** A required value: `parse` returns undefined for a value that is not acceptable. */
export function required<T>(expected: ExpectedKind, parse: (value: unknown) => T | undefined) {
  return z.unknown().transform((value, ctx): T => {
    if (isMissing(value)) {
      ctx.addIssue(problemIssue({ code: 'missing-value', params: { expected } }, { fatal: true }));
      return z.NEVER;
    }
    const parsed = parse(value);
    if (parsed === undefined) {
      ctx.addIssue(invalid(expected, value));
      return z.NEVER;
    }
    return parsed;
  });
}

/** An optional value: missing (absent, null or empty) gives `fallback`. */
export function optional<T, F>(
  expected: ExpectedKind,
  parse: (value: unknown) => T | undefined,
  fallback: F,
) {
  return z.unknown().transform((value, ctx): T | F => {
    if (isMissing(value)) return fallback;
    const parsed = parse(value);
    if (parsed === undefined) {
      ctx.addIssue(invalid(expected, value));
      return z.NEVER;
    }
    return parsed;
  });
}

/** A list; absent means empty, duplicates are dropped (listing a team twice means the same as once). */
export function list<S extends z.ZodTypeAny>(item: S, expected: ExpectedKind) {
  return items(item, expected).transform(dedupe);
}

/** A list as written, duplicates kept: for checks that name an item by its place in the file. */
export function items<S extends z.ZodTypeAny>(item: S, expected: ExpectedKind) {
  return z.preprocess((value, ctx) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    ctx.addIssue(
      problemIssue({ code: 'not-a-list', params: { expected, ...describeValue(value) } }, { fatal: true }),
    );
    return z.NEVER;
  }, z.array(item));
}

/** The value `result` parsed, or its issues passed on (fatal, as every leaf's) to the schema around it. */
export function passOn<T>(result: z.SafeParseReturnType<unknown, T>, ctx: z.RefinementCtx): T {
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, fatal: true });
  return z.NEVER;
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An object that rejects unknown fields, naming the fields it does accept. Unknown fields are reported
 * together with the problems of the known ones.
 */
export function record<T extends ZodRawShape>(shape: T, expected: ExpectedKind) {
  const fields = Object.keys(shape);
  return z.preprocess((value, ctx) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      ctx.addIssue(
        problemIssue(
          { code: 'not-an-object', params: { expected, ...describeValue(value) } },
          { fatal: true },
        ),
      );
      return z.NEVER;
    }
    for (const key of Object.keys(value)) {
      if (!fields.includes(key))
        ctx.addIssue(
          problemIssue({ code: 'unknown-field', params: { fields: fields.join(', ') } }, { path: [key] }),
        );
    }
    return value;
  }, z.object(shape));
}

// ------------------------------------------------------------------ value parsers

export function text(maxLength: number, pattern?: RegExp) {
  return (value: unknown): string | undefined => {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const trimmed = String(value).trim();
    if (trimmed.length > maxLength) return undefined;
    return pattern && !pattern.test(trimmed) ? undefined : trimmed;
  };
}

export function oneOf<const T extends string>(options: readonly T[]) {
  return (value: unknown): T | undefined => {
    if (typeof value !== 'string') return undefined;
    const word = value.trim().toLowerCase();
    return options.find((option) => option === word);
  };
}

export function wholeNumber(min: number, max: number) {
  return (value: unknown): number | undefined => {
    const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
}

/** Hours with at most one decimal (the column is numeric(4,1)); accepts 24.5 and, from CSV, "24,5". */
export function hours(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.trim().replace(',', '.')) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 99.9) return undefined;
  return Math.abs(Math.round(n * 10) - n * 10) < 1e-9 ? Math.round(n * 10) / 10 : undefined;
}

const TRUE_WORDS = new Set(['true', 'yes', 'ja', 'j', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'nee', 'n', '0']);

export function yesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : undefined;
}
