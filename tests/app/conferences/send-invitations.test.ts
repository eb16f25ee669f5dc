import { describe, expect, it } from 'vitest';
import type {
  ConferenceSnapshot,
  SnapshotAttendee,
} from '../../../src/app/conferences/conference-snapshot.ts';
import type { InvitationStore } from '../../../src/app/conferences/invitation-store.ts';
import { sendInvitations } from '../../../src/app/conferences/send-invitations.ts';
import { FakeWork } from '../../support/fake-work.ts';
import { visibleText } from '../view-text.ts';

const startsAt = new Date('2026-11-17T13:00:00Z');
const attendee = (
  professionalId: string,
  name: string,
  platforms: SnapshotAttendee['platforms'],
): SnapshotAttendee => ({
  professionalId,
  name,
  organisationId: `org-${professionalId}`,
  role: 'required',
  rsvp: 'pending',
  platforms,
});

const snapshot = (overrides: Partial<ConferenceSnapshot> = {}): ConferenceSnapshot => ({
  id: 'c1',
  teamId: 't1',
  startsAt,
  endsAt: new Date('2026-11-17T14:30:00Z'),
  location: 'home',
  status: 'scheduled',
  icsUid: 'uid-1',
  icsSequence: 0,
  organizerId: 'sander',
  residentInvited: false,
  networkInvited: false,
  households: [
    {
      id: 'h1',
      reference: 'HH-2041',
      coordinatorId: 'sander',
      planClosedAt: null,
      consents: [
        { organisationId: 'org-esra', givenOn: '2026-01-05', validUntil: null, withdrawnOn: null },
        { organisationId: 'org-yara', givenOn: '2026-01-05', validUntil: '2026-12-31', withdrawnOn: null },
      ],
    },
  ],
  attendees: [
    attendee('esra', 'Esra Proefwoning', []),
    attendee('sander', 'Sander Voorbeeld', ['slack', 'tryout']),
    attendee('yara', 'Yara Denkbeeld', ['teams']),
  ],
  ...overrides,
});

const storeOf = (conference: ConferenceSnapshot): InvitationStore => ({
  conference: async () => conference,
  teamChannels: async () => [{ id: 'ch1', platform: 'tryout' }],
  followUpWeeks: async () => 6,
  inviteLink: async (professionalId, icsUid) => `https://casus.test/${professionalId}/${icsUid}.ics`,
});

/** Booked on Monday 16 November 2026, 10:00 in Amsterdam, unless said otherwise. */
const send = (work: FakeWork, conference: ConferenceSnapshot, now = new Date('2026-11-16T09:00:00Z')) =>
  work.run(({ outbox, scheduler }) =>
    sendInvitations(
      { outbox, scheduler, store: storeOf(conference) },
      { conferenceId: conference.id, defaultLocale: 'nl', timeZone: 'Europe/Amsterdam', now },
    ),
  );

/** HH-2041's consent for Yara's organisation, changed. */
const yaraConsent = (change: { validUntil?: string; withdrawnOn?: string }) =>
  snapshot({
    households: snapshot().households.map((h) => ({
      ...h,
      consents: h.consents.map((c) => (c.organisationId === 'org-yara' ? { ...c, ...change } : c)),
    })),
  });

describe('sending a conference’s invitations', () => {
  it('invites reachable attendees on each platform, announces it and schedules the follow-up check', async () => {
    const work = new FakeWork({ sander: ['slack', 'tryout'], yara: ['teams'] });
    expect(await send(work, snapshot())).toEqual({ invitations: 2, unreachable: ['esra'], leftOut: [] });
    expect(work.messages.map((m) => `${m.idempotencyKey} ${m.target}`)).toEqual([
      'invite:c1:0:sander:slack user:sander',
      'invite:c1:0:sander:tryout user:sander',
      'invite:c1:0:yara:teams user:yara',
      'announce:c1:0:ch1 channel:ch1',
    ]);
    expect(visibleText(work.messages[3]?.view ?? { fallbackText: '', blocks: [] })).toContain('HH-2041');
    expect(work.jobs).toEqual([
      {
        useCase: 'conference.follow-up',
        key: 'follow-up:c1',
        at: new Date('2026-12-29T13:00:00Z'),
        input: { conferenceId: 'c1', weeks: 6 },
      },
      {
        // Two working days and two hours before: Friday 13 November, 12:00 in Amsterdam.
        useCase: 'conference.quorum',
        key: 'quorum:c1:2026-11-17T13:00:00.000Z',
        at: new Date('2026-11-13T11:00:00Z'),
        input: { conferenceId: 'c1', startsAt: '2026-11-17T13:00:00.000Z' },
      },
      {
        // One working day before, at the same time: Monday 16 November, 14:00 in Amsterdam.
        useCase: 'conference.agenda',
        key: 'agenda:c1:2026-11-17T13:00:00.000Z',
        at: new Date('2026-11-16T13:00:00Z'),
        input: { conferenceId: 'c1', startsAt: '2026-11-17T13:00:00.000Z' },
      },
    ]);
  });

  it('leaves out an organisation whose consent ended yesterday or was withdrawn, and invites on its last day', async () => {
    const ended = new FakeWork({ sander: ['slack'], yara: ['teams'] });
    // Consent to 15 November; booked on the 16th (10:00 in Amsterdam).
    const result = await send(ended, yaraConsent({ validUntil: '2026-11-15' }));
    expect(result).toEqual({ invitations: 1, unreachable: ['esra'], leftOut: ['yara'] });
    expect(ended.messages.filter((m) => m.target === 'user:yara')).toEqual([]);

    // The last day is the 16th in Amsterdam, also at 00:30 there (23:30 UTC the day before).
    const lastDay = new FakeWork({ sander: ['slack'], yara: ['teams'] });
    const early = new Date('2026-11-15T23:30:00Z');
    expect((await send(lastDay, yaraConsent({ validUntil: '2026-11-16' }), early)).leftOut).toEqual([]);

    const withdrawn = new FakeWork({ sander: ['slack'], yara: ['teams'] });
    expect((await send(withdrawn, yaraConsent({ withdrawnOn: '2026-11-10' }))).leftOut).toEqual(['yara']);
  });

  it('invites the coordinator without consent for their organisation, and nobody of an organisation without any', async () => {
    const work = new FakeWork({ sander: ['slack'], yara: ['teams'], bram: ['slack'] });
    const conference = snapshot({
      attendees: [...snapshot().attendees, attendee('bram', 'Bram Zonder', ['slack'])],
    });
    // Sander (org-sander, the coordinator) has no consent row; Bram's organisation has none either.
    expect(await send(work, conference)).toEqual({
      invitations: 2,
      unreachable: ['esra'],
      leftOut: ['bram'],
    });
  });

  it('sends nothing and schedules nothing for a cancelled conference', async () => {
    const work = new FakeWork({ sander: ['slack'] });
    expect(await send(work, snapshot({ status: 'cancelled' }))).toEqual({
      invitations: 0,
      unreachable: [],
      leftOut: [],
    });
    expect([work.messages, work.jobs]).toEqual([[], []]);
  });

  it('moves the waiting check when a changed conference is sent again', async () => {
    const work = new FakeWork({ sander: ['slack'] });
    await send(work, snapshot());
    const moved = new Date('2026-11-24T13:00:00Z');
    await send(work, snapshot({ icsSequence: 1, startsAt: moved }));
    expect(work.jobs.filter((j) => j.useCase === 'conference.follow-up').map((j) => j.at)).toEqual([
      new Date('2027-01-05T13:00:00Z'),
    ]);
    // A quorum check for each time; the one for the old time does nothing when it runs (check-quorum.ts).
    expect(work.jobs.filter((j) => j.useCase === 'conference.quorum').map((j) => j.key)).toEqual([
      'quorum:c1:2026-11-17T13:00:00.000Z',
      'quorum:c1:2026-11-24T13:00:00.000Z',
    ]);
    // Likewise an agenda for each time; the old one is not sent (conference-agenda.ts).
    expect(work.jobs.filter((j) => j.useCase === 'conference.agenda').map((j) => j.key)).toEqual([
      'agenda:c1:2026-11-17T13:00:00.000Z',
      'agenda:c1:2026-11-24T13:00:00.000Z',
    ]);
    expect(work.messages.filter((m) => m.idempotencyKey.startsWith('invite:c1:1:'))).toHaveLength(1);
  });
});
