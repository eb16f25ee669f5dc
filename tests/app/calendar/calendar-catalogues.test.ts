import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/calendar/i18n/en.ts';
import { nl } from '../../../src/app/calendar/i18n/nl.ts';
import { PLACEHOLDER } from '../../../src/app/i18n/translate.ts';

const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('calendar catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('use the same placeholders for %s', (key) => {
    expect(placeholders(nl[key])).toEqual(placeholders(en[key]));
  });
});
