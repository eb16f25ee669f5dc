import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../../support/fake-bot-connector.ts';
import { type CasusProcess, startCasusProcess } from '../../support/run-casus.ts';
import { actionExecute, teamsActivity } from './teams-test-kit.ts';

/** What a person might type; it must answer, and never show up in the log. */
const SENT_TEXT = 'help mevrouw Zonnebloem Dorpsstraat 7';
const SENT_ID = 'Zonnebloem-id';

let casus: CasusProcess;
let connector: FakeBotConnector;
let url: string;

beforeAll(async () => {
  connector = await startFakeBotConnector();
  casus = startCasusProcess({
    PORT: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'casus-teams-logs-')),
    LOG_LEVEL: 'debug',
  });
  url = `http://127.0.0.1:${await casus.listening}`;
}, 90_000);

afterAll(async () => {
  casus?.child.kill('SIGTERM');
  await casus?.exited;
  await connector?.close();
});

const post = async (body: unknown) => {
  const started = Date.now();
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
};

/**
 * The server as `npm start` runs it, sent the activities that used to print raw stack traces
 * (`TypeError: endpoint.toLowerCase is not a function at new ServiceClientContext…`) or reach the database
 * with a NUL byte. README promises JSON lines on stderr, without care data.
 */
it('answers malformed Teams activities quickly and writes only JSON lines without stack traces or sent text', async () => {
  const local = { serviceUrl: connector.serviceUrl };
  const message = (changes: Record<string, unknown>) =>
    teamsActivity('personal-message', { ...local, text: SENT_TEXT, ...changes });
  const garbage: unknown[] = [
    message({ serviceUrl: [] }),
    message({ serviceUrl: { $gt: '' } }),
    message({ from: { id: `29:${SENT_ID}\u0000` } }),
    message({ id: `1\u0000${SENT_ID}` }),
    message({ conversation: { id: `a:${SENT_ID}\u0000` } }),
    message({ text: { $gt: SENT_TEXT } }),
    message({ entities: [{ type: 'mention', text: SENT_TEXT }] }),
    message({ type: 'invoke', name: 'task/fetch' }),
    message({ type: 'invoke', name: undefined }),
    actionExecute({ actionId: 'help.show' }, { ...local, value: SENT_TEXT }),
    `{"type":"message","text":"${SENT_TEXT}"`,
    [SENT_TEXT],
  ];
  for (const body of garbage) {
    const { status, ms } = await post(body);
    expect(status, JSON.stringify(body).slice(0, 120)).toBeLessThan(500);
    expect(ms).toBeLessThan(3_000);
  }
  // A NUL in what a person typed is replaced, and they get their answer.
  expect((await post(message({ text: `${SENT_TEXT}\u0000` }))).status).toBe(200);
  await connector.waitForCalls(1);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);

  const lines = casus.stderr().trim().split('\n');
  for (const line of lines) {
    expect(() => JSON.parse(line), line).not.toThrow();
    expect(line).not.toMatch(/\bat .*:\d+:\d+/);
    expect(line).not.toContain('Zonnebloem');
  }
  expect(lines.join('\n')).toContain('"field":"serviceUrl"');
}, 90_000);
