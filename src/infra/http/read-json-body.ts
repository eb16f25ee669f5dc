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
 */
export async function readJsonBody<S extends z.ZodTypeAny>(
  req: IncomingMessage,
  schema: S,
  limitBytes: number,
): Promise<BodyResult<z.infer<S>>> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) return refuse({ kind: 'not-json-content-type' });

  const raw = await readRawBody(req, limitBytes);
  const text = raw?.toString('utf8');
  if (text === undefined) return refuse({ kind: 'too-large' });

  let json: unknown;
  try {
    json = JSON.parse(text);
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
