import { beforeEach, expect, it } from 'vitest';
import type { Actor } from '../../../src/app/actor.ts';
import { answerInvitation } from '../../../src/app/conferences/answer-invitation.ts';
import { conferenceFeature } from '../../../src/app/conferences/conference-feature.ts';
import { quorumCheckAt, quorumCheckKey } from '../../../src/app/protection/check-quorum.ts';
import { protectConference } from '../../../src/app/protection/protect-conference.ts';
import { protectionFeature } from '../../../src/app/protection/protection-feature.ts';
import { createRouter } from '../../../src/app/router.ts';
import type { Locale } from '../../../src/domain/locale.ts';
import { createRsvpUnitOfWork } from '../../../src/infra/conferences/rsvp-repository.ts';
import { createProtectionUnitOfWork } from '../../../src/infra/db/repositories/protection-repository.ts';
import type { ActionId } from '../../../src/views/action-ids.ts';
import { decodeActionValue, encodeActionValue } from '../../../src/views/action-payload.ts';
import {
  BEFORE,
  createConference,
  type DemoWorld,
  freshDemo,
  outboxRows,
  STARTS_AT,
  testInviteLink,
} from '../../infra/conferences/conference-fixture.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';

const ZONE = 'Europe/Amsterdam';

/** Latifa and Bram both bring mental-health care (ggz): either can decline without a gap, not both. */
const WITH_TWO_GGZ = {
  sander: { role: 'required', discipline: 'maatschappelijk_werk' },
  koen: { role: 'required', discipline: 'jeugd' },
  latifa: { role: 'required', discipline: 'ggz' },
  bram: { role: 'required', discipline: 'ggz' },
} as const;

/** Latifa alone brings ggz; Bram (her colleague at GGZ Oostwijk, working Tuesdays) is free to stand in. */
const WITH_ONE_GGZ = {
  sander: { role: 'required', discipline: 'maatschappelijk_werk' },
  koen: { role: 'required', discipline: 'jeugd' },
  latifa: { role: 'required', discipline: 'ggz' },
} as const;

describeEachDatabase('protecting a case conference', (db) => {
  let world: DemoWorld;
  beforeEach(async () => {
    world = await freshDemo(db());
  }, 60_000);

  const protection = () =>
    protectConference({
      work: createProtectionUnitOfWork(db().prisma, {
        publicUrl: 'https://casus.test',
        timeZone: ZONE,
        defaultLocale: 'nl',
      }),
      defaultLocale: 'nl',
      timeZone: ZONE,
    });

  const router = () =>
    createRouter({
      clock: { now: () => BEFORE },
      features: [
        conferenceFeature({
          rsvp: answerInvitation({
            work: createRsvpUnitOfWork(db().prisma, {
              publicUrl: 'https://casus.test',
              inviteLink: testInviteLink,
            }),
            defaultLocale: 'nl',
            timeZone: ZONE,
          }),
          protection: protection(),
        }),
        protectionFeature({ protection: protection() }),
      ],
    });

  const press = <A extends ActionId>(
    actionId: A,
    value: string | undefined,
    key: string,
    locale: Locale = 'nl',
  ) => {
    const actor: Actor = { professionalId: world.people[key] as string, channel: 'tryout' };
    return router().handleAction({ actionId, value, locale, actor, conversation: 'private' });
  };

  const ledger = async (conferenceId: string) =>
    (
      await db().prisma.conferenceEvent.findMany({
        where: { conferenceId },
        orderBy: { at: 'asc' },
        select: { kind: true, professionalId: true, reason: true, delayDays: true, leadMinutes: true },
      })
    )
      .map((e) => ({ ...e, professionalId: keyOf(e.professionalId) }))
      // Same instant: by kind's name (PostgreSQL would order an enum by its declaration).
      .sort((a, b) => a.kind.localeCompare(b.kind));

  const keyOf = (id: string | null) =>
    id === null ? null : (Object.entries(world.people).find(([, value]) => value === id)?.[0] ?? id);

  it('goes on when the discipline stays at the table, and asks the one who declined for written input', async () => {
    const conference = await createConference(db(), world, { attendees: WITH_TWO_GGZ });
    const view = await press(
      'conference.decline',
      encodeActionValue('conference.decline', { conferenceId: conference.id }),
      'bram',
    );
    const text = visibleText(view);
    expect(text).toContain('Je discipline zit nog aan tafel, dus het gaat door.');
    expect(buttonsOf(view).map((b) => b.label)).toEqual(
      expect.arrayContaining([
        'Stuur schriftelijke inbreng',
        'ziekte',
        'crisis elders',
        'capaciteit',
        'anders',
      ]),
    );
    expect(await ledger(conference.id)).toEqual([
      { kind: 'covered', professionalId: 'bram', reason: null, delayDays: null, leadMinutes: 10_320 },
      { kind: 'declined', professionalId: 'bram', reason: null, delayDays: null, leadMinutes: 10_320 },
    ]);
    const asked = await outboxRows(db(), `protect:${conference.id}:declined:${world.people.bram}`);
    expect(asked.map((row) => row.target)).toEqual([`user:${world.people.bram}`]);
    expect(visibleText(asked[0]!.view)).toContain('Druk op de knop om je schriftelijke inbreng te sturen');

    // Why: the reason lands on the answer and on the ledger's decline.
    const why = buttonsOf(view).find((b) => b.label === 'ziekte');
    expect(visibleText(await press('conference.decline-reason', why?.value, 'bram'))).toBe(
      'Dank je: genoteerd als "ziekte".',
    );
    expect((await ledger(conference.id)).find((e) => e.kind === 'declined')?.reason).toBe('ziekte');

    // Written input through the form: saved for the agenda, once per person.
    const form = await press('conference.written-input', buttonsOf(view)[0]?.value, 'bram');
    expect(form.blocks.some((b) => b.type === 'form')).toBe(true);
    const saved = await router().handleForm({
      formId: `written-input:${conference.id}`,
      values: { input: 'Afspraak met de huisarts staat; medicatie is aangepast.' },
      locale: 'nl',
      actor: { professionalId: world.people.bram as string, channel: 'tryout' },
      conversation: 'private',
    });
    expect(visibleText(saved)).toBe('Je schriftelijke inbreng voor HH-2041 staat op de agenda.');
    expect(await db().prisma.writtenInput.count({ where: { conferenceId: conference.id } })).toBe(1);
  });

  it('declines by typing afmelden with a reason, in private; a channel only hears it was noted', async () => {
    const conference = await createConference(db(), world, { attendees: WITH_TWO_GGZ });
    const type = (text: string, key: string, conversation: 'private' | 'shared') =>
      router().handleText({
        text,
        locale: 'nl',
        actor: { professionalId: world.people[key] as string, channel: 'tryout' },
        conversation,
      });
    const shared = await type('afmelden HH-2041 ziek', 'latifa', 'shared');
    expect(visibleText(shared)).toBe(
      'Genoteerd: je kunt niet bij het casusoverleg over HH-2041. De rest staat in je privéberichten.',
    );
    expect((await ledger(conference.id)).find((e) => e.kind === 'declined')).toMatchObject({
      professionalId: 'latifa',
      reason: 'ziekte',
    });
    const own = await type('afmelden HH-2041', 'bram', 'private');
    // Bram was the last ggz: the organiser looks for a deputy; no reason given, so he is asked why.
    expect(visibleText(own)).toContain('Sander Proefmans zoekt een vervanger');
    expect(buttonsOf(own).map((b) => b.label)).toContain('ziekte');
    expect(visibleText(await type('afmelden HH-2099', 'bram', 'private'))).toBe(
      'Er is geen komend casusoverleg voor HH-2099.',
    );
  });

  it('offers a free colleague of the missing discipline to the organiser, who adds them as deputy', async () => {
    // HH-2042 gave consent to GGZ Oostwijk (Latifa's and Bram's organisation); Latifa coordinates it.
    const conference = await createConference(db(), world, { attendees: WITH_ONE_GGZ, household: 'HH-2042' });
    const declined = await protection().decline({
      conferenceId: conference.id,
      professionalId: world.people.latifa as string,
      reason: 'ziekte',
      now: BEFORE,
      channel: 'cli',
    });
    expect(declined).toMatchObject({
      kind: 'gap',
      discipline: 'ggz',
      deputies: [{ id: world.people.bram, kind: 'colleague', name: 'Bram Fictief' }],
      asked: [{ id: world.people.sander }],
      frozen: false,
    });

    // Sander (the organiser) gets the rescue with a button per deputy, online, postpone, cancel.
    const [request] = await outboxRows(
      db(),
      `protect:${conference.id}:declined:${world.people.latifa}:`,
    ).then((rows) => rows.filter((row) => row.target === `user:${world.people.sander}`));
    expect(visibleText(request!.view)).toContain('Latifa');
    expect(buttonsOf(request!.view).map((b) => b.label)).toEqual([
      'Vraag Bram Fictief',
      'Korter en online',
      'Uitstellen',
      'Afzeggen…',
    ]);
    const ask = buttonsOf(request!.view)[0]!;
    // Only the coordinator, organiser or a coach chooses: Koen is refused.
    expect(visibleText(await press('conference.rescue', ask.value, 'koen'))).toContain(
      'Alleen de regisseur, de organisator of een teamcoach',
    );
    expect(visibleText(await press('conference.rescue', ask.value, 'sander'))).toContain(
      'Bram Fictief valt in bij het casusoverleg over HH-2042',
    );
    const bram = await db().prisma.attendance.findUniqueOrThrow({
      where: {
        conferenceId_professionalId: {
          conferenceId: conference.id,
          professionalId: world.people.bram as string,
        },
      },
    });
    expect(bram).toMatchObject({ role: 'required', disciplineCode: 'ggz', deputyForId: world.people.latifa });
    expect((await outboxRows(db(), `invite:${conference.id}:0:${world.people.bram}`)).length).toBeGreaterThan(
      0,
    );
    // Sending invitations scheduled the quorum check: Friday 13 November, 12:00, two working days and two hours before.
    const check = await db().prisma.job.findUniqueOrThrow({
      where: { key: quorumCheckKey(conference.id, STARTS_AT) },
    });
    expect(check.runAt.toISOString()).toBe('2026-11-13T11:00:00.000Z');
    // Pressed again: Bram attends already, so nobody is added twice.
    expect(visibleText(await press('conference.rescue', ask.value, 'sander'))).toContain('niet meer vrij');
    expect((await ledger(conference.id)).map((e) => e.kind)).toEqual([
      'declined',
      'deputy_added',
      'rescue_started',
    ]);
  });

  it('postpones, never cancels, to the earliest time everyone required can come, and asks them again', async () => {
    const conference = await createConference(db(), world, { attendees: WITH_ONE_GGZ });
    await protection().decline({
      conferenceId: conference.id,
      professionalId: world.people.koen as string,
      now: BEFORE,
      channel: 'cli',
    });
    const moved = await protection().rescue({
      conferenceId: conference.id,
      choice: { kind: 'postpone' },
      requester: { professionalId: world.people.sander as string, channel: 'tryout' },
      now: BEFORE,
    });
    expect(moved.kind).toBe('postponed');
    const after = await db().prisma.caseConference.findUniqueOrThrow({
      where: { id: conference.id },
      include: { attendances: true },
    });
    // Later than planned, within ten working days, same UID with a higher SEQUENCE; answers asked again.
    expect(after.startsAt.getTime()).toBeGreaterThan(STARTS_AT.getTime());
    expect(after.startsAt.getTime()).toBeLessThan(new Date('2026-12-02T00:00:00Z').getTime());
    expect(after.icsUid).toBe(conference.icsUid);
    expect(after.icsSequence).toBe(1);
    expect(after.plannedStartsAt?.toISOString()).toBe(STARTS_AT.toISOString());
    expect(after.attendances.map((a) => a.rsvp)).toEqual(['pending', 'pending', 'pending']);
    expect((await outboxRows(db(), `invite:${conference.id}:1:`)).length).toBeGreaterThan(0);
    const postponed = (await ledger(conference.id)).find((e) => e.kind === 'postponed');
    expect(postponed?.delayDays).toBeGreaterThanOrEqual(1);
    expect(postponed?.delayDays).toBeLessThanOrEqual(10);
  });

  it('lets only the coordinator or a coach cancel, with a reason; "niet meer nodig" closes the plan', async () => {
    const conference = await createConference(db(), world, { attendees: WITH_TWO_GGZ });
    const cancel = encodeActionValue('conference.cancel', { conferenceId: conference.id });
    const refused = await press('conference.cancel', cancel, 'koen');
    expect(refused.kind).toBe('error');
    expect(visibleText(refused)).toContain('Alleen de regisseur van het huishouden of een teamcoach');

    const reasons = await press('conference.cancel', cancel, 'coach', 'en');
    expect(visibleText(reasons)).toContain('Why is the case conference about HH-2041 cancelled?');
    const notNeeded = buttonsOf(reasons).find((b) => b.label === 'no longer needed');
    expect(decodeActionValue('conference.cancel', notNeeded?.value)).toEqual({
      ok: true,
      payload: { conferenceId: conference.id, reason: 'niet-meer-nodig' },
    });
    expect(visibleText(await press('conference.cancel', notNeeded?.value, 'coach', 'en'))).toContain(
      'The plan is closed, so no follow-up is proposed.',
    );
    const after = await db().prisma.caseConference.findUniqueOrThrow({ where: { id: conference.id } });
    expect(after).toMatchObject({ status: 'cancelled', cancelReason: 'niet-meer-nodig', icsSequence: 1 });
    const household = await db().prisma.household.findUniqueOrThrow({
      where: { id: world.households['HH-2041'] },
    });
    expect(household.planClosedAt).not.toBeNull();
    const told = await outboxRows(db(), `protect:${conference.id}:cancelled:`);
    expect(new Set(told.map((row) => row.target))).toEqual(
      new Set(['sander', 'koen', 'latifa', 'bram'].map((key) => `user:${world.people[key]}`)),
    );
    expect((await ledger(conference.id)).map((e) => [e.kind, e.reason])).toEqual([
      ['cancelled', 'niet-meer-nodig'],
    ]);
    // Nothing changes a cancelled conference any more.
    expect(visibleText(await press('conference.cancel', notNeeded?.value, 'coach'))).toBe(
      'Dit casusoverleg is afgezegd.',
    );
  });

  it('checks the quorum two working days and two hours before, and starts the rescue for what nobody confirmed', async () => {
    const conference = await createConference(db(), world, { attendees: WITH_ONE_GGZ, household: 'HH-2042' });
    await db().prisma.attendance.updateMany({
      where: {
        conferenceId: conference.id,
        professionalId: { in: [world.people.sander!, world.people.koen!] },
      },
      data: { rsvp: 'accepted' },
    });
    const at = quorumCheckAt(STARTS_AT, ZONE);
    expect(await protection().checkQuorum({ conferenceId: conference.id, now: at })).toEqual({
      gaps: ['ggz'],
    });
    const key = `quorum:${conference.id}:${STARTS_AT.toISOString()}`;
    const waiting = await outboxRows(db(), `${key}:answer:${world.people.latifa}`);
    expect(visibleText(waiting[0]!.view)).toContain('je hebt nog niet geantwoord');
    const [request] = await outboxRows(db(), `${key}:ggz:${world.people.sander}`);
    expect(visibleText(request!.view)).toContain('Latifa Oefenaar heeft nog niet geantwoord');
    expect(buttonsOf(request!.view)[0]?.label).toBe('Vraag Bram Fictief');
    // Run again (a retried job): nothing is sent twice.
    const sent = (await outboxRows(db(), `${key}:`)).length;
    await protection().checkQuorum({ conferenceId: conference.id, now: at });
    expect(await outboxRows(db(), `${key}:`)).toHaveLength(sent);
    expect((await ledger(conference.id)).map((e) => e.kind)).toEqual(['rescue_started']);
    // Scheduled for a time the conference no longer has: nothing.
    const other = new Date(STARTS_AT.getTime() + 86_400_000);
    expect(await protection().checkQuorum({ conferenceId: conference.id, now: at, startsAt: other })).toEqual(
      {
        gaps: [],
      },
    );

    // Once Latifa accepts, the conference is complete.
    await db().prisma.attendance.updateMany({
      where: { conferenceId: conference.id },
      data: { rsvp: 'accepted' },
    });
    expect(await protection().checkQuorum({ conferenceId: conference.id, now: at })).toEqual({ gaps: [] });
  });

  it('ends two declines at the same moment in one consistent state: the second finds the gap', async () => {
    const conference = await createConference(db(), world, { attendees: WITH_TWO_GGZ });
    const decline = (key: string) =>
      protection().decline({
        conferenceId: conference.id,
        professionalId: world.people[key] as string,
        now: BEFORE,
        channel: 'tryout',
      });
    const results = await Promise.all([decline('latifa'), decline('bram')]);
    // Whoever came second waited for the first's lock and saw ggz gone.
    expect(results.map((r) => r.kind).sort()).toEqual(['covered', 'gap']);
    const kinds = (await ledger(conference.id)).map((e) => e.kind).sort();
    expect(kinds).toEqual(['covered', 'declined', 'declined', 'rescue_started']);
    const answers = await db().prisma.attendance.findMany({
      where: { conferenceId: conference.id, disciplineCode: 'ggz' },
      select: { rsvp: true },
    });
    expect(answers.map((a) => a.rsvp)).toEqual(['declined', 'declined']);
  });
});
