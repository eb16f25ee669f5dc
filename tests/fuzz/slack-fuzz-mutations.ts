import type { Prng } from './prng.ts';

/** Generic JSON mutations for the Slack fuzz suite: drop a field, change its type, NUL bytes, unicode, size. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

/** Text that tends to break things: direction marks, joiners, combining marks, emoji, lone surrogates. */
export const ODD_UNICODE = [
  'é',
  'ß',
  'İ',
  '😀',
  '👩🏽‍⚕️',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u200b',
  'e\u0301',
  '\ud800',
  '\udfff',
  '\uffff',
  '\ufeff',
  '\u2028',
  '𝕳',
  '\u0000',
  '\u001b[31m',
  '\r\n',
];

export function hugeString(rng: Prng): string {
  const unit = rng.pick(['x', 'ab ', '😀', 'é', 'HH-2041 ', '<@U1> ']);
  const length = rng.pick([300, 2_001, 4_000, 40_000, 120_000]);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export function withNul(rng: Prng, text: string): string {
  const at = rng.int(text.length + 1);
  return `${text.slice(0, at)}\u0000${text.slice(at)}`;
}

export function withUnicode(rng: Prng, text: string): string {
  const bit = rng.pick(ODD_UNICODE);
  return rng.chance(0.5) ? `${text}${bit}` : `${bit}${text}`;
}

/** Objects and arrays nested a few levels, with a key that JavaScript treats specially now and then. */
export function nestedGarbage(rng: Prng, depth: number): Json {
  if (depth <= 0) return rng.pick<Json>([null, 1, 'x', true, '', -0.5]);
  if (rng.chance(0.3)) return [nestedGarbage(rng, depth - 1), nestedGarbage(rng, depth - 1)];
  const object = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}') as Record<string, Json>;
  object[rng.pick(['a', 'type', 'id', 'user', 'event', 'value'])] = nestedGarbage(rng, depth - 1);
  return object;
}

/** A value of some other type than the one there, or an odd one of the same. */
export function garbageValue(rng: Prng): Json {
  switch (rng.int(14)) {
    case 0:
      return null;
    case 1:
      return rng.pick([true, false]);
    case 2:
      return rng.pick([0, -1, 1.5, 1e308, -1e-308, 2 ** 53 + 1]);
    case 3:
      return '';
    case 4:
      return rng.pick(['x', 'null', 'undefined', '0', '{}', '[]', 'true']);
    case 5:
      return [];
    case 6:
      return {};
    case 7:
      return nestedGarbage(rng, rng.between(1, 6));
    case 8:
      return hugeString(rng);
    case 9:
      return withNul(rng, 'U0FUZZ');
    case 10:
      return rng.pick(ODD_UNICODE);
    case 11:
      return [rng.pick(ODD_UNICODE), null, 3];
    case 12:
      return JSON.parse('{"__proto__": {"admin": true}}') as Json;
    default:
      return '\u0000';
  }
}

/** Every path below the root, breadth first, at most `max` of them. */
export function allPaths(root: Json, max = 500): Path[] {
  const out: Path[] = [];
  const queue: [Json, Path][] = [[root, []]];
  while (queue.length > 0 && out.length < max) {
    const [value, path] = queue.shift()!;
    if (path.length > 0) out.push(path);
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) queue.push([item, [...path, i]]);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) queue.push([value[key] as Json, [...path, key]]);
    }
  }
  return out;
}

export function getAt(root: Json, path: Path): Json | undefined {
  let value: Json | undefined = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Array.isArray(value)
      ? value[part as number]
      : Object.hasOwn(value, part)
        ? value[part]
        : undefined;
  }
  return value;
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } {
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') throw new Error(`no parent at ${path.join('.')}`);
  return { parent, key: path[path.length - 1]! };
}

export function setAt(root: Json, path: Path, value: Json): void {
  const { parent, key } = parentOf(root, path);
  // defineProperty: a '__proto__' key stays a key instead of replacing the prototype.
  if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deleteAt(root: Json, path: Path): void {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key as string];
}

/** One random mutation somewhere in the tree; returns a short label (never the content) for failure reports. */
export function mutateJson(rng: Prng, root: Json): string {
  const paths = allPaths(root);
  if (paths.length === 0) return 'none';
  const path = rng.pick(paths);
  const where = path.map((part) => (typeof part === 'number' ? '#' : part)).join('.');
  const current = getAt(root, path);
  const op = rng.int(6);
  if (op === 0) {
    deleteAt(root, path);
    return `drop ${where}`;
  }
  if (op === 1 && typeof current === 'string') {
    setAt(root, path, withNul(rng, current));
    return `nul in ${where}`;
  }
  if (op === 2 && typeof current === 'string') {
    setAt(root, path, withUnicode(rng, current));
    return `unicode in ${where}`;
  }
  if (op === 3 && typeof current === 'string') {
    setAt(root, path, hugeString(rng));
    return `huge ${where}`;
  }
  setAt(root, path, garbageValue(rng));
  return `garbage at ${where}`;
}
