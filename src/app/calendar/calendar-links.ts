/**
 * The two kinds of private calendar address casus hands out. Both carry the professional's feed token,
 * which is a secret: never log these URLs, never show them in a shared conversation.
 *
 * `publicUrl` is Config.server.publicUrl (PUBLIC_URL), without a trailing slash.
 */

/** The subscribable feed of the professional's conferences: `${publicUrl}/calendar/${token}.ics`. */
export function calendarFeedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/calendar/${token}.ics`;
}

/** One conference's invitation to download: `${publicUrl}/calendar/${token}/${icsUid}.ics`. */
export function calendarInviteUrl(publicUrl: string, token: string, icsUid: string): string {
  return `${publicUrl}/calendar/${token}/${encodeURIComponent(icsUid)}.ics`;
}
