import { describe, expect, it } from 'vitest';
import type { DigestActionRow, DigestInput } from '../../../src/domain/digest/digest-input.ts';
import { buildDigest } from '../../../src/domain/digest/digest-sections.ts';
import { hasNews, personalDigest } from '../../../src/domain/digest/personal-digest.ts';

/** Monday 7 December 2026, 08:30 in Amsterdam. */
const NOW = new Date('2026-12-07T07:30:00Z');
const people = [
  { id: 'p-anna', key: 'anna', name: 'Anna' },
  { id: 'p-bram', key: 'bram', name: 'Bram' },
  { id: 'p-cas', key: 'cas', name: 'Cas' },
];

function action(id: string, over: Partial<DigestActionRow>): DigestActionRow {
  return {
    id,
    reference: 'HH-1',
    ownerId: 'p-anna',
    dueOn: '2026-12-09',
    status: 'open',
    blockedSince: null,
    snoozedUntil: null,
    doneAt: null,
    doneById: null,
    description: 'Bel de woningcorporatie',
    ...over,
  };
}

function input(over: Partial<DigestInput> = {}): DigestInput {
  return {
    now: NOW,
    zone: 'Europe/Amsterdam',
    weekOf: '2026-12-07',
    settings: { helperLimits: { withoutCoordinator: 5, total: 8 }, blockedEscalationWorkingDays: 5 },
    people,
    conferences: [],
    events: [],
    actions: [],
    households: [],
    ...over,
  };
}

describe('the weekly digest sections', () => {
  it('lists this week’s conferences with which required disciplines confirmed', () => {
    const digest = buildDigest(
      input({
        conferences: [
          {
            id: 'c1',
            status: 'scheduled',
            startsAt: new Date('2026-12-09T09:00:00Z'),
            plannedStartsAt: null,
            cancelReason: null,
            references: ['HH-2', 'HH-1'],
            chairId: 'p-bram',
            minuteTakerId: null,
            attendees: [
              { professionalId: 'p-anna', role: 'required', discipline: 'wonen', rsvp: 'accepted' },
              { professionalId: 'p-bram', role: 'required', discipline: 'jeugd', rsvp: 'pending' },
              { professionalId: 'p-cas', role: 'optional', discipline: 'schuldhulp', rsvp: 'pending' },
            ],
          },
          // Next week's and a cancelled one are not this week's.
          {
            id: 'c2',
            status: 'scheduled',
            startsAt: new Date('2026-12-14T09:00:00Z'),
            plannedStartsAt: null,
            cancelReason: null,
            references: ['HH-3'],
            chairId: null,
            minuteTakerId: null,
            attendees: [],
          },
          {
            id: 'c3',
            status: 'cancelled',
            startsAt: new Date('2026-12-08T09:00:00Z'),
            plannedStartsAt: null,
            cancelReason: 'ziekte',
            references: ['HH-4'],
            chairId: null,
            minuteTakerId: null,
            attendees: [],
          },
        ],
      }),
      [],
    );
    expect(digest.conferences).toEqual([
      expect.objectContaining({
        id: 'c1',
        date: '2026-12-09',
        references: ['HH-1', 'HH-2'],
        required: ['jeugd', 'wonen'],
        confirmed: ['wonen'],
        missing: ['jeugd'],
        quorum: false,
        chair: 'Bram',
        minuteTaker: null,
      }),
    ]);
  });

  it('sorts actions into due this week, overdue and blocked too long, by owner, by reference only', () => {
    const digest = buildDigest(
      input({
        actions: [
          action('a1', { dueOn: '2026-12-09' }),
          action('a2', { dueOn: '2026-12-13', ownerId: 'p-bram', reference: 'HH-2' }),
          action('a3', { dueOn: '2026-12-14' }), // next week
          action('a4', { dueOn: '2026-12-01', reference: 'HH-5' }),
          action('a5', { dueOn: '2026-12-01', snoozedUntil: '2026-12-10' }), // snoozed: not overdue
          // Blocked since Monday 23 November: 10 working days; since 2 December: 3.
          action('a6', {
            status: 'blocked',
            blockedSince: '2026-11-23',
            dueOn: '2026-12-20',
            reference: 'HH-6',
          }),
          action('a7', { status: 'blocked', blockedSince: '2026-12-02', dueOn: '2026-12-20' }),
        ],
      }),
      [],
    );
    expect(digest.due.map((o) => [o.ownerName, o.actions.map((a) => a.reference)])).toEqual([
      ['Anna', ['HH-1']],
      ['Bram', ['HH-2']],
    ]);
    expect(digest.overdue).toEqual([
      {
        ownerId: 'p-anna',
        owner: 'anna',
        ownerName: 'Anna',
        actions: [{ id: 'a4', reference: 'HH-5', dueOn: '2026-12-01', status: 'open' }],
      },
    ]);
    expect(digest.blocked.map((b) => [b.reference, b.workingDays])).toEqual([['HH-6', 10]]);
    expect(JSON.stringify(digest)).not.toContain('woningcorporatie');
  });

  it('celebrates what was done last week, with names, most first', () => {
    const digest = buildDigest(
      input({
        actions: [
          action('d1', { status: 'done', doneAt: new Date('2026-12-01T10:00:00Z'), doneById: 'p-bram' }),
          action('d2', {
            status: 'done',
            doneAt: new Date('2026-12-06T22:59:00Z'),
            doneById: 'p-bram',
            reference: 'HH-2',
          }),
          action('d3', { status: 'done', doneAt: new Date('2026-12-03T10:00:00Z'), ownerId: 'p-cas' }),
          action('d4', { status: 'done', doneAt: new Date('2026-11-29T10:00:00Z') }), // the week before
          action('d5', { status: 'done', doneAt: new Date('2026-12-06T23:00:00Z') }), // this week already
        ],
      }),
      [],
    );
    expect(digest.done).toEqual([
      { personId: 'p-bram', person: 'bram', name: 'Bram', count: 2, references: ['HH-1', 'HH-2'] },
      { personId: 'p-cas', person: 'cas', name: 'Cas', count: 1, references: ['HH-1'] },
    ]);
  });

  it('counts last week’s protection figures from the ledger', () => {
    const conf = (id: string, startsAt: string, status: 'held' | 'cancelled' | 'scheduled') => ({
      id,
      status,
      startsAt: new Date(startsAt),
      plannedStartsAt: null,
      cancelReason: null,
      references: ['HH-1'],
      chairId: null,
      minuteTakerId: null,
      attendees: [],
    });
    const digest = buildDigest(
      input({
        conferences: [
          conf('asPlanned', '2026-12-01T09:00:00Z', 'held'),
          conf('deputy', '2026-12-02T09:00:00Z', 'held'),
          conf('cancelled', '2026-12-03T09:00:00Z', 'cancelled'),
          conf('thisWeek', '2026-12-08T09:00:00Z', 'scheduled'),
        ],
        events: [{ conferenceId: 'deputy', kind: 'deputy_added', reason: null, delayDays: null, at: NOW }],
      }),
      [],
    );
    expect(digest.protection).toMatchObject({
      from: '2026-11-30',
      to: '2026-12-06',
      planned: 3,
      heldAsPlanned: 1,
      heldWithDeputy: 1,
      heldWithWrittenInput: 0,
      postponed: 0,
      cancelled: 1,
    });
  });

  it('asks attention for households without a conference for 8 weeks and with too many helpers', () => {
    const household = (reference: string, over: object) => ({
      reference,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      planClosed: false,
      hasCoordinator: true,
      helpers: 3,
      lastConferenceAt: new Date('2026-11-20T09:00:00Z'),
      ...over,
    });
    const digest = buildDigest(
      input({
        households: [
          household('HH-OLD', { lastConferenceAt: new Date('2026-10-01T09:00:00Z') }),
          household('HH-NEVER', { lastConferenceAt: null }),
          household('HH-NEW', { lastConferenceAt: null, createdAt: new Date('2026-12-01T00:00:00Z') }),
          household('HH-CLOSED', { lastConferenceAt: null, planClosed: true }),
          household('HH-MANY', { helpers: 9 }),
          household('HH-LOOSE', { helpers: 6, hasCoordinator: false }),
        ],
      }),
      [],
    );
    expect(digest.attention).toEqual({
      noConference: [
        { reference: 'HH-NEVER', lastConferenceOn: null },
        { reference: 'HH-OLD', lastConferenceOn: '2026-10-01' },
      ],
      tooManyHelpers: [
        { reference: 'HH-MANY', helpers: 9, reason: 'too-many' },
        { reference: 'HH-LOOSE', helpers: 6, reason: 'no-coordinator' },
      ],
    });
  });

  it('gives each person their own conferences, actions (with what to do) and turns', () => {
    const rows = input({
      conferences: [
        {
          id: 'c1',
          status: 'scheduled',
          startsAt: new Date('2026-12-09T09:00:00Z'),
          plannedStartsAt: null,
          cancelReason: null,
          references: ['HH-1'],
          chairId: null,
          minuteTakerId: null,
          attendees: [{ professionalId: 'p-anna', role: 'required', discipline: 'wonen', rsvp: 'accepted' }],
        },
      ],
      actions: [action('a1', {}), action('a4', { dueOn: '2026-12-01', ownerId: 'p-bram' })],
    });
    const rotation = [
      {
        role: 'voorzitter',
        duty: 'chair' as const,
        turns: [
          { date: '2026-12-09', member: 'anna', memberName: 'Anna' },
          { date: '2026-12-16', member: 'bram', memberName: 'Bram' },
        ],
      },
    ];
    const digest = buildDigest(rows, rotation);
    expect(digest.rotation[0]?.turns).toHaveLength(1);
    const anna = personalDigest(rows, digest, people[0]!);
    expect(anna.conferences.map((c) => c.id)).toEqual(['c1']);
    expect(anna.due).toEqual([
      {
        id: 'a1',
        reference: 'HH-1',
        dueOn: '2026-12-09',
        status: 'open',
        description: 'Bel de woningcorporatie',
      },
    ]);
    expect(anna.turns).toEqual([{ role: 'voorzitter', date: '2026-12-09' }]);
    const bram = personalDigest(rows, digest, people[1]!);
    expect(bram.overdue.map((a) => a.id)).toEqual(['a4']);
    expect(bram.turns).toEqual([]);
    expect(hasNews(personalDigest(rows, digest, people[2]!))).toBe(false);
  });
});
