import { ZodArray, ZodEffects, ZodNullable, ZodObject, ZodOptional, ZodRecord, ZodUnion, type z } from 'zod';
import type { SlackTransport } from './parse-slack-body.ts';
import {
  blockActionsSchema,
  casusCommandSchema,
  eventEnvelopeSchema,
  handledEventSchemas,
  urlVerificationSchema,
  viewSubmissionSchema,
} from './slack-envelope-schemas.ts';

/**
 * What the receiver does with a signed, parsed body:
 * - `handle`: a kind casus has a listener for, checked, with typed text cleaned; it goes to Bolt.
 * - `ignore`: a well-formed kind casus does nothing with (a closed modal, a shortcut, an event it did not ask
 *   for): acknowledged with 200 at once, so Bolt never holds it 3 seconds waiting for a listener.
 * - `refuse`: a body Slack would never send (wrong shapes, NUL bytes in ids): 400.
 * `kind` and `reason` are safe to log: fixed words and schema paths, never payload content.
 */
export type SlackRequest =
  | { action: 'url-verification'; challenge: string }
  | { action: 'handle'; kind: string; body: Record<string, unknown> }
  | { action: 'ignore'; kind: string }
  | { action: 'refuse'; reason: string };

const EVENTS_API_TYPES = new Set(['event_callback', 'url_verification', 'app_rate_limited']);

export function classifySlackBody(transport: SlackTransport, body: Record<string, unknown>): SlackRequest {
  switch (transport) {
    case 'command':
      return classifyCommand(body);
    case 'interactivity':
      return classifyInteraction(body);
    case 'events':
      return classifyEventsApi(body);
  }
}

function classifyCommand(body: Record<string, unknown>): SlackRequest {
  if (typeof body.command !== 'string') return refuse('command: neither a command nor a payload');
  // The manifest declares /casus alone; another command would be someone else's configuration.
  if (body.command !== '/casus') return ignore('other_command');
  return check('command', casusCommandSchema, body);
}

function classifyInteraction(body: Record<string, unknown>): SlackRequest {
  const { type } = body;
  if (typeof type !== 'string') return refuse('payload: no type');
  // Events API bodies arrive as JSON, never inside an interactivity form.
  if (EVENTS_API_TYPES.has(type)) return refuse('payload: an Events API body');
  if (type === 'block_actions') return check(type, blockActionsSchema, body);
  if (type === 'view_submission') return check(type, viewSubmissionSchema, body);
  // view_closed, shortcut, message_action, block_suggestion, interactive_message, dialog_*…
  return ignore(kindName(type));
}

function classifyEventsApi(body: Record<string, unknown>): SlackRequest {
  const { type } = body;
  if (typeof type !== 'string') return refuse('events: no type');
  if (type === 'url_verification') {
    const parsed = urlVerificationSchema.safeParse(body);
    return parsed.success
      ? { action: 'url-verification', challenge: parsed.data.challenge }
      : refuse(reasonOf(type, parsed.error));
  }
  // Interactivity never comes as JSON; app_rate_limited and types Slack may add later need no answer.
  if (INTERACTION_TYPES.has(type)) return refuse('events: an interactivity payload');
  if (type !== 'event_callback') return ignore(kindName(type));
  const envelope = eventEnvelopeSchema.safeParse(body);
  if (!envelope.success) return refuse(reasonOf('event_callback', envelope.error));
  const eventType = envelope.data.event.type;
  const schema = Object.hasOwn(handledEventSchemas, eventType)
    ? handledEventSchemas[eventType as keyof typeof handledEventSchemas]
    : undefined;
  if (!schema) return ignore(`event:${kindName(eventType)}`);
  const event = schema.safeParse(envelope.data.event);
  if (!event.success) return refuse(reasonOf(`event:${eventType}`, event.error, 'event'));
  return {
    action: 'handle',
    kind: `event:${eventType}`,
    body: cleanStrings(body) as Record<string, unknown>,
  };
}

const INTERACTION_TYPES = new Set([
  'block_actions',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'block_suggestion',
  'interactive_message',
]);

function check(kind: string, schema: z.ZodTypeAny, body: Record<string, unknown>): SlackRequest {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return refuse(reasonOf(kind, parsed.error));
  return { action: 'handle', kind, body: cleanStrings(body) as Record<string, unknown> };
}

function refuse(reason: string): SlackRequest {
  return { action: 'refuse', reason };
}

function ignore(kind: string): SlackRequest {
  return { action: 'ignore', kind };
}

/** A type name as Slack spells them (`view_closed`, `reaction_added`), or 'other' for anything else. */
function kindName(type: string): string {
  return /^[a-z][a-z0-9_.]{0,63}$/.test(type) ? type : 'other';
}

/**
 * "event_callback: event.channel": which field failed. Only keys the schemas name are shown; any other (a
 * block id in a modal's state, a key someone made up) is '*', so no payload text reaches the log.
 */
function reasonOf(kind: string, error: z.ZodError, prefix?: string): string {
  const path = [...(prefix ? [prefix] : []), ...(error.issues[0]?.path ?? [])]
    .map((part) => (typeof part === 'number' || SCHEMA_KEYS.has(part) ? String(part) : '*'))
    .join('.');
  return `${kind}: ${path || 'body'}`;
}

const SCHEMA_KEYS: ReadonlySet<string> = new Set(
  [
    blockActionsSchema,
    casusCommandSchema,
    eventEnvelopeSchema,
    urlVerificationSchema,
    viewSubmissionSchema,
    ...Object.values(handledEventSchemas),
  ].flatMap(keysOf),
);

/** Every object key a schema names, at any depth. */
function keysOf(schema: z.ZodTypeAny): string[] {
  if (schema instanceof ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).flatMap(([key, inner]) => [
      key,
      ...keysOf(inner),
    ]);
  }
  if (schema instanceof ZodOptional || schema instanceof ZodNullable) return keysOf(schema.unwrap());
  if (schema instanceof ZodArray) return keysOf(schema.element);
  if (schema instanceof ZodRecord) return keysOf(schema.valueSchema);
  if (schema instanceof ZodEffects) return keysOf(schema.innerType());
  if (schema instanceof ZodUnion) return (schema.options as z.ZodTypeAny[]).flatMap(keysOf);
  return [];
}

/**
 * Typed text may hold what PostgreSQL cannot store: NUL bytes (Prisma error P2039) and lone UTF-16
 * surrogates. Both become U+FFFD, the replacement character, everywhere in the body (ids were checked
 * before and hold neither). Object keys are cleaned too, and rebuilt with Object.fromEntries so a
 * `__proto__` key stays a plain key.
 */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [cleanText(key), cleanStrings(item)]),
    );
  }
  return value;
}

/** Lone surrogates: with the u flag, a proper pair is one code point and does not match. */
const LONE_SURROGATE = /\p{Cs}/gu;

export function cleanText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
}
