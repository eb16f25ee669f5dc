import { beforeEach, expect, it } from 'vitest';
import type { Actor } from '../../../src/app/actor.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { type AccessWorld, accessRouter, seedAccessWorld } from './access-world.ts';

// The door records every look at a household and every refusal (NEN 7513), with the channel and on whose
// behalf, and without care content.
describeEachDatabase('the household door', (db) => {
  let world: AccessWorld;
  beforeEach(async () => {
    world = await seedAccessWorld(db(), 'none');
  });

  const actorOf = async (key: string): Promise<Actor> => {
    const professional = await db().prisma.professional.findUniqueOrThrow({ where: { externalKey: key } });
    return { professionalId: professional.id, channel: 'slack' };
  };
  const say = async (text: string, actor: Actor, conversation: 'private' | 'shared' = 'private') =>
    accessRouter(db()).handleText({
      text,
      locale: 'en',
      actor,
      conversation,
      requestKey: `${conversation} ${text}`,
    });
  const logged = () =>
    db().prisma.accessLogEntry.findMany({
      where: { channel: { not: 'import' } },
      orderBy: { at: 'asc' },
      select: {
        actorId: true,
        householdId: true,
        reference: true,
        kind: true,
        action: true,
        channel: true,
        outcome: true,
        requestKey: true,
        details: true,
      },
    });

  it('logs what each person was shown: details for the case team, the reference for the team, refusals for others', async () => {
    const sander = await actorOf('demo-sander');
    const latifa = await actorOf('demo-latifa');
    await say('huishouden HH-2042', latifa);
    await say('plan HH-2042', sander);
    await say('huishouden HH-2042', latifa, 'shared');
    await say('huishouden HH-3001', sander);
    await say('plan HH-9001', sander);
    await say('huishouden Jansen', sander);
    const demo = world.demoHousehold.id;
    // Rows written in one millisecond have no order of their own: compared by request.
    const byRequest = (rows: { requestKey: string | null }[]) =>
      [...rows].sort((a, b) => (a.requestKey! < b.requestKey! ? -1 : 1));
    expect(byRequest(await logged())).toEqual(
      byRequest([
        row(latifa, demo, 'HH-2042', 'details', 'view', 'ok', 'huishouden HH-2042'),
        row(sander, demo, 'HH-2042', 'proposal', 'view', 'reference-only', 'plan HH-2042'),
        row(latifa, demo, 'HH-2042', 'details', 'view', 'reference-only', 'huishouden HH-2042', 'shared'),
        // Outside his teams the household is not even looked up: logged as asked, not found.
        row(sander, null, 'HH-3001', 'details', 'refused', 'not-found', 'huishouden HH-3001'),
        row(sander, null, 'HH-9001', 'proposal', 'refused', 'not-found', 'plan HH-9001'),
        // A typed word that is no reference (it may be a name) is not kept.
        row(sander, null, '*', 'details', 'refused', 'not-found', 'huishouden Jansen'),
      ]),
    );
  });

  it('logs a refused deed and a forged button for a household of another team as refused', async () => {
    const sander = await actorOf('demo-sander');
    const router = accessRouter(db());
    const press = (actionId: string, householdId: string) =>
      router.handleAction({
        actionId,
        value: JSON.stringify({ householdId }),
        locale: 'en',
        actor: sander,
        conversation: 'private',
      });
    await press('household.close-plan', world.demoHousehold.id);
    await press('household.show', world.westHousehold.id);
    const rows = await logged();
    expect(rows.map((r) => [r.householdId, r.kind, r.action, r.outcome, r.details])).toEqual(
      expect.arrayContaining([
        [world.demoHousehold.id, 'details', 'refused', 'refused', { deed: 'close-plan' }],
        [world.westHousehold.id, 'details', 'refused', 'refused', {}],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('puts no care content in the log', async () => {
    const latifa = await actorOf('demo-latifa');
    await say('huishouden HH-2042', latifa);
    await say('plan HH-2042', latifa);
    const text = JSON.stringify(await db().prisma.accessLogEntry.findMany({ where: { channel: 'slack' } }));
    for (const secret of world.secrets.demo) expect(text).not.toContain(secret);
  });
});

function row(
  actor: Actor,
  householdId: string | null,
  reference: string,
  kind: string,
  action: string,
  outcome: string,
  requestKeyText: string,
  conversation = 'private',
) {
  return {
    actorId: actor.professionalId,
    householdId,
    reference,
    kind,
    action,
    channel: 'slack',
    outcome,
    requestKey: `${conversation} ${requestKeyText}`,
    details: {},
  };
}
