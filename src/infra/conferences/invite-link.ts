import { calendarInviteUrl } from '../../app/calendar/calendar-links.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { ensureFeedToken } from '../db/repositories/calendar-feed-repository.ts';

/**
 * The person's own link to one conference's invitation (.ics). It carries their feed token, a secret: it
 * goes into their direct message only, never into a channel or a log.
 */
export type InviteLink = (
  tx: Prisma.TransactionClient,
  professionalId: string,
  icsUid: string,
) => Promise<string>;

/** Issues the person's feed token when they have none yet, in the caller's transaction. */
export function defaultInviteLink(publicUrl: string): InviteLink {
  return async (tx, professionalId, icsUid) =>
    calendarInviteUrl(publicUrl, await ensureFeedToken(tx, professionalId), icsUid);
}
