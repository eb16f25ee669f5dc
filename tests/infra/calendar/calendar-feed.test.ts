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

describe('conferenceFeedIcs: tentative and free', () => {
  it('writes a postponed conference TENTATIVE and a declined one as free time', () => {
    const ics = conferenceFeedIcs({
      name: 'Casusoverleggen',
      stamp: new Date('2026-03-25T12:00:00Z'),
      conferences: [
        {
          uid: 'conf-3@casus',
          sequence: 1,
          start: new Date('2026-04-02T08:00:00Z'),
          end: new Date('2026-04-02T09:30:00Z'),
          summary: 'Casusoverleg HH-2041',
          location: 'Online',
          status: 'tentative',
          description: 'Je hebt afgeslagen.',
          free: true,
        },
      ],
    });
    const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(vevent?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(vevent?.getFirstPropertyValue('description')).toBe('Je hebt afgeslagen.');
    const stamp = vevent?.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
    expect(new Date(stamp.toUnixTime() * 1000).toISOString()).toBe('2026-03-25T12:00:00.000Z');
  });
});

describe('newFeedToken: strength', () => {
  it('holds 192 random bits', () => {
    expect(Buffer.from(newFeedToken(), 'base64url')).toHaveLength(24);
  });
});

describe('rotation turns in the feed', () => {
  it('are all-day, free events on the turn date, read back by an independent parser', () => {
    const ics = conferenceFeedIcs({
      name: 'Casusoverleggen',
      conferences: [],
      turns: [
        { uid: 'turn-r1-2026-12-14@casus', date: '2026-12-14', summary: 'Voorzitter casusoverleg' },
        { uid: 'turn-r2-2026-12-31@casus', date: '2026-12-31', summary: 'Piketdienst' },
      ],
    });
    const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = root.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        summary: e.summary,
        allDay: e.startDate.isDate,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        transparency: c.getFirstPropertyValue('transp'),
      };
    });
    expect(events).toEqual([
      {
        uid: 'turn-r1-2026-12-14@casus',
        summary: 'Voorzitter casusoverleg',
        allDay: true,
        start: '2026-12-14',
        end: '2026-12-15',
        transparency: 'TRANSPARENT',
      },
      {
        uid: 'turn-r2-2026-12-31@casus',
        summary: 'Piketdienst',
        allDay: true,
        start: '2026-12-31',
        end: '2027-01-01',
        transparency: 'TRANSPARENT',
      },
    ]);
  });
});
