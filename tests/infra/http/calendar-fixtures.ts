import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../src/generated/prisma/client.ts';

/**
 * A small fictional team for the calendar tests: Anna (organizer, English), Bram and Chris, households
 * HH-2041 and HH-2042, and conferences around the 2026 spring DST change (Sunday 29 March).
 */
export interface CalendarFixture {
  anna: string;
  bram: string;
  chris: string;
  /** 09:00 Amsterdam on Friday 27 March 2026 (winter time, 08:00Z): Anna required, Bram optional. */
  beforeDst: string;
  /** 09:00 Amsterdam on Monday 30 March 2026 (summer time, 07:00Z): Anna and Bram; cancelled. */
  afterDst: string;
  /** Thursday 2 April 2026 10:00, postponed: Anna only. */
  postponed: string;
  /** A proposal (not booked) on 3 April: Anna; never in the feed. */
  proposal: string;
  /** 2 April 2026 13:00 for HH-2042, Chris only: not Anna's. */
  chrisOnly: string;
  /** 1 June 2027: more than a year after the fixture's "now", so outside the feed. */
  farAway: string;
}

/** The fixture's "now": Wednesday 25 March 2026 12:00Z. */
export const FIXTURE_NOW = new Date('2026-03-25T12:00:00Z');

export async function seedCalendarFixture(prisma: PrismaClient): Promise<CalendarFixture> {
  const tag = randomUUID().slice(0, 8);
  const org = await prisma.organisation.create({ data: { name: `Wijkteam ${tag}` } });
  const team = await prisma.team.create({ data: { slug: `team-${tag}`, name: 'Buurtteam Test' } });
  const person = async (name: string, email: string | null, locale: string | null) => {
    const p = await prisma.professional.create({
      data: { externalKey: `${name}-${tag}`, name, email, locale, organisationId: org.id },
    });
    await prisma.teamMembership.create({ data: { teamId: team.id, professionalId: p.id } });
    return p.id;
  };
  const anna = await person('Anna de Vries', 'anna@wijkteam.example.nl', 'en');
  const bram = await person('Bram Jansen', 'bram@ggz.example.nl', null);
  const chris = await person('Chris Bakker', null, 'nl');
  const hh1 = await prisma.household.create({ data: { teamId: team.id, reference: 'HH-2041' } });
  const hh2 = await prisma.household.create({ data: { teamId: team.id, reference: 'HH-2042' } });

  const conference = async (input: {
    start: string;
    minutes?: number;
    status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
    location?: 'home' | 'office' | 'online';
    household: string;
    sequence?: number;
    attendees: { id: string; role?: 'required' | 'optional'; rsvp?: 'pending' | 'accepted' | 'declined' }[];
  }) => {
    const startsAt = new Date(input.start);
    const icsUid = `${randomUUID()}@casus.test`;
    await prisma.caseConference.create({
      data: {
        teamId: team.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (input.minutes ?? 90) * 60_000),
        status: input.status,
        location: input.location ?? 'office',
        organizerId: anna,
        icsUid,
        icsSequence: input.sequence ?? 0,
        households: { create: [{ householdId: input.household }] },
        attendances: {
          create: input.attendees.map((a) => ({
            professionalId: a.id,
            role: a.role ?? 'required',
            rsvp: a.rsvp ?? 'pending',
          })),
        },
      },
    });
    return icsUid;
  };

  return {
    anna,
    bram,
    chris,
    beforeDst: await conference({
      start: '2026-03-27T08:00:00Z',
      status: 'scheduled',
      location: 'home',
      household: hh1.id,
      sequence: 1,
      attendees: [
        { id: anna, rsvp: 'accepted' },
        { id: bram, role: 'optional', rsvp: 'pending' },
        { id: chris, rsvp: 'declined' },
      ],
    }),
    afterDst: await conference({
      start: '2026-03-30T07:00:00Z',
      status: 'cancelled',
      household: hh1.id,
      sequence: 3,
      attendees: [{ id: anna }, { id: bram }],
    }),
    postponed: await conference({
      start: '2026-04-02T08:00:00Z',
      status: 'postponed',
      location: 'online',
      household: hh1.id,
      attendees: [{ id: anna }],
    }),
    proposal: await conference({
      start: '2026-04-03T08:00:00Z',
      status: 'proposed',
      household: hh1.id,
      attendees: [{ id: anna }],
    }),
    chrisOnly: await conference({
      start: '2026-04-02T11:00:00Z',
      status: 'scheduled',
      household: hh2.id,
      attendees: [{ id: chris }],
    }),
    farAway: await conference({
      start: '2027-06-01T08:00:00Z',
      status: 'scheduled',
      household: hh1.id,
      attendees: [{ id: anna }],
    }),
  };
}
