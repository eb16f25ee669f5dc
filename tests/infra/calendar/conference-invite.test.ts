import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  type ConferenceInviteInput,
  conferenceInviteIcs,
} from '../../../src/infra/calendar/conference-invite.ts';

type Component = InstanceType<typeof ICAL.Component>;

function base(overrides: Partial<ConferenceInviteInput> = {}): ConferenceInviteInput {
  return {
    uid: 'conf-7f3a@casus.example.nl',
    sequence: 3,
    start: new Date('2026-03-30T07:00:00Z'),
    end: new Date('2026-03-30T08:00:00Z'),
    timeZone: 'Europe/Amsterdam',
    summary: 'Casusoverleg HH-2041',
    location: 'Wijkcentrum De Brug, zaal 2',
    description: 'Casus HH-2041; zie de casus in het teamkanaal',
    organizer: { name: 'Casus wijkteam Noord', email: 'casus@wijkteam.example.nl' },
    attendees: [
      { name: 'Anna de Vries', email: 'anna@wijkteam.example.nl', required: true },
      { name: 'Bram Jansen', email: 'bram@ggz.example.nl', required: false },
      { name: 'Chat Only', email: null, required: true },
    ],
    method: 'REQUEST',
    stamp: new Date('2026-03-20T10:00:00Z'),
    ...overrides,
  };
}

function readBack(ics: string): { root: Component; vevent: Component } {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevent = root.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { root, vevent };
}

function instantOf(vevent: Component, name: 'dtstart' | 'dtend'): string {
  const time = vevent.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>;
  return new Date(time.toUnixTime() * 1000).toISOString();
}

describe('conferenceInviteIcs', () => {
  it('writes a REQUEST that an independent parser reads back field by field', () => {
    const { root, vevent } = readBack(conferenceInviteIcs(base()));
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent.getFirstPropertyValue('uid')).toBe('conf-7f3a@casus.example.nl');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('location')).toBe('Wijkcentrum De Brug, zaal 2');
    expect(vevent.getFirstPropertyValue('description')).toBe('Casus HH-2041; zie de casus in het teamkanaal');

    const organizer = vevent.getFirstProperty('organizer');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:casus@wijkteam.example.nl');
    expect(organizer?.getFirstParameter('cn')).toBe('Casus wijkteam Noord');

    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      address: String(p.getFirstValue()).toLowerCase(),
      cn: p.getFirstParameter('cn'),
      role: p.getFirstParameter('role'),
      rsvp: p.getFirstParameter('rsvp'),
      partstat: p.getFirstParameter('partstat'),
    }));
    expect(attendees).toEqual([
      {
        address: 'mailto:anna@wijkteam.example.nl',
        cn: 'Anna de Vries',
        role: 'REQ-PARTICIPANT',
        rsvp: 'TRUE',
        partstat: 'NEEDS-ACTION',
      },
      {
        address: 'mailto:bram@ggz.example.nl',
        cn: 'Bram Jansen',
        role: 'OPT-PARTICIPANT',
        rsvp: 'TRUE',
        partstat: 'NEEDS-ACTION',
      },
    ]);
  });

  it('leaves people without an e-mail address out of the ATTENDEE lines', () => {
    const ics = conferenceInviteIcs(base());
    expect(ics).not.toContain('Chat Only');
    expect(readBack(ics).vevent.getAllProperties('attendee')).toHaveLength(2);
  });

  it('writes 09:00 Amsterdam on the Monday after summer time starts as TZID local time, 07:00Z', () => {
    const ics = conferenceInviteIcs(base());
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20260330T090000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20260330T100000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/DTSTAMP:20260320T100000Z/);
    const { root, vevent } = readBack(ics);
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(instantOf(vevent, 'dtstart')).toBe('2026-03-30T07:00:00.000Z');
    expect(instantOf(vevent, 'dtend')).toBe('2026-03-30T08:00:00.000Z');
  });

  it('writes 09:00 Amsterdam on the Monday after summer time ends as 08:00Z', () => {
    const ics = conferenceInviteIcs(
      base({ start: new Date('2026-10-26T08:00:00Z'), end: new Date('2026-10-26T09:30:00Z') }),
    );
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20261026T090000');
    const { vevent } = readBack(ics);
    expect(instantOf(vevent, 'dtstart')).toBe('2026-10-26T08:00:00.000Z');
    expect(instantOf(vevent, 'dtend')).toBe('2026-10-26T09:30:00.000Z');
  });

  it('puts only the pseudonymous reference in the summary', () => {
    const { vevent } = readBack(conferenceInviteIcs(base()));
    expect(vevent.getFirstPropertyValue('summary')).toBe('Casusoverleg HH-2041');
  });

  it('writes a CANCEL with the same UID, the raised SEQUENCE and STATUS:CANCELLED', () => {
    const { root, vevent } = readBack(conferenceInviteIcs(base({ method: 'CANCEL', sequence: 4 })));
    expect(root.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('uid')).toBe('conf-7f3a@casus.example.nl');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getAllProperties('attendee')).toHaveLength(2);
  });

  it('refuses a conference that ends before it starts', () => {
    expect(() => conferenceInviteIcs(base({ end: new Date('2026-03-30T06:00:00Z') }))).toThrow(/end after/);
  });
});

describe('conferenceInviteIcs: answers and postponement', () => {
  it('carries each attendee’s answer as PARTSTAT, asking for an answer only while pending', () => {
    const { vevent } = readBack(
      conferenceInviteIcs(
        base({
          attendees: [
            { name: 'Anna', email: 'anna@example.nl', required: true, response: 'accepted' },
            { name: 'Bram', email: 'bram@example.nl', required: false, response: 'pending' },
            { name: 'Chris', email: 'chris@example.nl', required: true, response: 'declined' },
            { name: 'Dewi', email: 'dewi@example.nl', required: true, response: 'tentative' },
          ],
        }),
      ),
    );
    const attendees = vevent
      .getAllProperties('attendee')
      .map((p) => [p.getFirstParameter('cn'), p.getFirstParameter('partstat'), p.getFirstParameter('rsvp')]);
    expect(attendees).toEqual([
      ['Anna', 'ACCEPTED', 'FALSE'],
      ['Bram', 'NEEDS-ACTION', 'TRUE'],
      ['Chris', 'DECLINED', 'FALSE'],
      ['Dewi', 'TENTATIVE', 'FALSE'],
    ]);
  });

  it('marks a postponed conference TENTATIVE', () => {
    const { vevent } = readBack(conferenceInviteIcs(base({ tentative: true })));
    expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});
