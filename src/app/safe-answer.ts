import { isDomainError } from '../domain/errors.ts';
import type { Locale } from '../domain/locale.ts';
import type { View } from '../views/view-model.ts';
import { errorView, unexpectedErrorView } from './error-view.ts';

/**
 * Runs a use case and always returns a View: coded domain errors become their message, anything else a
 * generic one (reported, never shown, so no stack trace or care data reaches a channel).
 */
export async function safeAnswer(
  locale: Locale,
  run: () => View | Promise<View>,
  reportUnexpected?: (error: unknown) => void,
): Promise<View> {
  try {
    return await run();
  } catch (error) {
    if (isDomainError(error)) return errorView(locale, error);
    reportUnexpected?.(error);
    return unexpectedErrorView(locale);
  }
}
