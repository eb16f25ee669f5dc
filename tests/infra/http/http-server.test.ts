import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Route, type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { createLogger } from '../../../src/infra/logger.ts';

const answer =
  (name: string): Route['handler'] =>
  (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`${name} ${req.url}`);
  };

describe('HTTP server routing', () => {
  let server: RunningHttpServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('debug', (line) => logLines.push(line)),
      routes: [
        { method: 'GET', path: '/healthz', handler: answer('health') },
        { method: 'GET', path: '/files/', prefix: true, handler: answer('files') },
        { method: 'GET', path: '/files/special', handler: answer('special') },
        { method: 'GET', path: '/files/deep/', prefix: true, handler: answer('deep') },
        {
          method: 'GET',
          path: '/boom/',
          prefix: true,
          handler: () => {
            throw new TypeError('failed');
          },
        },
      ],
    });
  });

  afterAll(async () => {
    await server.close();
  });

  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${server.url}${path}`, init);
    return { status: response.status, body: await response.text(), allow: response.headers.get('allow') };
  };

  it('keeps exact routes exact', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: 'health /healthz' });
    expect(await get('/healthz/more')).toMatchObject({ status: 404 });
    expect(await get('/nothing')).toMatchObject({ status: 404, body: '{"error":"not-found"}' });
  });

  it('sends every path under a prefix route to it, with the query intact', async () => {
    expect(await get('/files/abc.ics?x=1')).toMatchObject({ status: 200, body: 'files /files/abc.ics?x=1' });
    expect(await get('/files/a/b/c')).toMatchObject({ status: 200, body: 'files /files/a/b/c' });
    expect(await get('/files')).toMatchObject({ status: 404 });
  });

  it('prefers an exact route, then the longest prefix', async () => {
    expect((await get('/files/special')).body).toBe('special /files/special');
    expect((await get('/files/deep/x')).body).toBe('deep /files/deep/x');
  });

  it('answers 405 with Allow for a prefix route asked with another method', async () => {
    expect(await get('/files/abc', { method: 'POST' })).toMatchObject({ status: 405, allow: 'GET' });
    expect(await get('/healthz', { method: 'POST' })).toMatchObject({ status: 405, allow: 'GET' });
  });

  it('logs a failing prefix route by its prefix, not by the path that may hold a secret', async () => {
    expect((await get('/boom/s3cret-token.ics')).status).toBe(500);
    const failure = logLines.find((line) => line.includes('request failed'));
    expect(JSON.parse(failure ?? '{}')).toMatchObject({ path: '/boom/…', error: 'TypeError' });
    expect(logLines.join('\n')).not.toContain('s3cret');
  });
});
