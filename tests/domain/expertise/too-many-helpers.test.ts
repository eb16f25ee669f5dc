import { describe, expect, it } from 'vitest';
import { tooManyHelpers } from '../../../src/domain/expertise/too-many-helpers.ts';

describe('tooManyHelpers', () => {
  it('proposes nothing for 5 involved without a coordinator', () => {
    expect(tooManyHelpers({ involvedCount: 5, hasCoordinator: false })).toEqual({ propose: false });
  });

  it('proposes a coordinator and a consolidation conference for 6 involved without a coordinator', () => {
    expect(tooManyHelpers({ involvedCount: 6, hasCoordinator: false })).toEqual({
      propose: true,
      reason: 'no-coordinator',
      suggestions: ['appoint-coordinator', 'consolidation-conference'],
    });
  });

  it('proposes nothing for 6 or 8 involved with a coordinator', () => {
    expect(tooManyHelpers({ involvedCount: 6, hasCoordinator: true })).toEqual({ propose: false });
    expect(tooManyHelpers({ involvedCount: 8, hasCoordinator: true })).toEqual({ propose: false });
  });

  it('proposes only a consolidation conference for 9 involved with a coordinator', () => {
    expect(tooManyHelpers({ involvedCount: 9, hasCoordinator: true })).toEqual({
      propose: true,
      reason: 'too-many',
      suggestions: ['consolidation-conference'],
    });
  });

  it('gives reason too-many for 9 involved without a coordinator, still suggesting one', () => {
    expect(tooManyHelpers({ involvedCount: 8, hasCoordinator: false }).propose).toBe(true);
    expect(tooManyHelpers({ involvedCount: 9, hasCoordinator: false })).toEqual({
      propose: true,
      reason: 'too-many',
      suggestions: ['appoint-coordinator', 'consolidation-conference'],
    });
  });

  it('uses custom limits', () => {
    const limits = { withoutCoordinator: 2, total: 3 };
    expect(tooManyHelpers({ involvedCount: 3, hasCoordinator: false, limits }).propose).toBe(true);
    expect(tooManyHelpers({ involvedCount: 3, hasCoordinator: true, limits }).propose).toBe(false);
    expect(tooManyHelpers({ involvedCount: 4, hasCoordinator: true, limits }).propose).toBe(true);
  });
});
