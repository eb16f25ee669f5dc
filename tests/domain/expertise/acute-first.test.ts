import { describe, expect, it } from 'vitest';
import { acuteCallsFirstDiscipline, acuteDomains } from '../../../src/domain/expertise/acute-first.ts';
import { requiredDisciplines } from '../../../src/domain/expertise/expertise-rules.ts';

describe('a score of 1 calls for the rule’s first discipline', () => {
  const needs = requiredDisciplines({
    scores: { financien: 1, huisvesting: 2, werk_opleiding: 2 },
    hasChildren: false,
  }).required;

  it('drops the alternatives of an acute need when someone can bring its first discipline', () => {
    const called = acuteCallsFirstDiscipline({
      needs,
      scores: { financien: 1, huisvesting: 2, werk_opleiding: 2 },
      hasChildren: false,
      canBring: () => true,
    });
    expect(called.find((n) => n.discipline === 'schuldhulp')?.alternatives).toEqual([]);
    // Work scored 2, not acute: the income consultant's alternative (social work) still counts.
    expect(called.find((n) => n.discipline === 'inkomen')?.alternatives).toEqual(['maatschappelijk_werk']);
  });

  it('keeps the alternatives when nobody eligible brings the first discipline', () => {
    const called = acuteCallsFirstDiscipline({
      needs,
      scores: { financien: 1 },
      hasChildren: false,
      canBring: (code) => code !== 'schuldhulp',
    });
    expect(called.find((n) => n.discipline === 'schuldhulp')?.alternatives).toEqual(['inkomen']);
  });

  it('counts parenting only for a household with children', () => {
    expect(acuteDomains({ opvoeding: 1, financien: 3 }, false)).toEqual([]);
    expect(acuteDomains({ opvoeding: 1, financien: 1 }, true)).toEqual(['financien', 'opvoeding']);
  });
});
