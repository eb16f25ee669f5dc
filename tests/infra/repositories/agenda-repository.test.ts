import { beforeAll, expect, it } from 'vitest';
import { createAgendaStore } from '../../../src/infra/db/repositories/agenda-repository.ts';
import { seedDemoIfEmpty } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase } from '../../support/databases.ts';

describeEachDatabase('the agenda store', (db) => {
  let me: string;
  let colleague: string;

  beforeAll(async () => {
    await seedDemoIfEmpty(db());
    const prisma = db().prisma;
    const [a, b] = await prisma.professional.findMany({ orderBy: { externalKey: 'asc' }, take: 2 });
    me = a!.id;
    colleague = b!.id;
    const team = await prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
    const [h1, h2] = await prisma.household.findMany({ orderBy: { reference: 'asc' }, take: 2 });
    const conference = (
      uid: string,
      startsAt: string,
      status: 'scheduled' | 'cancelled',
      rsvp: 'accepted' | 'declined',
    ) =>
      prisma.caseConference.create({
        data: {
          teamId: team.id,
          icsUid: uid,
          status,
          startsAt: new Date(startsAt),
          endsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
          households: { create: [{ householdId: h2!.id }, { householdId: h1!.id }] },
          attendances: { create: [{ professionalId: me, rsvp }] },
        },
      });
    await conference('past', '2026-11-20T09:00:00Z', 'scheduled', 'accepted');
    await conference('next', '2026-12-03T13:00:00Z', 'scheduled', 'accepted');
    await conference('declined', '2026-12-04T13:00:00Z', 'scheduled', 'declined');
    await conference('cancelled', '2026-12-05T13:00:00Z', 'cancelled', 'accepted');
    const action = (
      ownerId: string,
      description: string,
      dueOn: string,
      status: 'open' | 'blocked' | 'done',
    ) =>
      prisma.action.create({
        data: { householdId: h1!.id, ownerId, description, dueOn: new Date(dueOn), status },
      });
    await action(me, 'later', '2026-12-10', 'open');
    await action(me, 'sooner', '2026-12-02', 'blocked');
    await action(me, 'finished', '2026-12-01', 'done');
    await action(colleague, 'not mine', '2026-12-01', 'open');
  });

  it('lists the scheduled conferences I attend that are still to come, with sorted household references', async () => {
    const rows = await createAgendaStore(db().prisma).upcomingConferences(
      me,
      new Date('2026-12-01T00:00:00Z'),
      10,
    );
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual(['2026-12-03T13:00:00.000Z']);
    expect(rows[0]?.households).toEqual(['HH-2041', 'HH-2042']);
  });

  it('lists my open and stuck actions, earliest due first, with the date as written', async () => {
    const rows = await createAgendaStore(db().prisma).openActions(me, 10);
    expect(rows.map((r) => [r.description, r.dueOn, r.blocked])).toEqual([
      ['sooner', '2026-12-02', true],
      ['later', '2026-12-10', false],
    ]);
  });
});
