import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.ts';

/**
 * One HTTP server for everything casus serves: health, the Slack and Bot Framework endpoints and the try-out
 * page. Routes are exact method + path pairs; channels register theirs at composition time.
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: RouteHandler;
}

export interface RunningHttpServer {
  readonly port: number;
  readonly url: string;
  /** Stops accepting connections and waits for open requests to end (idle keep-alive sockets are closed). */
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function startHttpServer(options: {
  port: number;
  host?: string;
  routes: Route[];
  logger: Logger;
}): Promise<RunningHttpServer> {
  const { routes, logger } = options;
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (!route) {
      const allowed = routes.filter((r) => r.path === path).map((r) => r.method);
      if (allowed.length > 0) {
        res.setHeader('allow', allowed.join(', '));
        return sendJson(res, 405, { error: 'method-not-allowed' });
      }
      return sendJson(res, 404, { error: 'not-found' });
    }
    try {
      await route.handler(req, res);
    } catch (error) {
      // Unexpected failures are logged by route and error name only: request bodies may hold care data.
      logger.error('request failed', { path, error: error instanceof Error ? error.name : 'unknown' });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal-error' });
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
