import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { conferenceFeedIcs, newFeedToken } from '../../../src/infra/calendar/calendar-feed.ts';

describe('conferenceFeedIcs', () => {
  it('publishes the conferences, cancelled ones with STATUS:CANCELLED', () => {
    const ics = conferenceFeedIcs({
      name: 'Casusoverleggen wijkteam Noord',
      conferences: [
        {
          uid: 'conf-1@casus',
          sequence: 0,
          start: new Date('2026-03-30T07:00:00Z'),
          end: new Date('2026-03-30T08:00:00Z'),
          summary: 'Casusoverleg HH-2041',
          location: 'Wijkcentrum',
          status: 'scheduled',
        },
        {
          uid: 'conf-2@casus',
          sequence: 2,
          start: new Date('2026-10-26T08:00:00Z'),
          end: new Date('2026-10-26T09:00:00Z'),
          summary: 'Casusoverleg HH-3107',
          location: 'Online',
          status: 'cancelled',
        },
      ],
    });
    const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Casusoverleggen wijkteam Noord');
    const events = root.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        summary: e.summary,
        sequence: e.sequence,
        start: new Date(e.startDate.toUnixTime() * 1000).toISOString(),
        status: c.getFirstPropertyValue('status'),
      };
    });
    expect(events).toEqual([
      {
        uid: 'conf-1@casus',
        summary: 'Casusoverleg HH-2041',
        sequence: 0,
        start: '2026-03-30T07:00:00.000Z',
        status: 'CONFIRMED',
      },
      {
        uid: 'conf-2@casus',
        summary: 'Casusoverleg HH-3107',
        sequence: 2,
        start: '2026-10-26T08:00:00.000Z',
        status: 'CANCELLED',
      },
    ]);
  });
});

describe('newFeedToken', () => {
  it('is 32 base64url characters and different every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newFeedToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
