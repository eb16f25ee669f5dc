import type { MessagePlatform } from '../ports/messenger.ts';
import type { ConferenceSnapshot } from './conference-snapshot.ts';

/**
 * What sending a conference's invitations reads, bound to the booking's transaction (the adapter hands the use
 * case this store together with the outbox and scheduler of the same transaction).
 */
export interface InvitationStore {
  conference(conferenceId: string): Promise<ConferenceSnapshot | undefined>;
  /** The team's channels, oldest first: where the announcement goes. */
  teamChannels(teamId: string): Promise<{ id: string; platform: MessagePlatform }[]>;
  /** The team's followUpWeeks setting now. */
  followUpWeeks(teamId: string): Promise<number>;
  /** The person's own link to the conference's .ics (it carries their feed token: a direct message only). */
  inviteLink(professionalId: string, icsUid: string): Promise<string>;
}
