import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/app/i18n/translate.ts';
import { type ImportProblemCode, en as importEn } from '../../src/app/roster/i18n/en.ts';
import { nl as importNl } from '../../src/app/roster/i18n/nl.ts';
import { problemMessage } from '../../src/app/roster/i18n/problem-text.ts';
import { en as cliEn } from '../../src/cli/i18n/en.ts';
import { nl as cliNl } from '../../src/cli/i18n/nl.ts';
import { protectionCliCatalogues } from '../../src/cli/i18n/protection-cli-text.ts';

// The CLI and the roster import have their own catalogues besides the chat's (tests/app/catalogues.test.ts);
// the same rules hold for them.
const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe.each([
  ['the casus command', cliEn as Record<string, string>, cliNl as Record<string, string>],
  ['import problems', importEn as Record<string, string>, importNl as Record<string, string>],
  [
    'casus stats and casus conference',
    protectionCliCatalogues.en as Record<string, string>,
    protectionCliCatalogues.nl as Record<string, string>,
  ],
])('the catalogues of %s', (_name, en, nl) => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders per key', () => {
    for (const key of Object.keys(en)) {
      expect({ key, placeholders: placeholders(nl[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(en[key] ?? ''),
      });
    }
  });

  it('have no empty messages', () => {
    for (const message of [...Object.values(nl), ...Object.values(en)]) expect(message.trim()).not.toBe('');
  });
});

describe('import problem messages', () => {
  const codes = Object.keys(importEn)
    .filter((key) => key.startsWith('problem.'))
    .map((key) => key.slice('problem.'.length) as ImportProblemCode);

  it('are all translated into Dutch', () => {
    for (const code of codes)
      expect({ code, same: importNl[`problem.${code}`] === importEn[`problem.${code}`] }).toEqual({
        code,
        same: false,
      });
  });

  it.each(codes)('%s leaves no placeholder unfilled in either language', (code) => {
    // Stable params as the checks give them; the rest are plain values.
    const params: Record<string, string | number> = {
      expected: 'end-time',
      got: 'text',
      value: '25:00',
      section: 'households',
      otherLine: 2,
      otherField: 'teams[0].slug',
    };
    for (const name of placeholders(importEn[`problem.${code}`])) params[name!] ??= 'x';
    for (const locale of ['nl', 'en'] as const) {
      expect(problemMessage(locale, { code, params })).not.toMatch(PLACEHOLDER);
    }
  });
});
