import { beforeEach, expect, it } from 'vitest';
import { consentReminderKey } from '../../../src/app/households/remind-consent-ending.ts';
import { formatProblem } from '../../../src/app/roster/i18n/problem-text.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { demoRosterSource } from '../../../src/infra/demo/demo-team.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { NOW, rowCounts, runImport, source } from './import-helpers.ts';

const LINDE = 'Woonstichting De Linde';
const JEUGDHULP = 'Jeugdhulp Oostwijk';
const GEMEENTE = 'Gemeente Oostwijk (buurtteam)';
const SCHULDHULP = 'Schuldhulp Oostwijk';

interface DemoHousehold {
  reference: string;
  consent: unknown[];
  consentGivenOn?: string;
  consentUntil?: string;
}

/** The demo roster with HH-2041 changed by `edit`, and HH-2041's place in the households list. */
async function demoWith(edit: (hh: DemoHousehold) => void) {
  const roster = JSON.parse((await demoRosterSource()).text);
  const index = roster.households.findIndex((h: DemoHousehold) => h.reference === 'HH-2041');
  edit(roster.households[index]);
  return { file: source('demo-per-organisation.json', JSON.stringify(roster)), path: `households[${index}]` };
}

/** HH-2041's active consents: organisation name → [givenOn, validUntil] and the consent's id. */
async function activeConsents(db: Database) {
  const rows = await db.prisma.consent.findMany({
    where: { household: { reference: 'HH-2041' }, withdrawnOn: null },
    include: { organisation: true },
  });
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  return new Map(
    rows.map((c) => [c.organisation.name, { id: c.id, dates: [day(c.givenOn), day(c.validUntil)] }]),
  );
}

async function reminderFor(db: Database, consentId: string, until: string) {
  return db.prisma.job.count({ where: { key: consentReminderKey(consentId, until) } });
}

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

  it('takes until per organisation: two organisations end on different days, each with its own reminder', async () => {
    const { file } = await demoWith((hh) => {
      hh.consent = [
        GEMEENTE,
        { organisation: JEUGDHULP, givenOn: '2026-11-01', until: '2027-01-31' },
        SCHULDHULP,
        { organisation: LINDE, until: '2027-03-31' },
      ];
      hh.consentUntil = '2027-06-30';
    });
    expect(await runImport(db(), [file])).toMatchObject({ status: 'imported' });
    const consents = await activeConsents(db());
    expect(consents.get(JEUGDHULP)?.dates).toEqual(['2026-11-01', '2027-01-31']);
    // Without its own givenOn, the household's consentGivenOn (2026-10-15 in the demo) still applies.
    expect(consents.get(LINDE)?.dates).toEqual(['2026-10-15', '2027-03-31']);
    // The names alone take the household's consentUntil, as before.
    expect(consents.get(GEMEENTE)?.dates).toEqual(['2026-10-15', '2027-06-30']);
    expect(consents.get(SCHULDHULP)?.dates).toEqual(['2026-10-15', '2027-06-30']);
    expect(await reminderFor(db(), consents.get(JEUGDHULP)!.id, '2027-01-31')).toBe(1);
    expect(await reminderFor(db(), consents.get(LINDE)!.id, '2027-03-31')).toBe(1);
    expect(await reminderFor(db(), consents.get(GEMEENTE)!.id, '2027-06-30')).toBe(1);
    // The same file again changes nothing.
    expect(await runImport(db(), [file])).toMatchObject({ totals: { updated: 0 } });
  });

  it('mixes names and objects: a name keeps what it has, an object renews only its own organisation', async () => {
    const { file } = await demoWith((hh) => {
      hh.consent = [GEMEENTE, JEUGDHULP, SCHULDHULP, { organisation: LINDE, until: '2027-03-31' }];
    });
    const before = await activeConsents(db());
    expect(await runImport(db(), [file])).toMatchObject({ status: 'imported' });
    const after = await activeConsents(db());
    expect(after.get(LINDE)?.dates).toEqual(['2026-10-15', '2027-03-31']);
    for (const name of [GEMEENTE, JEUGDHULP, SCHULDHULP]) expect(after.get(name)).toEqual(before.get(name));
    expect(await reminderFor(db(), after.get(LINDE)!.id, '2027-03-31')).toBe(1);
  });

  it("refuses an organisation's until before its givenOn, naming the path in Dutch and English, and writes nothing", async () => {
    const { file, path } = await demoWith((hh) => {
      hh.consent = [
        GEMEENTE,
        JEUGDHULP,
        SCHULDHULP,
        { organisation: LINDE, givenOn: '2026-11-01', until: '2026-10-01' },
      ];
    });
    const before = await rowCounts(db());
    const result = await runImport(db(), [file]);
    expect(result.status).toBe('invalid');
    const problems = result.status === 'invalid' ? result.problems : [];
    expect(problems).toEqual([
      expect.objectContaining({
        field: `${path}.consent[3].until`,
        code: 'consent-entry-until-before-given',
        params: { organisation: LINDE, given: '2026-11-01', until: '2026-10-01' },
      }),
    ]);
    const nl = formatProblem('nl', problems[0]!);
    expect(nl).toContain(`veld ${path}.consent[3].until`);
    expect(nl).toContain(
      `de toestemming voor "${LINDE}" zou eindigen op 2026-10-01, vóór de dag waarop ze gegeven is (2026-11-01)`,
    );
    const en = formatProblem('en', problems[0]!);
    expect(en).toContain(`field ${path}.consent[3].until`);
    expect(en).toContain(
      `the consent for "${LINDE}" would end on 2026-10-01, before it was given on 2026-11-01`,
    );
    expect(await rowCounts(db())).toEqual(before);
  });

  it("refuses an organisation's until before the household's consentGivenOn when it has no givenOn of its own", async () => {
    const { file, path } = await demoWith((hh) => {
      hh.consent = [GEMEENTE, JEUGDHULP, SCHULDHULP, { organisation: LINDE, until: '2026-10-01' }];
    });
    const result = await runImport(db(), [file]);
    expect(result).toMatchObject({
      status: 'invalid',
      problems: [
        {
          field: `${path}.consent[3].until`,
          code: 'consent-entry-until-before-given',
          params: { given: '2026-10-15', until: '2026-10-01' },
        },
      ],
    });
  });

  it('reports an unknown field inside a consent object, and a date that is not one, and writes nothing', async () => {
    const { file, path } = await demoWith((hh) => {
      hh.consent = [
        GEMEENTE,
        { organisation: JEUGDHULP, untill: '2027-01-31' },
        SCHULDHULP,
        { organisation: LINDE, until: '2027-02-30' },
      ];
    });
    const before = await rowCounts(db());
    const result = await runImport(db(), [file]);
    expect(result.status).toBe('invalid');
    const problems = result.status === 'invalid' ? result.problems : [];
    expect(problems).toEqual([
      expect.objectContaining({
        field: `${path}.consent[1].untill`,
        code: 'unknown-field',
        params: { fields: 'organisation, givenOn, until' },
      }),
      expect.objectContaining({
        field: `${path}.consent[3].until`,
        code: 'invalid-value',
        params: { expected: 'date', got: 'text', value: '2027-02-30' },
      }),
    ]);
    expect(formatProblem('en', problems[0]!)).toContain(
      `field ${path}.consent[1].untill: unknown field; expected only the fields organisation, givenOn, until`,
    );
    expect(formatProblem('nl', problems[0]!)).toContain(
      `veld ${path}.consent[1].untill: onbekend veld. Gebruik alleen de velden organisation, givenOn, until`,
    );
    expect(await rowCounts(db())).toEqual(before);
  });

  it('refuses one organisation listed twice with different dates', async () => {
    const { file, path } = await demoWith((hh) => {
      hh.consent = [GEMEENTE, JEUGDHULP, SCHULDHULP, LINDE, { organisation: LINDE, until: '2027-03-31' }];
    });
    expect(await runImport(db(), [file])).toMatchObject({
      status: 'invalid',
      problems: [
        { field: `${path}.consent[4]`, code: 'consent-entry-twice', params: { organisation: LINDE } },
      ],
    });
  });
});
