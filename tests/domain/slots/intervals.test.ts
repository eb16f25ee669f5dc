import { describe, expect, it } from 'vitest';
import { contains, intersect, normalize, subtract, union } from '../../../src/domain/slots/intervals.ts';

describe('interval sets', () => {
  it('normalize sorts, drops empty intervals and merges overlapping and touching ones', () => {
    expect(
      normalize([
        [50, 60],
        [10, 20],
        [15, 30],
        [30, 40],
        [45, 45],
        [70, 65],
      ]),
    ).toEqual([
      [10, 40],
      [50, 60],
    ]);
    expect(normalize([])).toEqual([]);
  });

  it('union merges two sets', () => {
    expect(
      union(
        [
          [0, 10],
          [20, 30],
        ],
        [
          [5, 20],
          [40, 50],
        ],
      ),
    ).toEqual([
      [0, 30],
      [40, 50],
    ]);
    expect(union([], [[1, 2]])).toEqual([[1, 2]]);
  });

  it('intersect keeps only what both sets share', () => {
    expect(
      intersect(
        [
          [0, 10],
          [20, 30],
        ],
        [
          [5, 25],
          [28, 40],
        ],
      ),
    ).toEqual([
      [5, 10],
      [20, 25],
      [28, 30],
    ]);
    expect(intersect([[0, 10]], [[10, 20]])).toEqual([]);
  });

  it('subtract cuts busy time out of free time', () => {
    expect(
      subtract(
        [
          [0, 100],
          [200, 300],
        ],
        [
          [10, 20],
          [30, 40],
          [90, 210],
          [250, 260],
        ],
      ),
    ).toEqual([
      [0, 10],
      [20, 30],
      [40, 90],
      [210, 250],
      [260, 300],
    ]);
    expect(subtract([[0, 10]], [[0, 10]])).toEqual([]);
    expect(subtract([[0, 10]], [])).toEqual([[0, 10]]);
    expect(subtract([[0, 10]], [[-5, 3]])).toEqual([[3, 10]]);
  });

  it('contains asks whether a span fits wholly inside one interval', () => {
    const set = normalize([
      [0, 10],
      [20, 30],
      [40, 50],
    ]);
    expect(contains(set, 20, 30)).toBe(true);
    expect(contains(set, 41, 49)).toBe(true);
    expect(contains(set, 5, 25)).toBe(false);
    expect(contains(set, 10, 15)).toBe(false);
    expect(contains(set, 25, 31)).toBe(false);
    expect(contains([], 0, 1)).toBe(false);
  });
});
