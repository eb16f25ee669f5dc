import type { Activity } from 'botbuilder';
import type { Actor } from '../../app/actor.ts';
import type { ChannelStore, KnownProfessional } from '../../app/ports/channel-store.ts';
import type { Locale } from '../../domain/locale.ts';
import { deliveryKeyOf, tenantIdOf, userIdsOf } from './teams-activity.ts';
import { chooseLocale } from './teams-locale.ts';

export interface Speaker {
  professional: KnownProfessional | undefined;
  actor: Actor;
  locale: Locale;
}

/** Who sent the activity, as far as the roster knows, and the language to answer in. */
export async function identifySpeaker(
  activity: Activity,
  store: ChannelStore,
  defaultLocale: Locale,
): Promise<Speaker> {
  const tenantId = tenantIdOf(activity);
  let professional: KnownProfessional | undefined;
  for (const userId of userIdsOf(activity)) {
    professional = await store.findProfessional('teams', tenantId, userId);
    if (professional) break;
  }
  const actor: Actor = professional
    ? { professionalId: professional.id, displayName: professional.name, channel: 'teams' }
    : { channel: 'teams' };
  return { professional, actor, locale: chooseLocale(professional?.locale, activity.locale, defaultLocale) };
}

/**
 * True the first time this activity is seen. Teams retries an invoke or message that got no answer in
 * time (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages#best-practices),
 * and two instances may each get a copy; the claim is taken before any effect, so a retry causes none.
 */
export async function claimActivity(activity: Activity, store: ChannelStore): Promise<boolean> {
  const key = deliveryKeyOf(activity);
  return key === undefined ? true : store.claimDelivery(key);
}
