import { beforeEach, expect, it } from 'vitest';
import type { SaveHouseholdRequest } from '../../../src/app/households/household-store.ts';
import { createHouseholdStore } from '../../../src/infra/db/repositories/household-repository.ts';
import { writeHouseholds } from '../../../src/infra/db/repositories/household-writer.ts';
import { demoRosterSource } from '../../../src/infra/demo/demo-team.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { NOW, runImport, source } from './import-helpers.ts';

/** The demo roster with HH-2041 rescored, and one organisation's consent (and its professional) left out. */
async function changedDemo() {
  const roster = JSON.parse((await demoRosterSource()).text);
  const hh = roster.households.find((h: { reference: string }) => h.reference === 'HH-2041');
  hh.scores = { ...hh.scores, scoredOn: '2026-11-20', financien: 2 };
  hh.consent = hh.consent.filter((name: string) => name !== 'Woonstichting De Linde');
  hh.involved = hh.involved.filter((key: string) => key !== 'demo-esra');
  return source('demo-changed.json', JSON.stringify(roster));
}

describeEachDatabase('household revisions', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    await seedDemo(db(), { clock: { now: () => NOW } });
  }, 60_000);

  it('are written by the import for every household it creates, and not again when nothing changes', async () => {
    const revisions = await db().prisma.householdRevision.findMany({ include: { household: true } });
    expect(revisions).toHaveLength(5);
    for (const revision of revisions) {
      expect(revision).toMatchObject({ revision: 1, changedById: null });
      expect(['import', 'seed']).toContain(revision.via);
      expect(revision.changed).toEqual(
        expect.arrayContaining(['reference', 'coordinator', 'involved', 'consent']),
      );
      expect(revision.snapshot).toMatchObject({ reference: revision.household.reference });
    }

    expect(await seedDemo(db(), { clock: { now: () => NOW } })).toMatchObject({ totals: { updated: 0 } });
    expect(await runImport(db(), [await demoRosterSource()])).toMatchObject({ totals: { updated: 0 } });
    expect(await db().prisma.householdRevision.count()).toBe(5);
  });

  it('are written by an import that changes a household, naming the changed scores and consent', async () => {
    expect(await runImport(db(), [await changedDemo()])).toMatchObject({
      status: 'imported',
      counts: { households: { updated: 1 } },
    });

    const hh = await db().prisma.household.findFirstOrThrow({
      where: { reference: 'HH-2041' },
      include: { revisions: { orderBy: { revision: 'asc' } }, scores: { where: { domain: 'financien' } } },
    });
    expect(hh.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(hh.revisions[1]).toMatchObject({ via: 'import', changedById: null });
    // The file scores every domain again on a new date: each one is a new score.
    expect(hh.revisions[1]!.changed).toEqual([
      'involved',
      'scores.financien',
      'scores.huisvesting',
      'scores.huiselijke_relaties',
      'scores.geestelijke_gezondheid',
      'scores.sociaal_netwerk',
      'scores.opvoeding',
      'consent',
    ]);
    expect(hh.revisions[1]!.snapshot).toMatchObject({
      scores: { financien: { score: 2, scoredOn: '2026-11-20' } },
    });
    expect(hh.scores.map((s) => s.score).sort()).toEqual([1, 2]);
    expect(await db().prisma.householdRevision.count()).toBe(6);
  });

  it('take the author and time from the import audit context when it is given', async () => {
    const id = (await db().prisma.household.findFirstOrThrow({ where: { reference: 'HH-2042' } })).id;
    const coach = await db().prisma.professional.findUniqueOrThrow({ where: { externalKey: 'demo-coach' } });
    const at = new Date('2026-11-25T08:00:00Z');
    await db().prisma.$transaction(async (tx) => {
      await writeHouseholds(
        tx,
        [
          {
            kind: 'update',
            id,
            changed: ['hasChildren'],
            value: {
              household: {
                team: 'demo',
                reference: 'HH-2042',
                hasChildren: true,
                scores: [],
                involved: [],
                coordinator: null,
                consent: [],
                consentGivenOn: null,
                consentUntil: null,
              },
              involved: [],
              scoreWrites: [],
              consentWrites: [],
            },
          },
        ],
        { teams: new Map(), organisations: new Map(), disciplines: new Map(), professionals: new Map() },
        { add() {}, async flush() {} },
        { actorId: coach.id, occurredAt: at, runId: 'r' },
      );
    });
    const revision = await db().prisma.householdRevision.findFirstOrThrow({
      where: { householdId: id, revision: 2 },
    });
    expect(revision).toMatchObject({
      via: 'import',
      changedById: coach.id,
      changedAt: at,
      changed: ['hasChildren'],
    });
  });

  it('let one of two simultaneous changes of the same revision through; the other writes nothing', async () => {
    const store = createHouseholdStore(db().prisma);
    const hh = (await store.findByReference([(await db().prisma.team.findFirstOrThrow()).id], 'HH-2043'))[0]!;
    const sander = await db().prisma.professional.findUniqueOrThrow({
      where: { externalKey: 'demo-sander' },
    });
    const change = (words: string): SaveHouseholdRequest => ({
      householdId: hh.id,
      baseRevision: hh.revision,
      values: {
        teamId: hh.teamId,
        reference: hh.reference,
        hasChildren: hh.hasChildren,
        ikWil: words,
        ikKan: null,
        ikHebNodig: null,
        coordinatorId: hh.coordinator?.id ?? null,
        involvedIds: hh.involved.map((p) => p.id),
        consentOrganisationIds: hh.consents.map((c) => c.organisationId),
      },
      scoreWrites: [{ domain: 'sociaal_netwerk', score: 2 }],
      scoredOn: '2026-11-24',
      changed: ['ikWil', 'scores.sociaal_netwerk'],
      actorId: sander.id,
      now: NOW,
      today: '2026-11-24',
    });

    const results = await Promise.all([store.save(change('een')), store.save(change('twee'))]);

    expect(results.map((r) => r.status).sort()).toEqual(['conflict', 'saved']);
    const after = await db().prisma.household.findUniqueOrThrow({
      where: { id: hh.id },
      include: { revisions: true, scores: { where: { domain: 'sociaal_netwerk' } } },
    });
    expect(after.revisions).toHaveLength(2);
    expect(after.scores).toHaveLength(2);
    expect(
      await db().prisma.accessLogEntry.count({
        where: { householdId: hh.id, kind: 'details', action: 'change' },
      }),
    ).toBe(1);
  });
});
