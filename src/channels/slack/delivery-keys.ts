import { createHash } from 'node:crypto';

/**
 * Idempotency keys for Slack deliveries, decided before any effect and claimed in the database
 * (ChannelStore.claimDelivery), so a retry or a double click does nothing on any instance, across restarts.
 */

/**
 * Events API retries (X-Slack-Retry-Num) carry the same event_id.
 * https://docs.slack.dev/apis/events-api/#retries
 */
export function eventKey(eventId: string): string {
  return `slack:event:${eventId}`;
}

/** One trigger_id per invocation of a slash command. */
export function commandKey(triggerId: string): string {
  return `slack:command:${triggerId}`;
}

/** A modal version (view id + hash) is submitted once; a second submit of the same version is a repeat. */
export function viewSubmissionKey(viewId: string, viewHash: string): string {
  return `slack:view:${viewId}:${viewHash}`;
}

/** Presses of the same button on the same message this close together (seconds) count as one. */
export const PRESS_WINDOW_SECONDS = 2;

export interface ButtonPress {
  /** container.message_ts for messages, container.view_id for the Home tab and modals. */
  container: string;
  /** The platform action id, with its per-block suffix: two different buttons are two different presses. */
  actionId: string;
  value: string | undefined;
  /** Slack's action_ts ("1700000000.123456"), the same clock for every instance. */
  actionTs: string;
}

/**
 * A double click sends two payloads with different trigger_ids and action_ts, so neither identifies "the
 * same press". Instead, a press claims its time bucket and the next one; two presses less than one window
 * apart always share a bucket, whichever arrives first and on whichever instance. The price: presses one
 * to two windows apart may also count as one. An exact redelivery has the same action_ts and so the same keys.
 * Claim the keys in order and stop at the first that is already taken.
 */
export function buttonPressKeys(press: ButtonPress): string[] {
  const seconds = Number.parseFloat(press.actionTs);
  const bucket = Number.isFinite(seconds) ? Math.floor(seconds / PRESS_WINDOW_SECONDS) : press.actionTs;
  // Hashed: a button value may be 2000 characters, too long for a primary-key index entry.
  const identity = JSON.stringify([press.container, press.actionId, press.value ?? '']);
  const base = `slack:press:${createHash('sha256').update(identity).digest('base64url')}`;
  if (typeof bucket === 'string') return [`${base}:${bucket}`];
  return [`${base}:${bucket}`, `${base}:${bucket + 1}`];
}
