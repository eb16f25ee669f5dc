import { beforeEach, expect, it } from 'vitest';
import { nudgeJobName } from '../../../src/infra/actions/nudge-job.ts';
import { createNudgeStore, createNudgeUnitOfWork } from '../../../src/infra/actions/nudge-repository.ts';
import type { Job } from '../../../src/infra/jobs/job-runner.ts';
import { composeTimedWork, scheduleStandingWork } from '../../../src/timed-work.ts';
import { decodeActionValue } from '../../../src/views/action-payload.ts';
import { buttonsOf, visibleText } from '../../app/view-text.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { type DemoWorld, freshDemo, outboxRows } from '../conferences/conference-fixture.ts';

/** Friday 4 December 2026, 09:00 in Amsterdam. */
const NOW = new Date('2026-12-04T08:00:00Z');
const EARLIER = new Date('2026-12-03T12:00:00Z');
const LATER = new Date('2026-12-04T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const job = (attempt = 1): Job => ({
  id: `job-${attempt}`,
  name: nudgeJobName,
  key: 'actions.nudge:2026-12-04T08:00:00.000Z',
  payload: {},
  attempt,
  maxAttempts: 5,
  signal: new AbortController().signal,
});

describeEachDatabase('the nudge sweep job', (db) => {
  let world: DemoWorld;
  let actions: Record<string, string>;

  beforeEach(async () => {
    world = await freshDemo(db());
    const { prisma } = db();
    const add = async (
      name: string,
      data: {
        owner: string;
        household: string;
        dueOn: string;
        nextNudgeAt: Date | null;
        status?: 'open' | 'done';
      },
    ) => {
      const row = await prisma.action.create({
        data: {
          householdId: world.households[data.household] as string,
          ownerId: world.people[data.owner] as string,
          description: `Private text of ${name}`,
          dueOn: day(data.dueOn),
          status: data.status ?? 'open',
          nextNudgeAt: data.nextNudgeAt,
        },
      });
      return [name, row.id] as const;
    };
    actions = Object.fromEntries([
      // Yara (Monday, Wednesday, Friday) has two actions due today: one message.
      await add('y1', { owner: 'yara', household: 'HH-2041', dueOn: '2026-12-04', nextNudgeAt: EARLIER }),
      await add('y2', { owner: 'yara', household: 'HH-2044', dueOn: '2026-12-04', nextNudgeAt: EARLIER }),
      // Also due today, but its next-nudge time is later today: not read, so not in this message.
      await add('y3', { owner: 'yara', household: 'HH-2043', dueOn: '2026-12-04', nextNudgeAt: LATER }),
      // Latifa is away with Sander as her deputy: he is told instead.
      await add('l1', { owner: 'latifa', household: 'HH-2042', dueOn: '2026-12-04', nextNudgeAt: EARLIER }),
      // Due in February: nothing now, the next time is its due-soon reminder.
      await add('k1', { owner: 'koen', household: 'HH-2045', dueOn: '2027-02-01', nextNudgeAt: EARLIER }),
      // Done meanwhile: never again.
      await add('d1', {
        owner: 'koen',
        household: 'HH-2045',
        dueOn: '2026-12-01',
        nextNudgeAt: EARLIER,
        status: 'done',
      }),
    ]);
    await prisma.absence.create({
      data: {
        professionalId: world.people.latifa as string,
        deputyId: world.people.sander as string,
        fromOn: day('2026-12-01'),
        toOn: day('2026-12-11'),
        startsAt: new Date('2026-11-30T23:00:00Z'),
        endsAt: new Date('2026-12-11T23:00:00Z'),
      },
    });
  }, 60_000);

  const handler = (now = NOW) => {
    const handlers = composeTimedWork({ db: db(), clock: { now: () => now }, defaultLocale: 'nl' });
    const found = handlers[nudgeJobName];
    if (!found) throw new Error('the nudge sweep is not registered');
    return found;
  };

  it('bundles the due actions per person in their language, once, however often it runs', async () => {
    await handler()(job());
    await handler()(job(2));

    const toYara = await outboxRows(db(), `nudge:${world.people.yara}:nudge:2026-12-04:`);
    expect(toYara).toHaveLength(1);
    const view = toYara[0]!.view;
    const text = visibleText(view);
    expect(text).toContain('Due today (4 Dec 2026).');
    expect(text).toContain('Private text of y1');
    expect(text).toContain('Private text of y2');
    expect(text).not.toContain('Private text of y3');
    // Each Done names its own action and, as the bundle, the other action in the same message.
    const dones = buttonsOf(view)
      .filter((b) => b.actionId === 'action.done')
      .map((b) => decodeActionValue('action.done', b.value));
    expect(dones).toEqual(
      expect.arrayContaining([
        { ok: true, payload: { actionItemId: actions.y1, bundle: [actions.y2] } },
        { ok: true, payload: { actionItemId: actions.y2, bundle: [actions.y1] } },
      ]),
    );
    expect(dones).toHaveLength(2);

    const toSander = await outboxRows(db(), `nudge:${world.people.sander}:nudge:2026-12-04:`);
    expect(toSander.map((row) => row.platform)).toEqual(['slack', 'tryout']);
    expect(visibleText(toSander[0]!.view)).toContain('In plaats van Latifa Oefenaar.');

    const nudges = await db().prisma.nudge.findMany({
      orderBy: [{ recipientId: 'asc' }, { actionId: 'asc' }],
      select: { actionId: true, recipientId: true, step: true, sentOn: true, dueOn: true, insteadOfId: true },
    });
    expect(nudges).toHaveLength(3);
    expect(nudges.find((n) => n.actionId === actions.l1)).toEqual({
      actionId: actions.l1,
      recipientId: world.people.sander,
      step: 'due_today',
      sentOn: day('2026-12-04'),
      dueOn: day('2026-12-04'),
      insteadOfId: world.people.latifa,
    });
  });

  it('sets every action it looked at to its next moment, and leaves the others alone', async () => {
    await handler()(job());
    const next = Object.fromEntries(
      (await db().prisma.action.findMany({ select: { id: true, nextNudgeAt: true } })).map((a) => [
        a.id,
        a.nextNudgeAt?.toISOString() ?? null,
      ]),
    );
    // Yara's first overdue reminder: two of her working days (Monday, Wednesday, Friday) after the due-today
    // one, Wednesday 9 December at 09:00.
    expect(next[actions.y1!]).toBe('2026-12-09T08:00:00.000Z');
    // Koen's due-soon reminder: two of his working days before 1 February, Wednesday 27 January at 08:00.
    expect(next[actions.k1!]).toBe('2027-01-27T07:00:00.000Z');
    expect(next[actions.d1!]).toBeNull();
    expect(next[actions.y3!]).toBe(LATER.toISOString());
  });

  it('does not overwrite the time a change set while it ran', async () => {
    const { prisma } = db();
    await prisma.action.update({ where: { id: actions.k1 }, data: { version: { increment: 1 } } });
    const store = createNudgeStore(prisma, { timeZone: 'Europe/Amsterdam' });
    const [team] = await store.dueActions(NOW, 100);
    const k1 = team?.actions.find((a) => a.id === actions.k1);
    expect(k1?.version).toBe(1);
    // Another change after the read: version 2, next time now.
    await prisma.action.update({ where: { id: actions.k1 }, data: { version: 2, nextNudgeAt: NOW } });
    const written = await createNudgeUnitOfWork(prisma).run(({ writes }) =>
      writes.setNextNudgeAt([
        { actionId: actions.k1!, version: 1, at: LATER },
        { actionId: actions.y1!, version: 0, at: LATER },
        { actionId: actions.d1!, version: 0, at: null },
      ]),
    );
    expect(written.sort()).toEqual([actions.y1, actions.d1].sort());
    expect((await prisma.action.findUnique({ where: { id: actions.k1 } }))?.nextNudgeAt).toEqual(NOW);
  });

  it('reads the team’s world: settings, coach, people with hours and absences, holidays', async () => {
    const { prisma } = db();
    await prisma.team.update({
      where: { id: world.teamId },
      data: { settings: { nudges: { remindBeforeWorkingDays: 1 } } },
    });
    const [team] = await createNudgeStore(prisma, { timeZone: 'Europe/Amsterdam' }).dueActions(NOW, 100);
    expect(team?.situation.settings).toMatchObject({
      remindBeforeWorkingDays: 1,
      overdueEveryWorkingDays: 2,
    });
    expect(team?.situation.team).toEqual({ coordinatorId: null, coachId: world.people.coach });
    expect(team?.situation.holidays.has('2026-12-25')).toBe(true);
    const latifa = team?.situation.people.find((p) => p.id === world.people.latifa);
    expect(latifa?.absences).toEqual([
      { from: '2026-12-01', to: '2026-12-11', deputyId: world.people.sander },
    ]);
    expect(latifa?.contract).toContainEqual({ weekday: 5, startMinute: 540, endMinute: 780 });
    // The deputy is among the people, though he owns nothing due.
    expect(team?.contacts.get(world.people.sander!)?.key).toBe('demo-sander');
    expect(team?.actions.map((a) => a.householdReference).sort()).toEqual([
      'HH-2041',
      'HH-2042',
      'HH-2044',
      'HH-2045',
      'HH-2045',
    ]);
  });

  it('records in the access log which households the job read, without their texts', async () => {
    await handler()(job());
    const entries = await db().prisma.accessLogEntry.findMany({ where: { onBehalfOf: 'job:actions.nudge' } });
    expect(entries.map((e) => e.reference).sort()).toEqual(['HH-2041', 'HH-2042', 'HH-2044', 'HH-2045']);
    expect(entries[0]).toMatchObject({
      actorId: null,
      kind: 'actions',
      action: 'view',
      channel: 'job',
      outcome: 'ok',
    });
    expect(JSON.stringify(entries)).not.toContain('Private text');
  });

  it('schedules the next quarter-hour sweep, once per slot, also at start-up', async () => {
    await handler()(job());
    await scheduleStandingWork({ db: db(), clock: { now: () => NOW } });
    const jobs = await db().prisma.job.findMany({
      where: { name: nudgeJobName },
      select: { key: true, runAt: true },
    });
    expect(jobs).toEqual([
      { key: 'actions.nudge:2026-12-04T08:15:00.000Z', runAt: new Date('2026-12-04T08:15:00Z') },
    ]);
  });
});
