import { translator } from '../i18n/translate.ts';
import { en, type SettingsMessageKey } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

/** The texts of the team settings (chat form and problem messages) in the user's language. */
export const settingsText = translator<SettingsMessageKey>({ nl, en });
