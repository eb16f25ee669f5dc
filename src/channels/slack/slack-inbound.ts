import { z } from 'zod';

/**
 * What a Slack listener records of a request before it acknowledges it (InboundStore), and all the answering
 * job needs later, possibly after a restart: who asked, what to ask the router, and where the answer goes.
 * Slack's own short-lived handles ride along (trigger_id: 3 seconds; response_url: 30 minutes).
 */
const requester = {
  teamId: z.string().optional(),
  userId: z.string(),
  slackLocale: z.string().optional(),
};

export const slackInboundSchema = z.discriminatedUnion('kind', [
  /** `/casus <text>`: answered ephemerally through response_url, or as a modal. */
  z.object({
    kind: z.literal('command'),
    ...requester,
    text: z.string(),
    triggerId: z.string(),
    responseUrl: z.string().optional(),
  }),
  /** A button press. */
  z.object({
    kind: z.literal('press'),
    ...requester,
    actionId: z.string(),
    value: z.string().optional(),
    triggerId: z.string(),
    conversation: z.enum(['private', 'shared']),
    /** The press was on a message (not the Home tab or a modal) and Slack gave a response_url for it. */
    responseUrl: z.string().optional(),
  }),
  /** A mention in a channel or a direct message: answered in that conversation. */
  z.object({
    kind: z.literal('message'),
    ...requester,
    conversation: z.enum(['private', 'shared']),
    channel: z.string(),
    threadTs: z.string().optional(),
    text: z.string(),
  }),
  /** A modal's submit: answered in the person's direct message with casus. */
  z.object({
    kind: z.literal('submission'),
    ...requester,
    formId: z.string(),
    values: z.record(z.string().optional()),
  }),
]);

export type SlackInbound = z.infer<typeof slackInboundSchema>;
