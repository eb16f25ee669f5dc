import { randomUUID } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { DIGEST_SWEEP } from '../../../src/app/digest/send-digests.ts';
import { type Database, openDatabase } from '../../../src/infra/db/database.ts';
import type { Job } from '../../../src/infra/jobs/job-runner.ts';
import { composeTimedWork, scheduleStandingWork } from '../../../src/timed-work.ts';
import { visibleText } from '../../app/view-text.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import {
  createConference,
  type DemoWorld,
  freshDemo,
  outboxRows,
} from '../conferences/conference-fixture.ts';

/** Monday 7 December 2026 (ISO week 50), 08:45 in Amsterdam: the first sweep after the 08:30 digest time. */
const MONDAY = new Date('2026-12-07T07:45:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const job = (key: string): Job => ({
  id: randomUUID(),
  name: DIGEST_SWEEP,
  key,
  payload: {},
  attempt: 1,
  maxAttempts: 5,
  signal: new AbortController().signal,
});

/** A fresh instance of casus's timed work (as after a restart), with its clock at `now`. */
function sweepAt(db: Database, now: Date) {
  const handler = composeTimedWork({ db, clock: { now: () => now }, defaultLocale: 'nl' })[DIGEST_SWEEP];
  if (!handler) throw new Error('digest.sweep is not registered');
  return handler(job(`digest.sweep:${now.toISOString()}`));
}

describeEachDatabase('the weekly digest sweep', (db) => {
  let world: DemoWorld;

  beforeEach(async () => {
    world = await freshDemo(db());
    const { prisma } = db();
    await prisma.action.create({
      data: {
        householdId: world.households['HH-2041'] as string,
        ownerId: world.people.sander as string,
        description: 'Private text: call the housing corporation',
        dueOn: day('2026-12-09'),
      },
    });
    await createConference(db(), world, {
      startsAt: new Date('2026-12-09T13:00:00Z'),
      endsAt: new Date('2026-12-09T14:00:00Z'),
    });
  });

  const digests = () =>
    db().prisma.digest.findMany({
      where: { teamId: world.teamId },
      select: { recipient: true, isoWeek: true, late: true },
      orderBy: [{ isoWeek: 'asc' }, { recipient: 'asc' }],
    });

  it('sends nothing before Monday 08:30', async () => {
    await sweepAt(db(), new Date('2026-12-07T07:15:00Z'));
    expect(await digests()).toEqual([]);
    expect(await outboxRows(db(), 'digest:')).toEqual([]);
  });

  it('sends the team digest to the team channel once, with each member’s own by direct message', async () => {
    await sweepAt(db(), MONDAY);
    const team = await outboxRows(db(), `digest:${world.teamId}:2026-W50:team`);
    expect(team.map((row) => [row.platform, row.target])).toEqual([['tryout', `channel:${world.channelId}`]]);
    const text = visibleText(team[0]!.view);
    expect(text).toContain('Weekoverzicht');
    expect(text).toContain('HH-2041');
    expect(text).not.toContain('Private text');
    expect(text).not.toContain('Later verstuurd');

    const sanders = await outboxRows(db(), `digest:${world.teamId}:2026-W50:${world.people.sander}`);
    expect(sanders.map((row) => row.platform).sort()).toContain('slack');
    expect(visibleText(sanders[0]!.view)).toContain('Private text: call the housing corporation');
    const rows = await digests();
    expect(rows.filter((r) => r.recipient === 'team')).toEqual([
      { recipient: 'team', isoWeek: '2026-W50', late: false },
    ]);
    expect(rows.map((r) => r.recipient)).toContain(world.people.sander);

    // The next sweeps, also by a restarted instance, send nothing again.
    const before = (await outboxRows(db(), 'digest:')).length;
    await sweepAt(db(), new Date('2026-12-07T08:00:00Z'));
    await sweepAt(db(), new Date('2026-12-10T12:00:00Z'));
    expect((await outboxRows(db(), 'digest:')).length).toBe(before);
    expect(await digests()).toEqual(rows);
  });

  it('skips the personal digest of someone who opted out', async () => {
    await db().prisma.professional.update({
      where: { id: world.people.sander },
      data: { digestOptOut: true },
    });
    await sweepAt(db(), MONDAY);
    expect(await outboxRows(db(), `digest:${world.teamId}:2026-W50:${world.people.sander}`)).toEqual([]);
    expect(await outboxRows(db(), `digest:${world.teamId}:2026-W50:team`)).toHaveLength(1);
  });

  it('follows the team’s settings: another day and time, and no personal digests when switched off', async () => {
    await db().prisma.team.update({
      where: { id: world.teamId },
      data: { settings: { digest: { weekday: 2, time: '07:00', personal: false } } },
    });
    await sweepAt(db(), MONDAY);
    expect(await digests()).toEqual([]);
    // Tuesday 07:00 Amsterdam is 06:00 UTC; the sweep of 06:00 sends it on time.
    await sweepAt(db(), new Date('2026-12-08T06:00:00Z'));
    expect(await digests()).toEqual([{ recipient: 'team', isoWeek: '2026-W50', late: false }]);
    expect(await outboxRows(db(), `digest:${world.teamId}:2026-W50:team`)).toHaveLength(1);
  });

  it('sends once when two workers race, also on two connections', async () => {
    const second = await secondConnection(db());
    try {
      await Promise.all([sweepAt(db(), MONDAY), sweepAt(second ?? db(), MONDAY), sweepAt(db(), MONDAY)]);
    } finally {
      await second?.close();
    }
    expect(await outboxRows(db(), `digest:${world.teamId}:2026-W50:team`)).toHaveLength(1);
    const rows = await digests();
    expect(rows.filter((r) => r.recipient === 'team')).toHaveLength(1);
    expect(new Set(rows.map((r) => r.recipient)).size).toBe(rows.length);
  });

  it('after downtime over Monday 08:30 sends this week’s once, late, and never last week’s', async () => {
    // casus was down from Sunday: at start-up the next sweep is scheduled; it runs Tuesday 10:15.
    await scheduleStandingWork({ db: db(), clock: { now: () => new Date('2026-12-08T09:05:00Z') } });
    const waiting = await db().prisma.job.findMany({
      where: { name: DIGEST_SWEEP },
      select: { runAt: true },
    });
    expect(waiting.map((j) => j.runAt.toISOString())).toEqual(['2026-12-08T09:15:00.000Z']);
    await sweepAt(db(), new Date('2026-12-08T09:15:00Z'));
    const team = await outboxRows(db(), `digest:${world.teamId}:2026-W50:team`);
    expect(visibleText(team[0]!.view)).toContain('Later verstuurd');
    expect((await digests()).find((r) => r.recipient === 'team')).toMatchObject({ late: true });

    // Down all of week 51: on Tuesday of week 52 only week 52's goes out.
    await sweepAt(db(), new Date('2026-12-22T09:15:00Z'));
    const weeks = (await digests()).filter((r) => r.recipient === 'team').map((r) => [r.isoWeek, r.late]);
    expect(weeks).toEqual([
      ['2026-W50', true],
      ['2026-W52', true],
    ]);
    expect(await outboxRows(db(), `digest:${world.teamId}:2026-W51`)).toEqual([]);
  });
});

/** On PostgreSQL, a second client on the same schema, as a second instance has; the embedded database has one. */
async function secondConnection(db: Database): Promise<Database | undefined> {
  if (db.kind !== 'postgres') return undefined;
  const url = process.env.TEST_DATABASE_URL as string;
  return openDatabase({ kind: 'postgres', url, schema: db.schema });
}
