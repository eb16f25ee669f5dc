import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/en.ts';
import { nl } from '../../src/app/i18n/nl.ts';
import { translate } from '../../src/app/i18n/translate.ts';
import { itKeepsCataloguesParallel } from './catalogue-parity.ts';

describe('message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);
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
