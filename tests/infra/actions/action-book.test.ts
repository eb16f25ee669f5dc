import { beforeEach, expect, it } from 'vitest';
import type { ActionBook, BookContext, LocatedActionProblem } from '../../../src/app/actions/action-book.ts';
import { actionProblemText } from '../../../src/app/actions/action-problems.ts';
import { createDatabaseActionBook } from '../../../src/infra/db/repositories/action-repository.ts';
import { createView, text } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createConference, type DemoWorld, freshDemo } from '../conferences/conference-fixture.ts';

/** Wednesday 16 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-16T09:00:00Z');
const ZONE = 'Europe/Amsterdam';

describeEachDatabase('the ActionBook on the database', (db) => {
  let world: DemoWorld;
  let book: ActionBook;
  beforeEach(async () => {
    world = await freshDemo(db());
    book = createDatabaseActionBook(db().prisma, { timeZone: ZONE, clock: { now: () => NOW } });
  }, 60_000);

  /** As a professional in a private conversation (a DM), or in the team channel with `shared`. */
  const as = (key: string, extra: Partial<BookContext> = {}): BookContext => ({
    actor: { professionalId: world.people[key] as string, channel: 'tryout' },
    privateConversation: true,
    locale: 'nl',
    now: NOW,
    timeZone: ZONE,
    ...extra,
  });
  const operator: BookContext = {
    actor: { channel: 'cli', onBehalfOf: 'operator' },
    privateConversation: true,
    locale: 'nl',
    now: NOW,
    timeZone: ZONE,
  };
  const codes = (problems: LocatedActionProblem[]) => problems.map((p) => p.code);

  async function record(ownerKey = 'yara', due = 'vrijdag', context = as('sander')) {
    const outcome = await book.recordAction(
      {
        reference: 'HH-2041',
        ownerId: world.people[ownerKey] as string,
        due,
        description: 'Schuldhulp aanvragen',
      },
      context,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    return outcome;
  }

  it('records an action on the owner’s working day, with its history, access log and a nudge look at once', async () => {
    // Koen works Monday to Thursday: Friday moves to Thursday, and the answer says so.
    const outcome = await record('koen');
    expect(outcome.action).toMatchObject({
      householdReference: 'HH-2041',
      owner: { key: 'demo-koen' },
      dueOn: '2026-12-17',
      status: 'open',
      version: 0,
    });
    expect(outcome.moved).toMatchObject({
      movedFrom: '2026-12-18',
      dueOn: '2026-12-17',
      reason: 'not-a-working-day',
    });
    const row = await db().prisma.action.findUniqueOrThrow({ where: { id: outcome.action.id } });
    expect(row.nextNudgeAt).toEqual(NOW);
    const events = await db().prisma.actionEvent.findMany({ where: { actionId: row.id } });
    expect(events.map((e) => e.kind)).toEqual(['recorded']);
    const log = await db().prisma.accessLogEntry.findMany({ where: { kind: 'actions', action: 'create' } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: world.people.sander, subjectId: row.id, outcome: 'ok' });
    // No care content in the log.
    expect(JSON.stringify(log)).not.toContain('Schuldhulp');
  });

  it('accepts an ISO date and refuses past, far and unreadable dates, an owner outside the team and empty or long text', async () => {
    expect((await record('yara', '2026-12-21')).action.dueOn).toBe('2026-12-21');
    const bad = await book.recordAction(
      { reference: 'HH-2041', ownerId: world.people.yara as string, due: 'gisteren', description: ' ' },
      as('sander'),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(codes(bad.problems).sort()).toEqual(['due-date', 'empty-text']);
    const far = await book.recordAction(
      {
        reference: 'HH-2041',
        ownerId: world.people.yara as string,
        due: '2028-01-01',
        description: 'x'.repeat(501),
      },
      as('sander'),
    );
    expect(!far.ok && far.problems).toEqual([
      { code: 'text-too-long', max: 500 },
      { code: 'due-date', problem: 'too-far-ahead', words: '2028-01-01', dueOn: '2028-01-01' },
    ]);
    await db().prisma.professional.update({ where: { id: world.people.koen }, data: { active: false } });
    const inactive = await book.recordAction(
      { reference: 'HH-2041', ownerId: world.people.koen as string, due: 'morgen', description: 'Bellen' },
      as('sander'),
    );
    expect(!inactive.ok && inactive.problems[0]).toMatchObject({
      code: 'owner-not-in-team',
      person: { key: 'demo-koen' },
    });
    if (!inactive.ok)
      expect(actionProblemText(inactive.problems[0]!, 'en')).toContain('not an active member');
    expect(await db().prisma.action.count()).toBe(1);
  });

  it('answers a request again with the first result and writes nothing', async () => {
    const first = await record('yara', 'vrijdag', as('sander', { requestKey: 'slack:abc' }));
    const again = await record('yara', 'vrijdag', as('sander', { requestKey: 'slack:abc' }));
    expect(again).toMatchObject({ alreadyRecorded: true, action: { id: first.action.id } });
    expect(first.alreadyRecorded).toBe(false);
    expect(await db().prisma.action.count()).toBe(1);
  });

  it('lets the case team record in a shared channel, refuses a team member outside it, and the operator may', async () => {
    const shared = await record('yara', 'vrijdag', as('yara', { privateConversation: false }));
    expect(shared.action.status).toBe('open');
    const outsider = await book.recordAction(
      { reference: 'HH-2041', ownerId: world.people.yara as string, due: 'vrijdag', description: 'Bellen' },
      as('latifa'),
    );
    expect(!outsider.ok && outsider.problems[0]?.code).toBe('refused');
    const byOperator = await record('yara', 'vrijdag', operator);
    expect(byOperator.action.owner.key).toBe('demo-yara');
    const log = await db().prisma.accessLogEntry.findFirstOrThrow({
      where: { kind: 'actions', action: 'create', subjectId: byOperator.action.id },
    });
    expect(log).toMatchObject({ actorId: null, onBehalfOf: 'operator', channel: 'cli' });
  });

  it('takes an action through done, and answers a second done with who did it and when', async () => {
    const { action } = await record('yara');
    const done = await book.changeAction(action.id, { kind: 'done' }, as('yara'), 0);
    expect(done.ok && done.action).toMatchObject({
      status: 'done',
      version: 1,
      doneBy: { key: 'demo-yara' },
    });
    const again = await book.changeAction(action.id, { kind: 'done' }, as('sander'));
    expect(!again.ok && again.problems[0]).toMatchObject({
      code: 'already-done',
      by: { key: 'demo-yara' },
      at: NOW,
    });
    const row = await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(row.nextNudgeAt).toBeNull();
    const cancel = await book.changeAction(
      action.id,
      { kind: 'cancel', reason: 'Niet meer nodig' },
      as('sander'),
    );
    expect(!cancel.ok && cancel.problems[0]?.code).toBe('already-done');
  });

  it('of two done at once, one changes it and the other hears it was already done', async () => {
    const { action } = await record('yara');
    const [a, b] = await Promise.all([
      book.changeAction(action.id, { kind: 'done' }, as('yara')),
      book.changeAction(action.id, { kind: 'done' }, as('sander')),
    ]);
    expect([a, b].filter((o) => o.ok)).toHaveLength(1);
    const loser = [a, b].find((o) => !o.ok);
    expect(loser && !loser.ok && loser.problems[0]?.code).toMatch(/already-done|conflict/);
    const events = await db().prisma.actionEvent.findMany({ where: { actionId: action.id, kind: 'done' } });
    expect(events).toHaveLength(1);
    expect((await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).version).toBe(1);
  });

  it('refuses a change made against an older version as a conflict', async () => {
    const { action } = await record('yara');
    await book.changeAction(action.id, { kind: 'snooze', until: '2026-12-21' }, as('yara'), 0);
    const stale = await book.changeAction(action.id, { kind: 'done' }, as('sander'), 0);
    expect(!stale.ok && stale.problems[0]).toMatchObject({ code: 'conflict', action: { version: 1 } });
  });

  it('blocks, counts blocked days, unblocks, snoozes, reassigns and moves the due date, each with history', async () => {
    const { action } = await record('yara');
    const noReason = await book.changeAction(action.id, { kind: 'block', reason: ' ' }, as('yara'));
    expect(!noReason.ok && noReason.problems[0]?.code).toBe('empty-text');
    const blocked = await book.changeAction(
      action.id,
      { kind: 'block', reason: 'Wacht op besluit', blockedBy: 'Afdeling Wonen' },
      as('yara'),
    );
    expect(blocked.ok && blocked.action).toMatchObject({
      status: 'blocked',
      blockedSince: '2026-12-16',
      blockedBy: 'Afdeling Wonen',
    });
    // Wednesday 16 December to Wednesday 23 December: five office working days.
    const listed = await book.listActions({ teamId: world.teamId, today: '2026-12-23' });
    expect(listed.find((a) => a.id === action.id)?.blockedDays).toBe(5);
    const unblocked = await book.changeAction(action.id, { kind: 'unblock' }, as('sander'));
    expect(unblocked.ok && unblocked.action.status).toBe('open');
    const notBlocked = await book.changeAction(action.id, { kind: 'unblock' }, as('sander'));
    expect(!notBlocked.ok && notBlocked.problems[0]?.code).toBe('not-blocked');
    expect((await book.changeAction(action.id, { kind: 'snooze', until: '2026-12-01' }, as('yara'))).ok).toBe(
      false,
    );
    const snoozed = await book.changeAction(action.id, { kind: 'snooze', until: '2026-12-21' }, as('yara'));
    expect(snoozed.ok && snoozed.action.snoozedUntil).toBe('2026-12-21');
    const same = await book.changeAction(
      action.id,
      { kind: 'reassign', toProfessionalId: world.people.yara as string },
      as('sander'),
    );
    expect(!same.ok && same.problems[0]?.code).toBe('same-owner');
    const reassigned = await book.changeAction(
      action.id,
      { kind: 'reassign', toProfessionalId: world.people.bram as string },
      as('sander'),
    );
    expect(reassigned.ok && reassigned.action.owner.key).toBe('demo-bram');
    // Bram works Tuesday and Thursday: Monday 21 December moves to Thursday 17 December.
    const moved = await book.changeAction(action.id, { kind: 'move-due', dueOn: '2026-12-21' }, as('bram'));
    expect(moved.ok && moved.action.dueOn).toBe('2026-12-17');
    expect(moved.ok && moved.moved?.movedFrom).toBe('2026-12-21');

    const shown = await book.showAction(action.id, as('sander'));
    expect(shown.ok && shown.history.map((e) => e.kind)).toEqual([
      'recorded',
      'blocked',
      'unblocked',
      'snoozed',
      'reassigned',
      'due-moved',
    ]);
    expect(shown.ok && shown.history[4]).toMatchObject({
      fromOwner: { key: 'demo-yara' },
      toOwner: { key: 'demo-bram' },
    });
    const row = await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(row.version).toBe(5);
    // A team member outside the case team who is no owner may not read it.
    const refused = await book.showAction(action.id, as('latifa'));
    expect(!refused.ok && refused.problems[0]?.code).toBe('refused');
  });

  it('lets the owner change their action even outside the case team, but not an outsider', async () => {
    // Latifa is in the team but not in HH-2041's case team.
    const { action } = await record('latifa');
    const done = await book.changeAction(action.id, { kind: 'done' }, as('latifa'));
    expect(done.ok).toBe(true);
    const second = await record('yara');
    const notHers = await book.changeAction(second.action.id, { kind: 'done' }, as('latifa'));
    expect(!notHers.ok && notHers.problems[0]?.code).toBe('refused');
  });

  it('lists open actions overdue first, by owner and overdue, and the person’s own with co-owned ones', async () => {
    const late = await record('yara', '2026-12-18');
    const soon = await record('yara', '2026-12-21');
    const koens = await record('koen', '2026-12-17');
    await db().prisma.actionCoOwner.create({
      data: { actionId: koens.action.id, professionalId: world.people.yara as string },
    });
    const today = '2026-12-19';
    const all = await book.listActions({ teamId: world.teamId, today });
    expect(all.map((a) => a.id)).toEqual([koens.action.id, late.action.id, soon.action.id]);
    const overdue = await book.listActions({ ownerId: world.people.yara as string, overdue: true, today });
    expect(overdue.map((a) => a.id)).toEqual([late.action.id]);
    const mine = await book.myActions(world.people.yara as string, today);
    expect(mine.map((a) => a.id)).toEqual([koens.action.id, late.action.id, soon.action.id]);
    const household = await book.householdActions(world.households['HH-2041'] as string);
    expect(household.openActions).toHaveLength(3);
  });

  it('records a decision and the minutes of a conference all at once, or nothing with every problem named', async () => {
    const conference = await createConference(db(), world);
    const bad = await book.recordMinutes(
      {
        conferenceId: conference.id,
        present: [world.people.sander as string, world.people.latifa as string],
        households: [
          {
            reference: 'HH-2041',
            decisions: [{ text: '' }],
            actions: [
              {
                ownerId: world.people.yara as string,
                due: 'gisteren',
                description: 'Bellen',
                decisionIndex: 3,
              },
            ],
          },
          { reference: 'HH-2042', decisions: [], actions: [] },
        ],
      },
      as('sander'),
    );
    expect(!bad.ok && bad.problems.map((p) => [p.code, p.line?.kind])).toEqual([
      ['not-an-attendee', 'presence'],
      ['empty-text', 'decision'],
      ['unknown-decision', 'action'],
      ['due-date', 'action'],
      ['household-not-in-conference', 'presence'],
    ]);
    expect(await db().prisma.decision.count()).toBe(0);

    const announced: unknown[] = [];
    const good = await book.recordMinutes(
      {
        conferenceId: conference.id,
        present: [world.people.sander as string, world.people.yara as string],
        households: [
          {
            reference: 'HH-2041',
            decisions: [{ text: 'Schuldhulp starten', domain: 'financien', householdAgreed: true }],
            actions: [
              {
                ownerId: world.people.yara as string,
                due: 'vrijdag',
                description: 'Aanmelden',
                decisionIndex: 0,
              },
            ],
          },
        ],
      },
      as('sander', { requestKey: 'minutes-1' }),
      async (minutes, outbox) => {
        announced.push(minutes);
        await outbox.toPerson({
          professionalId: world.people.sander as string,
          view: createView('Verslag vastgelegd', [text('Verslag vastgelegd')]),
          idempotencyKey: 'minutes-test',
        });
      },
    );
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.minutes.present.map((p) => p.key).sort()).toEqual(['demo-sander', 'demo-yara']);
    expect(good.minutes.absent.map((p) => p.key).sort()).toEqual(['demo-esra', 'demo-koen']);
    const [household] = good.minutes.households;
    expect(household?.actions[0]?.action.decisionId).toBe(household?.decisions[0]?.id);
    expect(household?.caseTeamIds.sort()).toEqual(
      [world.people.sander, world.people.yara, world.people.koen, world.people.esra].sort(),
    );
    expect(announced).toHaveLength(1);
    const stored = await db().prisma.caseConference.findUniqueOrThrow({
      where: { id: conference.id },
      include: { attendances: true },
    });
    expect(stored.minutesAt).toEqual(NOW);
    expect(stored.minutesById).toBe(world.people.sander);
    expect(
      stored.attendances
        .filter((a) => a.present)
        .map((a) => a.professionalId)
        .sort(),
    ).toEqual([world.people.sander, world.people.yara].sort());
    expect(
      await db().prisma.outboxMessage.count({ where: { idempotencyKey: { startsWith: 'minutes-test' } } }),
    ).toBeGreaterThan(0);
    // The same request again: the first answer, nothing new.
    const again = await book.recordMinutes(
      {
        conferenceId: conference.id,
        present: [world.people.sander as string, world.people.yara as string],
        households: [
          {
            reference: 'HH-2041',
            decisions: [{ text: 'Schuldhulp starten' }],
            actions: [{ ownerId: world.people.yara as string, due: 'vrijdag', description: 'Aanmelden' }],
          },
        ],
      },
      as('sander', { requestKey: 'minutes-1' }),
    );
    expect(again.ok && again.minutes.households[0]?.actions[0]?.alreadyRecorded).toBe(true);
    expect(await db().prisma.action.count()).toBe(1);
    expect(await db().prisma.decision.count()).toBe(1);

    const decision = await book.recordDecision({ reference: 'HH-2041', text: 'Huisbezoek' }, as('koen'));
    expect(decision.ok && decision.decision.recordedBy?.key).toBe('demo-koen');
    const { decisions } = await book.householdActions(world.households['HH-2041'] as string);
    expect(decisions).toHaveLength(2);
  });

  it('records an absence, wakes the person’s open actions for the sweep, and checks the dates and deputy', async () => {
    const { action } = await record('yara');
    await db().prisma.action.update({ where: { id: action.id }, data: { nextNudgeAt: null } });
    const later = new Date('2026-12-16T10:00:00Z');
    const absence = await book.recordAbsence(
      {
        personId: world.people.yara as string,
        from: '2026-12-21',
        to: '2027-01-03',
        deputyId: world.people.sander as string,
      },
      { ...as('yara'), now: later },
    );
    expect(absence.ok && absence.absence).toMatchObject({
      from: '2026-12-21',
      to: '2027-01-03',
      person: { key: 'demo-yara' },
      deputy: { key: 'demo-sander' },
    });
    const row = await db().prisma.absence.findFirstOrThrow({
      where: { professionalId: world.people.yara as string },
    });
    // Midnight in Amsterdam (UTC+1 in winter), to the start of the day after the last.
    expect(row.startsAt.toISOString()).toBe('2026-12-20T23:00:00.000Z');
    expect(row.endsAt.toISOString()).toBe('2027-01-03T23:00:00.000Z');
    expect((await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).nextNudgeAt).toEqual(
      later,
    );
    expect(await book.absencesOf(world.people.yara as string, '2026-12-16')).toHaveLength(1);
    expect(await book.absencesOf(world.people.yara as string, '2027-01-04')).toHaveLength(0);

    const problems = async (input: { from: string; to: string; deputyId?: string }, context = as('yara')) => {
      const outcome = await book.recordAbsence({ personId: world.people.yara as string, ...input }, context);
      return outcome.ok ? [] : outcome.problems;
    };
    expect(await problems({ from: '2026-12-22', to: '2026-12-21' })).toEqual([
      { code: 'absence-dates', problem: 'end-before-start' },
    ]);
    expect(await problems({ from: '2026-12-01', to: '2026-12-02' })).toEqual([
      { code: 'absence-dates', problem: 'in-the-past' },
    ]);
    expect(await problems({ from: '2026-12-21', to: '2027-12-22' })).toEqual([
      { code: 'absence-dates', problem: 'too-long' },
    ]);
    expect(
      await problems({ from: '2026-12-21', to: '2026-12-22', deputyId: world.people.yara as string }),
    ).toEqual([{ code: 'deputy-is-self' }]);
    // Another member may not enter Yara's leave; the coach and the operator may.
    expect(await problems({ from: '2026-12-21', to: '2026-12-22' }, as('koen'))).toEqual([
      { code: 'absence-not-allowed' },
    ]);
    expect(await problems({ from: '2026-12-21', to: '2026-12-22' }, as('coach'))).toEqual([]);
    expect(await problems({ from: '2026-12-21', to: '2026-12-22' }, operator)).toEqual([]);
  });
});
