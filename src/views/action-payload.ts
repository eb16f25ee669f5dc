import { z } from 'zod';
import { COMMAND_IDS } from '../domain/commands.ts';
import { CANCEL_REASONS, DECLINE_REASONS } from '../domain/conferences/rescue-policy.ts';
import { DIGEST_LIST_SECTIONS } from '../domain/digest/digest-sections.ts';
import { DomainError } from '../domain/errors.ts';
import type { ActionId } from './action-ids.ts';

/** Slack's limit for a button value; Teams has none worth worrying about. */
export const MAX_VALUE_LENGTH = 2000;

const id = z.string().min(1).max(100);
const location = z.enum(['home', 'office', 'online']);
/** Whether the resident and their network are invited (they are not staff, so not attendees). */
const guests = z.object({ resident: z.boolean(), network: z.boolean() }).strict();

/**
 * What each button carries. Payloads say *which* thing, never care content, and are not trusted: Teams
 * clients can send any data, so use cases still check that the actor may touch the thing.
 * Payloads for ids whose feature is not built yet are a first guess; change them with the feature.
 */
const payloadSchemas = {
  'help.show': z.object({}).strict(),
  'help.command': z.object({ command: z.enum(COMMAND_IDS) }).strict(),
  'conference.accept': z.object({ conferenceId: id }).strict(),
  'conference.decline': z.object({ conferenceId: id }).strict(),
  'conference.decline-reason': z.object({ conferenceId: id, reason: z.enum(DECLINE_REASONS) }).strict(),
  /** `version`: the conference as the choice was offered; a choice on an older state is refused. */
  'conference.rescue': z
    .object({
      conferenceId: id,
      step: z.enum(['deputy', 'online', 'postpone']),
      deputyId: id.optional(),
      forId: id.optional(),
      version: z.number().int().min(0),
    })
    .strict(),
  'conference.cancel': z.object({ conferenceId: id, reason: z.enum(CANCEL_REASONS).optional() }).strict(),
  'conference.minutes': z.object({ conferenceId: id }).strict(),
  'conference.written-input': z.object({ conferenceId: id }).strict(),
  /**
   * `bundle`: the other actions shown with it in one message (a bundled nudge). The answer replaces that
   * message, so it shows those still open again, with their buttons, instead of only the action pressed.
   */
  'action.done': z.object({ actionItemId: id, bundle: z.array(id).max(15).optional() }).strict(),
  'action.snooze': z.object({ actionItemId: id, days: z.number().int().min(1).max(30) }).strict(),
  'action.blocked': z.object({ actionItemId: id }).strict(),
  'action.reassign': z.object({ actionItemId: id }).strict(),
  'action.unblock': z.object({ actionItemId: id }).strict(),
  /**
   * `another`: the person chose a second conference while one is still to come; `moves`: the scheduled
   * conference this proposal moves (Verplaatsen).
   */
  'plan.propose': z
    .object({
      householdId: id,
      location: location.optional(),
      guests: guests.optional(),
      another: z.boolean().optional(),
      moves: id.optional(),
    })
    .strict(),
  /** `start` in epoch minutes (UTC): the slot as proposed; booking checks it is still free. */
  'plan.pick-slot': z
    .object({
      householdId: id,
      start: z.number().int().positive(),
      location,
      guests: guests.optional(),
      another: z.boolean().optional(),
      moves: id.optional(),
    })
    .strict(),
  'household.new': z.object({}).strict(),
  'household.show': z.object({ householdId: id }).strict(),
  'household.edit': z.object({ householdId: id }).strict(),
  /** Without `confirmed` it asks first; the second button carries `confirmed: true`. */
  'household.close-plan': z.object({ householdId: id, confirmed: z.boolean().optional() }).strict(),
  'household.reopen-plan': z.object({ householdId: id }).strict(),
  'consent.renew': z.object({ consentId: id }).strict(),
  'calendar.renew': z.object({}).strict(),
  'calendar.revoke': z.object({}).strict(),
  'digest.more': z.object({ teamId: id, section: z.enum(DIGEST_LIST_SECTIONS) }).strict(),
  'digest.opt-out': z.object({}).strict(),
  'digest.opt-in': z.object({}).strict(),
  'rotation.swap': z.object({ rotationId: id, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  'rotation.swap-answer': z.object({ swapId: id, accept: z.boolean() }).strict(),
  'rotation.setup': z.object({}).strict(),
  /** What the person typed; see ActionIds.formOpen. */
  'form.open': z.object({ text: z.string().min(1).max(500) }).strict(),
} satisfies { [A in ActionId]: z.ZodType };

export type ActionPayload<A extends ActionId> = z.infer<(typeof payloadSchemas)[A]>;

export type DecodeResult<A extends ActionId> =
  | { ok: true; payload: ActionPayload<A> }
  | { ok: false; error: DomainError<'invalid-action-payload'> };

/** Compact JSON. Throws on a payload that does not fit: that is a bug in our code, not user input. */
export function encodeActionValue<A extends ActionId>(actionId: A, payload: ActionPayload<A>): string {
  const value = JSON.stringify(payloadSchemas[actionId].parse(payload));
  if (value.length > MAX_VALUE_LENGTH) {
    throw new Error(
      `Payload for ${actionId} is ${value.length} characters; the limit is ${MAX_VALUE_LENGTH}`,
    );
  }
  return value;
}

/** A missing value counts as `{}`, because a button without a payload sends none. */
export function decodeActionValue<A extends ActionId>(actionId: A, value: unknown): DecodeResult<A> {
  const invalid = (cause?: unknown): DecodeResult<A> => ({
    ok: false,
    error: new DomainError('invalid-action-payload', {}, { cause }),
  });
  if (value === undefined || value === '') value = '{}';
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return invalid();

  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch (error) {
    return invalid(error);
  }
  const parsed = payloadSchemas[actionId].safeParse(json);
  return parsed.success ? { ok: true, payload: parsed.data as ActionPayload<A> } : invalid(parsed.error);
}
