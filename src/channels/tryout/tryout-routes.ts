import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { ConversationKind, FormValues } from '../../app/feature.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { ConversationKey } from '../../app/ports/messenger.ts';
import type { TryoutDirectory, TryoutProfessional } from '../../app/ports/tryout-directory.ts';
import type { Router } from '../../app/router.ts';
import { isLocale, LOCALES, type Locale } from '../../domain/locale.ts';
import { type Route, sendJson } from '../../infra/http/http-server.ts';
import { type BodyProblem, readJsonBody } from '../../infra/http/read-json-body.ts';
import { MAX_VALUE_LENGTH } from '../../views/action-payload.ts';
import type { View } from '../../views/view-model.ts';
import { renderTryoutPage } from './page-html.ts';
import { renderViewHtml } from './render-html.ts';
import { identify, MAX_PROFESSIONAL_KEY_LENGTH, sendUnknownProfessional } from './tryout-identity.ts';

/** Far above any command or button press, far below anything that could hurt. */
export const MAX_BODY_BYTES = 16 * 1024;
/** Matches the page's input maxlength. */
const MAX_TEXT_LENGTH = 2000;

const locale = z.enum(LOCALES);
const professionalKey = z.string().min(1).max(MAX_PROFESSIONAL_KEY_LENGTH);
const messageBody = z.object({ text: z.string().max(MAX_TEXT_LENGTH), locale, professionalKey });
/** The pane the button or form was in: 'dm' is private, 'channel' (and a body that does not say) shared. */
const pane = z.enum(['dm', 'channel']).optional();
const actionBody = z.object({
  actionId: z.string().min(1).max(200),
  value: z.string().max(MAX_VALUE_LENGTH).optional(),
  conversation: pane,
  /** The kept message the button was on (a proactive one), so its new state replaces it. */
  messageId: z.string().min(1).max(200).optional(),
  locale,
  professionalKey,
});
/** Far above the forms casus shows; MAX_BODY_BYTES bounds the whole body anyway. */
export const MAX_FORM_FIELDS = 50;
const MAX_FIELD_ID_LENGTH = 255;
const MAX_FIELD_VALUE_LENGTH = 5000;
const formBody = z.object({
  formId: z.string().min(1).max(255),
  values: z
    .record(z.string().min(1).max(MAX_FIELD_ID_LENGTH), z.string().max(MAX_FIELD_VALUE_LENGTH))
    .refine((values) => Object.keys(values).length <= MAX_FORM_FIELDS, {
      message: `At most ${MAX_FORM_FIELDS} fields.`,
    }),
  conversation: pane,
  locale,
  professionalKey,
});

function conversationOf(paneName: 'dm' | 'channel' | undefined): ConversationKind {
  return paneName === 'dm' ? 'private' : 'shared';
}

/** An empty input or a multiselect with nothing chosen arrives as '' and means "not filled in". */
function formValuesOf(values: Record<string, string>): FormValues {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, value === '' ? undefined : value]),
  );
}

export interface TryoutDeps {
  router: Router;
  store: ChannelStore;
  directory: TryoutDirectory;
  /** The page's language when the URL has no valid `?lang=`. */
  defaultLocale: Locale;
  /** Keeps the new state of a pressed proactive message; without it, answers are only shown. */
  updateMessage?: (target: ConversationKey, id: string, view: View) => boolean;
}

export interface TryoutAnswer {
  html: string;
  fallbackText: string;
}

/**
 * The browser try-out: `GET /` serves the page, the POST endpoints (a typed message, a pressed button, a
 * submitted form) answer with rendered HTML.
 * Like the Slack and Teams channels, each endpoint only parses, identifies the speaker, calls the
 * router, and renders. The speaker is the demo professional picked on the page (`professionalKey`).
 *
 * An answer is in the professional's own language when the roster has one, as it would be in Slack or
 * Teams; otherwise in the page's. Refusals are always in the page's language: that is what the reader sees.
 */
export function tryoutRoutes(deps: TryoutDeps): Route[] {
  const { router, store, directory, defaultLocale } = deps;
  return [
    {
      method: 'GET',
      path: '/',
      handler: async (req, res) => {
        const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
        sendPage(res, isLocale(lang) ? lang : defaultLocale, await directory.listProfessionals());
      },
    },
    {
      method: 'POST',
      path: '/tryout/message',
      handler: async (req, res) => {
        const body = await readJsonBody(req, messageBody, MAX_BODY_BYTES);
        if (!body.ok) return sendProblem(res, body.problem);
        const { text, locale, professionalKey } = body.value;
        const speaker = await identify(store, professionalKey);
        if (!speaker) return sendUnknownProfessional(res, locale);
        const { actor } = speaker;
        // The composer is in the direct messages pane: only the visitor sees the answer.
        sendAnswer(
          res,
          await router.handleText({ text, locale: speaker.locale ?? locale, actor, conversation: 'private' }),
        );
      },
    },
    {
      method: 'POST',
      path: '/tryout/action',
      handler: async (req, res) => {
        const body = await readJsonBody(req, actionBody, MAX_BODY_BYTES);
        if (!body.ok) return sendProblem(res, body.problem);
        const { actionId, value, locale, professionalKey } = body.value;
        const speaker = await identify(store, professionalKey);
        if (!speaker) return sendUnknownProfessional(res, locale);
        const { actor } = speaker;
        const conversation = conversationOf(body.value.conversation);
        const answer = await router.handleAction({
          actionId,
          value,
          locale: speaker.locale ?? locale,
          actor,
          conversation,
        });
        const { messageId } = body.value;
        if (messageId && deps.updateMessage) {
          const target = await pressedConversation(directory, conversation, speaker.professionalId);
          if (target) deps.updateMessage(target, messageId, answer);
        }
        sendAnswer(res, answer);
      },
    },
    {
      method: 'POST',
      path: '/tryout/form',
      handler: async (req, res) => {
        const body = await readJsonBody(req, formBody, MAX_BODY_BYTES);
        if (!body.ok) return sendProblem(res, body.problem);
        const { formId, values, locale, professionalKey } = body.value;
        const speaker = await identify(store, professionalKey);
        if (!speaker) return sendUnknownProfessional(res, locale);
        const answer = await router.handleForm({
          formId,
          values: formValuesOf(values),
          locale: speaker.locale ?? locale,
          actor: speaker.actor,
          conversation: conversationOf(body.value.conversation),
        });
        sendAnswer(res, answer);
      },
    },
  ];
}

/**
 * Where the pressed message is kept: the presser's own DM or the team channel, never anyone else's, so a
 * page cannot touch someone else's messages. Undefined when there is no team channel.
 */
async function pressedConversation(
  directory: TryoutDirectory,
  conversation: ConversationKind,
  professionalId: string,
): Promise<ConversationKey | undefined> {
  if (conversation === 'private') return `user:${professionalId}`;
  const channelId = await directory.teamChannelId();
  return channelId ? `channel:${channelId}` : undefined;
}

function sendAnswer(res: ServerResponse, view: View): void {
  const answer: TryoutAnswer = { html: renderViewHtml(view), fallbackText: view.fallbackText };
  sendJson(res, 200, answer);
}

function sendProblem(res: ServerResponse, problem: BodyProblem): void {
  if (problem.kind === 'bad-request') {
    sendJson(res, 400, { error: 'bad-request', message: problem.message });
  } else if (problem.kind === 'not-json-content-type') {
    sendJson(res, 415, { error: 'unsupported-media-type', message: 'Send application/json.' });
  } else {
    // The rest of the body may still be on its way; closing after the answer stops it from arriving.
    res.setHeader('connection', 'close');
    sendJson(res, 413, { error: 'payload-too-large', message: `At most ${MAX_BODY_BYTES} bytes.` });
  }
}

/**
 * A fresh nonce per response lets the inline style and script run while the CSP refuses everything else:
 * no external resources, no inline event handlers, no plugins, no framing, fetches to this origin only.
 */
function sendPage(res: ServerResponse, locale: Locale, professionals: TryoutProfessional[]): void {
  const nonce = randomBytes(16).toString('base64');
  const html = renderTryoutPage({ locale, nonce, professionals });
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'content-security-policy': [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      "connect-src 'self'",
      "img-src 'self'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(html);
}
