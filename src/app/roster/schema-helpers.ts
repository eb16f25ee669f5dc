import { type ZodRawShape, z } from 'zod';

/**
 * Small zod building blocks that word every problem as "what is wrong, what is expected", so an administrator
 * can fix a file without reading code. Leaves are `unknown` + transform: we choose every message ourselves
 * and always show the value we got. Their issues are fatal: zod 3 otherwise runs the refinements of the
 * enclosing object on the half-parsed value (and reports nonsense such as "after the start NaN:NaN").
 */

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'an empty value' : JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A required value: `parse` returns undefined for a value that is not acceptable. */
export function required<T>(expected: string, parse: (value: unknown) => T | undefined) {
  return z.unknown().transform((value, ctx): T => {
    if (isMissing(value)) {
      ctx.addIssue({ code: 'custom', message: `missing; expected ${expected}`, fatal: true });
      return z.NEVER;
    }
    const parsed = parse(value);
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected ${expected}, got ${show(value)}`, fatal: true });
      return z.NEVER;
    }
    return parsed;
  });
}

/** An optional value: missing (absent, null or empty) gives `fallback`. */
export function optional<T, F>(expected: string, parse: (value: unknown) => T | undefined, fallback: F) {
  return z.unknown().transform((value, ctx): T | F => {
    if (isMissing(value)) return fallback;
    const parsed = parse(value);
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected ${expected}, got ${show(value)}`, fatal: true });
      return z.NEVER;
    }
    return parsed;
  });
}

/** A list; absent means empty, duplicates are dropped (listing a team twice means the same as once). */
export function list<S extends z.ZodTypeAny>(item: S, expected: string) {
  return z
    .array(item, {
      errorMap: (_issue, ctx) => ({ message: `expected a list of ${expected}, got ${show(ctx.data)}` }),
    })
    .optional()
    .transform((items) => dedupe(items ?? []));
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

/** An object that rejects unknown fields, naming the fields it does accept. */
export function record<T extends ZodRawShape>(shape: T, expected: string) {
  const fields = Object.keys(shape).join(', ');
  return z
    .object(shape, {
      errorMap: (issue, ctx) =>
        issue.code === 'unrecognized_keys'
          ? { message: `expected only the fields ${fields}` }
          : { message: `expected ${expected}, got ${show(ctx.data)}` },
    })
    .strict();
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
