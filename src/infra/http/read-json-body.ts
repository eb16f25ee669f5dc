import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { readRawBody } from './read-raw-body.ts';

/** Why a body was refused; the route turns each into its HTTP status. */
export type BodyProblem =
  | { kind: 'too-large' }
  | { kind: 'not-json-content-type' }
  | { kind: 'bad-request'; message: string };

export type BodyResult<T> = { ok: true; value: T } | { ok: false; problem: BodyProblem };

/**
 * Reads a JSON body of at most `limitBytes` and checks it against `schema`. Stops reading as soon as the
 * limit is passed, so an oversized body costs no more memory than the limit.
 *
 * Only `application/json` is accepted: a cross-site page can post text/plain or a form without asking,
 * but a JSON content type forces the browser's CORS preflight, which this server never answers.
 *
 * PostgreSQL stores neither NUL nor half a UTF-16 surrogate pair (Prisma P2039), so both become U+FFFD in
 * every string of the body, the way the Slack channel treats typed text; a route that checks ids itself
 * (Teams refuses such ids) passes keepUnstorableText.
 */
export async function readJsonBody<S extends z.ZodTypeAny>(
  req: IncomingMessage,
  schema: S,
  limitBytes: number,
  options: { keepUnstorableText?: boolean } = {},
): Promise<BodyResult<z.infer<S>>> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) return refuse({ kind: 'not-json-content-type' });

  const raw = await readRawBody(req, limitBytes);
  const text = raw?.toString('utf8');
  if (text === undefined) return refuse({ kind: 'too-large' });

  let json: unknown;
  try {
    json = JSON.parse(options.keepUnstorableText ? text : withStorableEscapes(text));
  } catch {
    return refuse({ kind: 'bad-request', message: 'The body is not valid JSON.' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; ');
    return refuse({ kind: 'bad-request', message });
  }
  return { ok: true, value: parsed.data };
}

function refuse(problem: BodyProblem): { ok: false; problem: BodyProblem } {
  return { ok: false, problem };
}

/**
 * A JSON text with every `\u0000` and every lone surrogate escape (`\ud800` without its pair) turned into
 * `\ufffd`, before parsing. In JSON these characters only occur as escapes: a raw NUL is a syntax error, and
 * bytes that are not UTF-8 were already decoded as U+FFFD. Escapes are matched left to right, so `\\u0000`
 * (a backslash, then the letters) stays as it is. Working on the text needs no walk over a nested value.
 */
function withStorableEscapes(text: string): string {
  return text.replace(JSON_ESCAPE, (match, code: string | undefined) => {
    if (code === undefined) return match;
    const unit = Number.parseInt(code, 16);
    return unit === 0 || (unit >= 0xd800 && unit <= 0xdfff) ? '\\ufffd' : match;
  });
}

/** A surrogate pair (kept as it is), a single \uXXXX escape, or any other escape. */
const JSON_ESCAPE = /\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u([0-9a-fA-F]{4})|\\[^u]/g;
