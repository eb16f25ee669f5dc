import type { Locale } from '../../domain/locale.ts';
import { en, type SettingsMessageKey } from './i18n/en.ts';
import { settingsText } from './settings-text.ts';
import type { SettingsProblem } from './team-settings.ts';

/**
 * A settings problem in the user's language: the code's own message when the catalogue has one, else the
 * validator's text. The chat form (settings-feature.ts) and `casus settings` both say it with this, so a mistake
 * reads the same wherever it is made.
 */
export function describeSettingsProblem(locale: Locale, problem: SettingsProblem): string {
  const key = `problem.${problem.code}`;
  if (Object.hasOwn(en, key)) return settingsText(locale, key as SettingsMessageKey, problem.params);
  return String(problem.params.message ?? problem.code);
}
