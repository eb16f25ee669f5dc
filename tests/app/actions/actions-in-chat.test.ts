import { beforeEach, expect, it } from 'vitest';
import type { Router } from '../../../src/app/router.ts';
import type { View } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { visibleText } from '../view-text.ts';
import {
  type ActionsWorld,
  actionsRouter,
  actor,
  buttonValue,
  movableClock,
  seedActionsWorld,
} from './actions-world.ts';

describeEachDatabase('decisions, actions, minutes and absences through the router', (db) => {
  let world: ActionsWorld;
  let clock: ReturnType<typeof movableClock>;
  let router: Router;

  beforeEach(async () => {
    world = await seedActionsWorld(db());
    clock = movableClock();
    router = actionsRouter(db(), clock);
  });

  const say = (text: string, who: string, options: { shared?: boolean; locale?: 'nl' | 'en' } = {}) =>
    router.handleText({
      text,
      locale: options.locale ?? 'nl',
      actor: actor(who),
      conversation: options.shared ? 'shared' : 'private',
    });
  const press = (view: View, actionId: string, who: string, locale: 'nl' | 'en' = 'nl') =>
    router.handleAction({
      actionId,
      value: buttonValue(view, actionId),
      locale,
      actor: actor(who),
      conversation: 'private',
    });
  const submit = (formId: string, values: Record<string, string>, who: string) =>
    router.handleForm({ formId, values, locale: 'nl', actor: actor(who), conversation: 'private' });
  const formIdOf = (view: View) => {
    const block = view.blocks.find((b) => b.type === 'form');
    if (block?.type !== 'form') throw new Error(`no form in ${visibleText(view)}`);
    return block.form.formId;
  };
  const outboxTo = async (professionalId: string) =>
    db().prisma.outboxMessage.findMany({ where: { target: `user:${professionalId}` } });

  it('records an action in a private conversation, moved off a day the owner does not work, with buttons', async () => {
    const answer = await say(
      'actie HH-2041 @esra vrijdag Huurachterstand bespreken met De Linde',
      world.ids.sander,
    );
    const text = visibleText(answer);
    expect(text).toContain('Vastgelegd: HH-2041, voor Esra Proefwoning, deadline 10 dec 2026.');
    expect(text).toContain(
      'Deadline 10 dec 2026: Esra Proefwoning werkt niet op 11 dec 2026, dus de deadline is de werkdag ervoor.',
    );
    expect(text).toContain('Huurachterstand bespreken met De Linde');
    expect(text).toMatch(/Klaar[\s\S]*1 dag uitstellen[\s\S]*3 dagen uitstellen[\s\S]*1 week uitstellen/);
    expect(text).toContain('Loopt vast…');
    expect(text).toContain('Overdragen…');
    const stored = await db().prisma.action.findFirstOrThrow();
    expect(stored.ownerId).toBe(world.ids.esra);
    expect(stored.dueOn.toISOString().slice(0, 10)).toBe('2026-12-10');
    // The rest of the case team hears of it in private; Sander read the answer himself.
    expect(await outboxTo(world.ids.esra)).toHaveLength(1);
    expect(await outboxTo(world.ids.yara)).toHaveLength(1);
    expect(await outboxTo(world.ids.sander)).toHaveLength(0);
    expect(await outboxTo(world.ids.latifa)).toHaveLength(0);
  });

  it('shows a shared conversation only the count; the details go privately to the case team', async () => {
    const answer = await say('action HH-2041 @yara friday Apply for debt help', world.ids.sander, {
      shared: true,
      locale: 'en',
    });
    const text = visibleText(answer);
    expect(text).toContain('HH-2041: 1 action recorded.');
    expect(text).not.toContain('Apply for debt help');
    expect(text).not.toContain('Yara');
    const toSander = await outboxTo(world.ids.sander);
    expect(toSander).toHaveLength(1);
    expect(JSON.stringify(toSander[0]!.view)).toContain('Apply for debt help');
    expect(await db().prisma.action.count()).toBe(1);
  });

  it('answers a mistyped owner with "did you mean", and missing parts with an example', async () => {
    const unknown = visibleText(await say('actie HH-2041 @yra vrijdag Budgetplan maken', world.ids.sander));
    expect(unknown).toContain('Yara Denkbeeld');
    const usage = visibleText(await say('actie HH-2041 @yara', world.ids.sander));
    expect(usage).toContain('actie HH-2041 @sanne vrijdag Aanvraag schuldhulp indienen');
    const english = visibleText(await say('action HH-2041', world.ids.sander, { locale: 'en' }));
    expect(english).toContain('action HH-2041 @sanne friday Apply for debt help');
    const noDate = visibleText(await say('actie HH-2041 @yara Budgetplan maken', world.ids.sander));
    expect(noDate).toContain('Ik kan geen deadline lezen.');
    expect(await db().prisma.action.count()).toBe(0);
  });

  it('marks an action done from a button, and a later press says who already did it', async () => {
    const recorded = await say('actie HH-2041 @yara maandag Budgetplan maken', world.ids.sander);
    const done = await press(recorded, 'action.done', world.ids.yara);
    expect(visibleText(done)).toContain('Klaar ✓ door jou.');
    const again = await press(recorded, 'action.done', world.ids.sander);
    expect(visibleText(again)).toBe('Deze actie is al gedaan door Yara Denkbeeld op 4 dec 2026, 09:00.');
    expect((await db().prisma.action.findFirstOrThrow()).status).toBe('done');
  });

  it('snoozes, blocks with a reason and a waiting party, unblocks and reassigns', async () => {
    const recorded = await say('actie HH-2041 @yara maandag Budgetplan maken', world.ids.sander);
    const snoozed = await router.handleAction({
      actionId: 'action.snooze',
      value: JSON.stringify({ actionItemId: (await db().prisma.action.findFirstOrThrow()).id, days: 3 }),
      locale: 'nl',
      actor: actor(world.ids.yara),
      conversation: 'private',
    });
    expect(visibleText(snoozed)).toContain('Uitgesteld tot 7 dec 2026');

    const blockForm = await press(recorded, 'action.blocked', world.ids.yara);
    const empty = await submit(formIdOf(blockForm), {}, world.ids.yara);
    expect(visibleText(empty)).toContain('Wat zit in de weg: vul dit in.');
    const blocked = await submit(
      formIdOf(blockForm),
      { reason: 'Geen reactie op de aanvraag', blockedBy: 'Gemeente, afdeling Inkomen' },
      world.ids.yara,
    );
    expect(visibleText(blocked)).toContain('Staat op vastgelopen.');
    expect(visibleText(blocked)).toContain('Gemeente, afdeling Inkomen');
    const stuck = await db().prisma.action.findFirstOrThrow();
    expect(stuck.status).toBe('blocked');
    expect(stuck.blockedBy).toBe('Gemeente, afdeling Inkomen');

    const unblocked = await press(blocked, 'action.unblock', world.ids.yara);
    expect(visibleText(unblocked)).toContain('Loopt niet meer vast');
    expect((await db().prisma.action.findFirstOrThrow()).status).toBe('open');

    const reassignForm = await press(unblocked, 'action.reassign', world.ids.yara);
    expect(visibleText(reassignForm)).toContain('Nieuwe eigenaar');
    const reassigned = await submit(formIdOf(reassignForm), { owner: world.ids.koen }, world.ids.yara);
    expect(visibleText(reassigned)).toContain('Overgedragen aan Koen Verzinsel.');
    expect((await db().prisma.action.findFirstOrThrow()).ownerId).toBe(world.ids.koen);
  });

  it('lists my open actions overdue first, with buttons, in the command and on App Home', async () => {
    await say('actie HH-2041 @yara over 2 weken Gesprek met school', world.ids.sander);
    await say('actie HH-2041 @yara maandag Budgetplan maken', world.ids.sander);
    clock.set(new Date('2026-12-09T08:00:00Z'));
    const mine = await say('acties', world.ids.yara);
    const text = visibleText(mine);
    expect(text.indexOf('Budgetplan maken')).toBeLessThan(text.indexOf('Gesprek met school'));
    expect(text).toMatch(/uiterlijk 7 dec · te laat/);
    expect(mine.blocks.filter((b) => b.type === 'buttons')).toHaveLength(2);

    await say('afwezig 21-12 tot 3-1 @sander', world.ids.yara);
    const home = visibleText(await router.showHome({ locale: 'nl', actor: actor(world.ids.yara) }));
    expect(home).toContain('Budgetplan maken');
    expect(home).toContain('Klaar');
    expect(home).toContain('21 dec 2026 tot en met 3 jan 2027');
    expect(home).toContain('vervanger Sander Proefmans');
  });

  it('records a decision: details privately, the count in a channel', async () => {
    const mine = visibleText(await say('besluit HH-2041 Samen schuldhulp aanvragen', world.ids.sander));
    expect(mine).toContain('Besluit vastgelegd voor HH-2041.');
    expect(mine).toContain('Samen schuldhulp aanvragen');
    const shared = visibleText(
      await say('decision HH-2041 Contact the school together', world.ids.sander, {
        shared: true,
        locale: 'en',
      }),
    );
    expect(shared).toContain('HH-2041: 1 decision recorded.');
    expect(shared).not.toContain('school');
    expect(await db().prisma.decision.count()).toBe(2);
  });

  it('records an absence with a deputy in Dutch and English and lists the coming ones', async () => {
    const nl = visibleText(await say('afwezig 21-12 tot 3-1 @yara', world.ids.sander));
    expect(nl).toBe(
      'Afwezigheid vastgelegd: 21 dec 2026 tot en met 3 jan 2027. Yara Denkbeeld neemt het over.',
    );
    const en = visibleText(await say('away 1 February to 5 February', world.ids.sander, { locale: 'en' }));
    expect(en).toBe('Absence recorded: 1 Feb 2027 to 5 Feb 2027.');
    const list = visibleText(await say('afwezig', world.ids.sander));
    expect(list).toContain('21 dec 2026 tot en met 3 jan 2027');
    expect(list).toContain('vervanger Yara Denkbeeld');
    expect(await db().prisma.absence.count()).toBe(2);
  });

  it('takes the minutes of the latest conference: problems all at once, then recorded and announced', async () => {
    const form = await say('verslag', world.ids.sander);
    const text = visibleText(form);
    expect(text).toContain('HH-2041: besluit');
    expect(text).toContain('HH-2043: acties');
    const formId = formIdOf(form);
    const values = {
      present: [world.ids.sander, world.ids.yara, world.ids.koen].join(','),
      'decision-0': 'Samen schuldhulp aanvragen',
      'domain-0': 'financien',
      'agreed-0': 'yes',
      'actions-0': '@yara maandag Aanvraag schuldhulp indienen\n@koen Gesprek met school',
      'actions-1': '@ruben over 2 weken Thuiszorg uitbreiden',
    };
    const wrong = visibleText(await submit(formId, values, world.ids.sander));
    expect(wrong).toContain('HH-2041, actieregel 2:');
    expect(await db().prisma.action.count()).toBe(0);

    const recorded = await submit(
      formId,
      {
        ...values,
        'actions-0': '@yara maandag Aanvraag schuldhulp indienen\n@koen over 2 weken Gesprek met school',
      },
      world.ids.sander,
    );
    const summary = visibleText(recorded);
    expect(summary).toContain('Verslag vastgelegd: 3 aanwezig, 1 afwezig.');
    expect(summary).toContain('Aanvraag schuldhulp indienen');
    expect(await db().prisma.action.count()).toBe(3);
    expect(await db().prisma.decision.count()).toBe(1);
    const toChannel = await db().prisma.outboxMessage.findMany({
      where: { target: `channel:${world.channelId}` },
    });
    const lines = toChannel.map((m) => JSON.stringify(m.view)).join('\n');
    expect(lines).toContain('HH-2041: 1 besluit, 2 acties vastgelegd.');
    expect(lines).toContain('HH-2043: 1 actie vastgelegd.');
    expect(lines).not.toContain('schuldhulp');
    expect(JSON.stringify((await outboxTo(world.ids.yara)).map((m) => m.view))).toContain(
      'Aanvraag schuldhulp indienen',
    );
  });

  it('shows the case team the latest decisions and open actions in the household view', async () => {
    await say('besluit HH-2041 Samen schuldhulp aanvragen', world.ids.sander);
    await say('actie HH-2041 @yara maandag Budgetplan maken', world.ids.sander);
    const view = visibleText(await say('huishouden HH-2041', world.ids.sander));
    expect(view).toContain('Laatste besluiten');
    expect(view).toContain('Samen schuldhulp aanvragen');
    expect(view).toContain('Open acties');
    expect(view).toContain('*HH-2041* (Yara Denkbeeld): Budgetplan maken');
  });
});
