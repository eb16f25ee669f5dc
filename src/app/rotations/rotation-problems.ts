import type { Locale } from '../../domain/locale.ts';
import type { SpecProblem } from '../../domain/rotations/rotation-spec.ts';
import { rotationText } from './i18n/translate.ts';

/** A set-up problem as a sentence, for the CLI and the chat form alike. */
export function problemText(locale: Locale, problem: SpecProblem): string {
  const { code, ...params } = problem;
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, name === 'index' ? Number(value) + 1 : value]),
  ) as Record<string, string | number>;
  return rotationText(locale, `problem.${code}`, values);
}
