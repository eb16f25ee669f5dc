import { z } from 'zod';

/**
 * The parts of each Slack payload casus handles that Bolt or our listeners read, checked before Bolt sees
 * the body. Bolt types payloads but does not check them: `event: null` or a button press with `channel: null`
 * made it throw before anyone acknowledged (a 500, which Slack retries). Objects pass through unknown keys,
 * so a listener may read more than is checked here; what it reads must then tolerate any JSON.
 * https://docs.slack.dev/reference/interaction-payloads
 */

/** Ids, timestamps and keys: what Slack sends is short and printable, and a NUL would fail in PostgreSQL. */
export const slackId = z
  .string()
  .min(1)
  .max(255)
  .refine((value) => !/\p{Cc}/u.test(value), 'control character in an id');

/** A callback_id may be empty (a modal without one). */
const callbackId = z.union([z.literal(''), slackId]);

/** A value casus put on a button and Slack echoes back: at most Slack's 2,000 characters, never a NUL. */
const buttonValue = z
  .string()
  .max(2000)
  .refine((value) => !value.includes('\u0000'), 'NUL in a button value');

/** What a person typed: anything; NUL bytes are replaced afterwards (see cleanStrings). */
const typedText = z.string();

/** The URL parser quietly drops or encodes control characters and spaces; Slack's URLs have none. */
const httpUrl = z
  .string()
  .max(2000)
  .url()
  .refine((url) => /^https?:\/\/[^\p{Cc}\s]+$/iu.test(url), 'not a plain http(s) URL');

/**
 * Bolt decides what a body is by the first of these keys it finds (`getTypeAndConversation`): a button press
 * carrying `event` would be read as an event. Each kind must not carry the keys that come before its own.
 */
const notAnEvent = { event: z.undefined() };
const notACommand = { ...notAnEvent, command: z.undefined() };
const notOptions = { ...notACommand, name: z.undefined() };

const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape).passthrough();

// ---- Slash command: a form, every field a string. https://docs.slack.dev/interactivity/implementing-slash-commands
export const casusCommandSchema = object({
  ...notAnEvent,
  command: z.literal('/casus'),
  team_id: slackId,
  user_id: slackId,
  channel_id: slackId,
  trigger_id: slackId,
  response_url: httpUrl,
  text: typedText.optional(),
  enterprise_id: slackId.optional(),
});

// ---- Events API. https://docs.slack.dev/apis/events-api/#callback-field
/** Fields Bolt inspects on every event to find its channel and user, whatever the event type. */
const boltEventFields = {
  type: slackId,
  user: slackId.optional(),
  channel: slackId.optional(),
  channel_id: slackId.optional(),
  item: object({}).optional(),
  subteam: object({}).optional(),
};

const mentionSchema = object({
  ...boltEventFields,
  type: z.literal('app_mention'),
  channel: slackId,
  text: typedText,
  ts: slackId,
  thread_ts: slackId.optional(),
});

/** Message events come in many subtypes (edits, joins…); the listener skips all but plain messages. */
const messageSchema = object({
  ...boltEventFields,
  type: z.literal('message'),
  channel: slackId,
  ts: slackId,
  text: typedText.optional(),
  subtype: slackId.optional(),
  channel_type: slackId.optional(),
  bot_id: slackId.optional(),
  thread_ts: slackId.optional(),
});

export const homeOpenedSchema = object({
  ...boltEventFields,
  type: z.literal('app_home_opened'),
  user: slackId,
  tab: slackId.optional(),
});

/** The event types casus has a listener for; any other is acknowledged and left alone. */
export const handledEventSchemas = {
  app_mention: mentionSchema,
  message: messageSchema,
  app_home_opened: homeOpenedSchema,
} as const;

const authorization = object({
  team_id: slackId.nullish(),
  enterprise_id: slackId.nullish(),
  user_id: slackId.nullish(),
  is_enterprise_install: z.boolean().optional(),
});

export const eventEnvelopeSchema = object({
  type: z.literal('event_callback'),
  event_id: slackId,
  team_id: slackId.optional(),
  enterprise_id: slackId.nullish(),
  authorizations: z.array(authorization).optional(),
  event: object({ type: slackId }),
});

export const urlVerificationSchema = object({
  type: z.literal('url_verification'),
  challenge: z.string().min(1).max(1000),
});

// ---- Interactivity: a form with one `payload` field holding JSON.
const user = object({ id: slackId, team_id: slackId.optional() });
/** Null for an org-wide installation; Bolt then reads user.team_id. */
const team = object({ id: slackId }).nullish();
const enterprise = object({ id: slackId.optional() }).nullish();
const responseUrls = z.array(object({ response_url: httpUrl })).optional();

export const blockActionsSchema = object({
  ...notOptions,
  type: z.literal('block_actions'),
  trigger_id: slackId,
  user,
  team,
  enterprise,
  container: object({
    type: slackId,
    message_ts: slackId.optional(),
    view_id: slackId.optional(),
    channel_id: slackId.optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  // Absent on the Home tab and in modals; Bolt reads channel.id whenever the key is there.
  channel: object({ id: slackId }).optional(),
  response_url: httpUrl.optional(),
  response_urls: responseUrls,
  actions: z
    .array(
      object({
        action_id: slackId,
        action_ts: slackId,
        block_id: slackId.optional(),
        value: buttonValue.optional(),
      }),
    )
    .min(1)
    .max(25),
});

/** One input's state as parseModalSubmission reads it. */
const submittedInput = object({
  type: slackId.optional(),
  value: typedText.nullish(),
  selected_date: slackId.nullish(),
  selected_option: object({ value: buttonValue.optional() }).nullish(),
  selected_options: z.array(object({ value: buttonValue.optional() })).nullish(),
});

export const viewSubmissionSchema = object({
  ...notOptions,
  actions: z.undefined(),
  type: z.literal('view_submission'),
  trigger_id: slackId.optional(),
  user,
  team,
  enterprise,
  view: object({
    id: slackId,
    hash: slackId,
    callback_id: callbackId,
    app_installed_team_id: slackId.nullish(),
    private_metadata: z.string().max(3000).optional(),
    state: object({ values: z.record(z.record(submittedInput)) }),
  }),
  response_urls: responseUrls,
});
