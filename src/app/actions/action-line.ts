import type { Locale } from '../../domain/locale.ts';
import { dueDateProblemText } from './i18n/action-text.ts';
import { readDueDate } from './read-due-date.ts';

/** One action as typed: `@owner date what will be done` (the one-line command after the reference, a minutes line). */
export type ActionLine =
  | { ok: true; ownerWord: string; due: string; description: string }
  | { ok: false; problem: 'incomplete' }
  | { ok: false; problem: 'due-date'; message: string };

/**
 * Splits `@sanne vrijdag Aanvraag schuldhulp indienen` into the owner's word, the due date as said ("vrijdag",
 * "over 2 weken") and the description. The date must come right after the owner; a date later in the text is
 * part of the description. A problem never echoes the words typed.
 */
export function readActionLine(words: string, options: { locale: Locale; today: string }): ActionLine {
  const trimmed = words.trim();
  const space = trimmed.search(/\s/);
  if (space < 0) return { ok: false, problem: 'incomplete' };
  const ownerWord = trimmed.slice(0, space);
  const rest = trimmed.slice(space).trim();
  const read = readDueDate(rest, { ...options, position: 'start' });
  if (!read.ok) return { ok: false, problem: 'due-date', message: dueDateProblemText(options.locale, read) };
  if (read.rest === '') return { ok: false, problem: 'incomplete' };
  return { ok: true, ownerWord, due: read.matchedText, description: read.rest };
}
