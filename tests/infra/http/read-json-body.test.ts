import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { type RunningHttpServer, sendJson, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { readJsonBody } from '../../../src/infra/http/read-json-body.ts';
import { silentLogger } from '../../../src/infra/logger.ts';

let server: RunningHttpServer | undefined;
afterEach(() => server?.close());

/** A route that answers with what readJsonBody made of the body, as JSON (so the test sees the strings). */
async function echo(options: { keepUnstorableText?: boolean } = {}) {
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger: silentLogger,
    routes: [
      {
        method: 'POST',
        path: '/echo',
        handler: async (req, res) => {
          const body = await readJsonBody(req, z.unknown(), 1024, options);
          sendJson(res, body.ok ? 200 : 400, body.ok ? { value: body.value } : body.problem);
        },
      },
    ],
  });
  const url = `${server.url}/echo`;
  return async (text: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    return { status: response.status, json: (await response.json()) as { value?: unknown } };
  };
}

it('turns NUL and lone surrogates into U+FFFD in every string, keys too, since PostgreSQL stores neither', async () => {
  const post = await echo();
  const { status, json } = await post(
    String.raw`{"text":"a\u0000b","k\u0000":["\ud800","x\udc00y","\uDBFF"],"pair":"\ud83d\ude00","e":"\u00e9"}`,
  );
  expect(status).toBe(200);
  expect(json.value).toEqual({
    text: 'a\uFFFDb',
    'k\uFFFD': ['\uFFFD', 'x\uFFFDy', '\uFFFD'],
    pair: '😀',
    e: 'é',
  });
});

it('leaves an escaped backslash followed by the letters u0000 alone', async () => {
  const post = await echo();
  const { json } = await post(String.raw`{"path":"C:\\u0000\\x"}`);
  expect(json.value).toEqual({ path: String.raw`C:\u0000\x` });
});

it('keeps them for a route that checks ids itself, and refuses a raw NUL as not JSON', async () => {
  const keep = await echo({ keepUnstorableText: true });
  expect((await keep(String.raw`{"id":"a\u0000"}`)).json.value).toEqual({ id: 'a\u0000' });
  expect((await keep('{"id":"a\u0000"}')).status).toBe(400);
});
