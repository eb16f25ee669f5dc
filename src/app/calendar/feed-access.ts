import { type AccessActor, type AccessHousehold, decideAccess } from '../access/access-policy.ts';

/**
 * Whether a conference belongs in its attendee's calendar feed or invitation download. The feed holds
 * household references only (never details), so it asks the access rule whether the person may still see
 * each household at least by reference: someone who left the household's team loses its conferences from
 * their feed at once, as they would in chat. A personal feed is private to its holder.
 */
export function mayExportConference(actor: AccessActor, households: readonly AccessHousehold[]): boolean {
  return households.every((household) => decideAccess(actor, household, 'private').see !== 'nothing');
}
