import { beforeEach, expect, it } from 'vitest';
import { planConference } from '../../../src/app/planning/propose-conference.ts';
import { DEFAULT_TEAM_SETTINGS } from '../../../src/app/settings/team-settings.ts';
import { createPlanningStore } from '../../../src/infra/db/repositories/planning-repository.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';
import { demoTeamSettings, NOW, planningKit, slotButtons, slotPayloads } from './planning-kit.ts';

const minute = (iso: string) => Date.parse(iso) / 60_000;

describeEachDatabase('planning a case conference in chat', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    await seedDemo(db(), { clock: { now: () => NOW } });
  });

  it('shows the coordinator the proposal in private: disciplines by name, who comes and why, three slots on three days, other places', async () => {
    const kit = planningKit(db());
    const sander = { professionalId: await kit.idOf('demo-sander') };
    const view = await kit.router.handleText({
      text: 'plan HH-2041',
      locale: 'nl',
      actor: sander,
      conversation: 'private',
    });
    const text = visibleText(view);
    expect(text).toContain('Casusoverleg voor HH-2041');
    expect(text).toContain('60 minuten, op kantoor.');
    expect(text).toMatch(/Nodig aan tafel: .*Schuldhulpverlening/);
    expect(text).toMatch(/\*Sander Proefmans\* · Maatschappelijk werk\nregisseur · al betrokken/);
    // Finances score 1 (acute): the debt counsellor already involved comes, not only the income consultant.
    expect(text).toMatch(/\*Yara Denkbeeld\* · Schuldhulpverlening\nnodig · al betrokken/);
    expect(text).toMatch(/\*Esra Proefwoning\* · Wonen\nnodig · al betrokken/);
    // The earliest slot of each of three different days, in date order.
    expect(slotButtons(view).map((b) => b.label)).toEqual([
      'wo 2 dec, 09:00–10:00',
      'wo 9 dec, 09:00–10:00',
      'wo 16 dec, 09:00–10:00',
    ]);

    // Without the acute rule Sander covers the finances, and the proposal says as what: income consultant.
    await demoTeamSettings(db());
    const view2 = await kit.router.handleText({
      text: 'plan HH-2041',
      locale: 'nl',
      actor: sander,
      conversation: 'private',
    });
    const text2 = visibleText(view2);
    expect(text2).toMatch(/\*Sander Proefmans\* · Inkomensconsulent\nregisseur · al betrokken/);
    expect(text2).not.toContain('Yara');
    expect(slotButtons(view2).map((b) => b.label)).toEqual([
      'di 1 dec, 08:30–09:30',
      'wo 2 dec, 08:30–09:30',
      'do 3 dec, 08:30–09:30',
    ]);
    const again = buttonsOf(view2).filter((b) => b.actionId === 'plan.propose');
    expect(again.map((b) => b.label)).toEqual([
      'Thuis',
      'Online',
      'Bewoner uitnodigen',
      'Netwerk uitnodigen',
    ]);
    const places = again.slice(0, 2);

    // At home, everyone needs travel time, 30 minutes before and after: after a visit that ends at 09:00
    // Sander can be at the office at 09:00, but at someone's home only at 09:30.
    await db().prisma.absence.create({
      data: {
        professionalId: sander.professionalId,
        startsAt: new Date('2026-12-01T07:30:00Z'),
        endsAt: new Date('2026-12-01T08:00:00Z'),
      },
    });
    const office = await kit.router.handleText({
      text: 'plan HH-2041 kantoor',
      locale: 'en',
      actor: sander,
      conversation: 'private',
    });
    expect(slotButtons(office)[0]?.label).toBe('Tue 1 Dec, 09:00–10:00');
    const home = await kit.router.handleAction({
      actionId: 'plan.propose',
      value: places[0]!.value,
      locale: 'en',
      actor: sander,
      conversation: 'private',
    });
    expect(visibleText(home)).toContain("60 minutes, at the household's home.");
    expect(slotButtons(home)[0]?.label).toBe('Tue 1 Dec, 09:30–10:30');
    expect(slotPayloads(home)[0]?.location).toBe('home');
  });

  it("gives people the team's notice period: asked on Tuesday morning, the first slot is on Wednesday", async () => {
    // Tuesday 1 December, 08:00 in Amsterdam: Sander and Esra are both free at 08:30 that day.
    await demoTeamSettings(db());
    const kit = planningKit(db(), { now: new Date('2026-12-01T07:00:00Z') });
    const sander = { professionalId: await kit.idOf('demo-sander') };
    const ask = () =>
      kit.router.handleText({ text: 'plan HH-2041', locale: 'en', actor: sander, conversation: 'private' });
    expect(slotButtons(await ask())[0]?.label).toBe('Wed 2 Dec, 08:30–09:30');

    await demoTeamSettings(db(), { noticeHours: 0 });
    expect(slotButtons(await ask())[0]?.label).toBe('Tue 1 Dec, 08:30–09:30');
  });

  it('invites the resident when the coordinator asks for it, keeps that choice with the place, and books it', async () => {
    const kit = planningKit(db());
    const sander = { professionalId: await kit.idOf('demo-sander') };
    const press = (button: { value?: string } | undefined, actionId: string) =>
      kit.router.handleAction({
        actionId,
        value: button?.value,
        locale: 'nl',
        actor: sander,
        conversation: 'private',
      });
    const first = await kit.router.handleText({
      text: 'plan HH-2041',
      locale: 'nl',
      actor: sander,
      conversation: 'private',
    });
    expect(visibleText(first)).not.toContain('De bewoner wordt ook uitgenodigd.');

    const withResident = await press(
      buttonsOf(first).find((b) => b.label === 'Bewoner uitnodigen'),
      'plan.propose',
    );
    expect(visibleText(withResident)).toContain('De bewoner wordt ook uitgenodigd.');
    expect(buttonsOf(withResident).map((b) => b.label)).toContain('Zonder bewoner');
    // Moving the conference to the household's home keeps the resident invited.
    const atHome = await press(
      buttonsOf(withResident).find((b) => b.label === 'Thuis'),
      'plan.propose',
    );
    expect(visibleText(atHome)).toContain('De bewoner wordt ook uitgenodigd.');

    await press(slotButtons(atHome)[0], 'plan.pick-slot');
    const conference = await db().prisma.caseConference.findFirstOrThrow();
    expect(conference).toMatchObject({ location: 'home', residentInvited: true, networkInvited: false });
  });

  it('names every discipline an attendee covers, so no need looks uncovered', async () => {
    // HH-2044 needs debt counselling and income support; Yara, its coordinator, brings both.
    const kit = planningKit(db());
    const yara = { professionalId: await kit.idOf('demo-yara') };
    const view = await kit.router.handleText({
      text: 'plan HH-2044',
      locale: 'en',
      actor: yara,
      conversation: 'private',
    });
    expect(visibleText(view)).toMatch(/Needed at the table: .*Income support/);
    expect(visibleText(view)).toContain('*Yara Denkbeeld* · Debt counselling, Income support');
  });

  it('in a shared channel answers by reference only and points to a private conversation', async () => {
    const kit = planningKit(db());
    const view = await kit.router.handleText({
      text: 'plan HH-2041',
      locale: 'en',
      actor: { professionalId: await kit.idOf('demo-sander') },
      conversation: 'shared',
    });
    const text = visibleText(view);
    expect(text).toContain('Planning for HH-2041 happens privately');
    expect(text).toContain('/casus plan HH-2041');
    expect(text).not.toMatch(/Debt|Youth|Housing|Esra|Koen/);
    expect(buttonsOf(view)).toEqual([]);
  });

  it('names a household outside your teams, or a missing reference, as the errors they are', async () => {
    const kit = planningKit(db());
    const sander = { professionalId: await kit.idOf('demo-sander') };
    const unknown = await kit.router.handleText({
      text: 'plan HH-9999',
      locale: 'en',
      actor: sander,
      conversation: 'private',
    });
    expect(visibleText(unknown)).toContain("I can't find household 'HH-9999'");
    // Another team's household is as unknown to Sander as one that does not exist.
    const other = await db().prisma.team.create({ data: { slug: 'west', name: 'Buurtteam West' } });
    await db().prisma.household.create({ data: { teamId: other.id, reference: 'HH-3001' } });
    const elsewhere = await kit.router.handleText({
      text: 'plan HH-3001',
      locale: 'en',
      actor: sander,
      conversation: 'private',
    });
    expect(visibleText(elsewhere)).toContain("I can't find household 'HH-3001'");
    const missing = await kit.router.handleText({
      text: 'overleg',
      locale: 'nl',
      actor: sander,
      conversation: 'private',
    });
    expect(visibleText(missing)).toContain("Er mist nog iets na 'plan'");
    const place = await kit.router.handleText({
      text: 'plan HH-2041 zolder',
      locale: 'nl',
      actor: sander,
      conversation: 'private',
    });
    expect(visibleText(place)).toContain("Ik ken de plek 'zolder' niet. Gebruik thuis, kantoor of online.");
  });

  it('invites an expert by experience as optional and ranks the slots where they can come first', async () => {
    const kit = planningKit(db());
    const latifa = { professionalId: await kit.idOf('demo-latifa') };
    const view = await kit.router.handleText({
      text: 'plan HH-2042',
      locale: 'nl',
      actor: latifa,
      conversation: 'private',
    });
    const text = visibleText(view);
    expect(text).toMatch(
      /\*Sem Zogezegd\* · Ervaringsdeskundigheid\noptioneel · ervaringsdeskundige · al betrokken/,
    );
    expect(text).toMatch(
      /\*Ineke Nepstra\* · Praktijkondersteuner huisarts GGZ\noptioneel · huisartsenpraktijk/,
    );
    // Latifa alone could meet on Monday at 09:00; Sem and Ineke can both come on Friday mornings.
    const store = createPlanningStore(db().prisma);
    const [household] = await store.findHouseholds('HH-2042');
    const withoutOptional = await planConference({
      household: household!,
      store,
      settings: {
        ...DEFAULT_TEAM_SETTINGS,
        expertiseRules: { ...DEFAULT_TEAM_SETTINGS.expertiseRules, optionalRoles: [] },
      },
      now: NOW,
      from: NOW,
      timeZone: 'Europe/Amsterdam',
    });
    expect(withoutOptional.proposal.slots[0]?.start).toBe(minute('2026-11-30T08:00:00Z'));
    expect(slotButtons(view).map((b) => b.label)).toEqual([
      'vr 4 dec, 10:00–11:00',
      'vr 11 dec, 10:00–11:00',
      'vr 18 dec, 10:00–11:00',
    ]);
  });

  it('keeps clear of busy times in published calendars, and names whose calendar could not be read', async () => {
    const sanderId = (
      await db().prisma.professional.findUniqueOrThrow({ where: { externalKey: 'demo-sander' } })
    ).id;
    const esraId = (await db().prisma.professional.findUniqueOrThrow({ where: { externalKey: 'demo-esra' } }))
      .id;
    await db().prisma.professional.update({
      where: { id: sanderId },
      data: { busyCalendarUrl: 'https://calendar.example/sander.ics' },
    });
    await db().prisma.professional.update({
      where: { id: esraId },
      data: { busyCalendarUrl: 'https://calendar.example/esra.ics' },
    });
    // Sander has a meeting of his own on Tuesday 1 December from 08:30 to 11:00.
    await demoTeamSettings(db());
    const kit = planningKit(db(), {
      published: {
        busy: new Map([[sanderId, [[minute('2026-12-01T07:30:00Z'), minute('2026-12-01T10:00:00Z')]]]]),
        unreadable: [esraId],
      },
    });
    const view = await kit.router.handleText({
      text: 'plan HH-2041',
      locale: 'en',
      actor: { professionalId: sanderId },
      conversation: 'private',
    });
    expect(slotButtons(view)[0]?.label).toBe('Tue 1 Dec, 11:00–12:00');
    expect(visibleText(view)).toContain(
      "I couldn't read the calendar of Esra Proefwoning: the slots may clash with their calendar.",
    );
    expect(kit.calendarRequests[0]).toEqual(
      expect.arrayContaining([
        { professionalId: sanderId, url: 'https://calendar.example/sander.ics' },
        { professionalId: esraId, url: 'https://calendar.example/esra.ics' },
      ]),
    );
  });

  it('with too many helpers and no coordinator proposes a consolidation conference and suggests a coordinator, and books it as one', async () => {
    const household = await db().prisma.household.findFirstOrThrow({ where: { reference: 'HH-2043' } });
    const extra = await db().prisma.professional.findMany({
      where: { externalKey: { in: ['demo-yara', 'demo-esra', 'demo-koen'] } },
    });
    await db().prisma.household.update({
      where: { id: household.id },
      data: {
        coordinatorId: null,
        involvements: { create: extra.map((p) => ({ professionalId: p.id })) },
      },
    });
    const kit = planningKit(db());
    const esra = { professionalId: await kit.idOf('demo-esra') };
    const view = await kit.router.handleText({
      text: 'plan HH-2043',
      locale: 'en',
      actor: esra,
      conversation: 'private',
    });
    const text = visibleText(view);
    expect(text).toContain('Consolidation conference for HH-2043');
    expect(text).toContain('6 professionals are involved and nobody coordinates.');
    expect(text).toMatch(
      /Suggested coordinator: [A-Z][a-z]+ [A-Z][a-z]+ \(already involved, lowest load\)\./,
    );

    // Without a coordinator any member of the team may book it.
    const [first] = slotPayloads(view);
    const booked = await kit.router.handleAction({
      actionId: 'plan.pick-slot',
      value: JSON.stringify(first),
      locale: 'en',
      actor: esra,
      conversation: 'private',
    });
    expect(visibleText(booked)).toContain('Case conference planned');
    const conference = await db().prisma.caseConference.findFirstOrThrow();
    expect(conference.kind).toBe('consolidation');
    expect(conference.organizerId).toBe(esra.professionalId);
  });
});
