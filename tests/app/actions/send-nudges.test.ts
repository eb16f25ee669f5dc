import { describe, expect, it } from 'vitest';
import type { NudgeContact } from '../../../src/app/actions/nudge-store.ts';
import {
  type DecidedMessage,
  NUDGE_SWEEP,
  nextSweepAt,
  nudgeSweepKey,
  planNudges,
  sendNudges,
  sweepNudges,
} from '../../../src/app/actions/send-nudges.ts';
import { decodeActionValue } from '../../../src/views/action-payload.ts';
import { at, hours, local, person, zone } from '../../domain/actions/nudge-simulation.ts';
import { FakeWork } from '../../support/fake-work.ts';
import { buttonsOf, visibleText } from '../view-text.ts';
import { MemoryNudgeStore } from './memory-nudge-store.ts';

/**
 * December 2026 in Amsterdam (Christmas on Friday 25 and Saturday 26 December):
 * - sanne works Monday to Friday 09:00–17:00 and is away 14–18 December with dirk as her deputy;
 * - piet works part time, Monday, Tuesday and Thursday 08:30–12:30;
 * - carla coordinates the households; koen is the team coach (Monday to Thursday 10:00–16:00).
 */
const contacts: NudgeContact[] = [
  { id: 'sanne', key: 'k-sanne', name: 'Sanne', locale: 'nl' },
  { id: 'piet', key: 'k-piet', name: 'Piet', locale: 'en' },
  { id: 'carla', key: 'k-carla', name: 'Carla', locale: undefined },
  { id: 'koen', key: 'k-koen', name: 'Koen', locale: 'en' },
  { id: 'dirk', key: 'k-dirk', name: 'Dirk', locale: 'en' },
];

function world() {
  const store = new MemoryNudgeStore({
    teamId: 'team',
    timeZone: zone,
    coachId: 'koen',
    contacts,
    people: [
      person('sanne', hours([1, 2, 3, 4, 5], '09:00', '17:00'), [
        { from: '2026-12-14', to: '2026-12-18', deputyId: 'dirk' },
      ]),
      person('piet', hours([1, 2, 4], '08:30', '12:30')),
      person('carla'),
      person('koen', hours([1, 2, 3, 4], '10:00', '16:00')),
      person('dirk'),
    ],
  });
  const work = new FakeWork(Object.fromEntries(contacts.map((c) => [c.id, ['slack' as const]])));
  const deps = { store, work: store.unitOfWork(work), defaultLocale: 'nl' as const };
  return { store, work, deps };
}

const common = { status: 'open' as const, snoozedUntil: null, blockedSince: null, coordinatorId: 'carla' };

function line(now: Date, decided: DecidedMessage): string {
  const items = decided.message.items.map(
    (item) => `${item.actionId}:${item.step}${item.insteadOf ? `>${item.insteadOf}` : ''}`,
  );
  return `${local(now)} ${decided.recipient.key} ${decided.message.kind} ${items.join(' ')}`;
}

describe('the nudge sweep over a month', () => {
  it('reminds, bundles, stands in, escalates and stops, reading only what is due', async () => {
    const { store, work, deps } = world();
    const start = at('2026-12-01 00:00');
    store.add(
      { ...common, id: 's1', ownerId: 'sanne', householdReference: 'HH-1', dueOn: '2026-12-04' },
      start,
    );
    store.add(
      { ...common, id: 's2', ownerId: 'sanne', householdReference: 'HH-2', dueOn: '2026-12-04' },
      start,
    );
    // Due on Wednesday, piet's day off: reminded on his Tuesday.
    store.add(
      { ...common, id: 'p1', ownerId: 'piet', householdReference: 'HH-3', dueOn: '2026-12-09' },
      start,
    );
    // Blocked since 1 December: stuck between organisations.
    store.add(
      {
        ...common,
        id: 'b1',
        ownerId: 'sanne',
        householdReference: 'HH-4',
        dueOn: '2026-12-31',
        status: 'blocked',
        blockedSince: '2026-12-01',
      },
      start,
    );
    // Due the Monday after Christmas.
    store.add(
      { ...common, id: 'x1', ownerId: 'sanne', householdReference: 'HH-5', dueOn: '2026-12-28' },
      start,
    );

    const events: Record<string, (now: Date) => void> = {
      // piet snoozes p1 for 3 days from its due-today reminder: silent until Friday, his next day is Monday.
      '2026-12-08 09:00': (now) => store.change('p1', now, { snoozedUntil: '2026-12-11' }),
      // s2 is done from another channel: the next overdue reminder leaves it out.
      '2026-12-09 15:00': (now) => store.change('s2', now, { status: 'done' }),
      // s1 is done while sanne is away: nothing more about it.
      '2026-12-17 12:00': (now) => store.change('s1', now, { status: 'done' }),
      '2026-12-29 12:00': (now) => store.change('x1', now, { status: 'done' }),
      '2026-12-30 12:00': (now) => store.change('p1', now, { status: 'cancelled' }),
    };

    const log: string[] = [];
    let sweeps = 0;
    for (let now = start; now < at('2027-01-01 00:00'); now = nextSweepAt(now)) {
      events[local(now)]?.(now);
      const sent = await sweepNudges(deps, now);
      sweeps += 1;
      log.push(...sent.map((decided) => line(now, decided)));
    }

    expect(log).toEqual([
      // Two working days before the due date, both of sanne's actions in one message.
      '2026-12-02 09:00 k-sanne nudge s1:due-soon s2:due-soon',
      '2026-12-03 08:30 k-piet nudge p1:due-soon',
      '2026-12-04 09:00 k-sanne nudge s1:due-today s2:due-today',
      '2026-12-08 08:30 k-piet nudge p1:due-today',
      // Blocked five office working days: the coordinator is told.
      '2026-12-08 09:00 k-carla escalation b1:blocked-to-coordinator',
      '2026-12-08 09:00 k-sanne nudge s1:overdue s2:overdue',
      // Second overdue reminder: the coordinator hears of it (s2 was done in between).
      '2026-12-10 09:00 k-carla escalation s1:overdue-to-coordinator',
      '2026-12-10 09:00 k-sanne nudge s1:overdue',
      // sanne is away: dirk stands in, instead of her. piet is back from his snooze on his next working day.
      '2026-12-14 08:30 k-piet nudge p1:overdue',
      '2026-12-14 09:00 k-dirk nudge s1:overdue>sanne',
      // Ten office working days blocked: the team coach, in his hours.
      '2026-12-15 10:00 k-koen escalation b1:blocked-to-coach',
      // Fourth overdue reminder: the team coach hears of it.
      '2026-12-16 09:00 k-dirk nudge s1:overdue>sanne',
      '2026-12-16 10:00 k-koen escalation s1:overdue-to-coach',
      // piet's cadence counts his working days only (Monday, Tuesday, Thursday).
      '2026-12-17 08:30 k-piet nudge p1:overdue',
      '2026-12-17 09:00 k-carla escalation p1:overdue-to-coordinator',
      '2026-12-22 08:30 k-piet nudge p1:overdue',
      // Christmas (Friday 25 December) is no working day: two working days before Monday 28 is Wednesday 23.
      '2026-12-23 09:00 k-sanne nudge x1:due-soon',
      '2026-12-28 08:30 k-piet nudge p1:overdue',
      '2026-12-28 09:00 k-sanne nudge x1:due-today',
      '2026-12-28 10:00 k-koen escalation p1:overdue-to-coach',
    ]);

    // Done and cancelled actions are never looked at again; nothing is left due.
    expect(store.actions.get('s1')?.nextNudgeAt).toBeNull();
    expect(store.actions.get('p1')?.nextNudgeAt).toBeNull();
    // Only due rows are read: most sweeps read nothing at all.
    const emptyReads = store.readSizes.filter((size) => size === 0).length;
    expect(sweeps).toBe(31 * 96);
    expect(emptyReads).toBeGreaterThan(sweeps - 60);

    // One message per person, kind and day, under a key that makes a re-run send nothing twice.
    const keys = work.messages.map((m) => m.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('nudge:sanne:nudge:2026-12-02:slack');
    expect(keys).toContain('nudge:carla:escalation:2026-12-10:slack');
    expect(work.messages).toHaveLength(log.length);

    // The job's reads are in the access log: household, no care content.
    expect(store.reads[0]).toMatchObject({
      actorId: null,
      onBehalfOf: `job:${NUDGE_SWEEP}`,
      kind: 'actions',
      action: 'view',
      channel: 'job',
      outcome: 'ok',
      teamId: 'team',
    });
    expect(JSON.stringify(store.reads)).not.toContain('Text of');
  });

  it('writes the message in the recipient’s language, with the buttons for each action', async () => {
    const { store, work, deps } = world();
    const now = at('2026-12-08 09:00');
    store.add(
      { ...common, id: 's1', ownerId: 'sanne', householdReference: 'HH-1', dueOn: '2026-12-04' },
      now,
    );
    store.add(
      {
        ...common,
        id: 'b1',
        ownerId: 'piet',
        householdReference: 'HH-4',
        dueOn: '2026-12-31',
        status: 'blocked',
        blockedSince: '2026-12-01',
      },
      now,
    );
    await sweepNudges(deps, now);

    const toSanne = work.messages.find((m) => m.target === 'user:sanne');
    const text = visibleText(toSanne!.view);
    expect(text).toContain('HH-1');
    expect(text).toContain('Text of s1');
    expect(text).toContain('Te laat: de deadline was 4 dec 2026, 2 werkdagen geleden.');
    expect(buttonsOf(toSanne!.view).map((b) => b.label)).toEqual([
      'Klaar',
      '1 dag uitstellen',
      '3 dagen uitstellen',
      '1 week uitstellen',
      'Zit vast…',
      'Overdragen…',
    ]);
    const [done, snooze1] = buttonsOf(toSanne!.view);
    expect(decodeActionValue('action.done', done?.value)).toEqual({
      ok: true,
      payload: { actionItemId: 's1' },
    });
    expect(decodeActionValue('action.snooze', snooze1?.value)).toEqual({
      ok: true,
      payload: { actionItemId: 's1', days: 1 },
    });
    // The fallback (notification preview) names references only.
    expect(toSanne!.view.fallbackText).toBe('Herinnering aan je acties: HH-1');

    const toCarla = work.messages.find((m) => m.target === 'user:carla');
    expect(visibleText(toCarla!.view)).toContain(
      'Actie van Piet: zit sinds 1 dec 2026 vast tussen organisaties (5 werkdagen).',
    );
    expect(buttonsOf(toCarla!.view).map((b) => b.actionId)).toEqual(['action.done', 'action.reassign']);
  });

  it('shows five actions with buttons and counts the rest', async () => {
    const { store, work, deps } = world();
    const now = at('2026-12-04 09:00');
    for (let i = 1; i <= 13; i++) {
      const id = `a${String(i).padStart(2, '0')}`;
      store.add({ ...common, id, ownerId: 'sanne', householdReference: `HH-${i}`, dueOn: '2026-12-04' }, now);
    }
    const [decided] = await sweepNudges(deps, now);
    expect(decided?.message.actionIds).toHaveLength(13);
    const view = work.messages[0]!.view;
    expect(buttonsOf(view).filter((b) => b.actionId === 'action.done')).toHaveLength(5);
    expect(visibleText(view)).toContain('En nog 8. Typ `acties` om al je acties te zien.');
  });

  it('a dry run decides the same messages and writes nothing', async () => {
    const { store, work, deps } = world();
    const now = at('2026-12-04 09:00');
    store.add(
      { ...common, id: 's1', ownerId: 'sanne', householdReference: 'HH-1', dueOn: '2026-12-04' },
      now,
    );
    const planned = await planNudges(deps, now);
    expect(planned.map((d) => line(now, d))).toEqual(['2026-12-04 09:00 k-sanne nudge s1:due-today']);
    expect(work.messages).toEqual([]);
    expect(store.records).toEqual([]);
    expect(store.actions.get('s1')?.nextNudgeAt).toEqual(now);
    const sent = await sweepNudges(deps, now);
    expect(sent.map((d) => line(now, d))).toEqual(planned.map((d) => line(now, d)));
  });

  it('sends nothing twice when run again after a crash, and keeps a time set by a change made meanwhile', async () => {
    const { store, work, deps } = world();
    const now = at('2026-12-04 09:00');
    store.add(
      { ...common, id: 's1', ownerId: 'sanne', householdReference: 'HH-1', dueOn: '2026-12-04' },
      now,
    );
    store.add(
      { ...common, id: 's2', ownerId: 'sanne', householdReference: 'HH-2', dueOn: '2026-12-04' },
      now,
    );
    // The last unit (next times) fails once: the messages and records committed, the next times did not.
    let failures = 1;
    const flaky = {
      parallelUnits: 1,
      run: <T>(run: Parameters<typeof deps.work.run<T>>[0]) =>
        deps.work.run<T>(async (ports) => {
          const original = ports.writes.setNextNudgeAt;
          return run({
            ...ports,
            writes: {
              ...ports.writes,
              setNextNudgeAt: async (updates) => {
                if (failures-- > 0) throw new Error('worker killed');
                return original(updates);
              },
            },
          });
        }),
    };
    await expect(sweepNudges({ ...deps, work: flaky }, now)).rejects.toThrow('worker killed');
    expect(work.messages).toHaveLength(1);
    // Re-run: the actions are read again, the records say what was sent, nothing new is queued.
    expect(await sweepNudges({ ...deps, work: flaky }, now)).toEqual([]);
    expect(work.messages).toHaveLength(1);
    expect(store.actions.get('s1')?.nextNudgeAt?.getTime()).toBeGreaterThan(now.getTime());

    // A change between the read and the write keeps its own time (now): the sweep does not overwrite it.
    const later = at('2026-12-08 09:00');
    const read = store.dueActions.bind(store);
    store.dueActions = async (when, limit) => {
      const teams = await read(when, limit);
      store.change('s2', when, { dueOn: '2026-12-18' });
      return teams;
    };
    await sweepNudges(deps, later);
    expect(store.actions.get('s2')?.nextNudgeAt).toEqual(later);
  });

  it('schedules its next quarter-hour run first, once per slot', async () => {
    const { work, deps } = world();
    const useCase = sendNudges(deps);
    const now = new Date('2026-12-04T08:07:12Z');
    await useCase({}, { now, key: nudgeSweepKey(now), attempt: 1 });
    await useCase({}, { now, key: nudgeSweepKey(now), attempt: 2 });
    expect(work.jobs).toEqual([
      {
        useCase: NUDGE_SWEEP,
        key: 'actions.nudge:2026-12-04T08:15:00.000Z',
        at: new Date('2026-12-04T08:15:00Z'),
        input: {},
      },
    ]);
    expect(nextSweepAt(new Date('2026-12-04T08:15:00Z'))).toEqual(new Date('2026-12-04T08:30:00Z'));
  });
});
