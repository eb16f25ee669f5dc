import { beforeEach, expect, it } from 'vitest';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { visibleText } from '../view-text.ts';
import { demoTeamSettings, NOW, planningKit, slotButtons, slotPayloads } from './planning-kit.ts';

describeEachDatabase('booking a case conference from the proposal', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    await seedDemo(db(), { clock: { now: () => NOW } });
    // About booking, not who comes: the three people who cover HH-2041 without the acute rule.
    await demoTeamSettings(db());
  });

  async function proposalFor(kit: ReturnType<typeof planningKit>, key: string, reference: string) {
    return kit.router.handleText({
      text: `plan ${reference}`,
      locale: 'en',
      actor: { professionalId: await kit.idOf(key) },
      conversation: 'private',
    });
  }

  it('books once when the coordinator presses the same slot twice, with attendances, an audit event and invitations', async () => {
    const kit = planningKit(db());
    const sander = { professionalId: await kit.idOf('demo-sander') };
    const [slot] = slotPayloads(await proposalFor(kit, 'demo-sander', 'HH-2041'));
    const press = () =>
      kit.router.handleAction({
        actionId: 'plan.pick-slot',
        value: JSON.stringify(slot),
        locale: 'en',
        actor: sander,
        conversation: 'private',
      });
    const answers = (await Promise.all([press(), press()])).map(visibleText);
    const again = visibleText(await press());

    expect(answers.filter((a) => a.includes('Case conference planned'))).toHaveLength(1);
    expect(answers.find((a) => a.includes('Case conference planned'))).toContain(
      'HH-2041: Tue 1 Dec, 08:30–09:30, at the office. 3 invited; the invitations are on their way.',
    );
    expect(answers.find((a) => !a.includes('planned'))).toContain(
      'HH-2041 already has a case conference then',
    );
    expect(again).toContain(
      'HH-2041 already has a case conference then (Tue 1 Dec, 08:30–09:30). Nothing new was booked.',
    );

    const conferences = await db().prisma.caseConference.findMany({
      include: { attendances: true, households: { include: { household: true } } },
    });
    expect(conferences).toHaveLength(1);
    const conference = conferences[0]!;
    expect(conference).toMatchObject({
      status: 'scheduled',
      kind: 'regular',
      location: 'office',
      organizerId: sander.professionalId,
      startsAt: new Date('2026-12-01T07:30:00Z'),
      endsAt: new Date('2026-12-01T08:30:00Z'),
    });
    expect(conference.icsUid).toMatch(/^casus-[0-9a-f-]{36}@casus$/);
    expect(conference.households.map((h) => h.household.reference)).toEqual(['HH-2041']);
    const byPerson = new Map(conference.attendances.map((a) => [a.professionalId, a]));
    // The discipline Sander brings: he covers the finances as income consultant.
    expect(byPerson.get(sander.professionalId)).toMatchObject({
      role: 'required',
      disciplineCode: 'inkomen',
    });
    expect(byPerson.get(await kit.idOf('demo-koen'))).toMatchObject({
      role: 'required',
      disciplineCode: 'jeugd',
    });
    expect(conference.attendances).toHaveLength(3);
    expect(kit.queued).toEqual([conference.id]);

    const audit = await db().prisma.accessLogEntry.findMany({
      where: { kind: 'conference', action: 'create' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      subjectId: conference.id,
      actorId: sander.professionalId,
      actorKey: 'demo-sander',
      householdId: conference.households[0]?.householdId,
      reference: 'HH-2041',
      outcome: 'ok',
    });
    // No care data in the access log: no disciplines.
    expect(JSON.stringify(audit[0]!.details)).not.toMatch(/schuldhulp|jeugd|wonen/);

    // With this one still to come, `plan` shows it instead of a proposal (tests/app/planning/conference-life.test.ts).
    const next = await proposalFor(kit, 'demo-sander', 'HH-2041');
    expect(visibleText(next)).toContain('Case conference planned for HH-2041');
    expect(slotButtons(next)).toEqual([]);
  });

  it('books a slot proposed yesterday that is now inside the notice period, but offers fresh ones after it', async () => {
    // Proposed on Monday 08:00: the first slot is Tuesday 08:30. Sander presses it on Tuesday at 08:00.
    const [slot] = slotPayloads(await proposalFor(planningKit(db()), 'demo-sander', 'HH-2041'));
    expect(slot?.start).toBe(Date.parse('2026-12-01T07:30:00Z') / 60_000);
    const tuesday = planningKit(db(), { now: new Date('2026-12-01T07:00:00Z') });
    const sander = { professionalId: await tuesday.idOf('demo-sander') };
    const press = () =>
      tuesday.router.handleAction({
        actionId: 'plan.pick-slot',
        value: JSON.stringify(slot),
        locale: 'en',
        actor: sander,
        conversation: 'private',
      });
    const koen = await tuesday.idOf('demo-koen');
    const away = await db().prisma.absence.create({
      data: {
        professionalId: koen,
        startsAt: new Date('2026-12-01T07:00:00Z'),
        endsAt: new Date('2026-12-01T09:00:00Z'),
      },
    });
    // Taken: the fresh options start 24 hours after now, like any proposal.
    expect(slotButtons(await press()).map((b) => b.label)[0]).toBe('Wed 2 Dec, 08:30–09:30');

    await db().prisma.absence.delete({ where: { id: away.id } });
    expect(visibleText(await press())).toContain('Case conference planned');
  });

  it('refuses a slot that was taken in the meantime and shows a fresh proposal', async () => {
    const kit = planningKit(db());
    const sander = { professionalId: await kit.idOf('demo-sander') };
    const [slot] = slotPayloads(await proposalFor(kit, 'demo-sander', 'HH-2041'));
    // Koen is called away for that morning before Sander presses the button.
    await db().prisma.absence.create({
      data: {
        professionalId: await kit.idOf('demo-koen'),
        startsAt: new Date('2026-12-01T07:00:00Z'),
        endsAt: new Date('2026-12-01T11:00:00Z'),
      },
    });
    const view = await kit.router.handleAction({
      actionId: 'plan.pick-slot',
      value: JSON.stringify(slot),
      locale: 'en',
      actor: sander,
      conversation: 'private',
    });
    expect(visibleText(view)).toContain('That time was just taken. Here are fresh options.');
    expect(slotButtons(view).map((b) => b.label)).toEqual([
      'Tue 1 Dec, 12:00–13:00',
      'Wed 2 Dec, 08:30–09:30',
      'Thu 3 Dec, 08:30–09:30',
    ]);
    expect(await db().prisma.caseConference.count()).toBe(0);
    expect(kit.queued).toEqual([]);
  });

  it('lets only the coordinator book, and nobody outside the team', async () => {
    const kit = planningKit(db());
    const [slot] = slotPayloads(await proposalFor(kit, 'demo-sander', 'HH-2041'));
    const koen = await kit.router.handleAction({
      actionId: 'plan.pick-slot',
      value: JSON.stringify(slot),
      locale: 'nl',
      actor: { professionalId: await kit.idOf('demo-koen') },
      conversation: 'private',
    });
    expect(visibleText(koen)).toContain(
      'Alleen de regisseur van HH-2041 (Sander Proefmans) kan het casusoverleg vastleggen.',
    );
    const stranger = await kit.router.handleAction({
      actionId: 'plan.pick-slot',
      value: JSON.stringify(slot),
      locale: 'en',
      actor: { professionalId: '00000000-0000-0000-0000-000000000000' },
      conversation: 'private',
    });
    // An id no professional has belongs to nobody in any team.
    expect(visibleText(stranger)).toBe(
      'You are not a member of a team yet. Ask your administrator to add you to one.',
    );
    expect(visibleText(stranger)).not.toContain('HH-2041');
    expect(await db().prisma.caseConference.count()).toBe(0);
  });

  it("answers a forged button with another team's household id exactly like one with an id that does not exist", async () => {
    const kit = planningKit(db());
    const [slot] = slotPayloads(await proposalFor(kit, 'demo-sander', 'HH-2041'));
    // Someone in another team of the same installation, who may plan their own team's households.
    const organisation = await db().prisma.organisation.create({ data: { name: 'Wijkteam Zuid' } });
    const outsider = await db().prisma.professional.create({
      data: { externalKey: 'zuid-1', name: 'Buiten Staander', organisationId: organisation.id },
    });
    await db().prisma.team.create({
      data: { slug: 'zuid', name: 'Wijkteam Zuid', memberships: { create: { professionalId: outsider.id } } },
    });
    const forged = (actionId: 'plan.pick-slot' | 'plan.propose', householdId: string, locale: 'nl' | 'en') =>
      kit.router.handleAction({
        actionId,
        value: JSON.stringify(
          actionId === 'plan.pick-slot' ? { ...slot, householdId } : { householdId, location: 'home' },
        ),
        locale,
        actor: { professionalId: outsider.id },
        conversation: 'private',
      });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const actionId of ['plan.pick-slot', 'plan.propose'] as const) {
      for (const locale of ['nl', 'en'] as const) {
        const other = visibleText(await forged(actionId, slot!.householdId, locale));
        const none = visibleText(await forged(actionId, missing, locale));
        expect(other).toBe(none);
        expect(other).not.toContain('HH-2041');
        expect(other).toContain(
          locale === 'nl'
            ? 'Ik kan dit huishouden niet meer vinden.'
            : "I can't find this household any more.",
        );
      }
    }
    expect(await db().prisma.caseConference.count()).toBe(0);
  });
});
