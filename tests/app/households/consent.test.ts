import { beforeEach, expect, it } from 'vitest';
import { consentFeature } from '../../../src/app/households/consent-feature.ts';
import { householdFeature } from '../../../src/app/households/household-feature.ts';
import {
  consentReminderKey,
  remindConsentEnding,
} from '../../../src/app/households/remind-consent-ending.ts';
import { createRouter } from '../../../src/app/router.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { createConsentStore } from '../../../src/infra/db/repositories/consent-repository.ts';
import { createDatabaseHouseholdDoor } from '../../../src/infra/db/repositories/household-directory-repository.ts';
import { createHouseholdStore } from '../../../src/infra/db/repositories/household-repository.ts';
import { createUnitOfWork } from '../../../src/infra/work/prisma-unit-of-work.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';
import {
  formOf,
  freshDemo,
  household,
  householdRowCounts,
  initialValues,
  NOW,
  optionValue,
  professionalId,
} from './household-support.ts';

const ZONE = 'Europe/Amsterdam';
const LINDE = 'Woonstichting De Linde';

/** The household and consent features, as Sander (coordinator of HH-2041) in a direct message, at `now`. */
function chat(db: Database, now: Date = NOW) {
  const households = createHouseholdStore(db.prisma, { timeZone: ZONE });
  const door = createDatabaseHouseholdDoor(db.prisma);
  const router = createRouter({
    features: [
      householdFeature({ store: households, door }),
      consentFeature({ consents: createConsentStore(db.prisma), door }),
    ],
    clock: { now: () => now },
    timeZone: ZONE,
  });
  const actor = async () => ({
    professionalId: await professionalId(db, 'demo-sander'),
    channel: 'tryout' as const,
  });
  return {
    say: async (text: string, locale: 'nl' | 'en' = 'nl') =>
      router.handleText({ text, locale, actor: await actor(), conversation: 'private' }),
    press: async (actionId: string, value: string | undefined) =>
      router.handleAction({ actionId, value, locale: 'nl', actor: await actor(), conversation: 'private' }),
    submit: async (formId: string, values: Record<string, string | undefined>, locale: 'nl' | 'en' = 'nl') =>
      router.handleForm({ formId, values, locale, actor: await actor(), conversation: 'private' }),
  };
}

async function lindeConsent(db: Database) {
  return (await household(db, 'HH-2041')).consents.find((c) => c.organisation.name === LINDE)!;
}

function reminder(db: Database) {
  return remindConsentEnding({
    consents: createConsentStore(db.prisma),
    unitOfWork: createUnitOfWork(db.prisma),
    timeZone: ZONE,
    defaultLocale: 'nl',
  });
}

async function remindersSent(db: Database, consentId: string, validUntil: string) {
  return db.prisma.outboxMessage.count({
    where: { idempotencyKey: { startsWith: consentReminderKey(consentId, validUntil) } },
  });
}

describeEachDatabase('consent with an end date', (db) => {
  beforeEach(async () => {
    await freshDemo(db());
  }, 60_000);

  it('refuses impossible consent dates in the form, naming the field in Dutch and English, and writes nothing', async () => {
    const talk = chat(db());
    const form = formOf(await talk.say('huishouden HH-2041 wijzig'));
    const linde = optionValue(form, 'consent', LINDE);
    const before = await householdRowCounts(db());

    const wrong = await talk.submit(form.formId, {
      ...initialValues(form),
      [`consent-given-${linde}`]: '2026-10-15',
      [`consent-until-${linde}`]: '2026-10-01',
    });
    expect(visibleText(wrong)).toContain(
      `Toestemming ${LINDE}: geldig tot en met (niet verplicht): toestemming kan niet eindigen vóór de dag waarop ze gegeven is (2026-10-15).`,
    );
    const unreal = await talk.submit(
      form.formId,
      { ...initialValues(form), [`consent-until-${linde}`]: '2027-02-30' },
      'en',
    );
    expect(visibleText(unreal)).toContain(
      `Consent ${LINDE}: valid until (optional): use a date such as 2026-11-24.`,
    );
    const past = await talk.submit(form.formId, {
      ...initialValues(form),
      [`consent-until-${linde}`]: '2026-11-20',
    });
    expect(visibleText(past)).toContain(
      `Toestemming ${LINDE}: geldig tot en met (niet verplicht): die dag is al voorbij.`,
    );
    expect(await householdRowCounts(db())).toEqual(before);
    expect(await db().prisma.job.count({ where: { name: 'consent.remind-ending' } })).toBe(0);
  });

  it('records, renews and withdraws consent in the household form, and the details show each state', async () => {
    const talk = chat(db());
    const form = formOf(await talk.say('huishouden HH-2041 wijzig'));
    const linde = optionValue(form, 'consent', LINDE);
    const sander = await professionalId(db(), 'demo-sander');

    const ending = await talk.submit(form.formId, {
      ...initialValues(form),
      [`consent-until-${linde}`]: '2026-12-01',
    });
    expect(visibleText(ending)).toContain(
      'gegeven 15 okt 2026 · loopt af op 1 dec 2026, over 7 dag(en): verleng op tijd · vastgelegd door Sander',
    );
    const recorded = await lindeConsent(db());
    expect(recorded.validUntil?.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(recorded.recordedById).toBe(sander);
    const entry = await db().prisma.accessLogEntry.findFirst({
      where: { kind: 'consent', subjectId: recorded.id, actorId: sander },
    });
    expect(entry).toMatchObject({ action: 'change', channel: 'tryout', outcome: 'ok' });
    expect(JSON.stringify(entry)).not.toContain(LINDE);
    // Fourteen days before 1 December has passed: the reminder is due at once.
    const first = await db().prisma.job.findUniqueOrThrow({
      where: { key: consentReminderKey(recorded.id, '2026-12-01') },
    });
    expect(first.runAt.getTime()).toBe(NOW.getTime());

    const renewForm = formOf(await talk.say('huishouden HH-2041 wijzig'));
    const renewed = await talk.submit(renewForm.formId, {
      ...initialValues(renewForm),
      [`consent-given-${linde}`]: '2026-11-24',
      [`consent-until-${linde}`]: '2027-06-30',
    });
    expect(visibleText(renewed)).toContain('gegeven 24 nov 2026 · loopt af op 30 jun 2027');
    // The renewal's reminder: 16 June 2027 at nine in Amsterdam (summer time); the old one is gone.
    const second = await db().prisma.job.findUniqueOrThrow({
      where: { key: consentReminderKey(recorded.id, '2027-06-30') },
    });
    expect(second.runAt.toISOString()).toBe('2027-06-16T07:00:00.000Z');
    expect(
      await db().prisma.job.count({ where: { key: consentReminderKey(recorded.id, '2026-12-01') } }),
    ).toBe(0);

    // Ended: the same household seen after its last day.
    const later = chat(db(), new Date('2027-07-01T09:00:00Z'));
    expect(visibleText(await later.say('huishouden HH-2041'))).toContain(
      'gegeven 24 nov 2026 · afgelopen op 30 jun 2027',
    );

    // Withdrawn: untick it (Esra works there, so she leaves the case team too).
    const withdrawForm = formOf(await talk.say('huishouden HH-2041 wijzig'));
    const esra = await professionalId(db(), 'demo-esra');
    const values = initialValues(withdrawForm);
    const withdrawn = await talk.submit(withdrawForm.formId, {
      ...values,
      consent: (values.consent ?? '')
        .split(',')
        .filter((id) => id !== linde)
        .join(','),
      involved: (values.involved ?? '')
        .split(',')
        .filter((id) => id !== esra)
        .join(','),
    });
    expect(visibleText(withdrawn)).toContain('gegeven 24 nov 2026, ingetrokken 24 nov 2026');
    expect(await db().prisma.job.count({ where: { name: 'consent.remind-ending' } })).toBe(0);
  });

  it('reminds the coordinator once on the right day, with a Renew button; a renewal makes the old reminder silent', async () => {
    const talk = chat(db());
    const form = formOf(await talk.say('huishouden HH-2041 wijzig'));
    const linde = optionValue(form, 'consent', LINDE);
    await talk.submit(form.formId, { ...initialValues(form), [`consent-until-${linde}`]: '2027-01-31' });
    const consent = await lindeConsent(db());
    const key = consentReminderKey(consent.id, '2027-01-31');
    const job = await db().prisma.job.findUniqueOrThrow({ where: { key } });
    // 14 days before 31 January, at nine in Amsterdam (winter time).
    expect(job.runAt.toISOString()).toBe('2027-01-17T08:00:00.000Z');

    const run = { now: job.runAt, key, attempt: 1 };
    await reminder(db())({ consentId: consent.id, validUntil: '2027-01-31' }, run);
    const sent = await remindersSent(db(), consent.id, '2027-01-31');
    expect(sent).toBeGreaterThan(0);
    // A job that runs twice (a retry, a worker taken over) sends once.
    await reminder(db())({ consentId: consent.id, validUntil: '2027-01-31' }, { ...run, attempt: 2 });
    expect(await remindersSent(db(), consent.id, '2027-01-31')).toBe(sent);
    const message = await db().prisma.outboxMessage.findFirstOrThrow({
      where: { idempotencyKey: { startsWith: key } },
    });
    expect(JSON.stringify(message.view)).toContain('loopt af op 31 jan 2027');
    const view = message.view as unknown as Parameters<typeof buttonsOf>[0];
    const renew = buttonsOf(view).find((b) => b.label === 'Verlengen')!;
    expect(renew.actionId).toBe('consent.renew');

    // The button opens the renewal form: given today, valid as long as before (15 Oct → 31 Jan: 108 days).
    const renewal = formOf(await talk.press('consent.renew', renew.value));
    expect(initialValues(renewal)).toEqual({ givenOn: '2026-11-24', validUntil: '2027-03-12' });
    const bad = await talk.submit(renewal.formId, { givenOn: '2026-11-24', validUntil: '2026-11-01' });
    expect(visibleText(bad)).toContain(
      'toestemming kan niet eindigen vóór de dag waarop ze gegeven is (2026-11-24).',
    );
    const done = await talk.submit(renewal.formId, initialValues(renewal));
    expect(visibleText(done)).toContain(
      `Toestemming van HH-2041 voor ${LINDE} verlengd: gegeven 24 nov 2026, geldig tot en met 12 mrt 2027.`,
    );
    // The same form again: the consent changed since it was shown, so nothing is written.
    expect(visibleText(await talk.submit(renewal.formId, initialValues(renewal)))).toContain(
      'is intussen veranderd',
    );

    // A reminder scheduled for the old end date that runs anyway sends nothing.
    await db().prisma.outboxMessage.deleteMany({ where: { idempotencyKey: { startsWith: key } } });
    await reminder(db())({ consentId: consent.id, validUntil: '2027-01-31' }, run);
    expect(await remindersSent(db(), consent.id, '2027-01-31')).toBe(0);
    expect(
      await db().prisma.job.count({ where: { key: consentReminderKey(consent.id, '2027-03-12') } }),
    ).toBe(1);
  });
});
