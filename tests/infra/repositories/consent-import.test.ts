import { beforeEach, expect, it } from 'vitest';
import { consentReminderKey } from '../../../src/app/households/remind-consent-ending.ts';
import { demoRosterSource } from '../../../src/infra/demo/demo-team.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { NOW, rowCounts, runImport, source } from './import-helpers.ts';

const LINDE = 'Woonstichting De Linde';

/** The demo roster with HH-2041's consent given on `given` and valid until `until`. */
async function demoWithConsent(given: string, until: string) {
  const roster = JSON.parse((await demoRosterSource()).text);
  const hh = roster.households.find((h: { reference: string }) => h.reference === 'HH-2041');
  hh.consentGivenOn = given;
  hh.consentUntil = until;
  return source('demo-until.json', JSON.stringify(roster));
}

describeEachDatabase('consent end dates in the import', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    await seedDemo(db(), { clock: { now: () => NOW } });
  }, 60_000);

  it('takes consentUntil, schedules the reminder, and a later end date renews it', async () => {
    expect(await runImport(db(), [await demoWithConsent('2026-11-01', '2027-01-31')])).toMatchObject({
      status: 'imported',
    });
    const consents = await db().prisma.consent.findMany({
      where: { household: { reference: 'HH-2041' }, withdrawnOn: null },
      include: { organisation: true },
    });
    expect(consents.length).toBeGreaterThan(0);
    for (const consent of consents) expect(consent.validUntil?.toISOString().slice(0, 10)).toBe('2027-01-31');
    const linde = consents.find((c) => c.organisation.name === LINDE)!;
    const job = await db().prisma.job.findUniqueOrThrow({
      where: { key: consentReminderKey(linde.id, '2027-01-31') },
    });
    expect(job.runAt.toISOString()).toBe('2027-01-17T08:00:00.000Z');
    const entry = await db().prisma.accessLogEntry.findFirst({
      where: { kind: 'consent', subjectId: linde.id, action: 'change', channel: 'import' },
    });
    expect(entry).not.toBeNull();

    await runImport(db(), [await demoWithConsent('2026-11-01', '2027-06-30')]);
    expect(await db().prisma.job.count({ where: { key: consentReminderKey(linde.id, '2027-06-30') } })).toBe(
      1,
    );
    // The same file again changes nothing.
    expect(await runImport(db(), [await demoWithConsent('2026-11-01', '2027-06-30')])).toMatchObject({
      totals: { updated: 0 },
    });
  });

  it('refuses an end date before the day consent was given, in JSON and CSV, and writes nothing', async () => {
    const before = await rowCounts(db());
    const json = await runImport(db(), [await demoWithConsent('2026-11-01', '2026-10-01')], {
      locale: 'en',
    } as never);
    expect(json.status).toBe('invalid');
    expect(JSON.stringify(json)).toContain('consent-until-before-given');
    const csv = await runImport(db(), [
      source(
        'households.csv',
        'team,reference,has_children,involved,coordinator,consent,consent_given_on,consent_until\n' +
          `demo,HH-2041,ja,demo-sander,demo-sander,Gemeente Oostwijk (buurtteam),2026-11-01,2026-10-01\n`,
      ),
    ]);
    expect(csv.status).toBe('invalid');
    expect(JSON.stringify(csv)).toContain('consent_until');
    expect(await rowCounts(db())).toEqual(before);
  });
});
