import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { DEMO_TEAM_SLUG } from '../src/infra/demo/demo-team.ts';
import { seedDemo } from '../src/infra/demo/seed-demo.ts';
import { createLogger, silentLogger } from '../src/infra/logger.ts';
import { startCasus } from '../src/server.ts';
import { runImport, source } from './infra/repositories/import-helpers.ts';
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
      // The address to open, and that the try-out page is there (it is on outside production).
      expect(first.stderr()).toContain(
        `"port":${port},"url":"http://localhost:${port}","database":"${label}","tryoutPage":"http://localhost:${port}/"`,
      );

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
  }, 60_000);
});

describe('startup in production', () => {
  it('refuses to serve Teams traffic without Bot Framework credentials', async () => {
    const run = startCasusProcess({ NODE_ENV: 'production', PORT: '0', DATA_DIR: tempDataDir() });
    expect((await run.exited).code).toBe(1);
    expect(run.stderr()).toContain('"code":"teams-credentials-missing"');
    expect(run.stderr()).toContain('MicrosoftAppId');
    // Refused before the database is opened: nothing was migrated into the data directory.
    expect(run.stderr()).not.toContain('applied migration');
  }, 60_000);
});

/** Bot Framework credentials, without which production does not start at all. */
const TEAMS_CREDENTIALS = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '11111111-1111-1111-1111-111111111111',
};

/** A real team imported next to the demo: Wendy has a try-out identity, as the import allows. */
const REAL_ROSTER = {
  teams: [{ slug: 'wijkteam-west', name: 'Wijkteam West' }],
  organisations: [{ name: 'Gemeente Echtstad' }],
  professionals: [
    {
      key: 'w-001',
      name: 'Wendy Werkelijk',
      organisation: 'Gemeente Echtstad',
      teams: ['wijkteam-west'],
      contractHours: 32,
      days: [{ weekday: 'ma', start: '09:00', end: '17:00' }],
      identities: [{ platform: 'tryout', userId: 'wendy' }],
    },
  ],
};

for (const { label, env: makeEnv } of deployments) {
  describe(`the try-out in production [${label}]`, () => {
    const production = (extra: Record<string, string> = {}) =>
      loadConfig({ NODE_ENV: 'production', PORT: '0', ...TEAMS_CREDENTIALS, ...makeEnv(), ...extra });
    const post = (url: string, body: unknown) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('does not exist without TRYOUT=on, and the demo team is not seeded', async () => {
      const lines: string[] = [];
      const casus = await startCasus(
        production(),
        createLogger('info', (line) => lines.push(line)),
      );
      try {
        expect((await fetch(`${casus.url}/healthz`)).status).toBe(200);
        expect((await fetch(`${casus.url}/`)).status).toBe(404);
        const message = { text: 'huishouden HH-2041', locale: 'nl', professionalKey: 'demo-sander' };
        expect((await post(`${casus.url}/tryout/message`, message)).status).toBe(404);
        const press = { actionId: 'help', locale: 'nl', professionalKey: 'demo-sander' };
        expect((await post(`${casus.url}/tryout/action`, press)).status).toBe(404);
        const form = { formId: 'x', values: {}, locale: 'nl', professionalKey: 'demo-sander' };
        expect((await post(`${casus.url}/tryout/form`, form)).status).toBe(404);
        expect((await fetch(`${casus.url}/tryout/events?professionalKey=demo-sander`)).status).toBe(404);
        expect(await casus.db.prisma.team.count({ where: { slug: DEMO_TEAM_SLUG } })).toBe(0);
        expect(await casus.db.prisma.team.count()).toBe(0);
        expect(lines.join('\n')).not.toContain('seeded');
        const listening = lines
          .map((line) => JSON.parse(line))
          .find((l) => l.message === 'casus is listening');
        expect(listening).toMatchObject({ url: `http://localhost:${casus.port}`, tryoutPage: 'off' });
      } finally {
        await casus.stop();
      }
    }, 60_000);

    it("with TRYOUT=on serves only the demo team: another team's try-out identity is a stranger", async () => {
      const casus = await startCasus(production({ TRYOUT: 'on' }), silentLogger);
      try {
        // Still not seeded by itself: the operator adds the demo on purpose, as `casus seed-demo` does.
        expect(await casus.db.prisma.team.count()).toBe(0);
        await seedDemo(casus.db);
        const imported = await runImport(casus.db, [source('real.json', JSON.stringify(REAL_ROSTER))]);
        expect(imported.status).toBe('imported');

        const asSander = await post(`${casus.url}/tryout/message`, {
          text: 'huishouden HH-2041',
          locale: 'nl',
          professionalKey: 'demo-sander',
        });
        expect(asSander.status).toBe(200);
        expect(((await asSander.json()) as { html: string }).html).toContain('HH-2041');

        const unknown = await post(`${casus.url}/tryout/message`, {
          text: 'hulp',
          locale: 'nl',
          professionalKey: 'nobody',
        });
        expect(unknown.status).toBe(400);
        const refusal = await unknown.json();
        const asWendy = { locale: 'nl', professionalKey: 'wendy' };
        for (const [path, body] of [
          ['/tryout/message', { ...asWendy, text: 'huishouden' }],
          ['/tryout/action', { ...asWendy, actionId: 'help' }],
          ['/tryout/form', { ...asWendy, formId: 'household.new', values: {} }],
        ] as const) {
          const response = await post(`${casus.url}${path}`, body);
          expect(response.status, path).toBe(400);
          expect(await response.json(), path).toEqual(refusal);
        }
        expect((await fetch(`${casus.url}/tryout/events?professionalKey=wendy&lang=nl`)).status).toBe(400);

        const page = await (await fetch(`${casus.url}/`)).text();
        expect(page).toContain('Sander Proefmans');
        expect(page).not.toContain('Wendy');
      } finally {
        await casus.stop();
      }
    }, 60_000);
  });
}
