import type { AccessChannel } from '../ports/access-log.ts';

/**
 * What the calendar command needs from storage: the professional's private feed token. The token is a
 * secret (whoever has the feed URL sees the person's conference times), so it is shown only in a private
 * conversation and never logged.
 */
export interface FeedTokenState {
  /** The current token; null when none was issued or it was revoked. */
  token: string | null;
  /** True when the last thing that happened to the link was stopping it (the person revoked it). */
  revoked: boolean;
}

export interface CalendarFeedStore {
  /** The professional's link state; null when no active professional has this id. */
  feedState(professionalId: string): Promise<FeedTokenState | null>;
  /** The current token, or a new one when there is none. `channel`: for the access log. */
  ensureFeedToken(professionalId: string, channel?: AccessChannel): Promise<string>;
  /** A new token; the old link stops working at once. */
  renewFeedToken(professionalId: string, channel?: AccessChannel): Promise<string>;
  /** No token: the link stops working. */
  revokeFeedToken(professionalId: string, channel?: AccessChannel): Promise<void>;
}
