import { beforeEach, expect, it } from 'vitest';
import { resolvePerson } from '../../../src/app/people/resolve-person.ts';
import { createPeopleDirectory } from '../../../src/infra/db/repositories/people-directory-repository.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';

describeEachDatabase('the people directory', (db) => {
  let noord: string;
  let zuid: string;
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    await truncateAll(db());
    const prisma = db().prisma;
    const org = await prisma.organisation.create({ data: { name: 'Wijkteam' } });
    noord = (await prisma.team.create({ data: { slug: 'noord', name: 'Wijkteam Noord' } })).id;
    zuid = (await prisma.team.create({ data: { slug: 'zuid', name: 'Wijkteam Zuid' } })).id;
    const people = [
      { key: 's.devries', name: 'Sanne de Vries', teams: [noord, zuid], active: true },
      { key: 'e.jansen', name: 'Émile Jansen', teams: [noord], active: true },
      { key: 'p.smit', name: 'Pieter Smit', teams: [noord], active: false },
      { key: 'k.bos', name: 'Karin Bos', teams: [zuid], active: true },
    ];
    for (const person of people) {
      const created = await prisma.professional.create({
        data: {
          externalKey: person.key,
          name: person.name,
          organisationId: org.id,
          active: person.active,
          memberships: { create: person.teams.map((teamId) => ({ teamId })) },
        },
      });
      ids[person.key] = created.id;
    }
  });

  it("lists a team's active members by name, with their roster key", async () => {
    const directory = createPeopleDirectory(db().prisma);
    expect(await directory.activeMembers(noord)).toEqual([
      { id: ids['e.jansen'], key: 'e.jansen', name: 'Émile Jansen' },
      { id: ids['s.devries'], key: 's.devries', name: 'Sanne de Vries' },
    ]);
    expect((await directory.activeMembers(zuid)).map((p) => p.key)).toEqual(['k.bos', 's.devries']);
    expect(await directory.activeMembers('no-such-team')).toEqual([]);
  });

  it('finds anyone by id, active or not', async () => {
    const directory = createPeopleDirectory(db().prisma);
    expect(await directory.byId(ids['p.smit'] ?? '')).toEqual({
      id: ids['p.smit'],
      key: 'p.smit',
      name: 'Pieter Smit',
    });
    expect(await directory.byId('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('lets resolvePerson name members of the team only', async () => {
    const people = createPeopleDirectory(db().prisma);
    expect(await resolvePerson('@emile', noord, { people })).toMatchObject({
      ok: true,
      person: { key: 'e.jansen' },
    });
    // Pieter left (inactive); Karin is in Zuid.
    expect(await resolvePerson('@pieter', noord, { people })).toMatchObject({
      ok: false,
      problem: 'unknown',
    });
    expect(await resolvePerson('@karin', noord, { people })).toMatchObject({ ok: false, problem: 'unknown' });
    const mentions = [{ handle: 'U0KARIN', professionalId: ids['k.bos'] ?? '' }];
    expect(await resolvePerson('@U0KARIN', noord, { people, mentions })).toMatchObject({
      ok: false,
      problem: 'not-in-team',
      person: { key: 'k.bos', name: 'Karin Bos' },
    });
    expect(await resolvePerson('@U0KARIN', zuid, { people, mentions })).toMatchObject({
      ok: true,
      person: { key: 'k.bos' },
    });
  });
});
