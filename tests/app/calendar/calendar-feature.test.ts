import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeature } from '../../../src/app/calendar/calendar-feature.ts';
import { calendarFeedUrl, calendarInviteUrl } from '../../../src/app/calendar/calendar-links.ts';
import { createRouter, type Router } from '../../../src/app/router.ts';
import type { Locale } from '../../../src/domain/locale.ts';
import { createCalendarFeedStore } from '../../../src/infra/db/repositories/calendar-feed-repository.ts';
import { calendarRoutes } from '../../../src/infra/http/calendar-routes.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import type { View } from '../../../src/views/view-model.ts';
import {
  type CalendarFixture,
  FIXTURE_NOW,
  seedCalendarFixture,
} from '../../infra/http/calendar-fixtures.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';

const FEED_URL = /http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{32}\.ics/;

function feedUrlIn(view: View): string {
  const url = FEED_URL.exec(visibleText(view))?.[0];
  if (!url) throw new Error(`no feed URL in:\n${visibleText(view)}`);
  return url;
}

describe('calendar links', () => {
  it('puts the token and the encoded UID in the path', () => {
    expect(calendarFeedUrl('https://casus.example.nl', 'abc_-9')).toBe(
      'https://casus.example.nl/calendar/abc_-9.ics',
    );
    expect(calendarInviteUrl('https://casus.example.nl', 'abc', 'c1/2@casus example')).toBe(
      'https://casus.example.nl/calendar/abc/c1%2F2%40casus%20example.ics',
    );
  });
});

describeEachDatabase('the calendar command', (db) => {
  let server: RunningHttpServer;
  let fixture: CalendarFixture;
  let router: Router;

  beforeAll(async () => {
    fixture = await seedCalendarFixture(db().prisma);
    let publicUrl = '';
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: calendarRoutes(db().prisma, { publicUrl: 'http://127.0.0.1', now: () => FIXTURE_NOW }),
      logger: silentLogger,
    });
    publicUrl = server.url;
    router = createRouter({
      features: [calendarFeature({ store: createCalendarFeedStore(db().prisma), publicUrl })],
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  const say = (
    text: string,
    who: string | undefined,
    conversation: 'private' | 'shared',
    locale: Locale = 'en',
  ) => router.handleText({ text, locale, actor: { professionalId: who }, conversation });
  const press = (
    actionId: string,
    who: string | undefined,
    conversation: 'private' | 'shared',
    locale: Locale = 'en',
  ) => router.handleAction({ actionId, value: '{}', locale, actor: { professionalId: who }, conversation });

  it('does not know someone who is not linked to a professional', async () => {
    for (const who of [undefined, '00000000-0000-0000-0000-000000000000']) {
      const shown = visibleText(await say('calendar', who, 'private'));
      expect(shown).toContain("I don't know who you are yet");
      expect(shown).not.toContain('/calendar/');
    }
  });

  it('keeps the link out of a shared conversation and points to a direct message', async () => {
    const view = await say('calendar', fixture.anna, 'shared');
    const shown = visibleText(view);
    expect(shown).toContain('Your calendar link is personal');
    expect(shown).toContain('/casus calendar');
    expect(shown).not.toContain('/calendar/');
    expect(buttonsOf(view)).toEqual([]);
    // Nothing was created by asking in the channel.
    const row = await db().prisma.professional.findUnique({ where: { id: fixture.anna } });
    expect(row?.calendarFeedToken).toBeNull();
    // Dutch word, Dutch answer.
    expect(visibleText(await say('agenda', fixture.anna, 'shared'))).toContain('/casus agenda');
  });

  it('gives the link in private with how to subscribe, and the link serves the conferences', async () => {
    const view = await say('calendar', fixture.anna, 'private');
    const shown = visibleText(view);
    const url = feedUrlIn(view);
    expect(shown).toContain('Add calendar → Subscribe from web');
    expect(shown).toContain('Other calendars (+) → From URL');
    expect(shown).toContain('Anyone with this link sees when your case conferences are');
    expect(view.fallbackText).not.toContain('/calendar/');
    expect(buttonsOf(view).map((b) => [b.actionId, b.label])).toEqual([
      ['calendar.renew', 'New link'],
      ['calendar.revoke', 'Stop the link'],
    ]);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('SUMMARY:Casusoverleg HH-2041');
    // Asking again gives the same link.
    expect(feedUrlIn(await say('calendar', fixture.anna, 'private'))).toBe(url);
  });

  it('answers in Dutch to agenda', async () => {
    const shown = visibleText(await say('agenda', fixture.bram, 'private', 'nl'));
    expect(shown).toContain('Agenda toevoegen → Abonneren vanaf internet');
    expect(shown).toContain('Andere agenda’s (+) → Via URL');
    expect(shown).toContain('Link stoppen');
  });

  it('makes a new link that replaces the old one', async () => {
    const old = feedUrlIn(await say('calendar', fixture.anna, 'private'));
    const view = await press('calendar.renew', fixture.anna, 'private');
    const renewed = feedUrlIn(view);
    expect(renewed).not.toBe(old);
    expect(visibleText(view)).toContain('The old link no longer works');
    expect((await fetch(old)).status).toBe(404);
    expect((await fetch(renewed)).status).toBe(200);
  });

  it('does not renew in a shared conversation, where the new link would show', async () => {
    const before = feedUrlIn(await say('calendar', fixture.anna, 'private'));
    const shown = visibleText(await press('calendar.renew', fixture.anna, 'shared'));
    expect(shown).toContain('Your calendar link is personal');
    expect(shown).not.toContain('/calendar/');
    expect((await fetch(before)).status).toBe(200);
  });

  it('stops the link, and afterwards offers a new one instead of making it unasked', async () => {
    const old = feedUrlIn(await say('calendar', fixture.chris, 'private'));
    const stopped = await press('calendar.revoke', fixture.chris, 'private');
    expect(visibleText(stopped)).toContain('Your calendar link is stopped');
    expect((await fetch(old)).status).toBe(404);

    const offer = await say('calendar', fixture.chris, 'private');
    expect(visibleText(offer)).toContain('Do you want a new link?');
    expect(visibleText(offer)).not.toContain('/calendar/');
    expect(buttonsOf(offer).map((b) => [b.actionId, b.label])).toEqual([
      ['calendar.renew', 'Make a new link'],
    ]);
    const row = await db().prisma.professional.findUnique({ where: { id: fixture.chris } });
    expect(row?.calendarFeedToken).toBeNull();

    const fresh = feedUrlIn(await press('calendar.renew', fixture.chris, 'private'));
    expect(fresh).not.toBe(old);
    expect((await fetch(fresh)).status).toBe(200);
    // From now on the command shows the link again.
    expect(feedUrlIn(await say('calendar', fixture.chris, 'private'))).toBe(fresh);
  });

  it('lets someone stop their link from a channel, without showing anything secret', async () => {
    const old = feedUrlIn(await say('calendar', fixture.bram, 'private'));
    const view = await press('calendar.revoke', fixture.bram, 'shared');
    expect(visibleText(view)).toContain('Your calendar link is stopped');
    expect((await fetch(old)).status).toBe(404);
  });
});
