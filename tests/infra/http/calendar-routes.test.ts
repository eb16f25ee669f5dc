import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { calendarFeedUrl, calendarInviteUrl } from '../../../src/app/calendar/calendar-links.ts';
import {
  ensureFeedToken,
  renewFeedToken,
  revokeFeedToken,
} from '../../../src/infra/db/repositories/calendar-feed-repository.ts';
import { calendarRoutes } from '../../../src/infra/http/calendar-routes.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { createLogger } from '../../../src/infra/logger.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { type CalendarFixture, FIXTURE_NOW, seedCalendarFixture } from './calendar-fixtures.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

function readBack(ics: string): Component {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]);
}

function eventsOf(root: Component) {
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstProperty('dtstart');
    const time = start?.getFirstValue() as Time;
    return {
      uid: vevent.getFirstPropertyValue('uid'),
      summary: vevent.getFirstPropertyValue('summary'),
      status: vevent.getFirstPropertyValue('status'),
      sequence: vevent.getFirstPropertyValue('sequence'),
      location: vevent.getFirstPropertyValue('location'),
      transp: vevent.getFirstPropertyValue('transp'),
      description: String(vevent.getFirstPropertyValue('description') ?? ''),
      tzid: start?.getFirstParameter('tzid'),
      wallClock: `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`,
      instant: new Date(time.toUnixTime() * 1000).toISOString(),
    };
  });
}

describeEachDatabase('calendar routes', (db) => {
  let server: RunningHttpServer;
  let fixture: CalendarFixture;
  const logLines: string[] = [];
  const publicUrl = () => server.url;

  beforeAll(async () => {
    fixture = await seedCalendarFixture(db().prisma);
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: calendarRoutes(db().prisma, {
        get publicUrl() {
          return publicUrl();
        },
        now: () => FIXTURE_NOW,
      }),
      logger: createLogger('debug', (line) => logLines.push(line)),
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('serves the feed of the professional’s own booked conferences, read back by ical.js', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.anna);
    const response = await fetch(calendarFeedUrl(server.url, token));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');

    const root = readBack(await response.text());
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    // Anna's locale is English.
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Case conferences (casus)');
    const events = eventsOf(root);
    // No proposal, no conference of someone else, nothing more than a year ahead.
    expect(events.map((e) => e.uid)).toEqual([fixture.beforeDst, fixture.afterDst, fixture.postponed]);

    const [before, after, postponed] = events;
    // 09:00 in Amsterdam on both sides of the DST change, written with the zone, not as UTC.
    expect(before).toMatchObject({
      tzid: 'Europe/Amsterdam',
      wallClock: '09:00',
      instant: '2026-03-27T08:00:00.000Z',
      summary: 'Casusoverleg HH-2041',
      status: 'CONFIRMED',
      sequence: 1,
      location: 'At the household’s home',
      transp: 'OPAQUE',
    });
    expect(before?.description).toContain('You are a required participant.');
    expect(before?.description).toContain('You accepted.');
    expect(after).toMatchObject({
      tzid: 'Europe/Amsterdam',
      wallClock: '09:00',
      instant: '2026-03-30T07:00:00.000Z',
      summary: 'Casusoverleg HH-2041',
      status: 'CANCELLED',
      sequence: 3,
    });
    expect(postponed).toMatchObject({ status: 'TENTATIVE', location: 'Online' });
    expect(postponed?.description).toContain('Postponed');
    // Summaries carry the reference only.
    for (const e of events) expect(e.summary).toBe('Casusoverleg HH-2041');
  });

  it('shows a declined conference as free time, in the professional’s own language', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.chris);
    const events = eventsOf(readBack(await (await fetch(calendarFeedUrl(server.url, token))).text()));
    expect(events.map((e) => e.uid)).toEqual([fixture.beforeDst, fixture.chrisOnly]);
    expect(events[0]).toMatchObject({ transp: 'TRANSPARENT', location: 'Bij het huishouden thuis' });
    expect(events[0]?.description).toContain('Je hebt afgeslagen.');
    expect(events[1]?.summary).toBe('Casusoverleg HH-2042');
  });

  it('logs each download as an export of the conferences of each household in it, and a 404 as nothing', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.chris);
    const exports = () =>
      db().prisma.accessLogEntry.findMany({
        where: { actorId: fixture.chris, action: 'export' },
        orderBy: { reference: 'asc' },
      });
    const earlier = new Set((await exports()).map((e) => e.id));
    expect((await fetch(calendarFeedUrl(server.url, token))).status).toBe(200);
    const logged = (await exports()).filter((e) => !earlier.has(e.id));
    expect(logged.map((e) => [e.reference, e.kind, e.channel, e.outcome, e.details])).toEqual([
      ['HH-2041', 'conference', 'calendar-feed', 'ok', { conferences: 1 }],
      ['HH-2042', 'conference', 'calendar-feed', 'ok', { conferences: 1 }],
    ]);
    expect(JSON.stringify(logged)).not.toContain(token);

    const all = await db().prisma.accessLogEntry.count();
    expect((await fetch(calendarFeedUrl(server.url, 'A'.repeat(32)))).status).toBe(404);
    expect(await db().prisma.accessLogEntry.count()).toBe(all);
  });

  it('serves one invitation as a download with organizer and attendees from the attendance', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.bram);
    const response = await fetch(calendarInviteUrl(server.url, token, fixture.beforeDst));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="casusoverleg-HH-2041.ics"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');

    const root = readBack(await response.text());
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = root.getFirstSubcomponent('vevent') as Component;
    expect(vevent.getFirstPropertyValue('uid')).toBe(fixture.beforeDst);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
    expect(vevent.getFirstPropertyValue('summary')).toBe('Casusoverleg HH-2041');
    expect(vevent.getFirstProperty('dtstart')?.getFirstParameter('tzid')).toBe('Europe/Amsterdam');
    const organizer = vevent.getFirstProperty('organizer');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:anna@wijkteam.example.nl');
    expect(organizer?.getFirstParameter('cn')).toBe('Anna de Vries');
    const attendees = vevent
      .getAllProperties('attendee')
      .map((p) => ({
        address: String(p.getFirstValue()).toLowerCase(),
        role: p.getFirstParameter('role'),
        rsvp: p.getFirstParameter('rsvp'),
        partstat: p.getFirstParameter('partstat'),
      }))
      .sort((a, b) => a.address.localeCompare(b.address));
    // Chris (who declined) has no e-mail address: he is listed with one that cannot receive mail.
    const expected = [
      {
        address: 'mailto:anna@wijkteam.example.nl',
        role: 'REQ-PARTICIPANT',
        rsvp: 'FALSE',
        partstat: 'ACCEPTED',
      },
      {
        address: 'mailto:bram@ggz.example.nl',
        role: 'OPT-PARTICIPANT',
        rsvp: 'TRUE',
        partstat: 'NEEDS-ACTION',
      },
      {
        address: `mailto:${fixture.chris}@attendee.casus.invalid`,
        role: 'REQ-PARTICIPANT',
        rsvp: 'FALSE',
        partstat: 'DECLINED',
      },
    ];
    expect(attendees).toEqual(expected.sort((x, y) => x.address.localeCompare(y.address)));
  });

  it('serves a cancelled conference’s invitation as a CANCEL', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.anna);
    const root = readBack(await (await fetch(calendarInviteUrl(server.url, token, fixture.afterDst))).text());
    expect(root.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(root.getFirstSubcomponent('vevent')?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('answers the same short 404 to a stranger, a non-attendee, a proposal and nonsense', async () => {
    const bram = await ensureFeedToken(db().prisma, fixture.bram);
    const anna = await ensureFeedToken(db().prisma, fixture.anna);
    const urls = [
      calendarFeedUrl(server.url, 'A'.repeat(32)),
      calendarInviteUrl(server.url, bram, fixture.chrisOnly),
      calendarInviteUrl(server.url, anna, fixture.proposal),
      calendarInviteUrl(server.url, 'A'.repeat(32), fixture.beforeDst),
      calendarInviteUrl(server.url, bram, 'no-such-uid@casus.test'),
      `${server.url}/calendar/${bram}`,
      `${server.url}/calendar/`,
      `${server.url}/calendar/${bram}/%E0%A4%A.ics`,
    ];
    for (const url of urls) {
      const response = await fetch(url);
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      expect(await response.text()).toBe('Not found\n');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('stops answering a revoked link, and a renewed link replaces the old one', async () => {
    const first = await ensureFeedToken(db().prisma, fixture.anna);
    const renewed = await renewFeedToken(db().prisma, fixture.anna);
    expect(renewed).not.toBe(first);
    expect((await fetch(calendarFeedUrl(server.url, first))).status).toBe(404);
    expect((await fetch(calendarInviteUrl(server.url, first, fixture.beforeDst))).status).toBe(404);
    expect((await fetch(calendarFeedUrl(server.url, renewed))).status).toBe(200);

    await revokeFeedToken(db().prisma, fixture.anna);
    expect((await fetch(calendarFeedUrl(server.url, renewed))).status).toBe(404);
    expect((await fetch(calendarInviteUrl(server.url, renewed, fixture.beforeDst))).status).toBe(404);

    const again = await ensureFeedToken(db().prisma, fixture.anna);
    expect(again).not.toBe(renewed);
    expect((await fetch(calendarFeedUrl(server.url, again))).status).toBe(200);
  });

  it('stops answering when the professional is no longer active', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.chris);
    await db().prisma.professional.update({ where: { id: fixture.chris }, data: { active: false } });
    try {
      expect((await fetch(calendarFeedUrl(server.url, token))).status).toBe(404);
    } finally {
      await db().prisma.professional.update({ where: { id: fixture.chris }, data: { active: true } });
    }
  });

  it('drops a team’s conferences from the feed of someone who left the team, and their invitations answer 404', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.bram);
    const membership = await db().prisma.teamMembership.findFirstOrThrow({
      where: { professionalId: fixture.bram },
    });
    const before = eventsOf(readBack(await (await fetch(calendarFeedUrl(server.url, token))).text()));
    expect(before.length).toBeGreaterThan(0);
    await db().prisma.teamMembership.delete({
      where: { teamId_professionalId: { teamId: membership.teamId, professionalId: fixture.bram } },
    });
    try {
      const after = await fetch(calendarFeedUrl(server.url, token));
      expect(after.status).toBe(200);
      expect(eventsOf(readBack(await after.text()))).toEqual([]);
      expect((await fetch(calendarInviteUrl(server.url, token, fixture.beforeDst))).status).toBe(404);
    } finally {
      await db().prisma.teamMembership.create({ data: membership });
    }
  });

  it('never writes a token to the log, not even when a request fails', async () => {
    const token = await ensureFeedToken(db().prisma, fixture.bram);
    const failing = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: calendarRoutes(
        {
          professional: {
            findFirst: () => Promise.reject(new Error(`database down while reading ${token}`)),
          },
        } as never,
        { publicUrl: 'http://localhost' },
      ),
      logger: createLogger('debug', (line) => logLines.push(line)),
    });
    try {
      expect((await fetch(calendarFeedUrl(failing.url, token))).status).toBe(500);
    } finally {
      await failing.close();
    }
    expect(logLines.join('\n')).toContain('request failed');
    for (const line of logLines) expect(line).not.toContain(token);
  });

  it('puts a person’s rotation turns in their feed as all-day events, in their language', async () => {
    const { teamId } = await db().prisma.teamMembership.findFirstOrThrow({
      where: { professionalId: fixture.chris },
    });
    await db().prisma.rotation.create({
      data: {
        teamId,
        role: 'intakedienst',
        cadence: 'weeks',
        startsOn: new Date('2026-03-23'),
        members: {
          create: [
            { professionalId: fixture.bram, position: 0 },
            { professionalId: fixture.chris, position: 1 },
          ],
        },
      },
    });
    const turnsIn = async (who: string) => {
      const token = await ensureFeedToken(db().prisma, who);
      const root = readBack(await (await fetch(calendarFeedUrl(server.url, token))).text());
      return root
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
        .filter((event) => event.startDate.isDate)
        .map((event) => ({ summary: event.summary, date: event.startDate.toString() }));
    };
    const chris = await turnsIn(fixture.chris);
    const bram = await turnsIn(fixture.bram);
    // Chris reads Dutch; Bram has no language of his own, so the default (Dutch) too.
    expect(chris.length).toBeGreaterThan(5);
    expect(chris.every((turn) => turn.summary === 'Rooster: intakedienst')).toBe(true);
    expect(bram.length).toBeGreaterThan(5);
    // The two take turns: no week is in both feeds, and the first Monday is Bram's.
    const chrisDates = new Set(chris.map((turn) => turn.date));
    expect(bram.some((turn) => chrisDates.has(turn.date))).toBe(false);
    expect(bram.map((turn) => turn.date)).toContain('2026-03-23');
    // Anna is in no rotation: her feed has only her conferences.
    expect(await turnsIn(fixture.anna)).toEqual([]);
  });
});

describeEachDatabase('calendar feed tokens', (db) => {
  let fixture: CalendarFixture;
  beforeAll(async () => {
    fixture = await seedCalendarFixture(db().prisma);
  });

  it('ends with one token when two requests create it at the same time', async () => {
    const tokens = await Promise.all(
      Array.from({ length: 5 }, () => ensureFeedToken(db().prisma, fixture.bram)),
    );
    expect(new Set(tokens).size).toBe(1);
    const row = await db().prisma.professional.findUnique({ where: { id: fixture.bram } });
    expect(row?.calendarFeedToken).toBe(tokens[0]);
    const issued = await db().prisma.accessLogEntry.findMany({
      where: { subjectId: fixture.bram, kind: 'calendar-feed', action: 'create' },
    });
    expect(issued).toHaveLength(1);
    // The audit trail never holds the token.
    expect(JSON.stringify(issued)).not.toContain(tokens[0]);
  });

  it('refuses to make a token for someone unknown', async () => {
    await expect(ensureFeedToken(db().prisma, '00000000-0000-0000-0000-000000000000')).rejects.toThrow(
      'No professional',
    );
  });
});
