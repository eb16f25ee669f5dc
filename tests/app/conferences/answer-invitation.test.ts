import { describe, expect, it } from 'vitest';
import { answerInvitation } from '../../../src/app/conferences/answer-invitation.ts';
import type { ConferenceSnapshot } from '../../../src/app/conferences/conference-snapshot.ts';
import type { RsvpStore, RsvpUnitOfWork } from '../../../src/app/conferences/rsvp-store.ts';
import { FakeWork } from '../../support/fake-work.ts';
import { visibleText } from '../view-text.ts';

const startsAt = new Date('2026-11-17T13:00:00Z');
const now = new Date('2026-11-10T09:00:00Z');

function world() {
  const conference: ConferenceSnapshot = {
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
      { id: 'h1', reference: 'HH-2041', coordinatorId: 'sander', planClosedAt: null, consents: [] },
    ],
    attendees: [
      {
        professionalId: 'sander',
        name: 'Sander Voorbeeld',
        organisationId: 'gemeente',
        role: 'required',
        rsvp: 'pending',
        platforms: ['slack'],
      },
      {
        professionalId: 'yara',
        name: 'Yara Denkbeeld',
        organisationId: 'schuldhulp',
        role: 'required',
        rsvp: 'pending',
        platforms: ['teams'],
      },
    ],
  };
  const fake = new FakeWork({ sander: ['slack'], yara: ['teams'] });
  const store: RsvpStore = {
    conference: async (id) => (id === conference.id ? conference : undefined),
    inviteLink: async (id, uid) => `https://casus.test/${id}/${uid}.ics`,
    recordAnswer: async ({ professionalId, previous, answer }) => {
      const attendee = conference.attendees.find((a) => a.professionalId === professionalId);
      if (!attendee || attendee.rsvp !== previous) return false;
      attendee.rsvp = answer;
      return true;
    },
    activePeople: async (ids) =>
      ids.includes('sander') ? [{ id: 'sander', name: 'Sander Voorbeeld', locale: 'en' as const }] : [],
  };
  const work: RsvpUnitOfWork = { run: (w) => fake.run((ports) => w({ ...ports, store })) };
  const answers = answerInvitation({ work, defaultLocale: 'nl', timeZone: 'Europe/Amsterdam' });
  return { fake, answers };
}

describe('answering an invitation', () => {
  it('records a decline, logs it per household and tells the organiser once', async () => {
    const { fake, answers } = world();
    const input = {
      conferenceId: 'c1',
      professionalId: 'yara',
      answer: 'declined' as const,
      now,
      channel: 'teams' as const,
    };
    const first = await answers.answer(input);
    const again = await answers.answer(input);
    expect(first).toMatchObject({ kind: 'answered', changed: true, told: ['Sander Voorbeeld'] });
    expect(again).toMatchObject({ kind: 'answered', changed: false, told: [] });
    expect(fake.messages.map((m) => `${m.idempotencyKey} ${m.target}`)).toEqual([
      `rsvp:c1:yara:declined:${now.getTime()}:sander:slack user:sander`,
    ]);
    expect(visibleText(fake.messages[0]?.view ?? { fallbackText: '', blocks: [] })).toContain(
      'Yara Denkbeeld',
    );
    expect(fake.accessLog).toEqual([
      expect.objectContaining({
        actorId: 'yara',
        householdId: 'h1',
        kind: 'conference',
        action: 'change',
        channel: 'teams',
        details: { rsvp: 'declined', previous: 'pending' },
      }),
    ]);
  });

  it('tells nobody of an acceptance', async () => {
    const { fake, answers } = world();
    const outcome = await answers.answer({
      conferenceId: 'c1',
      professionalId: 'yara',
      answer: 'accepted',
      now,
    });
    expect(outcome).toMatchObject({
      kind: 'answered',
      changed: true,
      told: [],
      invitation: { rsvp: 'accepted' },
    });
    expect(fake.messages).toEqual([]);
  });

  it('answers a stranger or an unknown conference alike, and writes nothing', async () => {
    const { fake, answers } = world();
    expect(
      await answers.answer({ conferenceId: 'c1', professionalId: 'koen', answer: 'accepted', now }),
    ).toEqual({
      kind: 'not-invited',
    });
    expect(
      await answers.answer({ conferenceId: 'nope', professionalId: 'yara', answer: 'accepted', now }),
    ).toEqual({ kind: 'not-invited' });
    expect([fake.messages, fake.accessLog]).toEqual([[], []]);
  });

  it('refuses once the conference has started', async () => {
    const { answers } = world();
    expect(
      await answers.answer({ conferenceId: 'c1', professionalId: 'yara', answer: 'accepted', now: startsAt }),
    ).toMatchObject({ kind: 'past', startsAt });
  });
});
