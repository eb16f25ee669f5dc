import { buttonPressKeys, commandKey } from '../../src/channels/slack/delivery-keys.ts';
import { formFixture, jsonFixture, payloadForm, slackSignature } from '../channels/slack/slack-test-kit.ts';
import type { Prng } from '../fuzz/prng.ts';
import { FAKE_BOT, type FakeSlackApi } from '../support/fake-slack-api.ts';

/**
 * Bursts of signed Slack requests for the crash-and-restart test: slash commands and button presses, each with
 * its own trigger_id and response_url name, so every reply the fake records belongs to exactly one request.
 */
export const SIGNING_SECRET = 'faults-signing-secret-4b1d';

/** Slack gives up on a request after 3 seconds: a later 200 is no acknowledgement to it. */
const SLACK_ACK_TIMEOUT_MS = 3_000;

export type RequestKind = 'help' | 'plan' | 'households' | 'slot-press' | 'help-press';

export interface SlackButton {
  action_id: string;
  value?: string;
}

/** One request as a person makes it; a double click is one request sent twice (see `copies`). */
export interface BurstRequest {
  /** Unique over the whole run: the response_url name, so replies are counted per request. */
  name: string;
  kind: RequestKind;
  userId: string;
  /** The signed bodies to send: one, or two for a double click (same message, button and second). */
  bodies: string[];
  /** Milliseconds after the burst starts. */
  delayMs: number;
  /** The InboundDelivery key casus records it under before the ack. */
  inboundKey: string;
  /** Sent alone before a burst, to a server that is not killed while answering it (see warmUp). */
  warmUp?: boolean;
  /** For slot presses: the booking it asks for (start in epoch minutes). */
  slot?: { householdId: string; start: number };
}

export type Outcome = number | 'timeout' | 'refused' | 'cut-off';

export interface SentRequest extends BurstRequest {
  round: number;
  /**
   * Per body: the HTTP status; 'timeout' after Slack's 3 s; 'refused' when no server listened (sent after the
   * kill); 'cut-off' when the connection broke before an answer (in flight at the kill).
   */
  outcomes: Outcome[];
  /** Acknowledged as Slack sees it: some copy got 200 within 3 seconds. */
  acknowledged: boolean;
  /** Milliseconds from sending to the first 200. */
  ackMs?: number;
}

export interface BurstContext {
  rng: Prng;
  fake: FakeSlackApi;
  round: number;
  /** Ever-increasing, for unique names, trigger ids and message timestamps. */
  sequence: () => number;
}

export function slashCommand(
  context: BurstContext,
  kind: RequestKind,
  userId: string,
  text: string,
  delayMs: number,
): BurstRequest {
  const n = context.sequence();
  const name = `r${context.round}-${kind}-${n}`;
  const triggerId = `faults-trigger-${n}`;
  const body = formFixture('slash-command.form', {
    text,
    user_id: userId,
    team_id: FAKE_BOT.teamId,
    response_url: context.fake.responseUrl(name),
    trigger_id: triggerId,
  });
  return { name, kind, userId, bodies: [body], delayMs, inboundKey: commandKey(triggerId) };
}

/**
 * A press of a button on an ephemeral message of its own (a fresh message_ts), answered through that
 * message's response_url. With `doubleClick`, the same press is sent twice (another trigger_id, the same
 * action_ts), as Slack delivers a double click: casus must answer it once.
 */
export function buttonPress(
  context: BurstContext,
  kind: RequestKind,
  userId: string,
  button: SlackButton,
  delayMs: number,
  doubleClick: boolean,
): BurstRequest {
  const n = context.sequence();
  const name = `r${context.round}-${kind}-${n}`;
  const fixture = jsonFixture('block-actions.json');
  const [action] = fixture.actions as Record<string, unknown>[];
  const actionTs = `${Math.floor(Date.now() / 1000)}.${String(n).padStart(6, '0')}`;
  const messageTs = `1700000000.${String(n).padStart(6, '0')}`;
  const [inboundKey] = buttonPressKeys({
    container: messageTs,
    actionId: button.action_id,
    value: button.value,
    actionTs,
  });
  const body = (copy: number) =>
    payloadForm({
      ...fixture,
      user: { id: userId, team_id: FAKE_BOT.teamId },
      trigger_id: `faults-press-${n}-${copy}`,
      container: {
        type: 'message',
        message_ts: messageTs,
        channel_id: 'C0TEAM1',
        is_ephemeral: true,
      },
      channel: { id: 'C0TEAM1', name: 'wijkteam' },
      response_url: context.fake.responseUrl(name),
      actions: [{ ...action, action_id: button.action_id, value: button.value, action_ts: actionTs }],
    });
  const slot = kind === 'slot-press' ? slotOf(button) : undefined;
  return {
    name,
    kind,
    userId,
    bodies: doubleClick ? [body(1), body(2)] : [body(1)],
    delayMs,
    inboundKey: inboundKey ?? '',
    ...(slot ? { slot } : {}),
  };
}

function slotOf(button: SlackButton): { householdId: string; start: number } | undefined {
  if (!button.value) return undefined;
  const { householdId, start } = JSON.parse(button.value) as { householdId?: string; start?: number };
  return typeof householdId === 'string' && typeof start === 'number' ? { householdId, start } : undefined;
}

/** Sends one body signed with the current time, as Slack does (the server checks the timestamp). */
export async function sendSigned(url: string, body: string): Promise<Outcome> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = slackSignature(body, timestamp, SIGNING_SECRET);
  try {
    const response = await fetch(`${url}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
      signal: AbortSignal.timeout(SLACK_ACK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.status;
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return 'timeout';
    return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED' ? 'refused' : 'cut-off';
  }
}

/** Fires every request at its delay (copies of a double click 0–60 ms apart); resolves when all settled. */
export async function fireBurst(
  url: string,
  round: number,
  requests: BurstRequest[],
): Promise<SentRequest[]> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return Promise.all(
    requests.map(async (request) => {
      await pause(request.delayMs);
      const sentAt = Date.now();
      let ackMs: number | undefined;
      const outcomes = await Promise.all(
        request.bodies.map(async (body, copy) => {
          if (copy > 0) await pause(copy * 30);
          const outcome = await sendSigned(url, body);
          if (outcome === 200) ackMs ??= Date.now() - sentAt;
          return outcome;
        }),
      );
      return {
        ...request,
        round,
        outcomes,
        acknowledged: ackMs !== undefined,
        ...(ackMs !== undefined ? { ackMs } : {}),
      };
    }),
  );
}
