import { beforeEach, expect, it } from 'vitest';
import { DEMO_TEAM_SLUG } from '../../../src/infra/demo/demo-team.ts';
import { seedDemo, seedDemoIfEmpty } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { fixture, rowCounts, runImport } from './import-helpers.ts';

describeEachDatabase('the demo team', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
  });

  it('is seeded into an empty database once; the second call returns false and adds nothing', async () => {
    expect(await seedDemoIfEmpty(db())).toBe(true);
    const after = await rowCounts(db());

    expect(await seedDemoIfEmpty(db())).toBe(false);
    expect(await rowCounts(db())).toEqual(after);
  });

  it('is a fictional multidisciplinary team with part-timers, a coach, try-out accounts and households', async () => {
    await seedDemoIfEmpty(db());

    const team = await db().prisma.team.findUniqueOrThrow({
      where: { slug: DEMO_TEAM_SLUG },
      include: {
        memberships: { include: { professional: { include: { identities: true, contractDays: true } } } },
      },
    });
    expect(team.name).toBe('Buurtteam Oost');
    expect(team.memberships.length).toBeGreaterThanOrEqual(10);
    expect(team.memberships.filter((m) => m.role === 'coach')).toHaveLength(1);
    expect(await db().prisma.organisation.count()).toBeGreaterThanOrEqual(5);
    for (const { professional } of team.memberships) {
      expect(professional.identities.map((i) => [i.platform, i.externalUserId])).toEqual([
        ['tryout', professional.externalKey],
      ]);
      expect(professional.contractDays.length).toBeGreaterThan(0);
    }
    expect(team.memberships.some((m) => m.professional.contractDays.length < 5)).toBe(true);

    const households = await db().prisma.household.findMany({
      where: { team: { slug: DEMO_TEAM_SLUG } },
      include: { scores: true, consents: true, involvements: true },
    });
    expect(households).toHaveLength(5);
    for (const household of households) {
      expect(household.reference).toMatch(/^HH-\d{4}$/);
      expect(household.coordinatorId).not.toBeNull();
      expect(household.scores.some((s) => s.score <= 2)).toBe(true);
      expect(household.consents.length).toBeGreaterThan(0);
      expect(household.involvements.length).toBeGreaterThan(1);
    }
  });

  it('is not seeded next to a real team, unless forced', async () => {
    await runImport(db(), [fixture('roster.json')]);

    expect(await seedDemoIfEmpty(db())).toBe(false);
    expect(await db().prisma.team.count({ where: { slug: DEMO_TEAM_SLUG } })).toBe(0);

    expect(await seedDemo(db())).toMatchObject({ status: 'imported' });
    expect(await db().prisma.team.count({ where: { slug: DEMO_TEAM_SLUG } })).toBe(1);
    expect(await seedDemo(db())).toMatchObject({ status: 'imported', totals: { created: 0, updated: 0 } });
  });

  it('is seeded once when two starts race for an empty database', async () => {
    const results = await Promise.all([seedDemoIfEmpty(db()), seedDemoIfEmpty(db())]);

    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db().prisma.team.count()).toBe(1);
  });
});
