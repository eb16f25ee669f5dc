import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/infra/logger.ts';
import { type RunningCasus, startCasus } from '../../src/server.ts';
import { launchChromium } from '../support/browser.ts';

/**
 * The team's own view on the try-out page in a real headless Chromium, against casus composed as `npm start`
 * composes it (embedded database seeded with the demo team): the demo team coach types `team` and sees the four
 * trends drawn as SVG bar charts, each an image named by its title and captioned with its figures in words; a
 * member is refused. The real clock: the weeks depend on today, so this checks structure, not figures.
 */
const WAIT = { timeout: 15_000 };
const SCREENSHOT = '/tmp/team-view-e2e.png';

let dataDir: string | undefined;
let casus: RunningCasus | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  // First, while nothing else runs: the packaged browser unpacks under a temporary TMPDIR (tests/support/browser.ts).
  browser = await launchChromium();
  dataDir = mkdtempSync(join(tmpdir(), 'casus-team-view-'));
  casus = await startCasus(
    loadConfig({ PORT: '0', PUBLIC_URL: 'http://casus.invalid', DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
    silentLogger,
  );
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(WAIT.timeout);
}, 120_000);

afterAll(async () => {
  if (page && !page.isClosed()) await page.screenshot({ path: SCREENSHOT, fullPage: true }).catch(() => {});
  await browser?.close();
  await casus?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

function running(): RunningCasus {
  if (!casus) throw new Error('casus did not start');
  return casus;
}

const dm = () => page.locator('#dm-messages');

async function type(command: string) {
  await page.fill('#command', command);
  await page.press('#command', 'Enter');
}

async function pick(externalKey: string) {
  await page.selectOption('#professional', externalKey);
  expect(await page.isDisabled('#command')).toBe(false);
}

describe('the team view on the try-out page', () => {
  it('draws the four trends as SVG bar charts for the team coach', async () => {
    await page.goto(`${running().url}/`);
    await pick('demo-coach');
    await type('team');

    const view = dm().locator('.casus-view', {
      has: page.locator('.view-header', { hasText: 'Team Buurtteam Oost: de laatste 12 weken' }),
    });
    await view.waitFor(WAIT);
    const charts = view.locator('figure.view-chart');
    expect(await charts.count()).toBe(4);
    expect(await charts.locator('h3').allTextContents()).toEqual([
      'Overleggen gehouden zoals gepland',
      'Werkdagen tot een actie klaar is (mediaan)',
      'Acties over tijd aan het eind van elke week',
      'Hulpverleners per open huishouden (gemiddeld)',
    ]);

    const svg = charts.nth(2).locator('svg.chart');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator(':scope > title').textContent()).toBe(
      'Acties over tijd aan het eind van elke week',
    );
    // Twelve weeks, each labelled, every week of the overdue count with a bar (a count is never missing).
    expect(await svg.locator('text.chart-label').count()).toBe(12);
    expect(await svg.locator('rect.chart-bar').count()).toBe(12);
    expect(await svg.locator('text.chart-label').last().textContent()).toMatch(/^wk \d{1,2}$/);
    expect(await charts.nth(2).locator('figcaption').textContent()).toMatch(
      /^Nu over tijd: \d+\. Aan het eind van week \d+: \d+\.$/,
    );
    // The chart is drawn: it takes room on the page, and the bars are coloured by the page's stylesheet.
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(50);
    const fill = await svg
      .locator('rect.chart-bar')
      .first()
      .evaluate(
        (rect) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }).getComputedStyle(rect)
            .fill,
      );
    expect(fill).not.toBe('rgb(0, 0, 0)');
  });

  it('tells a member the view is for team coaches', async () => {
    await pick('demo-yara');
    await type('team');
    await dm().locator('.casus-view', { hasText: 'Het teamoverzicht is voor teamcoaches.' }).waitFor(WAIT);
  });
});
