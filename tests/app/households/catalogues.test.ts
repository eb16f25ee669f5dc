import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/households/i18n/en.ts';
import { domainName, householdText } from '../../../src/app/households/i18n/household-text.ts';
import { nl } from '../../../src/app/households/i18n/nl.ts';
import { LIFE_DOMAINS } from '../../../src/domain/life-domains.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

describe('household message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);

  it('name every life domain in both languages', () => {
    expect(LIFE_DOMAINS.map((d) => domainName('nl', d))).toContain('Financiën');
    expect(LIFE_DOMAINS.map((d) => domainName('en', d))).toContain('Parenting');
    expect(new Set(LIFE_DOMAINS.map((d) => domainName('nl', d))).size).toBe(14);
  });

  it('fill in the field a problem is about', () => {
    expect(householdText('en', 'problem.required', { field: householdText('en', 'field.reference') })).toBe(
      'Reference (pseudonymous, never a name): please fill this in.',
    );
  });
});
