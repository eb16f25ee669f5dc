import type { Locale } from '../../domain/locale.ts';
import { localDateOf } from '../../domain/slots/zone-offsets.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  type Button,
  button,
  buttons,
  context,
  createView,
  header,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatDay } from '../format-when.ts';
import type { BookedConference, ConferenceLocation } from '../ports/planning-store.ts';
import { translatePlanning as t } from './i18n/translate.ts';
import { slotLabel } from './proposal-view.ts';
import type { Guests } from './propose-conference.ts';

const detailsButton = (locale: Locale, householdId: string): Button =>
  button(ActionIds.householdShow, t(locale, 'button.details'), {
    value: encodeActionValue(ActionIds.householdShow, { householdId }),
  });

/**
 * `plan` for a household with a conference still to come: that conference first, with Move, Details and a
 * deliberate second one. Never a proposal that books a second conference without a word.
 */
export function scheduledView(
  household: { id: string; reference: string },
  upcoming: readonly BookedConference[],
  options: { locale: Locale; timeZone: string; notice?: string },
): View {
  const { locale, timeZone } = options;
  const [next, ...more] = upcoming;
  if (!next) throw new Error('scheduledView needs a conference');
  const title = t(locale, 'scheduled.title', { reference: household.reference });
  const when = slotLabel(next.start, next.end, locale, timeZone);
  const line = t(locale, 'scheduled.line', { when, location: t(locale, `location.${next.location}`) });
  const blocks: Block[] = [...(options.notice ? [text(options.notice)] : []), header(title), text(line)];
  for (const later of more)
    blocks.push(
      text(t(locale, 'scheduled.more', { when: slotLabel(later.start, later.end, locale, timeZone) })),
    );
  blocks.push(context(t(locale, 'scheduled.hint')));
  blocks.push(
    buttons([
      button(ActionIds.planPropose, t(locale, 'button.move'), {
        value: encodeActionValue(ActionIds.planPropose, {
          householdId: household.id,
          location: next.location,
          moves: next.id,
        }),
        style: 'primary',
      }),
      detailsButton(locale, household.id),
      button(ActionIds.planPropose, t(locale, 'button.another'), {
        value: encodeActionValue(ActionIds.planPropose, { householdId: household.id, another: true }),
      }),
    ]),
  );
  const fallback = [options.notice, `${title}: ${when}`].filter(Boolean).join(' ');
  return createView(fallback, blocks);
}

/** A slot pressed while another conference is still to come: book a second one, or move the first there. */
export function secondChoiceView(
  household: { id: string; reference: string },
  upcoming: BookedConference,
  slot: { start: number; location: ConferenceLocation; guests?: Guests | undefined },
  options: { locale: Locale; timeZone: string; durationMinutes: number },
): View {
  const { locale, timeZone } = options;
  const title = t(locale, 'second.title');
  const when = slotLabel(upcoming.start, upcoming.end, locale, timeZone);
  const next = slotLabel(slot.start, slot.start + options.durationMinutes, locale, timeZone);
  const question = t(locale, 'second.question', { reference: household.reference, when, new: next });
  const pick = {
    householdId: household.id,
    start: slot.start,
    location: slot.location,
    ...(slot.guests ? { guests: slot.guests } : {}),
  };
  return createView(`${title} ${question}`, [
    header(title),
    text(question),
    buttons([
      button(ActionIds.planPickSlot, t(locale, 'button.book-second'), {
        value: encodeActionValue(ActionIds.planPickSlot, { ...pick, another: true }),
      }),
      button(ActionIds.planPickSlot, t(locale, 'button.move-there', { new: next }), {
        value: encodeActionValue(ActionIds.planPickSlot, { ...pick, moves: upcoming.id }),
      }),
      detailsButton(locale, household.id),
    ]),
  ]);
}

/** `plan` for a household whose plan is closed: no follow-up, and Reopen for whoever may. */
export function closedPlanView(
  household: { id: string; reference: string },
  closedAt: Date,
  options: { locale: Locale; timeZone: string; mayReopen: boolean },
): View {
  const { locale, timeZone } = options;
  const message = t(locale, 'closed.message', {
    reference: household.reference,
    date: formatDay(localDateOf(Math.floor(closedAt.getTime() / 60_000), timeZone), locale),
  });
  const actions: Button[] = [];
  if (options.mayReopen)
    actions.push(
      button(ActionIds.householdReopenPlan, t(locale, 'button.reopen'), {
        value: encodeActionValue(ActionIds.householdReopenPlan, { householdId: household.id }),
      }),
    );
  actions.push(detailsButton(locale, household.id));
  return createView(message, [text(message), buttons(actions)]);
}
