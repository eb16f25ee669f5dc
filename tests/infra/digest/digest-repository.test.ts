import { beforeAll, expect, it } from 'vitest';
import { seedDigestWorld } from '../../../bench/digest-world.ts';
import { composeDigest, noRotations } from '../../../src/app/digest/compose-digest.ts';
import type { PrismaClient } from '../../../src/generated/prisma/client.ts';
import { createDigestStore } from '../../../src/infra/db/repositories/digest-repository.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';

/** Monday 7 December 2026, 08:30 in Amsterdam. */
const NOW = new Date('2026-12-07T07:30:00Z');

/** Prisma with its raw-query calls counted (the digest store makes no other kind). */
function counting(prisma: PrismaClient) {
  let calls = 0;
  const client = new Proxy(prisma, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value === 'function' && String(property).startsWith('$queryRaw')) {
        return (...args: unknown[]) => {
          calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client, count: () => calls };
}

describeEachDatabase('the digest store', (db) => {
  beforeAll(async () => {
    await truncateAll(db());
    await seedDigestWorld(db().prisma, { team: 'small', households: 5, weekOf: '2026-12-07' });
    await seedDigestWorld(db().prisma, { team: 'large', households: 120, weekOf: '2026-12-07' });
  });

  it('reads a team’s digest in the same number of queries whatever its size', async () => {
    const counts: number[] = [];
    for (const slug of ['small', 'large']) {
      const { client, count } = counting(db().prisma);
      const store = createDigestStore(client);
      const team = await store.teamBySlug(slug);
      const before = count();
      const digest = await composeDigest(
        { store, readRotation: noRotations, timeZone: 'Europe/Amsterdam' },
        team!,
        NOW,
      );
      counts.push(count() - before);
      const households = slug === 'small' ? 5 : 120;
      // 3 actions due this week and 2 overdue per household; 1 blocked for 30 days; 2 done last week.
      expect(digest!.sections.due.reduce((n, o) => n + o.actions.length, 0)).toBe(3 * households);
      expect(digest!.sections.overdue.reduce((n, o) => n + o.actions.length, 0)).toBe(2 * households);
      expect(digest!.sections.blocked).toHaveLength(households);
      expect(digest!.sections.done.reduce((n, d) => n + d.count, 0)).toBe(2 * households);
      // Every 50th household has 9 helpers: above the limit of 8.
      expect(digest!.sections.attention.tooManyHelpers).toHaveLength(Math.floor(households / 50));
      expect(digest!.sections.protection.planned).toBe(Math.ceil(households / 20));
    }
    expect(counts[0]).toBe(7);
    expect(counts[1]).toBe(counts[0]);
  });
});
