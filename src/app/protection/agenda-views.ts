import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  bold,
  button,
  buttons,
  context,
  createView,
  divider,
  header,
  list,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatDate, formatDay, formatTimeRange, localDate } from '../format-when.ts';
import { translator } from '../i18n/translate.ts';
import { en } from './agenda-i18n/en.ts';
import { nl } from './agenda-i18n/nl.ts';
import type { Agenda } from './conference-agenda.ts';

/** Messages of the conference's agenda, in Dutch or English. */
export const agendaText = translator({ nl, en });
const t = agendaText;

export interface AgendaShowSettings {
  locale: Locale;
  timeZone: string;
  /** The person reading it: the minute-taker gets the minutes button. */
  recipientId?: string;
}

/**
 * A conference's agenda as a private message: when and where, then per household (not discussed last time
 * first) its open actions, latest decisions; the written input received; and the team's households carried
 * over, by reference only.
 */
export function agendaView(agenda: Agenda, settings: AgendaShowSettings): View {
  const { locale, timeZone } = settings;
  const { conference } = agenda;
  const day = (at: Date) => formatDay(localDate(at, timeZone), locale);
  const title = t(locale, 'agenda.title', { references: conference.references.join(', ') });
  const blocks: Block[] = [
    header(title),
    text(
      t(locale, 'agenda.when', {
        when: formatTimeRange(conference.startsAt, conference.endsAt, locale, timeZone),
        location: t(locale, `agenda.location.${conference.location}`),
      }),
    ),
    text(
      agenda.chair || agenda.minuteTaker
        ? t(locale, 'agenda.duties', {
            chair: agenda.chair?.name ?? t(locale, 'agenda.duty.open'),
            minuteTaker: agenda.minuteTaker?.name ?? t(locale, 'agenda.duty.open'),
          })
        : t(locale, 'agenda.duties.none'),
    ),
    context(t(locale, 'agenda.private')),
  ];
  if (agenda.minuteTaker && agenda.minuteTaker.id === settings.recipientId) {
    blocks.push(
      text(t(locale, 'agenda.you-take-minutes')),
      buttons([
        button(ActionIds.conferenceMinutes, t(locale, 'agenda.button.minutes'), {
          value: encodeActionValue(ActionIds.conferenceMinutes, { conferenceId: conference.id }),
          style: 'primary',
        }),
      ]),
    );
  }

  for (const household of agenda.households) {
    blocks.push(divider(), text(bold(t(locale, 'agenda.household', { reference: household.reference }))));
    if (household.notDiscussedSince)
      blocks.push(text(t(locale, 'agenda.not-discussed', { date: day(household.notDiscussedSince) })));
    blocks.push(
      household.actions.length > 0
        ? list(
            household.actions.map((a) => ({
              text: t(locale, 'agenda.action', { description: a.description, owner: a.ownerName }),
              meta: t(locale, `agenda.action.${a.status}`, { date: formatDate(a.dueOn, locale) }),
            })),
            t(locale, 'agenda.actions'),
          )
        : text(`${t(locale, 'agenda.actions')}: ${t(locale, 'agenda.no-actions')}`),
    );
    blocks.push(
      household.decisions.length > 0
        ? list(
            household.decisions.map((d) => ({ text: d.text, meta: day(d.at) })),
            t(locale, 'agenda.decisions'),
          )
        : text(`${t(locale, 'agenda.decisions')}: ${t(locale, 'agenda.no-decisions')}`),
    );
  }

  blocks.push(
    divider(),
    agenda.writtenInput.length > 0
      ? list(
          agenda.writtenInput.map((w) => ({
            text: t(locale, 'agenda.written-input.item', { name: w.authorName, text: w.text }),
          })),
          t(locale, 'agenda.written-input'),
        )
      : text(t(locale, 'agenda.no-written-input')),
  );

  if (agenda.carried.length > 0) {
    blocks.push(
      list(
        agenda.carried.map((c) => ({
          text: c.reference,
          meta: t(locale, 'agenda.carried.item', { date: day(c.since) }),
        })),
        t(locale, 'agenda.carried'),
      ),
      context(t(locale, 'agenda.carried.note')),
    );
  }
  // The notification preview names the references only.
  return createView(title, blocks);
}
