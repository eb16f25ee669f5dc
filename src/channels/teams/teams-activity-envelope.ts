import { type Activity, ActivityTypes } from 'botbuilder';
import { z } from 'zod';

/**
 * The envelope of an inbound activity, checked before botbuilder sees it. botbuilder trusts its input:
 * a `serviceUrl` that is not a string throws inside the connector factory (`endpoint.toLowerCase is not a
 * function`), an entity without a `type` throws in mention handling, a number as channel id reaches
 * Prisma. Teams sends none of these, so such a request gets a 400 and no turn starts.
 * Shapes: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object
 */

/** Teams ids are short (`29:…`, `19:…@thread.tacv2;messageid=…`); the cap only keeps junk out of the database. */
const MAX_ID_LENGTH = 1024;
/** Adaptive Card data nests a few levels; Teams' own envelopes under ten. Deeper is not a Teams activity. */
const MAX_DEPTH = 32;

const id = z.string().min(1).max(MAX_ID_LENGTH);
const optionalId = z.string().max(MAX_ID_LENGTH).optional();
const instant = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO 8601 time')
  .optional();
const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

const account = z.object({ id, name: z.string().optional(), aadObjectId: optionalId }).passthrough();
const conversation = z
  .object({
    id,
    name: z.string().optional(),
    conversationType: z.string().optional(),
    tenantId: optionalId,
    isGroup: z.boolean().optional(),
  })
  .passthrough();
const withId = z.object({ id: optionalId }).passthrough();
const channelData = z
  .object({ tenant: withId.optional(), channel: withId.optional(), team: withId.optional() })
  .passthrough();
// botbuilder lower-cases every entity's type; a mention must say whom it mentions and what text to strip.
const entity = z
  .object({ type: z.string() })
  .passthrough()
  .superRefine((value, ctx) => {
    if (value.type.toLowerCase() !== 'mention') return;
    const mention = z.object({ mentioned: z.object({ id: z.string() }).passthrough(), text: z.string() });
    if (!mention.safeParse(value).success)
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'a mention names mentioned.id and text' });
  });

const activityTypes = Object.values(ActivityTypes) as [string, ...string[]];

const envelope = z
  .object({
    type: z.enum(activityTypes),
    id: optionalId,
    name: z.string().max(256).optional(),
    channelId: id,
    serviceUrl: httpUrl,
    from: account,
    recipient: account,
    conversation,
    text: z.string().optional(),
    textFormat: z.string().optional(),
    locale: z.string().max(64).optional(),
    replyToId: optionalId,
    timestamp: instant,
    localTimestamp: instant,
    expiration: instant,
    action: z.string().optional(),
    deliveryMode: z.string().optional(),
    entities: z.array(entity).optional(),
    attachments: z.array(z.object({ contentType: z.string() }).passthrough()).optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
    channelData: channelData.optional(),
  })
  .passthrough();

export type EnvelopeResult = { ok: true; activity: Activity } | { ok: false; field: string };

/**
 * The activity as botbuilder wants it, or the first field that Teams would never send like this. The field
 * path (never its value) is what gets logged.
 */
export function parseTeamsActivity(body: unknown): EnvelopeResult {
  const cleaned = cleanStrings(body, [], 0);
  if (!cleaned.ok) return { ok: false, field: loggable(cleaned.field.split('.')) };
  const parsed = envelope.safeParse(cleaned.value);
  if (!parsed.success) return { ok: false, field: loggable(parsed.error.issues[0]?.path ?? []) };
  return { ok: true, activity: withDates(parsed.data) };
}

/** Keys are the sender's too: only plain names and indexes, and only the first few, reach the log. */
function loggable(path: readonly (string | number)[]): string {
  const shown = path.slice(0, 4).map((part) => (/^[\w$-]{1,40}$/.test(String(part)) ? String(part) : '?'));
  return shown.join('.') || 'body';
}

/**
 * What a person typed or a card sent: here such a character becomes U+FFFD (as in the Slack channel), so
 * the person still gets an answer and nothing silently joins two words.
 */
const PERSON_CONTENT = new Set(['text', 'value']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type Cleaned = { ok: true; value: unknown } | { ok: false; field: string };

/**
 * PostgreSQL stores neither NUL (`\u0000`, Prisma P2039) nor half a UTF-16 surrogate pair in text or
 * jsonb, and ids end up in both (delivery keys, conversation references). In ids and every other envelope
 * field such a character means the activity is not from Teams: refused. In the text and card data a person
 * sent it is replaced. Depth is capped before anything recurses further.
 */
function cleanStrings(value: unknown, path: string[], depth: number): Cleaned {
  if (depth > MAX_DEPTH) return { ok: false, field: path.join('.') };
  if (typeof value === 'string') {
    const broken = value.includes('\u0000') || LONE_SURROGATE.test(value);
    LONE_SURROGATE.lastIndex = 0;
    if (!broken) return { ok: true, value };
    if (!PERSON_CONTENT.has(path[0] ?? '')) return { ok: false, field: path.join('.') };
    return { ok: true, value: value.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATE, '\uFFFD') };
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const [index, item] of value.entries()) {
      const cleaned = cleanStrings(item, [...path, String(index)], depth + 1);
      if (!cleaned.ok) return cleaned;
      items.push(cleaned.value);
    }
    return { ok: true, value: items };
  }
  if (typeof value === 'object' && value !== null) {
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) {
      const cleanKey = cleanStrings(key, [...path, key], depth + 1);
      if (!cleanKey.ok) return cleanKey;
      const cleaned = cleanStrings(item, [...path, key], depth + 1);
      if (!cleaned.ok) return cleaned;
      entries.push([cleanKey.value as string, cleaned.value]);
    }
    // fromEntries defines own properties, so a key called `__proto__` stays a plain key.
    return { ok: true, value: Object.fromEntries(entries) };
  }
  return { ok: true, value };
}

/** What botbuilder's validateAndFixActivity does in CloudAdapter.process, which the route does not call. */
function withDates(activity: z.infer<typeof envelope>): Activity {
  const { timestamp, localTimestamp, expiration, ...rest } = activity;
  return {
    ...rest,
    ...(timestamp === undefined ? {} : { timestamp: new Date(timestamp), rawTimestamp: timestamp }),
    ...(localTimestamp === undefined
      ? {}
      : { localTimestamp: new Date(localTimestamp), rawLocalTimestamp: localTimestamp }),
    ...(expiration === undefined ? {} : { expiration: new Date(expiration), rawExpiration: expiration }),
  } as unknown as Activity;
}
