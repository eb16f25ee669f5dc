import { expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/app/i18n/translate.ts';

const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

/**
 * The checks every pair of Dutch and English catalogues gets, inside the caller's `describe`: the same keys,
 * the same placeholders per key, and no empty message.
 */
export function itKeepsCataloguesParallel(
  nl: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): void {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('use the same placeholders for %s', (key) => {
    expect(placeholders(nl[key] ?? '')).toEqual(placeholders(en[key] ?? ''));
  });

  it('have no empty messages', () => {
    for (const message of [...Object.values(nl), ...Object.values(en)]) expect(message.trim()).not.toBe('');
  });
}
