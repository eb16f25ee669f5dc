import { commandWord } from '../../domain/commands.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  button,
  buttons,
  context,
  createView,
  header,
  text,
  type View,
} from '../../views/view-model.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import { translate } from '../i18n/translate.ts';
import type { CalendarFeedStore, FeedTokenState } from './calendar-feed-store.ts';
import { calendarFeedUrl } from './calendar-links.ts';
import { calendarText } from './i18n/translate.ts';

export interface CalendarFeatureDeps {
  store: CalendarFeedStore;
  /** Config.server.publicUrl: where calendars reach this server, without a trailing slash. */
  publicUrl: string;
}

/**
 * The `agenda` / `calendar` command and its two buttons: the professional's private calendar feed link
 * (to subscribe to in Outlook or Google Calendar), a new link, or no link at all. The link is a secret, so
 * it is shown only in a private conversation; stopping it works anywhere, since that reveals nothing.
 */
export function calendarFeature(deps: CalendarFeatureDeps): Feature {
  const { store, publicUrl } = deps;

  /** The active professional's id, or the answer that replaces the use case. */
  async function who(ctx: UseCaseContext): Promise<{ id: string; state: FeedTokenState } | { answer: View }> {
    const id = ctx.actor.professionalId;
    const state = id ? await store.feedState(id) : null;
    if (!id || !state) return { answer: unknownPerson(ctx.locale) };
    return { id, state };
  }

  return {
    commands: {
      calendar: async (_args, ctx) => {
        const person = await who(ctx);
        if ('answer' in person) return person.answer;
        if (!ctx.privateConversation) return onlyInPrivate(ctx.locale);
        const { state } = person;
        if (!state.token && state.revoked) return offerNewLink(ctx.locale);
        const token = state.token ?? (await store.ensureFeedToken(person.id, ctx.actor.channel));
        return linkView(ctx.locale, calendarFeedUrl(publicUrl, token));
      },
    },
    actions: {
      [ActionIds.calendarRenew]: async (_payload, ctx) => {
        const person = await who(ctx);
        if ('answer' in person) return person.answer;
        // The new link would be shown, and the old one stopped with nobody the wiser: private only.
        if (!ctx.privateConversation) return onlyInPrivate(ctx.locale);
        const token = await store.renewFeedToken(person.id, ctx.actor.channel);
        return linkView(ctx.locale, calendarFeedUrl(publicUrl, token), 'calendar.renewed');
      },
      [ActionIds.calendarRevoke]: async (_payload, ctx) => {
        const person = await who(ctx);
        if ('answer' in person) return person.answer;
        await store.revokeFeedToken(person.id, ctx.actor.channel);
        const message = calendarText(ctx.locale, 'calendar.revoked');
        return createView(message, [
          header(calendarText(ctx.locale, 'calendar.title')),
          text(message),
          buttons([createButton(ctx.locale)]),
        ]);
      },
    },
  };
}

function unknownPerson(locale: Locale): View {
  const title = calendarText(locale, 'calendar.title');
  const message = translate(locale, 'home.unknown-person');
  return createView(`${title}. ${message}`, [header(title), text(message)]);
}

function onlyInPrivate(locale: Locale): View {
  const message = calendarText(locale, 'calendar.shared', { command: commandWord('calendar', locale) });
  return createView(message, [text(message)]);
}

function offerNewLink(locale: Locale): View {
  const message = calendarText(locale, 'calendar.offer-new');
  return createView(message, [
    header(calendarText(locale, 'calendar.title')),
    text(message),
    buttons([createButton(locale)]),
  ]);
}

function createButton(locale: Locale) {
  return button(ActionIds.calendarRenew, calendarText(locale, 'calendar.button.create'), {
    value: encodeActionValue(ActionIds.calendarRenew, {}),
    style: 'primary',
  });
}

/**
 * The link with how to subscribe and the warning. The fallback text leaves the URL out: it is what
 * notifications and lock screens show.
 */
function linkView(locale: Locale, url: string, notice?: 'calendar.renewed'): View {
  const t = (key: Parameters<typeof calendarText>[1]) => calendarText(locale, key);
  const blocks: Block[] = [header(t('calendar.title'))];
  if (notice) blocks.push(text(t(notice)));
  blocks.push(
    text(t('calendar.intro')),
    text(url),
    text(t('calendar.outlook')),
    text(t('calendar.google')),
    context(t('calendar.refresh')),
    text(t('calendar.warning')),
    buttons([
      button(ActionIds.calendarRenew, t('calendar.button.renew'), {
        value: encodeActionValue(ActionIds.calendarRenew, {}),
      }),
      button(ActionIds.calendarRevoke, t('calendar.button.revoke'), {
        value: encodeActionValue(ActionIds.calendarRevoke, {}),
        style: 'danger',
      }),
    ]),
  );
  return createView(`${t('calendar.title')}: ${notice ? t(notice) : t('calendar.intro')}`, blocks);
}
