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
  households: [{ id: 'h1', reference: 'HH-2041', coordinatorId: 'sander', planClosedAt: null }],
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

const send = (work: FakeWork, conference: ConferenceSnapshot, mayInvite?: (a: SnapshotAttendee) => boolean) =>
  work.run(({ outbox, scheduler }) =>
    sendInvitations(
      { outbox, scheduler, store: storeOf(conference) },
      {
        conferenceId: conference.id,
        defaultLocale: 'nl',
        timeZone: 'Europe/Amsterdam',
        ...(mayInvite ? { mayInvite } : {}),
      },
    ),
  );

describe('sending a conference’s invitations', () => {
  it('invites reachable attendees on each platform, announces it and schedules the follow-up check', async () => {
    const work = new FakeWork({ sander: ['slack', 'tryout'], yara: ['teams'] });
    expect(await send(work, snapshot())).toEqual({ invitations: 2, unreachable: ['esra'] });
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
    ]);
  });

  it('leaves out whom the invitee filter takes out (e.g. consent that ended)', async () => {
    const work = new FakeWork({ sander: ['slack'], yara: ['teams'] });
    const result = await send(work, snapshot(), (a) => a.professionalId !== 'yara');
    expect(result).toEqual({ invitations: 1, unreachable: ['esra'] });
    expect(work.messages.filter((m) => m.target === 'user:yara')).toEqual([]);
  });

  it('sends nothing and schedules nothing for a cancelled conference', async () => {
    const work = new FakeWork({ sander: ['slack'] });
    expect(await send(work, snapshot({ status: 'cancelled' }))).toEqual({ invitations: 0, unreachable: [] });
    expect([work.messages, work.jobs]).toEqual([[], []]);
  });

  it('moves the waiting check when a changed conference is sent again', async () => {
    const work = new FakeWork({ sander: ['slack'] });
    await send(work, snapshot());
    const moved = new Date('2026-11-24T13:00:00Z');
    await send(work, snapshot({ icsSequence: 1, startsAt: moved }));
    expect(work.jobs.map((j) => j.at)).toEqual([new Date('2027-01-05T13:00:00Z')]);
    expect(work.messages.filter((m) => m.idempotencyKey.startsWith('invite:c1:1:'))).toHaveLength(1);
  });
});
