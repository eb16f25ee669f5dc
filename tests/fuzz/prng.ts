/**
 * A small seeded random generator for the fuzz suites, so that a failure reproduces: run again with
 * FUZZ_SEED=<the seed printed in the failure>. mulberry32 (public domain, Tommy Ettinger): 32 bits of state,
 * fast, and good enough to pick mutations; not for anything secret. Written out here because no test
 * dependency of ours offers a seedable generator, and Math.random cannot be seeded.
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export interface Prng {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in random order. */
  shuffle<T>(items: readonly T[]): T[];
}

export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    seed: seed >>> 0,
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

/** The suite's default seed, so every run checks the same cases unless told otherwise. */
export const DEFAULT_FUZZ_SEED = 0x5eed_2041;

/**
 * The seed to fuzz with: FUZZ_SEED (decimal or 0x-hex), or `FUZZ_SEED=random` for a fresh one each run
 * (printed with every failure), else DEFAULT_FUZZ_SEED.
 */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.FUZZ_SEED?.trim();
  if (!value) return DEFAULT_FUZZ_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(`FUZZ_SEED: expected an integer from 0 to 4294967295 or "random", got ${value}`);
  }
  return seed;
}
