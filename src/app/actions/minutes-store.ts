import type { MessagePlatform } from '../ports/messenger.ts';
import type { PersonRef } from './action-types.ts';

/** A case conference as the minutes form needs it: who was invited and which households it was about. */
export interface MinutesConference {
  id: string;
  teamId: string;
  startsAt: Date;
  endsAt: Date;
  /** The attendees (not those who declined), by name. */
  attendees: (PersonRef & { declined: boolean })[];
  households: { id: string; reference: string }[];
}

/** What the chat feature reads for `verslag` / `minutes` besides the ActionBook (src/infra/db/repositories/minutes-repository.ts). */
export interface MinutesStore {
  /**
   * The latest conference that started between `from` and `until`, not cancelled, that the person attends
   * (or, with `householdIds`, that was about one of those households and held by their team).
   */
  latestConference(query: {
    professionalId: string;
    from: Date;
    until: Date;
    householdIds?: readonly string[];
  }): Promise<MinutesConference | undefined>;
  /** One conference by id, for a submitted form. */
  conference(conferenceId: string): Promise<MinutesConference | undefined>;
  /** The ids of the teams the person is a member of (where a deputy is looked for). */
  teamIdsOf(professionalId: string): Promise<string[]>;
  /** The team's chat channels, where the count line goes. */
  teamChannels(teamId: string): Promise<{ id: string; platform: MessagePlatform }[]>;
}
