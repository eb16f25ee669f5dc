import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../src/app/router.ts';
import { createTryoutChannel, type TryoutChannel } from '../../src/channels/tryout/tryout-channel.ts';
import { createChannelStore } from '../../src/infra/db/repositories/channel-repository.ts';
import { createTryoutDirectory } from '../../src/infra/db/repositories/tryout-directory.ts';
import { seedDemoIfEmpty } from '../../src/infra/demo/seed-demo.ts';
import { type RunningHttpServer, startHttpServer } from '../../src/infra/http/http-server.ts';
import { silentLogger } from '../../src/infra/logger.ts';
import { createView, form, header, text } from '../../src/views/view-model.ts';
import { householdFormFeature } from '../channels/recording-router.ts';
import { launchChromium } from '../support/browser.ts';
import { openTestDatabase } from '../support/databases.ts';

/**
 * The try-out page in a real headless Chromium against the real HTTP server, router and an embedded
 * database seeded with the demo team: picking a professional, commands in two languages, a button round
 * trip, proactive messages arriving live, messages sent while the page was closed, and forms submitted from
 * either conversation.
 */
/** Everything here answers in milliseconds; a wait this long means it is not coming. */
const WAIT = { timeout: 5_000 };
const SCREENSHOT = '/tmp/tryout-e2e.png';

let db: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
let server: RunningHttpServer | undefined;
let channel: TryoutChannel | undefined;
let browser: Browser | undefined;
let page: Page;
let yaraId: string;
let teamChannelId: string;
let sent = 0;

beforeAll(async () => {
  // First, while nothing else runs: the packaged browser unpacks under a temporary TMPDIR (tests/support/browser.ts).
  browser = await launchChromium();
  db = await openTestDatabase({ kind: 'embedded', dataDir: 'memory' });
  await seedDemoIfEmpty(db);
  const store = createChannelStore(db.prisma);
  const directory = createTryoutDirectory(db.prisma);
  // The test area with a form (tests/channels/recording-router.ts): `household <ref>` answers with one.
  const router = createRouter({ features: [householdFormFeature] });
  channel = createTryoutChannel({ router, store, defaultLocale: 'nl', directory });
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: channel.routes,
    logger: silentLogger,
  });

  const yara = await store.findProfessional('tryout', '', 'demo-yara');
  const channelId = await directory.teamChannelId();
  if (!yara || !channelId) throw new Error('the demo seed has no Yara or no team');
  yaraId = yara.id;
  teamChannelId = channelId;

  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(WAIT.timeout);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  channel?.close();
  await server?.close();
  await db?.dispose();
});

function url(path = '/') {
  if (!server) throw new Error('no server');
  return `${server.url}${path}`;
}

function sendProactive(target: `user:${string}` | `channel:${string}`, title: string) {
  if (!channel) throw new Error('no channel');
  const view = createView(title, [header(title), text('Dit bericht kwam vanzelf binnen.')]);
  return channel.messenger.send({ target, view, idempotencyKey: `e2e-${++sent}` });
}

/** What the browser would say about an invalid control ('' when it is valid). */
const validationMessage = (element: unknown) => (element as { validationMessage: string }).validationMessage;

const dm = () => page.locator('#dm-messages');
const teamChannel = () => page.locator('#channel-messages');
const answers = () => dm().locator('.casus-view');

async function type(command: string) {
  await page.fill('#command', command);
  await page.press('#command', 'Enter');
}

describe('try-out page in Chromium', () => {
  it('lets a visitor pick a demo professional and answers hulp with the Dutch help', async () => {
    await page.goto(url('/'));
    expect(await page.isDisabled('#command')).toBe(true);
    const yara = page.locator('#professional option[value="demo-yara"]');
    expect(await yara.textContent()).toBe(
      'Yara Denkbeeld — Schuldhulp Oostwijk · Inkomensconsulent, Schuldhulpverlening',
    );
    expect(await page.locator('#professional option').count()).toBe(11);

    await page.selectOption('#professional', 'demo-yara');
    await type('hulp');
    await dm().locator('.view-header', { hasText: 'Wat kan casus voor je doen?' }).waitFor(WAIT);
    expect(await dm().locator('.from-user').last().textContent()).toContain('hulp');
  });

  it('keeps the pick when switching to English and answers help in English', async () => {
    await page.click('a[hreflang="en"]');
    await page.waitForURL(url('/?lang=en'), WAIT);
    expect(await page.inputValue('#professional')).toBe('demo-yara');
    await type('help');
    await dm().locator('.view-header', { hasText: 'What can casus do for you?' }).waitFor(WAIT);
  });

  it('runs a button of an answer and shows the new answer', async () => {
    const before = await answers().count();
    await answers().last().locator('button[data-action-id="help.command"]', { hasText: 'plan' }).click();
    await dm().locator('.view-text', { hasText: "The command 'plan' doesn't work yet." }).waitFor(WAIT);
    expect(await answers().count()).toBe(before + 1);
  });

  it('shows a proactive direct message and a team channel message live, without reload', async () => {
    await sendProactive(`user:${yaraId}`, 'Herinnering: actie voor HH-2041');
    await dm().locator('.view-header', { hasText: 'Herinnering: actie voor HH-2041' }).waitFor(WAIT);
    await sendProactive(`channel:${teamChannelId}`, 'Weekoverzicht Buurtteam Oost');
    await teamChannel().locator('.view-header', { hasText: 'Weekoverzicht Buurtteam Oost' }).waitFor(WAIT);
    expect(await teamChannel().locator('.casus-view').count()).toBe(1);
  });

  it('shows what was sent while the page was closed once it opens again', async () => {
    await page.goto('about:blank');
    await sendProactive(`user:${yaraId}`, 'Verzonden terwijl je weg was');
    await sendProactive(`channel:${teamChannelId}`, 'Aankondiging terwijl je weg was');
    await page.goto(url('/?lang=en'));
    await dm().locator('.view-header', { hasText: 'Verzonden terwijl je weg was' }).waitFor(WAIT);
    await teamChannel().locator('.view-header', { hasText: 'Aankondiging terwijl je weg was' }).waitFor(WAIT);
    // Earlier messages come back once each, in the order they were sent.
    expect(await dm().locator('.view-header').allTextContents()).toEqual([
      'Herinnering: actie voor HH-2041',
      'Verzonden terwijl je weg was',
    ]);
    expect(await teamChannel().locator('.view-header').allTextContents()).toEqual([
      'Weekoverzicht Buurtteam Oost',
      'Aankondiging terwijl je weg was',
    ]);
    await type('help');
    await dm().locator('.view-header', { hasText: 'What can casus do for you?' }).waitFor(WAIT);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('shows one conversation at a time behind tabs on a narrow screen', async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    expect(await page.isVisible('#panel-dm')).toBe(true);
    expect(await page.isVisible('#panel-channel')).toBe(false);
    await page.click('#tab-channel');
    expect(await page.isVisible('#panel-channel')).toBe(true);
    expect(await page.isVisible('#panel-dm')).toBe(false);
    expect(await page.getAttribute('#tab-channel', 'aria-selected')).toBe('true');
  });

  it('submits a form from an answer in the direct messages, with the checked boxes, and answers privately', async () => {
    // Back from the narrow screen: the direct messages tab first, then both conversations side by side.
    await page.click('#tab-dm');
    await page.setViewportSize({ width: 1280, height: 900 });
    await type('household HH-2041');
    const householdForm = dm().locator('form[data-form-id="note:HH-2041"]').last();
    await householdForm.waitFor(WAIT);
    // The multiselect's initial choice is checked already.
    expect(await householdForm.locator('input[type="checkbox"][value="money"]').isChecked()).toBe(true);

    // The browser keeps a required field from being sent empty.
    const before = await answers().count();
    await householdForm.locator('button[type="submit"]').click();
    expect(await householdForm.locator('textarea[name="note"]').evaluate(validationMessage)).not.toBe('');
    expect(await answers().count()).toBe(before);

    await householdForm.locator('textarea[name="note"]').fill('Huisbezoek gepland');
    await householdForm.getByLabel('Gezondheid').check();
    await householdForm.locator('button[type="submit"]').click();
    const saved = dm().locator('.view-text', { hasText: 'Opgeslagen voor HH-2041' });
    await saved.waitFor(WAIT);
    expect(await saved.textContent()).toContain('"domains":"money,health"');
    expect(await saved.textContent()).toContain('"note":"Huisbezoek gepland"');
    await dm().locator('.view-text', { hasText: 'privé' }).last().waitFor(WAIT);
    // Answered forms are switched off, as Slack closes its modal and Teams replaces its card.
    expect(await householdForm.locator('textarea[name="note"]').isDisabled()).toBe(true);
    expect(await householdForm.locator('button[type="submit"]').isDisabled()).toBe(true);
    expect(await page.locator('body').textContent()).not.toContain('Formulieren werken nog niet');
  });

  it('answers a form in the team channel as shared, and asks for a choice in a required multiselect', async () => {
    const view = createView('Notitie', [
      form({
        formId: 'note:HH-3001',
        title: 'Notitie voor het team',
        submitLabel: 'Versturen',
        fields: [
          {
            id: 'domains',
            kind: 'multiselect',
            label: 'Leefgebieden',
            required: true,
            options: [
              { value: 'housing', label: 'Wonen' },
              { value: 'money', label: 'Geld' },
            ],
          },
        ],
      }),
    ]);
    if (!channel) throw new Error('no channel');
    await channel.messenger.send({
      target: `channel:${teamChannelId}`,
      view,
      idempotencyKey: `e2e-${++sent}`,
    });
    const teamForm = teamChannel().locator('form[data-form-id="note:HH-3001"]');
    await teamForm.waitFor(WAIT);

    await teamForm.locator('button[type="submit"]').click();
    const first = teamForm.locator('input[type="checkbox"]').first();
    expect(await first.evaluate(validationMessage)).toBe('Choose at least one.');
    expect(await teamChannel().locator('.view-text', { hasText: 'Opgeslagen' }).count()).toBe(0);

    await teamForm.getByLabel('Wonen').check();
    await teamForm.locator('button[type="submit"]').click();
    await teamChannel().locator('.view-text', { hasText: 'Opgeslagen voor HH-3001' }).waitFor(WAIT);
    await teamChannel().locator('.view-text', { hasText: 'gedeeld' }).waitFor(WAIT);
  });
});
