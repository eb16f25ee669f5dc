import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/infra/logger.ts';
import { type RunningCasus, startCasus } from '../../src/server.ts';
import { launchChromium } from '../support/browser.ts';

/**
 * The whole planning flow through the try-out page in a real headless Chromium, against casus composed as
 * `npm start` composes it (embedded database seeded with the demo team, the outbox job runner sending on its
 * own): the coordinator asks for a proposal in his direct messages and books the first slot; the invitations
 * and the team channel's announcement arrive live; he accepts; his .ics downloads; another attendee declines
 * from her or his own page, and the coordinator hears of it. The real clock: slots depend on today, so this
 * checks structure, not times.
 */
/** Answers take milliseconds, but the machine is small and shared with other tests. */
const WAIT = { timeout: 15_000 };
/** Messages the outbox sends on its own: the job runner picks them up within seconds. */
const OUTBOX_WAIT = { timeout: 30_000 };
/** Where the invitation links point; casus listens on a free port, so the test rebases links onto it. */
const PUBLIC_URL = 'http://casus.invalid';
const SCREENSHOT = '/tmp/plan-flow-e2e.png';
const REFERENCE = 'HH-2041';

let dataDir: string | undefined;
let casus: RunningCasus | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  // First, while nothing else runs: the packaged browser unpacks under a temporary TMPDIR (tests/support/browser.ts).
  browser = await launchChromium();
  dataDir = mkdtempSync(join(tmpdir(), 'casus-plan-flow-'));
  casus = await startCasus(
    loadConfig({ PORT: '0', PUBLIC_URL, DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
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

const prisma = () => running().db.prisma;
const dm = () => page.locator('#dm-messages');
const teamChannel = () => page.locator('#channel-messages');
/** A message in a pane by its header, newest last. */
const withHeader = (pane: Locator, header: string | RegExp) =>
  pane.locator('.casus-view', { has: page.locator('.view-header', { hasText: header }) });

async function type(command: string) {
  await page.fill('#command', command);
  await page.press('#command', 'Enter');
}

/** Picks a demo professional; the page clears both panes and replays what casus kept for them. */
async function pick(externalKey: string) {
  await page.selectOption('#professional', externalKey);
  expect(await page.isDisabled('#command')).toBe(false);
}

async function attendances() {
  const conference = await onlyConference();
  return prisma().attendance.findMany({
    where: { conferenceId: conference.id },
    include: { professional: true },
  });
}

async function onlyConference() {
  const conferences = await prisma().caseConference.findMany({
    where: { households: { some: { household: { reference: REFERENCE } } } },
  });
  expect(conferences).toHaveLength(1);
  return conferences[0]!;
}

async function rsvpOf(externalKey: string) {
  return (await attendances()).find((a) => a.professional.externalKey === externalKey)?.rsvp;
}

/** The invitation's calendar link, 'Zet het in je agenda (.ics): <url>', as a link a person can click. */
async function calendarLink(invitation: Locator): Promise<URL> {
  const href = await invitation.locator('a[href*="/calendar/"]').first().getAttribute('href');
  if (!href) throw new Error('no .ics link in the invitation');
  return new URL(href);
}

// Filled in as the flow goes; each step builds on the one before.
let coordinatorInvitation: Locator;
let other: { key: string; name: string };

describe('planning a case conference through the try-out page', () => {
  it('shows the coordinator the proposal in his direct messages, and nothing of it in the team channel', async () => {
    await page.goto(`${running().url}/`);
    await pick('demo-sander');
    await type(`plan ${REFERENCE}`);

    const proposal = withHeader(dm(), `overleg voor ${REFERENCE}`).last();
    await proposal.waitFor(WAIT);
    expect(await proposal.locator('.view-header').first().textContent()).toMatch(
      /^(Casusoverleg|Afstemmingsoverleg) voor HH-2041$/,
    );

    // Who comes, each with a role; the coordinator is there as coordinator.
    const people = proposal.locator('.view-list', { hasText: 'Wie er komen' }).locator('li');
    expect(await people.count()).toBeGreaterThanOrEqual(2);
    for (const person of await people.all()) {
      expect(await person.locator('strong').textContent()).not.toBe('');
      expect(await person.locator('.view-meta').textContent()).toMatch(/^(regisseur|nodig|optioneel)\b/);
    }
    const sander = people.filter({ hasText: 'Sander Proefmans' });
    expect(await sander.count()).toBe(1);
    expect(await sander.locator('.view-meta').textContent()).toContain('regisseur');

    // Three moments to choose from, the other places, and inviting the resident or their network.
    await proposal.locator('.view-header', { hasText: 'Kies een moment' }).waitFor(WAIT);
    const slots = proposal.locator('button[data-action-id="plan.pick-slot"]');
    expect(await slots.count()).toBe(3);
    for (const slot of await slots.all()) expect((await slot.textContent())?.trim()).not.toBe('');
    const places = await proposal.locator('button[data-action-id="plan.propose"]').allTextContents();
    expect(places.sort()).toEqual(['Bewoner uitnodigen', 'Netwerk uitnodigen', 'Online', 'Thuis']);

    // The proposal names disciplines, which say something about the household: never in the team channel.
    const channelText = (await teamChannel().textContent()) ?? '';
    expect(channelText).not.toContain(REFERENCE);
    expect(channelText).not.toContain('Wie er komen');
    expect(await teamChannel().locator('button[data-action-id^="plan."]').count()).toBe(0);
  });

  it('books the first moment and confirms that the invitations are on their way', async () => {
    const proposal = withHeader(dm(), `overleg voor ${REFERENCE}`).last();
    await proposal.locator('button[data-action-id="plan.pick-slot"]').first().click();

    const confirmation = withHeader(dm(), 'Casusoverleg gepland').last();
    await confirmation.waitFor(WAIT);
    const confirmed = await confirmation.locator('.view-text').first().textContent();
    expect(confirmed).toMatch(
      /^HH-2041: .+, op kantoor\. \d+ uitgenodigd; de uitnodigingen zijn onderweg\.$/,
    );

    const booked = await attendances();
    expect(booked.map((a) => a.professional.externalKey)).toContain('demo-sander');
    expect(Number(/(\d+) uitgenodigd/.exec(confirmed ?? '')?.[1])).toBe(booked.length);
    expect(booked.every((a) => a.rsvp === 'pending')).toBe(true);
  });

  it('delivers his invitation to his direct messages and the announcement to the team channel by reference only', async () => {
    coordinatorInvitation = withHeader(dm(), `Uitnodiging: casusoverleg ${REFERENCE}`).last();
    await coordinatorInvitation.waitFor(OUTBOX_WAIT);
    expect(
      await coordinatorInvitation.locator('button[data-action-id="conference.accept"]').textContent(),
    ).toBe('Ik kom');
    expect(
      await coordinatorInvitation.locator('button[data-action-id="conference.decline"]').textContent(),
    ).toBe('Ik kan niet');
    const link = await calendarLink(coordinatorInvitation);
    expect(link.origin).toBe(PUBLIC_URL);
    expect(link.pathname).toMatch(/^\/calendar\/.+\.ics$/);

    const announcement = withHeader(teamChannel(), 'Casusoverleg gepland').last();
    await announcement.waitFor(OUTBOX_WAIT);
    const announced = (await announcement.textContent()) ?? '';
    expect(announced).toContain(`Er is een casusoverleg over ${REFERENCE} gepland op`);
    // No attendee, nobody of the team, and no discipline: who comes says what the household needs.
    const professionals = await prisma().professional.findMany({ select: { name: true } });
    const disciplines = await prisma().discipline.findMany({ select: { nameNl: true, nameEn: true } });
    const secrets = [
      ...professionals.map((p) => p.name),
      ...professionals.map((p) => p.name.split(' ')[0]!),
      ...disciplines.flatMap((d) => [d.nameNl, d.nameEn]),
    ];
    expect(secrets.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(announced.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(await teamChannel().locator('button').count()).toBe(0);
  }, 90_000);

  it('records his acceptance when he presses Ik kom', async () => {
    await coordinatorInvitation.locator('button[data-action-id="conference.accept"]').click();
    // The invitation itself now says so, with the way back, as Slack and Teams update theirs in place.
    const answer = dm().locator('.casus-view', { hasText: 'Je komt. Dank je!' }).last();
    await answer.waitFor(WAIT);
    expect(await withHeader(dm(), `Uitnodiging: casusoverleg ${REFERENCE}`).count()).toBe(1);
    expect(await answer.locator('.view-header').textContent()).toBe(`Uitnodiging: casusoverleg ${REFERENCE}`);
    expect(await answer.locator('button[data-action-id="conference.decline"]').textContent()).toBe(
      'Toch niet komen',
    );
    expect(await answer.locator('button[data-action-id="conference.accept"]').count()).toBe(0);
    expect(await rsvpOf('demo-sander')).toBe('accepted');
  });

  it('serves his personal .ics from the link in the invitation', async () => {
    const link = await calendarLink(coordinatorInvitation);
    const response = await fetch(`${running().url}${link.pathname}${link.search}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    // Long lines are folded (RFC 5545 §3.1): a CRLF and one space or tab continue the line before.
    const calendar = (await response.text()).replace(/\r\n[ \t]/g, '');
    const lines = calendar.split(/\r\n/);
    expect(lines).toContain('METHOD:REQUEST');
    const conference = await onlyConference();
    expect(lines).toContain(`UID:${conference.icsUid}`);
  });

  it('lets another attendee find the invitation on their own page and decline, and tells the coordinator', async () => {
    const booked = await attendances();
    const others = booked.filter((a) => a.professional.externalKey !== 'demo-sander');
    expect(others.length).toBeGreaterThan(0);
    const chosen = others.find((a) => a.professional.externalKey === 'demo-koen') ?? others[0]!;
    other = { key: chosen.professional.externalKey, name: chosen.professional.name };

    // Switching clears both panes; the invitation was kept for pages that connect later.
    await pick(other.key);
    const invitation = withHeader(dm(), `Uitnodiging: casusoverleg ${REFERENCE}`).last();
    await invitation.waitFor(OUTBOX_WAIT);
    expect(await withHeader(dm(), `Uitnodiging: casusoverleg ${REFERENCE}`).count()).toBe(1);
    // Sander's proposal and answers were his alone.
    expect(await dm().locator('button[data-action-id="plan.pick-slot"]').count()).toBe(0);
    expect(await dm().textContent()).not.toContain('Je komt. Dank je!');
    await withHeader(teamChannel(), 'Casusoverleg gepland').waitFor(WAIT);

    await invitation.locator('button[data-action-id="conference.decline"]').click();
    const answer = dm().locator('.casus-view', { hasText: 'Je kunt niet komen' }).last();
    await answer.waitFor(WAIT);
    // Sander coordinates and organises, and reads the try-out: he is told, and the answer says so.
    expect(await answer.locator('.view-text', { hasText: 'Je kunt niet komen' }).textContent()).toBe(
      'Je kunt niet komen. Ik heb het aan Sander Proefmans laten weten.',
    );
    expect(await answer.locator('button[data-action-id="conference.accept"]').textContent()).toBe(
      'Toch wel komen',
    );
    expect(await rsvpOf(other.key)).toBe('declined');
    expect(await rsvpOf('demo-sander')).toBe('accepted');
    // The rescue began in the same answer: written input asked, and why, as buttons.
    expect(await answer.locator('button[data-action-id="conference.written-input"]').textContent()).toBe(
      'Stuur schriftelijke inbreng',
    );
    await answer.locator('button[data-action-id="conference.decline-reason"]', { hasText: 'ziekte' }).click();
    await dm().locator('.casus-view', { hasText: 'genoteerd als "ziekte"' }).last().waitFor(WAIT);

    // Back to Sander: the decline notice arrives in his direct messages.
    await pick('demo-sander');
    const notice = withHeader(dm(), `Kan niet komen: casusoverleg ${REFERENCE}`).last();
    await notice.waitFor(OUTBOX_WAIT);
    expect(await notice.locator('.view-text').first().textContent()).toMatch(
      new RegExp(`^${other.name} kan niet komen naar het casusoverleg over ${REFERENCE} op .+\\.$`),
    );
    // His invitation came back as he left it (accepted), and the channel still has the one announcement.
    const kept = withHeader(dm(), `Uitnodiging: casusoverleg ${REFERENCE}`);
    expect(await kept.count()).toBe(1);
    expect(await kept.textContent()).toContain('Je komt. Dank je!');
    expect(await kept.locator('button[data-action-id="conference.accept"]').count()).toBe(0);
    expect(await withHeader(teamChannel(), 'Casusoverleg gepland').count()).toBe(1);

    // Koen alone brings youth care: Sander, who organised it, gets the rescue and moves it online.
    expect(other.key).toBe('demo-koen');
    const rescue = withHeader(dm(), `Red het casusoverleg ${REFERENCE}`).last();
    await rescue.waitFor(OUTBOX_WAIT);
    await rescue
      .locator('button[data-action-id="conference.rescue"]', { hasText: 'Korter en online' })
      .click();
    await dm().locator('.casus-view', { hasText: 'is nu korter en online' }).last().waitFor(WAIT);
    expect((await onlyConference()).location).toBe('online');
  }, 90_000);
});
