import { beforeAll, expect, it } from 'vitest';
import { createTryoutDirectory } from '../../../src/infra/db/repositories/tryout-directory.ts';
import { seedDemoIfEmpty } from '../../../src/infra/demo/seed-demo.ts';
import { runImport, source } from '../../infra/repositories/import-helpers.ts';
import { describeEachDatabase } from '../../support/databases.ts';

describeEachDatabase('try-out directory over the demo team', (db) => {
  beforeAll(async () => {
    await seedDemoIfEmpty(db());
  }, 60_000);

  it('lists the demo professionals who can be picked, by name, with organisation and disciplines', async () => {
    const professionals = await createTryoutDirectory(db().prisma).listProfessionals();
    expect(professionals).toHaveLength(10);
    expect(professionals.map((p) => p.name)).toEqual([...professionals.map((p) => p.name)].sort());
    expect(professionals.find((p) => p.key === 'demo-yara')).toEqual({
      key: 'demo-yara',
      name: 'Yara Denkbeeld',
      organisation: 'Schuldhulp Oostwijk',
      disciplines: [
        { nl: 'Inkomensconsulent', en: 'Income support' },
        { nl: 'Schuldhulpverlening', en: 'Debt counselling' },
      ],
    });
  });

  it("creates the team's try-out channel once and finds it after", async () => {
    const directory = createTryoutDirectory(db().prisma);
    const [first, second] = await Promise.all([directory.teamChannelId(), directory.teamChannelId()]);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(await directory.teamChannelId()).toBe(first);
    const rows = await db().prisma.teamChannel.findMany({ where: { platform: 'tryout' } });
    expect(rows).toMatchObject([{ id: first, workspace: '', channelId: 'demo' }]);
  });

  it('has no channel and nobody to pick for a team that does not exist', async () => {
    const directory = createTryoutDirectory(db().prisma, { teamSlug: 'no-such-team' });
    expect(await directory.teamChannelId()).toBeUndefined();
    expect(await directory.listProfessionals()).toEqual([]);
  });

  it('lists only the fictional professionals when demo-only: no imported key in the demo team, no one also in a real team', async () => {
    const roster = {
      teams: [{ slug: 'wijkteam-west', name: 'Wijkteam West' }],
      organisations: [{ name: 'Gemeente Echtstad' }],
      professionals: [
        {
          key: 'w-002',
          name: 'Xander Echt',
          organisation: 'Gemeente Echtstad',
          teams: ['demo'],
          contractHours: 32,
          days: [{ weekday: 'ma', start: '09:00', end: '17:00' }],
          identities: [{ platform: 'tryout', userId: 'xander' }],
        },
      ],
    };
    expect((await runImport(db(), [source('real.json', JSON.stringify(roster))])).status).toBe('imported');
    const prisma = db().prisma;
    const latifa = await prisma.platformIdentity.findFirstOrThrow({
      where: { externalUserId: 'demo-latifa' },
    });
    const west = await prisma.team.findUniqueOrThrow({ where: { slug: 'wijkteam-west' } });
    await prisma.teamMembership.create({ data: { teamId: west.id, professionalId: latifa.professionalId } });

    const everyone = (await createTryoutDirectory(prisma).listProfessionals()).map((p) => p.key);
    expect(everyone).toContain('xander');
    expect(everyone).toContain('demo-latifa');
    const fictional = (await createTryoutDirectory(prisma, { demoOnly: true }).listProfessionals()).map(
      (p) => p.key,
    );
    expect(fictional).toHaveLength(9);
    expect(fictional).toContain('demo-sander');
    expect(fictional).not.toContain('xander');
    expect(fictional).not.toContain('demo-latifa');
  });
});
