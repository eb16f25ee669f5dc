import { beforeEach, expect, it } from 'vitest';
import { followUpJobName } from '../../../src/infra/conferences/follow-up-job.ts';
import type { Job } from '../../../src/infra/jobs/job-runner.ts';
import { composeTimedWork } from '../../../src/timed-work.ts';
import { decodeActionValue } from '../../../src/views/action-payload.ts';
import { buttonsOf, visibleText } from '../../app/view-text.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createConference, type DemoWorld, freshDemo, outboxRows, STARTS_AT } from './conference-fixture.ts';

const job = (conferenceId: string, attempt = 1): Job => ({
  id: `job-${attempt}`,
  name: followUpJobName,
  key: `follow-up:${conferenceId}`,
  payload: { conferenceId, weeks: 6 },
  attempt,
  maxAttempts: 5,
  signal: new AbortController().signal,
});

describeEachDatabase('the follow-up check', (db) => {
  let world: DemoWorld;
  beforeEach(async () => {
    world = await freshDemo(db());
  }, 60_000);

  // Six weeks after STARTS_AT, when the check was scheduled to run.
  const checkedAt = new Date(STARTS_AT.getTime() + 42 * 86_400_000);
  const handler = (now = checkedAt) => {
    const handlers = composeTimedWork({ db: db(), clock: { now: () => now }, defaultLocale: 'nl' });
    const found = handlers[followUpJobName];
    if (!found) throw new Error('the follow-up check is not registered');
    return found;
  };
  const reminders = (conferenceId: string) => outboxRows(db(), `follow-up:${conferenceId}:`);

  it('reminds the coordinator to plan the follow-up, once, even when the job runs twice', async () => {
    const conference = await createConference(db(), world);
    await handler()(job(conference.id));
    await handler()(job(conference.id, 2));

    const queued = await reminders(conference.id);
    // One message per platform Sander uses (Slack and the try-out page), not one per run.
    expect(queued.map((m) => `${m.platform} ${m.target}`)).toEqual([
      `slack user:${world.people.sander}`,
      `tryout user:${world.people.sander}`,
    ]);
    const view = queued[0]?.view ?? { fallbackText: '-', blocks: [] };
    expect(visibleText(view)).toContain(
      'Het casusoverleg over HH-2041 is 6 weken geleden. Tijd om het vervolgoverleg te plannen.',
    );
    const [plan] = buttonsOf(view);
    expect(plan?.actionId).toBe('plan.propose');
    expect(decodeActionValue('plan.propose', plan?.value)).toEqual({
      ok: true,
      payload: { householdId: world.households['HH-2041'] },
    });
  });

  it('writes to the coordinator in their own language', async () => {
    await db().prisma.professional.update({ where: { id: world.people.sander }, data: { locale: 'en' } });
    const conference = await createConference(db(), world);
    await handler()(job(conference.id));
    const [first] = await reminders(conference.id);
    expect(visibleText(first?.view ?? { fallbackText: '-', blocks: [] })).toContain(
      'It is 6 weeks since the case conference for HH-2041. Time to plan the follow-up.',
    );
  });

  it('stays silent when the plan is closed', async () => {
    const conference = await createConference(db(), world);
    await db().prisma.household.update({
      where: { id: world.households['HH-2041'] },
      data: { planClosedAt: STARTS_AT },
    });
    await handler()(job(conference.id));
    expect(await reminders(conference.id)).toEqual([]);
  });

  it('stays silent when a later conference is planned, but not for a later one that was cancelled', async () => {
    const conference = await createConference(db(), world);
    const later = new Date(STARTS_AT.getTime() + 35 * 86_400_000);
    const next = await createConference(db(), world, {
      startsAt: later,
      endsAt: new Date(later.getTime() + 3_600_000),
      status: 'cancelled',
    });
    await handler()(job(conference.id));
    expect(await reminders(conference.id)).toHaveLength(2);

    const other = await createConference(db(), world, { household: 'HH-2043' });
    await createConference(db(), world, {
      household: 'HH-2043',
      startsAt: later,
      endsAt: new Date(later.getTime() + 3_600_000),
    });
    await handler()(job(other.id));
    expect(await reminders(other.id)).toEqual([]);
    expect(next.status).toBe('cancelled');
  });

  it('stays silent for a cancelled conference', async () => {
    const conference = await createConference(db(), world, { status: 'cancelled' });
    await handler()(job(conference.id));
    expect(await reminders(conference.id)).toEqual([]);
  });

  it('reminds the organiser when the household has no coordinator', async () => {
    const conference = await createConference(db(), world);
    await db().prisma.caseConference.update({
      where: { id: conference.id },
      data: { organizerId: world.people.koen },
    });
    await db().prisma.household.update({
      where: { id: world.households['HH-2041'] },
      data: { coordinatorId: null },
    });
    await handler()(job(conference.id));
    expect((await reminders(conference.id)).map((m) => m.target)).toEqual([`user:${world.people.koen}`]);
  });

  it('records in the access log that the job looked at each household of the conference', async () => {
    const conference = await createConference(db(), world);
    await handler()(job(conference.id));
    const entries = await db().prisma.accessLogEntry.findMany({
      where: { onBehalfOf: 'job:conference.follow-up' },
    });
    expect(entries).toMatchObject([
      {
        actorId: null,
        householdId: world.households['HH-2041'],
        reference: 'HH-2041',
        kind: 'conference',
        action: 'view',
        channel: 'job',
        outcome: 'ok',
        subjectId: conference.id,
      },
    ]);
  });

  it('stays silent when it runs before the conference is six weeks past (the conference was moved later)', async () => {
    const conference = await createConference(db(), world);
    await handler(new Date(checkedAt.getTime() - 60_000))(job(conference.id));
    expect(await reminders(conference.id)).toEqual([]);
  });

  it('refuses a job without a conference id', async () => {
    await expect(handler()({ ...job('x'), payload: {} })).rejects.toThrow('invalid payload');
  });
});
