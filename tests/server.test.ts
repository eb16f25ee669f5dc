import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/infra/logger.ts';
import { startCasus } from '../src/server.ts';
import { testDeployments } from './support/deployments.ts';
import { startCasusProcess } from './support/run-casus.ts';

const tempDataDir = () => mkdtempSync(join(tmpdir(), 'casus-server-'));
const { deployments, cleanUp } = testDeployments();
afterAll(cleanUp);

for (const { label, env: makeEnv } of deployments) {
  describe(`npm start [${label}]`, () => {
    it('migrates, seeds the demo team, serves /healthz, stops cleanly on SIGTERM; a restart keeps the data', async () => {
      const env = { PORT: '0', LOG_LEVEL: 'info', ...makeEnv() };
      const first = startCasusProcess(env);
      const port = await first.listening;
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', database: label });
      expect(first.stderr()).toContain('applied migration');
      expect(first.stderr()).toContain('seeded the fictional demo team');

      first.child.kill('SIGTERM');
      expect(await first.exited).toEqual({ code: 0, signal: null });
      expect(first.stderr()).toContain('casus stopped');

      const second = startCasusProcess(env);
      const secondPort = await second.listening;
      expect((await fetch(`http://127.0.0.1:${secondPort}/healthz`)).status).toBe(200);
      expect(second.stderr()).not.toContain('applied migration');
      expect(second.stderr()).not.toContain('seeded the fictional demo team');
      second.child.kill('SIGINT');
      expect((await second.exited).code).toBe(0);
    }, 90_000);

    it('answers 503 on /healthz when the database no longer answers, and 404/405 for unknown routes', async () => {
      const casus = await startCasus(loadConfig({ PORT: '0', ...makeEnv() }), silentLogger);
      try {
        expect((await fetch(`${casus.url}/healthz`)).status).toBe(200);
        expect((await fetch(`${casus.url}/nowhere`)).status).toBe(404);
        expect((await fetch(`${casus.url}/healthz`, { method: 'POST' })).status).toBe(405);
        await casus.db.close();
        const down = await fetch(`${casus.url}/healthz`);
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({ status: 'database-unavailable', database: label });
      } finally {
        await casus.stop();
      }
    }, 60_000);
  });
}

describe('startup', () => {
  it('refuses to start on bad configuration, one line per problem', async () => {
    const run = startCasusProcess({ PORT: 'abc', LOCALE: 'fr', DATA_DIR: tempDataDir() });
    expect((await run.exited).code).toBe(1);
    expect(run.stderr()).toContain('PORT: expected a port number (got "abc")');
    expect(run.stderr()).toContain('LOCALE: expected nl or en (got "fr")');
  }, 30_000);
});

describe('startup in production', () => {
  it('refuses to serve Teams traffic without Bot Framework credentials', async () => {
    const run = startCasusProcess({ NODE_ENV: 'production', PORT: '0', DATA_DIR: tempDataDir() });
    expect((await run.exited).code).toBe(1);
    expect(run.stderr()).toContain('"code":"teams-credentials-missing"');
    expect(run.stderr()).toContain('MicrosoftAppId');
  }, 30_000);
});
