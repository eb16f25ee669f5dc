import type { AccessChannel } from './ports/access-log.ts';

/** Who is talking to casus, as far as the channel knows. Both ids are absent for an unlinked user. */
export interface Actor {
  professionalId?: string;
  displayName?: string;
  /** Where the request came from, for the access log. Every channel sets it. */
  channel?: AccessChannel;
  /** For the CLI's `--as`: who really typed it ('operator'). */
  onBehalfOf?: string;
}
