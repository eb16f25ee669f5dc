import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import type { Router } from '../../app/router.ts';
import { isLocale, LOCALES, type Locale } from '../../domain/locale.ts';
import { type Route, sendJson } from '../../infra/http/http-server.ts';
import { MAX_VALUE_LENGTH } from '../../views/action-payload.ts';
import type { View } from '../../views/view-model.ts';
import { renderTryoutPage } from './page-html.ts';
import { type BodyProblem, readJsonBody } from './read-json-body.ts';
import { renderViewHtml } from './render-html.ts';

/** Far above any command or button press, far below anything that could hurt. */
export const MAX_BODY_BYTES = 16 * 1024;
/** Matches the page's input maxlength. */
const MAX_TEXT_LENGTH = 2000;

const locale = z.enum(LOCALES);
const messageBody = z.object({ text: z.string().max(MAX_TEXT_LENGTH), locale });
const actionBody = z.object({
  actionId: z.string().min(1).max(200),
  value: z.string().max(MAX_VALUE_LENGTH).optional(),
  locale,
});

/** Until the try-out lets people pick a demo professional, everyone talks as an unlinked visitor. */
const TRYOUT_ACTOR: Actor = { displayName: 'Try-out' };

export interface TryoutDeps {
  router: Router;
  /** The page's language when the URL has no valid `?lang=`. */
  defaultLocale: Locale;
}

export interface TryoutAnswer {
  html: string;
  fallbackText: string;
}

/**
 * The browser try-out: `GET /` serves the page, the two POST endpoints answer with rendered HTML.
 * Like the Slack and Teams channels, each endpoint only parses, calls the router, and renders.
 */
export function tryoutRoutes({ router, defaultLocale }: TryoutDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/',
      handler: (req, res) => {
        const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
        sendPage(res, isLocale(lang) ? lang : defaultLocale);
      },
    },
    {
      method: 'POST',
      path: '/tryout/message',
      handler: async (req, res) => {
        const body = await readJsonBody(req, messageBody, MAX_BODY_BYTES);
        if (!body.ok) return sendProblem(res, body.problem);
        const { text, locale } = body.value;
        sendAnswer(res, await router.handleText({ text, locale, actor: TRYOUT_ACTOR }));
      },
    },
    {
      method: 'POST',
      path: '/tryout/action',
      handler: async (req, res) => {
        const body = await readJsonBody(req, actionBody, MAX_BODY_BYTES);
        if (!body.ok) return sendProblem(res, body.problem);
        const { actionId, value, locale } = body.value;
        sendAnswer(res, await router.handleAction({ actionId, value, locale, actor: TRYOUT_ACTOR }));
      },
    },
  ];
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
function sendPage(res: ServerResponse, locale: Locale): void {
  const nonce = randomBytes(16).toString('base64');
  const html = renderTryoutPage({ locale, nonce });
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
