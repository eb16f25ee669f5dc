import { beforeEach, expect, it } from 'vitest';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';
import { demoTeamSettings, NOW, planningKit, slotButtons, slotPayloads } from './planning-kit.ts';

const minute = (iso: string) => Date.parse(iso) / 60_000;

/**
 * The conference's own life (issue 11, point 6): a conference still to come is shown, not silently
 * doubled; it can be moved; follow-ups come from the last conference's date plus the interval; a closed plan
 * proposes nothing; a consent-less debt counsellor leaves the income consultant to cover acute finances.
 */
describeEachDatabase('a household with a conference of its own', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    await seedDemo(db(), { clock: { now: () => NOW } });
  });

  async function chat(kit: ReturnType<typeof planningKit>, locale: 'nl' | 'en' = 'en') {
    const sander = { professionalId: await kit.idOf('demo-sander') };
    return {
      say: (text: string) => kit.router.handleText({ text, locale, actor: sander, conversation: 'private' }),
      press: (button: { actionId: string; value?: string | undefined } | undefined) =>
        kit.router.handleAction({
          actionId: button!.actionId,
          value: button!.value,
          locale,
          actor: sander,
          conversation: 'private',
        }),
    };
  }

  it('shows the booked conference on plan, with Move, Details and a deliberate second one; a stale slot asks first', async () => {
    const kit = planningKit(db());
    const en = await chat(kit);
    const proposal = await en.say('plan HH-2041');
    const [first, second] = slotButtons(proposal);
    expect(visibleText(await en.press(first))).toContain('Case conference planned');

    const shown = await en.say('plan HH-2041');
    expect(visibleText(shown)).toContain('Case conference planned for HH-2041');
    expect(visibleText(shown)).toContain('Wed 2 Dec, 09:00–10:00, at the office.');
    expect(slotButtons(shown)).toEqual([]);
    expect(buttonsOf(shown).map((b) => [b.label, b.actionId])).toEqual([
      ['Move', 'plan.propose'],
      ['Details', 'household.show'],
      ['Plan a second conference', 'plan.propose'],
    ]);
    const nl = await chat(kit, 'nl');
    expect(buttonsOf(await nl.say('plan HH-2041')).map((b) => b.label)).toEqual([
      'Verplaatsen',
      'Details',
      'Tweede overleg plannen',
    ]);

    // The second slot of the old proposal, pressed later: a question, nothing booked.
    const question = await en.press(second);
    expect(visibleText(question)).toContain(
      'HH-2041 already has a case conference on Wed 2 Dec, 09:00–10:00. Book a second one on Wed 9 Dec, 09:00–10:00, or move the first one there?',
    );
    expect(await db().prisma.caseConference.count()).toBe(1);
    expect(buttonsOf(question).map((b) => b.label)).toEqual([
      'Yes, book a second one',
      'Move it to Wed 9 Dec, 09:00–10:00',
      'Details',
    ]);
    const booked = await en.press(buttonsOf(question)[0]);
    expect(visibleText(booked)).toContain('HH-2041: Wed 9 Dec, 09:00–10:00, at the office.');
    const kinds = await db().prisma.caseConference.findMany({
      orderBy: { startsAt: 'asc' },
      select: { kind: true },
    });
    expect(kinds.map((c) => c.kind)).toEqual(['regular', 'follow_up']);
  });

  it('proposes a chosen second conference from the first one plus the follow-up interval, marked as such', async () => {
    const kit = planningKit(db());
    const en = await chat(kit);
    await en.press(slotButtons(await en.say('plan HH-2041'))[0]);
    const shown = await en.say('plan HH-2041');
    const another = await en.press(buttonsOf(shown).find((b) => b.label === 'Plan a second conference'));
    const text = visibleText(another);
    expect(text).toContain('Follow-up case conference for HH-2041');
    expect(text).toContain(
      'HH-2041 already has a case conference on Wed 2 Dec, 09:00–10:00; you chose to plan another one after it.',
    );
    expect(text).toContain(
      'A follow-up comes 6 weeks after the last conference (2 Dec 2026): times from 13 Jan 2027.',
    );
    const starts = slotPayloads(another).map((s) => s.start);
    expect(starts.length).toBe(3);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(minute('2027-01-12T23:00:00Z'));
    // In date order.
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // Its slots carry the choice, so pressing one books without asking again.
    await en.press(slotButtons(another)[0]);
    expect(await db().prisma.caseConference.count()).toBe(2);
  });

  it('moves the conference: same UID, a higher SEQUENCE, everyone asked again, and logged', async () => {
    const kit = planningKit(db());
    const en = await chat(kit);
    await en.press(slotButtons(await en.say('plan HH-2041'))[0]);
    const before = await db().prisma.caseConference.findFirstOrThrow({ include: { attendances: true } });
    await db().prisma.attendance.updateMany({
      where: { conferenceId: before.id },
      data: { rsvp: 'accepted' },
    });

    const move = await en.press(buttonsOf(await en.say('plan HH-2041')).find((b) => b.label === 'Move'));
    expect(visibleText(move)).toContain('Case conference for HH-2041');
    expect(visibleText(move)).toContain('Moving the case conference of Wed 2 Dec, 09:00–10:00.');
    // Its own time is free again for its attendees: the first option is the same morning.
    expect(slotButtons(move)[0]?.label).toBe('Wed 2 Dec, 09:00–10:00');
    const later = slotButtons(move)[1]!;
    const moved = await en.press(later);
    expect(visibleText(moved)).toContain('Case conference moved');
    expect(visibleText(moved)).toContain(
      `HH-2041: from Wed 2 Dec, 09:00–10:00 to ${later.label}, at the office.`,
    );

    const conferences = await db().prisma.caseConference.findMany({ include: { attendances: true } });
    expect(conferences).toHaveLength(1);
    const after = conferences[0]!;
    expect(after).toMatchObject({
      id: before.id,
      icsUid: before.icsUid,
      icsSequence: 1,
      status: 'scheduled',
    });
    expect(after.startsAt.getTime()).toBe(slotPayloads(move)[1]!.start * 60_000);
    expect(after.attendances.map((a) => a.rsvp)).toEqual(after.attendances.map(() => 'pending'));
    expect(kit.queued).toEqual([before.id, before.id]);
    const audit = await db().prisma.accessLogEntry.findMany({
      where: { kind: 'conference', action: 'change' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subjectId: before.id, reference: 'HH-2041', actorKey: 'demo-sander' });
    // Moved later: a postponement in the protection ledger, counted from the first agreed start.
    expect(after.plannedStartsAt?.getTime()).toBe(before.startsAt.getTime());
    const ledger = await db().prisma.conferenceEvent.findMany({ where: { conferenceId: before.id } });
    expect(after.startsAt.getTime()).toBeGreaterThan(before.startsAt.getTime());
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ kind: 'postponed', actorId: before.organizerId });
    expect(ledger[0]!.delayDays).toBeGreaterThanOrEqual(1);
  });

  it('proposes a follow-up from the last conference plus followUpWeeks, not from now', async () => {
    // Held two weeks before now; the team meets again after eight weeks.
    const household = await db().prisma.household.findFirstOrThrow({ where: { reference: 'HH-2041' } });
    const team = await db().prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
    await db().prisma.caseConference.create({
      data: {
        teamId: team.id,
        startsAt: new Date('2026-11-16T08:00:00Z'),
        endsAt: new Date('2026-11-16T09:00:00Z'),
        status: 'held',
        icsUid: 'casus-held@casus',
        households: { create: { householdId: household.id } },
      },
    });
    const kit = planningKit(db());
    const en = await chat(kit);
    const six = await en.say('plan HH-2041');
    expect(visibleText(six)).toContain('Follow-up case conference for HH-2041');
    expect(visibleText(six)).toContain(
      'A follow-up comes 6 weeks after the last conference (16 Nov 2026): times from 28 Dec 2026.',
    );
    expect(Math.min(...slotPayloads(six).map((s) => s.start))).toBeGreaterThanOrEqual(
      minute('2026-12-27T23:00:00Z'),
    );

    await demoTeamSettings(db(), { followUpWeeks: 8, protection: { acuteCallsFirstDiscipline: true } });
    const eight = await en.say('plan HH-2041');
    expect(visibleText(eight)).toContain('times from 11 Jan 2027');
    expect(Math.min(...slotPayloads(eight).map((s) => s.start))).toBeGreaterThanOrEqual(
      minute('2027-01-10T23:00:00Z'),
    );
  });

  it('proposes and books nothing while the plan is closed, and offers to reopen it', async () => {
    const kit = planningKit(db());
    const nl = await chat(kit, 'nl');
    const [slot] = slotButtons(await nl.say('plan HH-2041'));
    await db().prisma.household.updateMany({
      where: { reference: 'HH-2041' },
      data: { planClosedAt: new Date('2026-11-27T10:00:00Z') },
    });
    const closed = await nl.say('plan HH-2041');
    expect(visibleText(closed)).toContain(
      'Het plan van HH-2041 is afgesloten op 27 nov 2026, dus er wordt geen vervolgoverleg voorgesteld of gepland.',
    );
    expect(slotButtons(closed)).toEqual([]);
    expect(buttonsOf(closed).map((b) => [b.label, b.actionId])).toEqual([
      ['Heropenen', 'household.reopen-plan'],
      ['Details', 'household.show'],
    ]);
    // A slot button from before the plan was closed books nothing.
    expect(visibleText(await nl.press(slot))).toContain('Het plan van HH-2041 is afgesloten');
    expect(await db().prisma.caseConference.count()).toBe(0);
  });

  it('lets the income consultant cover acute finances when no debt counsellor can come within consent', async () => {
    const consent = await db().prisma.consent.findFirstOrThrow({
      where: { household: { reference: 'HH-2041' }, organisation: { name: 'Schuldhulp Oostwijk' } },
    });
    await db().prisma.consent.update({
      where: { id: consent.id },
      data: { withdrawnOn: new Date('2026-11-20') },
    });
    const kit = planningKit(db());
    const text = visibleText(await (await chat(kit)).say('plan HH-2041'));
    expect(text).toMatch(/\*Sander Proefmans\* · Income support\ncoordinator · already involved/);
    expect(text).not.toContain('Yara');
    expect(text).not.toContain('Not covered yet');
  });
});
