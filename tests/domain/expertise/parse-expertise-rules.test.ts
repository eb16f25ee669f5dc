import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPERTISE_RULES,
  parseExpertiseRules,
} from '../../../src/domain/expertise/expertise-rules.ts';

function good(overrides: Record<string, unknown> = {}) {
  return { domain: 'huisvesting', disciplines: ['wonen'], requiredAtOrBelow: 2, advisoryAt: 3, ...overrides };
}

function problemsOf(json: unknown) {
  const result = parseExpertiseRules(json);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(({ path, code }) => ({ path, code }));
}

describe('parseExpertiseRules', () => {
  it('accepts the defaults round-tripped through JSON', () => {
    const result = parseExpertiseRules(JSON.parse(JSON.stringify(DEFAULT_EXPERTISE_RULES)));
    expect(result).toEqual({ ok: true, rules: DEFAULT_EXPERTISE_RULES });
  });

  it('fills in thresholds 2 and 3 and no optional roles when omitted', () => {
    const result = parseExpertiseRules({
      rules: [{ domain: 'justitie', disciplines: ['maatschappelijk_werk'] }],
    });
    expect(result).toEqual({
      ok: true,
      rules: {
        rules: [
          { domain: 'justitie', disciplines: ['maatschappelijk_werk'], requiredAtOrBelow: 2, advisoryAt: 3 },
        ],
        optionalRoles: [],
      },
    });
  });

  it('rejects a value that is not an object, or rules that are not an array', () => {
    expect(problemsOf(null)).toEqual([{ path: '', code: 'not-an-object' }]);
    expect(problemsOf({ rules: 'x' })).toEqual([{ path: 'rules', code: 'not-an-array' }]);
  });

  it('rejects an unknown domain', () => {
    const result = parseExpertiseRules({ rules: [good(), good({ domain: 'financiën' })] });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'rules[1].domain', code: 'unknown-domain', params: { domain: 'financiën' } }],
    });
  });

  it('rejects empty disciplines and blank discipline codes', () => {
    expect(problemsOf({ rules: [good({ disciplines: [] })] })).toEqual([
      { path: 'rules[0].disciplines', code: 'empty-disciplines' },
    ]);
    expect(problemsOf({ rules: [good({ disciplines: ['wonen', ' '] })] })).toEqual([
      { path: 'rules[0].disciplines[1]', code: 'invalid-discipline' },
    ]);
  });

  it('rejects thresholds that are not integers from 1 to 5', () => {
    for (const bad of [0, 6, 2.5, '2', null]) {
      expect(problemsOf({ rules: [good({ requiredAtOrBelow: bad, advisoryAt: 5 })] })).toEqual([
        { path: 'rules[0].requiredAtOrBelow', code: 'invalid-threshold' },
      ]);
    }
    expect(problemsOf({ rules: [good({ advisoryAt: 7 })] })).toEqual([
      { path: 'rules[0].advisoryAt', code: 'invalid-threshold' },
    ]);
  });

  it('rejects advisoryAt at or below requiredAtOrBelow', () => {
    const result = parseExpertiseRules({ rules: [good({ requiredAtOrBelow: 3, advisoryAt: 3 })] });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'rules[0].advisoryAt',
          code: 'advisory-not-above-required',
          params: { advisoryAt: 3, requiredAtOrBelow: 3 },
        },
      ],
    });
    expect(problemsOf({ rules: [good({ requiredAtOrBelow: 4, advisoryAt: 2 })] })).toEqual([
      { path: 'rules[0].advisoryAt', code: 'advisory-not-above-required' },
    ]);
  });

  it('rejects a duplicate domain', () => {
    const result = parseExpertiseRules({ rules: [good(), good({ disciplines: ['maatschappelijk_werk'] })] });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'rules[1].domain',
          code: 'duplicate-domain',
          params: { domain: 'huisvesting', firstIndex: 0 },
        },
      ],
    });
  });

  it('rejects an unknown optional role', () => {
    expect(problemsOf({ rules: [good()], optionalRoles: ['resident', 'priest'] })).toEqual([
      { path: 'optionalRoles[1]', code: 'unknown-optional-role' },
    ]);
  });

  it('reports every problem, not just the first', () => {
    expect(problemsOf({ rules: [good({ domain: 'x', disciplines: [] })], optionalRoles: ['y'] })).toEqual([
      { path: 'rules[0].domain', code: 'unknown-domain' },
      { path: 'rules[0].disciplines', code: 'empty-disciplines' },
      { path: 'optionalRoles[0]', code: 'unknown-optional-role' },
    ]);
  });
});
