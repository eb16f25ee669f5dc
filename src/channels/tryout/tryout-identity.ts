import type { ServerResponse } from 'node:http';
import type { Actor } from '../../app/actor.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { TryoutDirectory } from '../../app/ports/tryout-directory.ts';
import type { Locale } from '../../domain/locale.ts';
import { sendJson } from '../../infra/http/http-server.ts';
import { PAGE_LABELS } from './page-labels.ts';

/** The try-out has one "workspace"; the demo roster's try-out identities leave it empty. */
export const TRYOUT_WORKSPACE = '';

/** The longest `professionalKey` accepted; roster keys are short, this only keeps junk out of queries. */
export const MAX_PROFESSIONAL_KEY_LENGTH = 200;

export interface TryoutSpeaker {
  professionalId: string;
  actor: Actor;
  /** The professional's own language, when the roster has one. */
  locale: Locale | undefined;
}

/** The demo professional picked on the page, as the roster knows them; undefined for an unknown key. */
export async function identify(
  store: ChannelStore,
  professionalKey: string,
): Promise<TryoutSpeaker | undefined> {
  const known = await store.findProfessional('tryout', TRYOUT_WORKSPACE, professionalKey);
  if (!known) return undefined;
  return {
    professionalId: known.id,
    actor: { professionalId: known.id, displayName: known.name, channel: 'tryout' },
    locale: known.locale,
  };
}

/**
 * A channel store through which the try-out only recognises the professionals its directory lists: any other
 * try-out identity (say one the import gave a real professional) is a stranger, answered like an unknown key.
 * Production wraps the store this way, so an open try-out page can only ever speak as the demo team.
 */
export function onlyListedSpeakers(store: ChannelStore, directory: TryoutDirectory): ChannelStore {
  return {
    async findProfessional(platform, workspace, externalUserId) {
      const listed = await directory.listProfessionals();
      if (!listed.some((professional) => professional.key === externalUserId)) return undefined;
      return store.findProfessional(platform, workspace, externalUserId);
    },
    claimDelivery: (key) => store.claimDelivery(key),
    saveConversationReference: (platform, key, reference) =>
      store.saveConversationReference(platform, key, reference),
    findConversationReference: (platform, key) => store.findConversationReference(platform, key),
  };
}

/** 400 in the page's language: the page shows this message as it is. */
export function sendUnknownProfessional(res: ServerResponse, pageLocale: Locale): void {
  sendJson(res, 400, { error: 'unknown-professional', message: PAGE_LABELS[pageLocale].unknownProfessional });
}
