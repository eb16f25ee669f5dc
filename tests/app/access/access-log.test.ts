import { beforeEach, expect, it } from 'vitest';
import { householdFeature } from '../../../src/app/households/household-feature.ts';
import type { SaveHouseholdRequest } from '../../../src/app/households/household-store.ts';
import { createRouter } from '../../../src/app/router.ts';
import type { Locale } from '../../../src/domain/locale.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import {
  createAccessLogReader,
  recordAccess,
} from '../../../src/infra/db/repositories/access-log-repository.ts';
import { createDatabaseHouseholdDoor } from '../../../src/infra/db/repositories/household-directory-repository.ts';
import { createHouseholdStore } from '../../../src/infra/db/repositories/household-repository.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { freshDemo, NOW } from '../households/household-support.ts';
import { visibleText } from '../view-text.ts';

const RESIDENT_WORDS = 'Ik wil dat mijn dochter weer naar school gaat';

/** The household feature with its "who looked" view, as one demo professional talks to it over Slack. */
function chat(db: Database) {
  const router = createRouter({
    features: [
      householdFeature({
        store: createHouseholdStore(db.prisma),
        door: createDatabaseHouseholdDoor(db.prisma),
        accessLog: { reader: createAccessLogReader(db.prisma) },
      }),
    ],
    clock: { now: () => NOW },
    timeZone: 'Europe/Amsterdam',
  });
  return async (
    text: string,
    {
      as = 'demo-sander',
      conversation = 'private',
      locale = 'nl',
    }: { as?: string; conversation?: 'private' | 'shared'; locale?: Locale } = {},
  ) => {
    const actor =
      as === 'nobody'
        ? { channel: 'slack' as const }
        : await db.prisma.professional
            .findUniqueOrThrow({ where: { externalKey: as } })
            .then((p) => ({ professionalId: p.id, displayName: p.name, channel: 'slack' as const }));
    return visibleText(await router.handleText({ text, locale, actor, conversation }));
  };
}

const logViews = (db: Database) =>
  db.prisma.accessLogEntry.count({ where: { kind: 'access-log', action: 'view' } });

describeEachDatabase('the access log', (db) => {
  beforeEach(async () => {
    await freshDemo(db());
  });

  it('is append-only: the database itself refuses UPDATE and DELETE of an entry', async () => {
    await recordAccess(db().prisma, {
      actorId: null,
      onBehalfOf: 'operator',
      kind: 'settings',
      action: 'change',
      channel: 'cli',
      outcome: 'ok',
    });
    const table = `"${db().schema}"."AccessLogEntry"`;
    await expect(db().prisma.$executeRawUnsafe(`UPDATE ${table} SET "outcome" = 'refused'`)).rejects.toThrow(
      /append-only: UPDATE is not allowed/,
    );
    await expect(db().prisma.$executeRawUnsafe(`DELETE FROM ${table}`)).rejects.toThrow(
      /append-only: DELETE is not allowed/,
    );
    await expect(db().prisma.accessLogEntry.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db().prisma.accessLogEntry.count({ where: { outcome: 'refused', kind: 'settings' } })).toBe(
      0,
    );
  });

  it('writes a chat save’s entries in the save’s transaction: when the log cannot be written, nothing is saved', async () => {
    const store = createHouseholdStore(db().prisma);
    const [hh] = await store.findByReference([(await db().prisma.team.findFirstOrThrow()).id], 'HH-2041');
    const sander = await db().prisma.professional.findUniqueOrThrow({
      where: { externalKey: 'demo-sander' },
    });
    const change: SaveHouseholdRequest = {
      householdId: hh!.id,
      baseRevision: hh!.revision,
      values: {
        teamId: hh!.teamId,
        reference: hh!.reference,
        hasChildren: hh!.hasChildren,
        ikWil: RESIDENT_WORDS,
        ikKan: null,
        ikHebNodig: null,
        coordinatorId: sander.id,
        involvedIds: hh!.involved.map((p) => p.id),
        consentOrganisationIds: hh!.consents.filter((c) => !c.withdrawnOn).map((c) => c.organisationId),
      },
      scoreWrites: [{ domain: 'financien', score: 4 }],
      scoredOn: '2026-11-24',
      changed: ['scores.financien', 'ikWil'],
      actorId: sander.id,
      now: NOW,
      today: '2026-11-24',
      channel: 'teams',
      requestKey: 'req-1',
    };

    // A log that refuses household entries (as a full disk or a broken log would): the save must not happen.
    const schema = `"${db().schema}"`;
    await db().prisma.$executeRawUnsafe(
      `CREATE FUNCTION ${schema}."refuse_details"() RETURNS trigger AS $$ BEGIN IF NEW."kind" = 'details' THEN RAISE EXCEPTION 'log unavailable'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql`,
    );
    await db().prisma.$executeRawUnsafe(
      `CREATE TRIGGER "refuse_details" BEFORE INSERT ON ${schema}."AccessLogEntry" FOR EACH ROW EXECUTE FUNCTION ${schema}."refuse_details"()`,
    );
    await expect(store.save(change)).rejects.toThrow(/log unavailable/);
    await db().prisma.$executeRawUnsafe(`DROP TRIGGER "refuse_details" ON ${schema}."AccessLogEntry"`);
    await db().prisma.$executeRawUnsafe(`DROP FUNCTION ${schema}."refuse_details"()`);
    const untouched = await db().prisma.household.findUniqueOrThrow({
      where: { id: hh!.id },
      include: { revisions: true, scores: { where: { domain: 'financien' } } },
    });
    expect(untouched.ikWil).not.toBe(RESIDENT_WORDS);
    expect(untouched.revisions).toHaveLength(1);
    expect(untouched.scores.map((s) => s.score)).toEqual([1]);
    expect(await db().prisma.accessLogEntry.count({ where: { requestKey: 'req-1' } })).toBe(0);

    // With the log working, the change and its entries commit together.
    expect(await store.save(change)).toMatchObject({ status: 'saved', revision: 2 });
    const entries = await db().prisma.accessLogEntry.findMany({
      where: { requestKey: 'req-1' },
      orderBy: { kind: 'asc' },
    });
    expect(entries.map((e) => [e.kind, e.action, e.channel, e.actorKey, e.reference, e.outcome])).toEqual([
      ['details', 'change', 'teams', 'demo-sander', 'HH-2041', 'ok'],
      ['scores', 'change', 'teams', 'demo-sander', 'HH-2041', 'ok'],
    ]);
    // No care content: neither the resident's words nor the score are in any entry.
    const everything = JSON.stringify(await db().prisma.accessLogEntry.findMany());
    expect(everything).not.toContain(RESIDENT_WORDS);
    expect(everything).not.toMatch(/"score"|"financien"\s*:/);
  });

  it('shows the coordinator and a coach who looked at the household, privately, and logs that look', async () => {
    const say = chat(db());
    await say('huishouden HH-2041', { as: 'demo-yara' });

    const shown = await say('huishouden HH-2041 inzage');
    expect(shown).toContain('Wie keek naar HH-2041');
    expect(shown).toContain('Yara Denkbeeld: gegevens bekeken via Slack');
    expect(shown).toContain('demogegevens: gegevens aangemaakt via import');
    expect(shown).toMatch(/24 nov 2026, 10:00 — demogegevens: gegevens aangemaakt via import/);
    // Newest first: Yara's look comes before the demo data.
    expect(shown.indexOf('Yara Denkbeeld')).toBeLessThan(shown.indexOf('demogegevens'));
    expect(await logViews(db())).toBe(1);

    const coach = await say('household HH-2041 access', { as: 'demo-coach', locale: 'en' });
    expect(coach).toContain('Who looked at HH-2041');
    expect(coach).toContain('Sander Proefmans: access log viewed via Slack');
    expect(coach).not.toContain(RESIDENT_WORDS);
    expect(await logViews(db())).toBe(2);
  });

  it('refuses everyone else like any other detail, and asks for a private conversation in a shared one', async () => {
    const say = chat(db());
    // In the case team but not its coordinator or a coach.
    expect(await say('huishouden HH-2041 inzage', { as: 'demo-yara' })).toBe(
      'Alleen de regisseur van HH-2041 en de coaches van het team zien wie ernaar keek. Vraag het Sander Proefmans.',
    );
    // A team member outside HH-2042's case team.
    expect(await say('household HH-2042 access', { locale: 'en' })).toContain(
      'Only the coordinator of HH-2042 and the team’s coaches see who looked at it.',
    );
    // Someone casus does not know, and a household that does not exist: the answers of any other detail.
    expect(await say('huishouden HH-2041 inzage', { as: 'nobody' })).toBe(
      await say('huishouden HH-2041', { as: 'nobody' }),
    );
    expect(await say('huishouden HH-9999 inzage')).toBe(await say('huishouden HH-9999'));
    const shared = await say('huishouden HH-2041 inzage', { conversation: 'shared' });
    expect(shared).toBe(
      'Wie naar HH-2041 keek, laat ik alleen in een privégesprek zien. Vraag het me in een direct bericht.',
    );
    expect(await logViews(db())).toBe(0);
    expect(
      await db().prisma.accessLogEntry.count({ where: { kind: 'access-log', action: 'refused' } }),
    ).toBeGreaterThanOrEqual(2);
  });
});
