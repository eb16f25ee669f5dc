import { describe, expect, it } from 'vitest';
import {
  checkReference,
  DEFAULT_REFERENCE_RULE,
  nextFreeReference,
  referenceRuleProblems,
  referenceSeed,
} from '../../../src/app/households/household-reference.ts';

const rule = DEFAULT_REFERENCE_RULE;

describe('the household reference check (form and import alike)', () => {
  it('accepts letters-dash-digits and refuses names, spaces and lower case by default', () => {
    for (const ok of ['HH-2041', 'HH-1', 'WIJK-000123']) expect(checkReference(ok, rule)).toBeUndefined();
    for (const bad of ['Zxqwerty-Jansen', 'Jansen.Piet', 'Jansen', 'HH 2041', 'hh-2041', 'HH-1234567'])
      expect({ bad, problem: checkReference(bad, rule) }).toEqual({ bad, problem: 'format' });
    expect(checkReference('', rule)).toBe('missing');
  });

  it('keeps the command words and spaces out, whatever the team’s pattern allows', () => {
    const lax = { pattern: '^(nieuw|[A-Z]+ ?\\d+)$', example: 'HH1' };
    expect(checkReference('nieuw', lax)).toBe('reserved');
    expect(checkReference('HH 1', lax)).toBe('format');
    expect(checkReference(`HH${'1'.repeat(39)}`, lax)).toBe('format');
  });
});

describe('a team’s reference rule', () => {
  it('must be a regular expression that refuses the empty string and names, with an example that fits', () => {
    expect(referenceRuleProblems(rule)).toEqual([]);
    expect(referenceRuleProblems({ pattern: '^[A-Z', example: 'HH-1' })).toEqual([
      { field: 'pattern', code: 'reference-pattern-invalid', params: { message: expect.any(String) } },
    ]);
    expect(referenceRuleProblems({ pattern: '.*', example: 'HH-1' }).map((p) => p.code)).toEqual([
      'reference-pattern-matches-empty',
      'reference-pattern-matches-name',
    ]);
    expect(referenceRuleProblems({ pattern: '^[A-Za-z.-]+$', example: 'HH' })).toEqual([
      { field: 'pattern', code: 'reference-pattern-matches-name', params: { name: 'Jansen' } },
    ]);
    expect(referenceRuleProblems({ pattern: '^\\d{6}$', example: 'HH-2041' })).toEqual([
      { field: 'example', code: 'reference-example-mismatch', params: { example: 'HH-2041' } },
    ]);
  });
});

describe('the next free reference', () => {
  const next = (team: string[], taken: string[] = team, r = rule) => {
    const seed = referenceSeed(team, r);
    return seed && nextFreeReference(seed, taken, r);
  };

  it('follows the team’s most used prefix, keeps its zero padding and skips what any team has', () => {
    expect(next(['HH-2041', 'HH-2045', 'HH-2043'])).toBe('HH-2046');
    expect(next(['HH-0099', 'HH-0007'])).toBe('HH-0100');
    expect(next(['WK-7', 'HH-1', 'HH-2'])).toBe('HH-3');
    expect(next(['HH-2045'], ['HH-2045', 'hh-2046', 'HH-2047'])).toBe('HH-2048');
    // Old references the rule no longer fits do not count.
    expect(next(['HH-2045', 'Jansen.Piet9', 'Jansen.Piet10'])).toBe('HH-2046');
  });

  it('starts from the example, after the highest anywhere, for a team without references', () => {
    expect(next([], [])).toBe('HH-0001');
    expect(next([], ['HH-0001', 'HH-0040'])).toBe('HH-0041');
  });

  it('proposes nothing when the next one would not fit the rule, or the rule has no number to count', () => {
    expect(next(['HH-999999'])).toBeUndefined();
    expect(next([], [], { pattern: '^[A-Z]{2}\\d{2}[A-Z]$', example: 'AB12C' })).toBeUndefined();
  });
});
