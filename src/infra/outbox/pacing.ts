import type { MessagePlatform } from '../../app/ports/messenger.ts';

/** At most `limit` messages to one conversation in any `windowMs`. */
export interface PacingRule {
  limit: number;
  windowMs: number;
}

export type Pacing = Readonly<Record<MessagePlatform, readonly PacingRule[]>>;

/**
 * What the platforms allow per conversation. Slack: about one message per second per channel, short bursts
 * tolerated (https://api.slack.com/apis/rate-limits#posting-messages). Teams: 7 per second and 60 per 30 s per
 * conversation (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). The try-out page
 * is ours and has no limit.
 */
export const platformPacing: Pacing = {
  slack: [{ limit: 1, windowMs: 1_000 }],
  teams: [
    { limit: 7, windowMs: 1_000 },
    { limit: 60, windowMs: 30_000 },
  ],
  tryout: [],
};

/** How far back, and how many recent sends, the rules need to see. */
export function pacingHorizon(rules: readonly PacingRule[]): PacingRule {
  return {
    limit: Math.max(0, ...rules.map((rule) => rule.limit)),
    windowMs: Math.max(0, ...rules.map((rule) => rule.windowMs)),
  };
}

/**
 * When the next message to this conversation may go, given its recent send times (any order): null for now,
 * otherwise the moment every rule's window has a free place again. A rule is full when `limit` sends fall in
 * (now − window, now]; it frees up when the `limit`-th most recent of them leaves the window.
 */
export function pacedUntil(
  rules: readonly PacingRule[],
  recentSends: readonly Date[],
  now: Date,
): Date | null {
  const newestFirst = recentSends.map((sent) => sent.getTime()).sort((a, b) => b - a);
  let until = now.getTime();
  for (const { limit, windowMs } of rules) {
    const inWindow = newestFirst.filter((sent) => sent > now.getTime() - windowMs);
    const oldestCounted = inWindow[limit - 1];
    if (oldestCounted !== undefined) until = Math.max(until, oldestCounted + windowMs);
  }
  return until > now.getTime() ? new Date(until) : null;
}
