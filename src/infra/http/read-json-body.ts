import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';

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
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) return refuse({ kind: 'too-large' });

  const text = await readText(req, limitBytes);
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

/**
 * The body as text, or undefined once it passes the limit. Past the limit the rest is drained, not
 * destroyed: destroying a request closes its socket, and the client would never see the 413.
 */
function readText(req: IncomingMessage, limitBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd).off('error', reject);
      req.resume();
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}
