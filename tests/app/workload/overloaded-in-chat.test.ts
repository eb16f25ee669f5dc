import { randomUUID } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import type { Router } from '../../../src/app/router.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import type { View } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import {
  type ActionsWorld,
  actionsRouter,
  actor,
  buttonValue,
  movableClock,
  seedActionsWorld,
} from '../actions/actions-world.ts';
import { buttonsOf, visibleText } from '../view-text.ts';

/**
 * `druk` / `overloaded` through the router, as every channel reaches it. The demo team on Friday 4 December 2026;
 * Sander looks at Tuesday 8 December, on which he has a required and an optional case conference, a declined
 * one, actions due or overdue, and an intake turn.
 */
describeEachDatabase('druk / overloaded through the router', (db) => {
  let world: ActionsWorld;
  let router: Router;
  let ids: Awaited<ReturnType<typeof seedTuesday>>;

  beforeEach(async () => {
    world = await seedActionsWorld(db());
    router = actionsRouter(db(), movableClock());
    ids = await seedTuesday(db(), world);
  });

  const say = (text: string, who: string, options: { shared?: boolean; locale?: 'nl' | 'en' } = {}) =>
    router.handleText({
      text,
      locale: options.locale ?? 'nl',
      actor: actor(who),
      conversation: options.shared ? 'shared' : 'private',
    });
  const press = (view: View, actionId: string, who: string) =>
    router.handleAction({
      actionId,
      value: buttonValue(view, actionId),
      locale: 'nl',
      actor: actor(who),
      conversation: 'private',
    });

  it('lists the day in private and proposes optional attendance first, actions, the turn, required attendance last', async () => {
    const answer = await say('druk dinsdag', world.ids.sander);
    const text = visibleText(answer);
    expect(text).toContain('Jouw dag: 8 dec 2026');
    expect(text).toContain('casus kent die dag 5 afspraken van je.');
    const order = [
      'Casusoverleggen waar je niet verplicht bent',
      'Casusoverleg HH-2043, di 8 dec, 14:00–15:00',
      'Acties die kunnen schuiven',
      'HH-2041*: Schuldhulp aanvragen',
      'te laat sinds 2 dec',
      'HH-2041*: Budgetplan maken',
      'deadline 8 dec',
      'Roosterbeurten',
      'Intakedienst',
      'Als laatste: casusoverleggen die jou nodig hebben',
      'Casusoverleg HH-2041, di 8 dec, 09:00–10:30',
      'Blijft staan: verplichte aanwezigheid houd je, tenzij je je met *afmelden* afmeldt',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The stuck, overdue action goes before the one due that day.
    expect(text).toContain('loopt vast');
    // Not listed: the declined conference, one just after midnight on Wednesday, a done action, an action
    // snoozed past Tuesday, someone else's action, an action due later.
    expect(text).not.toContain('HH-2042');
    expect(text).not.toContain('09:30–10:30');
    expect(text).not.toContain('Al klaar');
    expect(text).not.toContain('Uitgesteld');
    expect(text).not.toContain('Van Yara');
    expect(text).not.toContain('Later');
    expect(text).not.toContain('feestdag');
    // Decline only for the optional attendance; snooze and reassign on each action.
    const labels = buttonsOf(answer).map((b) => b.label);
    expect(labels.filter((l) => l === 'Afmelden')).toHaveLength(1);
    expect(labels.filter((l) => l === 'Overdragen…')).toHaveLength(2);
    expect(labels.filter((l) => l === '1 week uitstellen')).toHaveLength(2);
    expect(buttonValue(answer, 'conference.decline')).toContain(ids.optionalConference);
  });

  it('moves an action off the day with its Snooze button, after which the day lists it no more', async () => {
    const answer = await say('druk dinsdag', world.ids.sander);
    // The first snooze button belongs to the first action proposed: the stuck one.
    const snoozed = await router.handleAction({
      actionId: 'action.snooze',
      value: buttonsOf(answer).find((b) => b.label === '1 week uitstellen')!.value!,
      locale: 'nl',
      actor: actor(world.ids.sander),
      conversation: 'private',
    });
    expect(visibleText(snoozed)).toContain('Uitgesteld tot');
    const stored = await db().prisma.action.findUniqueOrThrow({ where: { id: ids.stuckAction } });
    expect(stored.snoozedUntil?.toISOString().slice(0, 10)).toBe('2026-12-11');
    const after = visibleText(await say('druk dinsdag', world.ids.sander));
    expect(after).toContain('casus kent die dag 4 afspraken van je.');
    expect(after).not.toContain('Schuldhulp aanvragen');
    expect(after).toContain('Budgetplan maken');
  });

  it('opens the reassign form from the proposal', async () => {
    const answer = await say('druk dinsdag', world.ids.sander);
    const form = await press(answer, 'action.reassign', world.ids.sander);
    expect(form.blocks.some((b) => b.type === 'form')).toBe(true);
  });

  it('answers in English, and a shared channel only briefly, pointing to a direct message', async () => {
    const english = visibleText(await say('overloaded tuesday', world.ids.sander, { locale: 'en' }));
    expect(english).toContain('Your day: 8 Dec 2026');
    expect(english).toContain('Case conferences where you are optional');
    expect(english).toContain('Kept: required attendance stays');

    const shared = await say('druk dinsdag', world.ids.sander, { shared: true });
    expect(visibleText(shared)).toBe(
      'Wat je die dag hebt, is alleen voor jou. Stuur me *druk* in een privébericht, dan zet ik het daar.',
    );
    expect(buttonsOf(shared)).toHaveLength(0);
    expect(JSON.stringify(shared)).not.toContain('HH-20');
  });

  it('defaults to today, and says so for a day off, an absence or a public holiday', async () => {
    const today = visibleText(await say('druk', world.ids.sander));
    expect(today).toContain('Jouw dag: 4 dec 2026');
    // On Friday only the stuck action (due 2 December) is his.
    expect(today).toContain('casus kent die dag 1 afspraak van je.');
    expect(today).toContain('Schuldhulp aanvragen');
    expect(visibleText(await say('druk vandaag', world.ids.yara))).toContain(
      'casus kent die dag geen afspraken van je.',
    );

    expect(visibleText(await say('druk maandag', world.ids.esra))).toContain('Je werkt niet op 7 dec 2026.');
    expect(visibleText(await say('overloaded 25 December', world.ids.sander, { locale: 'en' }))).toContain(
      '25 Dec 2026 is a public holiday.',
    );

    await say('afwezig 14-12 tot 18-12 @yara', world.ids.sander);
    const away = visibleText(await say('druk 15 december', world.ids.sander));
    expect(away).toContain(
      'Je bent afwezig van 14 dec 2026 tot en met 18 dec 2026 en Yara Denkbeeld neemt het over: die dag ben je vrij.',
    );
  });

  it('explains a day it cannot use', async () => {
    expect(visibleText(await say('druk gisteren', world.ids.sander))).toBe(
      '3 dec 2026 is al voorbij. Geef vandaag of een dag die nog komt.',
    );
    expect(visibleText(await say('druk blabla', world.ids.sander))).toContain(
      'Ik kan daar geen dag in lezen.',
    );
    expect(visibleText(await say('overloaded friday or monday', world.ids.sander, { locale: 'en' }))).toBe(
      'I read more than one day: 11 Dec 2026, 7 Dec 2026. Please give one day.',
    );
  });
});

/** Sander's Tuesday 8 December 2026 (Amsterdam, UTC+1). */
async function seedTuesday(db: Database, world: ActionsWorld) {
  const prisma = db.prisma;
  const { sander, yara, koen } = world.ids;
  const household = await prisma.household.findUniqueOrThrow({ where: { id: world.hh2041 } });
  const hh2043 = await prisma.household.findFirstOrThrow({ where: { reference: 'HH-2043' } });
  const hh2042 = await prisma.household.findFirstOrThrow({ where: { reference: 'HH-2042' } });
  const conference = async (
    startsAt: string,
    endsAt: string,
    householdId: string,
    attendance: { role: 'required' | 'optional'; rsvp: 'pending' | 'accepted' | 'declined' },
  ) =>
    (
      await prisma.caseConference.create({
        data: {
          teamId: household.teamId,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
          status: 'scheduled',
          icsUid: `casus-${randomUUID()}@casus`,
          organizerId: yara,
          households: { create: [{ householdId }] },
          attendances: {
            create: [
              { professionalId: sander, ...attendance },
              { professionalId: koen, rsvp: 'accepted' },
            ],
          },
        },
      })
    ).id;
  const requiredConference = await conference('2026-12-08T08:00:00Z', '2026-12-08T09:30:00Z', household.id, {
    role: 'required',
    rsvp: 'accepted',
  });
  const optionalConference = await conference('2026-12-08T13:00:00Z', '2026-12-08T14:00:00Z', hh2043.id, {
    role: 'optional',
    rsvp: 'pending',
  });
  await conference('2026-12-08T10:00:00Z', '2026-12-08T11:00:00Z', hh2042.id, {
    role: 'optional',
    rsvp: 'declined',
  });
  // 00:30 on Wednesday in Amsterdam, still Tuesday in UTC: not Tuesday's.
  await conference('2026-12-08T23:30:00Z', '2026-12-09T09:30:00Z', household.id, {
    role: 'required',
    rsvp: 'accepted',
  });

  const action = async (
    description: string,
    dueOn: string,
    extra: { status?: 'open' | 'blocked' | 'done'; ownerId?: string; snoozedUntil?: string } = {},
  ) =>
    (
      await prisma.action.create({
        data: {
          householdId: household.id,
          ownerId: extra.ownerId ?? sander,
          description,
          dueOn: new Date(`${dueOn}T00:00:00Z`),
          status: extra.status ?? 'open',
          ...(extra.snoozedUntil ? { snoozedUntil: new Date(`${extra.snoozedUntil}T00:00:00Z`) } : {}),
        },
      })
    ).id;
  await action('Budgetplan maken', '2026-12-08');
  const stuckAction = await action('Schuldhulp aanvragen', '2026-12-02', { status: 'blocked' });
  await action('Al klaar', '2026-12-07', { status: 'done' });
  await action('Uitgesteld', '2026-12-07', { snoozedUntil: '2026-12-10' });
  await action('Van Yara', '2026-12-08', { ownerId: yara });
  await action('Later', '2026-12-09');

  const rotation = await prisma.rotation.create({
    data: { teamId: household.teamId, role: 'Intakedienst', startsOn: new Date('2026-11-30T00:00:00Z') },
  });
  await prisma.rotationTurn.create({
    data: { rotationId: rotation.id, professionalId: sander, turnOn: new Date('2026-12-08T00:00:00Z') },
  });
  return { requiredConference, optionalConference, stuckAction };
}
