import { beforeEach, expect, it } from 'vitest';
import type { Router } from '../../../src/app/router.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { encodeActionValue } from '../../../src/views/action-payload.ts';
import type { View } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import {
  type ActionsWorld,
  actionsRouter,
  actor,
  buttonValue,
  seedActionsWorld,
} from '../actions/actions-world.ts';
import { buttonsOf, visibleText } from '../view-text.ts';

/** Monday 7 December 2026, 10:00 in Amsterdam. */
const MONDAY = new Date('2026-12-07T09:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * `overzicht` / `digest` through the router, as Slack, Teams and the try-out page reach it: the team digest as a
 * preview (references only), privately the person's own above it; "show more"; the personal digest's opt-out.
 */
describeEachDatabase('the weekly digest in chat', (db) => {
  let world: ActionsWorld;
  let router: Router;

  beforeEach(async () => {
    world = await seedActionsWorld(db());
    router = actionsRouter(db(), { now: () => MONDAY });
    await db().prisma.action.create({
      data: {
        householdId: world.hh2041,
        ownerId: world.ids.sander,
        description: 'Geheime tekst: woningcorporatie bellen',
        dueOn: day('2026-12-09'),
      },
    });
  });

  const say = (text: string, who: string, shared = false, locale: 'nl' | 'en' = 'nl') =>
    router.handleText({ text, locale, actor: actor(who), conversation: shared ? 'shared' : 'private' });
  const press = (actionId: string, value: string | undefined, who: string, shared = false) =>
    router.handleAction({
      actionId,
      value,
      locale: 'nl',
      actor: actor(who),
      conversation: shared ? 'shared' : 'private',
    });

  it('shows the team digest as a preview in a channel, households by reference only', async () => {
    const text = visibleText(await say('overzicht', world.ids.sander, true));
    expect(text).toContain('Voorbeeld: weekoverzicht');
    expect(text).toContain('week 50');
    expect(text).toContain('Acties met deadline deze week');
    expect(text).toContain('HH-2041');
    expect(text).not.toContain('Geheime tekst');
    expect(text).not.toContain('Jouw week');
  });

  it('privately adds the person’s own week, with what to do and an opt-out button', async () => {
    const answer = await say('overzicht', world.ids.sander);
    const text = visibleText(answer);
    expect(text).toContain('Jouw week 50');
    expect(text).toContain('Geheime tekst: woningcorporatie bellen');
    expect(text.indexOf('Jouw week')).toBeLessThan(text.indexOf('Voorbeeld: weekoverzicht'));
    expect(buttonsOf(answer).map((b) => b.actionId)).toContain('digest.opt-out');
  });

  it('answers in English to digest and overview', async () => {
    for (const word of ['digest', 'overview']) {
      const text = visibleText(await say(word, world.ids.sander, true, 'en'));
      expect(text).toContain('Preview: weekly digest');
      expect(text).toContain('Actions due this week');
    }
  });

  it('is what the help card’s overzicht button opens', async () => {
    const help = await say('hulp', world.ids.sander, true);
    const value = buttonsOf(help).find((b) => b.value?.includes('"digest"'))?.value;
    expect(value).toBeDefined();
    const text = visibleText(await press('help.command', value, world.ids.sander, true));
    expect(text).toContain('Voorbeeld: weekoverzicht');
  });

  it('turns the personal digest off and on again', async () => {
    const off = await press('digest.opt-out', undefined, world.ids.sander);
    expect(visibleText(off)).toContain('Je krijgt geen persoonlijk weekoverzicht meer');
    expect(await optedOut(db(), world.ids.sander)).toBe(true);
    const on = await press('digest.opt-in', buttonValueOrEmpty(off, 'digest.opt-in'), world.ids.sander);
    expect(visibleText(on)).toContain('weer elke week');
    expect(await optedOut(db(), world.ids.sander)).toBe(false);
  });

  it('cuts a long section short with a button that sends the whole list privately', async () => {
    const { teamId } = await db().prisma.household.findUniqueOrThrow({ where: { id: world.hh2041 } });
    await db().prisma.household.createMany({
      data: Array.from({ length: 13 }, (_, i) => ({ teamId, reference: `HH-${9100 + i}` })),
    });
    const households = await db().prisma.household.findMany({
      where: { reference: { startsWith: 'HH-91' } },
      select: { id: true },
    });
    const owners = [
      world.ids.sander,
      world.ids.yara,
      world.ids.koen,
      world.ids.esra,
      world.ids.latifa,
      world.ids.ruben,
    ];
    // Twelve households per line: 6 owners with 13 overdue households each make 12 lines.
    await db().prisma.action.createMany({
      data: owners.flatMap((ownerId) =>
        Array.from({ length: 13 }, (_, i) => ({
          householdId: households[i % households.length]!.id,
          ownerId,
          description: 'Te laat',
          dueOn: day('2026-11-20'),
        })),
      ),
    });
    const digest = await say('overzicht', world.ids.sander, true);
    expect(visibleText(digest)).toContain('En nog 4.');
    const more = buttonValue(digest, 'digest.more');
    expect(JSON.parse(more)).toMatchObject({ section: 'overdue' });

    // In the channel: the message stays the digest; the list goes to the presser by direct message.
    const inChannel = await press('digest.more', more, world.ids.sander, true);
    expect(visibleText(inChannel)).toContain('Weekoverzicht');
    const dm = await db().prisma.outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: 'digest-more:' } },
    });
    expect(dm.length).toBeGreaterThan(0);
    expect(dm.every((m) => m.target === `user:${world.ids.sander}`)).toBe(true);
    expect(visibleText(dm[0]!.view as unknown as View)).not.toContain('En nog');

    // Privately: the whole list as the answer.
    const full = visibleText(await press('digest.more', more, world.ids.sander));
    expect(full).toContain('Acties over de deadline, week 50 (');
    expect(full).not.toContain('En nog');
  });

  it('does not show another team’s digest', async () => {
    const value = encodeActionValue('digest.more', { teamId: 'another-team', section: 'due' });
    expect(visibleText(await press('digest.more', value, world.ids.sander))).toContain(
      'team waar je niet in zit',
    );
    expect(visibleText(await say('overzicht', 'nobody-known'))).toContain('geen weekoverzicht');
  });
});

function buttonValueOrEmpty(view: View, actionId: string): string | undefined {
  return buttonsOf(view).find((b) => b.actionId === actionId)?.value;
}

async function optedOut(db: Database, id: string): Promise<boolean> {
  return (await db.prisma.professional.findUniqueOrThrow({ where: { id } })).digestOptOut;
}
