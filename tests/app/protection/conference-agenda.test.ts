import { beforeEach, describe, expect, it } from 'vitest';
import { agendaAt, agendaKey, conferenceAgenda } from '../../../src/app/protection/conference-agenda.ts';
import { protectConference } from '../../../src/app/protection/protect-conference.ts';
import { createAgendaUnitOfWork } from '../../../src/infra/db/repositories/conference-agenda-repository.ts';
import { createProtectionUnitOfWork } from '../../../src/infra/db/repositories/protection-repository.ts';
import {
  BEFORE,
  createConference,
  type DemoWorld,
  freshDemo,
  outboxRows,
  STARTS_AT,
} from '../../infra/conferences/conference-fixture.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { visibleText } from '../view-text.ts';

const ZONE = 'Europe/Amsterdam';
/** Monday 16 November, 14:00 in Amsterdam: one working day before the Tuesday conference. */
const SEND_AT = new Date('2026-11-16T13:00:00Z');

describe('when the agenda goes out', () => {
  it('is the same local time on the previous working day', () => {
    expect(agendaAt(STARTS_AT, ZONE)).toEqual(SEND_AT);
    // Monday 23 November, 10:00 → Friday 20 November, 10:00.
    expect(agendaAt(new Date('2026-11-23T09:00:00Z'), ZONE).toISOString()).toBe('2026-11-20T09:00:00.000Z');
    // Tuesday 30 March 2027, 14:00 (summer time) after Easter Monday → Friday 26 March, 14:00 (winter time).
    expect(agendaAt(new Date('2027-03-30T12:00:00Z'), ZONE).toISOString()).toBe('2027-03-26T13:00:00.000Z');
    // Monday 28 December 2026 → Thursday 24 December (Christmas and the weekend skipped).
    expect(agendaAt(new Date('2026-12-28T09:00:00Z'), ZONE).toISOString()).toBe('2026-12-24T09:00:00.000Z');
  });
});

describeEachDatabase('the agenda of a case conference', (db) => {
  let world: DemoWorld;
  beforeEach(async () => {
    world = await freshDemo(db());
  }, 60_000);

  const agenda = () =>
    conferenceAgenda({
      work: createAgendaUnitOfWork(db().prisma, { timeZone: ZONE }),
      defaultLocale: 'nl',
      timeZone: ZONE,
    });
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
  const person = (key: string) => world.people[key] as string;
  const household = (reference: string) => world.households[reference] as string;
  const nameOf = async (key: string) =>
    (await db().prisma.professional.findUniqueOrThrow({ where: { id: person(key) } })).name;

  /** A conference that took place, with its minutes recorded (and optionally a decision or an action). */
  async function held(reference: string, startsAt: Date, record: 'decision' | 'action' | 'nothing') {
    const conference = await createConference(db(), world, {
      household: reference,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      status: 'held',
      attendees: { sander: { role: 'required', discipline: 'maatschappelijk_werk' } },
    });
    await db().prisma.caseConference.update({
      where: { id: conference.id },
      data: { minutesAt: new Date(startsAt.getTime() + 2 * 3_600_000), minutesById: person('sander') },
    });
    if (record === 'decision')
      await db().prisma.decision.create({
        data: {
          conferenceId: conference.id,
          householdId: household(reference),
          text: 'Besluit',
          createdAt: startsAt,
        },
      });
    if (record === 'action')
      await db().prisma.action.create({
        data: {
          conferenceId: conference.id,
          householdId: household(reference),
          ownerId: person('sander'),
          description: 'Actie',
          dueOn: new Date('2026-12-31'),
          status: 'done',
        },
      });
    return conference;
  }

  it('sends each attendee who has not declined the households’ open actions, latest decisions and written input, once', async () => {
    const conference = await createConference(db(), world);
    const hh = household('HH-2041');
    await db().prisma.action.createMany({
      data: [
        {
          householdId: hh,
          ownerId: person('yara'),
          description: 'Betalingsregeling met de verhuurder',
          dueOn: new Date('2026-11-20'),
        },
        {
          householdId: hh,
          ownerId: person('koen'),
          description: 'Gesprek met school',
          dueOn: new Date('2026-11-13'),
          status: 'blocked',
        },
        {
          householdId: hh,
          ownerId: person('sander'),
          description: 'Afgeronde actie',
          dueOn: new Date('2026-11-01'),
          status: 'done',
        },
      ],
    });
    for (const [index, day] of ['2026-09-01', '2026-10-01', '2026-10-15', '2026-11-03'].entries())
      await db().prisma.decision.create({
        data: { householdId: hh, text: `Besluit ${index + 1}`, createdAt: new Date(`${day}T12:00:00Z`) },
      });
    // Koen cannot come and sends written input through the protection use case; Esra has no chat account.
    await protection().decline({
      conferenceId: conference.id,
      professionalId: person('koen'),
      now: BEFORE,
      channel: 'tryout',
    });
    expect(
      await protection().writtenInput({
        conferenceId: conference.id,
        professionalId: person('koen'),
        text: 'School meldt verzuim; graag bespreken.',
        now: BEFORE,
        channel: 'tryout',
      }),
    ).toMatchObject({ kind: 'saved' });

    const result = await agenda().send({ conferenceId: conference.id, startsAt: STARTS_AT, now: SEND_AT });
    if (result.kind !== 'sent') throw new Error(result.why);
    expect(new Set(result.recipients)).toEqual(new Set([person('sander'), person('yara'), person('esra')]));
    expect(new Set(result.sentTo)).toEqual(new Set([person('sander'), person('yara')]));

    const key = agendaKey(conference.id, STARTS_AT);
    const rows = await outboxRows(db(), `${key}:`);
    expect(new Set(rows.map((r) => r.target))).toEqual(
      new Set([`user:${person('sander')}`, `user:${person('yara')}`]),
    );
    const dutch = visibleText(
      rows.find((r) => r.target === `user:${person('sander')}` && r.platform === 'slack')!.view,
    );
    expect(dutch).toContain('Agenda casusoverleg HH-2041');
    expect(dutch).toContain('Alleen voor wie bij dit casusoverleg is uitgenodigd');
    expect(dutch).toContain(`Gesprek met school (${await nameOf('koen')})`);
    expect(dutch).toContain('geblokkeerd, uiterlijk 13 nov');
    expect(dutch).toContain(`Betalingsregeling met de verhuurder (${await nameOf('yara')})`);
    expect(dutch).toContain('uiterlijk 20 nov');
    expect(dutch).not.toContain('Afgeronde actie');
    // The last three decisions, newest first.
    expect(dutch).toContain('Laatste besluiten');
    expect(dutch.indexOf('Besluit 4')).toBeLessThan(dutch.indexOf('Besluit 2'));
    expect(dutch).not.toContain('Besluit 1');
    expect(dutch).toContain(`${await nameOf('koen')}: School meldt verzuim; graag bespreken.`);
    expect(dutch).not.toContain('Niet besproken, doorgeschoven');
    const english = visibleText(rows.find((r) => r.target === `user:${person('yara')}`)!.view);
    expect(english).toContain('Agenda: case conference HH-2041');
    expect(english).toContain('Open actions');
    expect(english).toContain('blocked, due 13 Nov');
    expect(english).toContain('Written input received');

    // Each household read, per person it went to: a 'view' by the job.
    const logged = await db().prisma.accessLogEntry.findMany({
      where: { subjectId: conference.id, channel: 'job' },
      select: { householdId: true, action: true, kind: true, outcome: true, onBehalfOf: true, details: true },
    });
    expect(logged).toHaveLength(2);
    expect(logged.every((l) => l.householdId === hh && l.action === 'view' && l.outcome === 'ok')).toBe(true);
    expect(logged[0]?.onBehalfOf).toBe('job:conference.agenda');
    expect(JSON.stringify(logged)).not.toContain('Betalingsregeling');

    // A retried job sends and logs nothing new.
    const again = await agenda().send({ conferenceId: conference.id, startsAt: STARTS_AT, now: SEND_AT });
    expect(again).toMatchObject({ kind: 'sent', sentTo: [] });
    expect(await outboxRows(db(), `${key}:`)).toHaveLength(rows.length);
    expect(
      await db().prisma.accessLogEntry.count({ where: { subjectId: conference.id, channel: 'job' } }),
    ).toBe(2);
  });

  it('takes its chair and minute-taker from the rotations; only the minute-taker gets the minutes button', async () => {
    const conference = await createConference(db(), world);
    const rotation = async (role: string, duty: 'chair' | 'minute_taker', keys: string[]) =>
      db().prisma.rotation.create({
        data: {
          teamId: conference.teamId,
          role,
          duty,
          cadence: 'each_conference',
          startsOn: new Date('2026-11-01'),
          members: {
            create: keys.map((key, position) => ({ professionalId: person(key), position })),
          },
        },
      });
    await rotation('voorzitter', 'chair', ['sander', 'yara']);
    // Yara does not work on Tuesdays: her turn passes to Koen, and Sander already chairs.
    await rotation('notulist', 'minute_taker', ['yara', 'sander', 'koen']);

    const result = await agenda().send({ conferenceId: conference.id, startsAt: STARTS_AT, now: SEND_AT });
    if (result.kind !== 'sent') throw new Error(result.why);
    expect(result.agenda.chair?.id).toBe(person('sander'));
    expect(result.agenda.minuteTaker?.id).toBe(person('koen'));
    // Stored on the conference, so a retried job and the minutes agree.
    expect(
      await db().prisma.caseConference.findUniqueOrThrow({
        where: { id: conference.id },
        select: { chairId: true, minuteTakerId: true },
      }),
    ).toEqual({ chairId: person('sander'), minuteTakerId: person('koen') });

    const rows = await outboxRows(db(), `${agendaKey(conference.id, STARTS_AT)}:`);
    const viewOf = (key: string) => rows.find((r) => r.target === `user:${person(key)}`)!.view;
    const sanders = visibleText(viewOf('sander'));
    expect(sanders).toContain(`Voorzitter: ${await nameOf('sander')} · Notulist: ${await nameOf('koen')}`);
    expect(JSON.stringify(viewOf('sander'))).not.toContain('conference.minutes');
    expect(JSON.stringify(viewOf('yara'))).not.toContain('conference.minutes');
    // Koen takes the minutes: his copy has the button for this conference.
    const koens = viewOf('koen');
    expect(visibleText(koens)).toMatch(/Jij notuleert dit overleg|You take the minutes of this conference/);
    expect(JSON.stringify(koens)).toContain(`conference.minutes`);
    expect(JSON.stringify(koens)).toContain(conference.id);
  });

  it('sends nothing for a start the conference no longer has, nor for a cancelled conference', async () => {
    const conference = await createConference(db(), world);
    const other = new Date(STARTS_AT.getTime() + 7 * 86_400_000);
    expect(await agenda().send({ conferenceId: conference.id, startsAt: other, now: SEND_AT })).toEqual({
      kind: 'not-sent',
      why: 'other-time',
    });
    const cancelled = await createConference(db(), world, { household: 'HH-2044', status: 'cancelled' });
    expect(await agenda().send({ conferenceId: cancelled.id, startsAt: STARTS_AT, now: SEND_AT })).toEqual({
      kind: 'not-sent',
      why: 'not-scheduled',
    });
    expect(await outboxRows(db(), 'agenda:')).toEqual([]);
    expect(await db().prisma.accessLogEntry.count({ where: { channel: 'job' } })).toBe(0);
  });

  it('carries a household not discussed last time to the team’s next conference, until one of its own is booked', async () => {
    // HH-2041 was discussed (a decision), HH-2043 too (an action); HH-2042 had minutes but nothing for it;
    // HH-2045 neither, but its plan is closed.
    await held('HH-2041', new Date('2026-11-03T13:00:00Z'), 'decision');
    await held('HH-2043', new Date('2026-11-04T13:00:00Z'), 'action');
    const notDiscussed = await held('HH-2042', new Date('2026-11-05T13:00:00Z'), 'nothing');
    await held('HH-2045', new Date('2026-11-05T13:00:00Z'), 'nothing');
    await db().prisma.household.update({
      where: { id: household('HH-2045') },
      data: { planClosedAt: BEFORE },
    });
    // A conference without minutes yet does not count.
    await createConference(db(), world, {
      household: 'HH-2044',
      startsAt: new Date('2026-11-06T13:00:00Z'),
      endsAt: new Date('2026-11-06T14:00:00Z'),
      status: 'held',
    });

    const next = await createConference(db(), world);
    const sent = await agenda().send({ conferenceId: next.id, startsAt: STARTS_AT, now: SEND_AT });
    if (sent.kind !== 'sent') throw new Error(sent.why);
    expect(sent.agenda.households).toMatchObject([{ reference: 'HH-2041', notDiscussedSince: null }]);
    expect(sent.agenda.carried).toEqual([
      { householdId: household('HH-2042'), reference: 'HH-2042', since: notDiscussed.startsAt },
    ]);
    const [row] = await outboxRows(db(), `${agendaKey(next.id, STARTS_AT)}:${person('sander')}`);
    const text = visibleText(row!.view);
    expect(text).toContain('Niet besproken, doorgeschoven');
    expect(text).toContain('niet besproken op 5 nov 2026');
    expect(text).toContain('Geen schriftelijke inbreng ontvangen.');
    // By reference only: the attendees of this conference are not HH-2042's case team.
    const carriedLog = await db().prisma.accessLogEntry.findMany({
      where: { subjectId: next.id, householdId: household('HH-2042') },
      select: { outcome: true, action: true, channel: true },
    });
    expect(carriedLog.length).toBeGreaterThan(0);
    expect(carriedLog.every((l) => l.outcome === 'reference-only' && l.channel === 'job')).toBe(true);

    // A conference about HH-2042 is booked: it carries over there, marked, and no longer to the team's next.
    const own = await createConference(db(), world, {
      household: 'HH-2042',
      startsAt: new Date('2026-11-24T13:00:00Z'),
      endsAt: new Date('2026-11-24T14:30:00Z'),
      attendees: {
        latifa: { role: 'required', discipline: 'ggz' },
        bram: { role: 'required', discipline: 'ggz' },
      },
    });
    const again = await agenda().send({ conferenceId: next.id, startsAt: STARTS_AT, now: SEND_AT });
    expect(again.kind === 'sent' && again.agenda.carried).toEqual([]);
    const ownStart = new Date('2026-11-24T13:00:00Z');
    const ownAgenda = await agenda().send({
      conferenceId: own.id,
      startsAt: ownStart,
      now: agendaAt(ownStart, ZONE),
    });
    if (ownAgenda.kind !== 'sent') throw new Error(ownAgenda.why);
    expect(ownAgenda.agenda.households).toMatchObject([
      { reference: 'HH-2042', notDiscussedSince: notDiscussed.startsAt },
    ]);
    const [latifa] = await outboxRows(db(), `${agendaKey(own.id, ownStart)}:${person('latifa')}`);
    expect(visibleText(latifa!.view)).toContain(
      'Vorige keer niet besproken (5 nov 2026): het staat bovenaan.',
    );
  });
});
