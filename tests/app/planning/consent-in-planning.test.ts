import { beforeEach, expect, it } from 'vitest';
import { proposalView } from '../../../src/app/planning/proposal-view.ts';
import { planConference } from '../../../src/app/planning/propose-conference.ts';
import { DEFAULT_TEAM_SETTINGS } from '../../../src/app/settings/team-settings.ts';
import { createPlanningStore } from '../../../src/infra/db/repositories/planning-repository.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { visibleText } from '../view-text.ts';
import { NOW } from './planning-kit.ts';

/** NOW is Monday 30 November 2026 in Amsterdam. */
const YESTERDAY = '2026-11-29';
const TODAY = '2026-11-30';

describeEachDatabase('consent in team assembly', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    await seedDemo(db(), { clock: { now: () => NOW } });
  }, 60_000);

  async function plan() {
    const store = createPlanningStore(db().prisma);
    const [household] = await store.findHouseholds('HH-2041');
    const settings = {
      ...DEFAULT_TEAM_SETTINGS,
      expertiseRules: { ...DEFAULT_TEAM_SETTINGS.expertiseRules, optionalRoles: [] },
    };
    return (
      await planConference({
        household: household!,
        store,
        settings,
        now: NOW,
        from: NOW,
        timeZone: 'Europe/Amsterdam',
      })
    ).proposal;
  }

  /** Sets the end date of the consent for the organisation of a required (non-coordinator) attendee. */
  async function endConsentOf(professionalId: string, validUntil: string) {
    const { organisationId } = await db().prisma.professional.findUniqueOrThrow({
      where: { id: professionalId },
    });
    const household = await db().prisma.household.findFirstOrThrow({ where: { reference: 'HH-2041' } });
    await db().prisma.consent.update({
      where: { householdId_organisationId: { householdId: household.id, organisationId } },
      data: { validUntil: new Date(`${validUntil}T00:00:00Z`) },
    });
    return (await db().prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).name;
  }

  it('leaves out an organisation whose consent ended yesterday, keeps one that ends today, and says why', async () => {
    const before = await plan();
    const required = before.attendees.find((a) => a.role === 'required');
    expect(required).toBeDefined();

    const organisation = await endConsentOf(required!.id, YESTERDAY);
    const ended = await plan();
    expect(ended.attendees.map((a) => a.id)).not.toContain(required!.id);
    expect(ended.lapsedConsents).toEqual([{ organisation, reason: 'expired', on: YESTERDAY }]);
    const names = new Map();
    const nl = visibleText(proposalView(ended, { locale: 'nl', timeZone: 'Europe/Amsterdam', names }));
    expect(nl).toContain(`De toestemming van ${organisation} is afgelopen op 29 nov 2026`);
    const en = visibleText(proposalView(ended, { locale: 'en', timeZone: 'Europe/Amsterdam', names }));
    expect(en).toContain(`The consent of ${organisation} ended on 29 Nov 2026`);

    await endConsentOf(required!.id, TODAY);
    const lastDay = await plan();
    expect(lastDay.attendees.map((a) => a.id)).toContain(required!.id);
    expect(lastDay.lapsedConsents).toEqual([]);
  });

  it('names a withdrawn consent with its date', async () => {
    const before = await plan();
    const required = before.attendees.find((a) => a.role === 'required')!;
    const { organisationId } = await db().prisma.professional.findUniqueOrThrow({
      where: { id: required.id },
    });
    await db().prisma.consent.updateMany({
      where: { organisationId, household: { reference: 'HH-2041' } },
      data: { withdrawnOn: new Date(`${YESTERDAY}T00:00:00Z`) },
    });
    const withdrawn = await plan();
    expect(withdrawn.attendees.map((a) => a.id)).not.toContain(required.id);
    expect(withdrawn.lapsedConsents).toMatchObject([{ reason: 'withdrawn', on: YESTERDAY }]);
    const text = visibleText(
      proposalView(withdrawn, { locale: 'en', timeZone: 'Europe/Amsterdam', names: new Map() }),
    );
    expect(text).toContain('was withdrawn on 29 Nov 2026, so its professionals are not invited');
  });
});
