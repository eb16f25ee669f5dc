import type { View } from '../../views/view-model.ts';
import { readDueDate } from '../actions/read-due-date.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import { formatDay, localDate } from '../format-when.ts';
import { showWorkload } from './show-workload.ts';
import type { WorkloadStore } from './workload-store.ts';
import { workloadText as t } from './workload-text.ts';
import { workloadMessage, workloadView } from './workload-views.ts';

export interface WorkloadFeatureDeps {
  store: WorkloadStore;
  /** Public holidays to use instead of the Dutch ones (tests). */
  holidays?: ReadonlySet<string>;
}

/**
 * `druk [dag]` / `overloaded [day]`: the person's commitments that day (today when no day is given) and what to
 * hand off or move first, required attendance at a case conference last (src/domain/workload/). The day is read
 * as a due date is (src/app/actions/read-due-date.ts): "morgen", "vrijdag", "18-12", "tomorrow", "friday".
 * Only in a private conversation: a shared one is told to ask in a direct message, and sees nothing of the day.
 */
export function workloadFeature(deps: WorkloadFeatureDeps): Feature {
  const show = showWorkload(deps);

  async function overloaded(args: readonly string[], context: UseCaseContext): Promise<View> {
    const { locale, timeZone } = context;
    const me = context.actor.professionalId;
    if (!me) return workloadMessage(t(locale, 'unknown-person'));
    if (!context.privateConversation) return workloadMessage(t(locale, 'shared'));
    const today = localDate(context.now, timeZone);
    const words = args.join(' ').trim();
    let date = today;
    if (words !== '') {
      const read = readDueDate(words, { locale, today });
      if (!read.ok) {
        switch (read.problem) {
          case 'no-date':
            return workloadMessage(t(locale, 'date.no-date'));
          case 'ambiguous':
            return workloadMessage(
              t(locale, 'date.ambiguous', {
                dates: read.candidates.map((day) => formatDay(day, locale)).join(', '),
              }),
            );
          default:
            return workloadMessage(
              t(locale, `date.${read.problem}`, { date: formatDay(read.dueOn, locale) }),
            );
        }
      }
      // Only the day counts here: "druk vrijdag iets" is not a command with free text after it.
      if (read.rest !== '') return workloadMessage(t(locale, 'usage'));
      date = read.dueOn;
    }
    const overview = await show({ professionalId: me, date, timeZone });
    return workloadView(overview, { locale, timeZone });
  }

  return { commands: { overloaded } };
}
