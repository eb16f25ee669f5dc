import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../../src/app/i18n/translate.ts';
import { en } from '../../../src/app/protection/agenda-i18n/en.ts';
import { nl } from '../../../src/app/protection/agenda-i18n/nl.ts';

const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('agenda message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('use the same placeholders for %s', (key) => {
    expect(placeholders(nl[key])).toEqual(placeholders(en[key]));
  });
});
