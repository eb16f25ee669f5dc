import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/households/i18n/en.ts';
import { domainName, householdText } from '../../../src/app/households/i18n/household-text.ts';
import { nl } from '../../../src/app/households/i18n/nl.ts';
import { PLACEHOLDER } from '../../../src/app/i18n/translate.ts';
import { LIFE_DOMAINS } from '../../../src/domain/life-domains.ts';

const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('household message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('use the same placeholders for %s', (key) => {
    expect(placeholders(nl[key])).toEqual(placeholders(en[key]));
  });

  it('have no empty messages', () => {
    for (const message of [...Object.values(nl), ...Object.values(en)]) expect(message.trim()).not.toBe('');
  });

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
