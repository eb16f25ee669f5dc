import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/en.ts';
import { nl } from '../../src/app/i18n/nl.ts';
import { PLACEHOLDER, translate } from '../../src/app/i18n/translate.ts';

const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('use the same placeholders for %s', (key) => {
    expect(placeholders(nl[key])).toEqual(placeholders(en[key]));
  });

  it('have no empty messages', () => {
    for (const message of [...Object.values(nl), ...Object.values(en)]) expect(message.trim()).not.toBe('');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('nl', 'unknown.did-you-mean', { word: 'plna', suggestion: 'plan' })).toBe(
      "Ik ken het commando 'plna' niet. Bedoel je 'plan'?",
    );
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'hint.help')).toBe("Type '{help}' to see what I can do.");
  });

  it('does not treat replacement patterns in user input specially', () => {
    expect(translate('en', 'error.unknown-command', { word: "$&$'" })).toBe(
      "I don't know the command '$&$''.",
    );
  });
});
