import type { ServerResponse } from 'node:http';
import type { Actor } from '../../app/actor.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
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
    actor: { professionalId: known.id, displayName: known.name },
    locale: known.locale,
  };
}

/** 400 in the page's language: the page shows this message as it is. */
export function sendUnknownProfessional(res: ServerResponse, pageLocale: Locale): void {
  sendJson(res, 400, { error: 'unknown-professional', message: PAGE_LABELS[pageLocale].unknownProfessional });
}
