import { beforeEach, expect, it } from 'vitest';
import { announceTurns } from '../../../src/app/rotations/announce-turns.ts';
import { overrideTurn } from '../../../src/app/rotations/override-turn.ts';
import { readRotationSchedule } from '../../../src/app/rotations/rotation-turns.ts';
import type { Router } from '../../../src/app/router.ts';
import type { View } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { visibleText } from '../view-text.ts';
import {
  actor,
  NOW,
  type RotationWorld,
  rotationRouter,
  seedRotationWorld,
  store,
  work,
} from './rotation-world.ts';

const buttonsOf = (view: View) => view.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []));
const formOf = (view: View) => view.blocks.flatMap((b) => (b.type === 'form' ? [b.form] : []))[0];

/** A weekly chair from Monday 21 December: Piet (36 h), Mo (32 h), Noor (16 h, her first after both). */
const CHAIR = {
  role: 'Voorzitter',
  duty: 'chair',
  members: 'mo,noor,piet',
  cadence: 'weeks',
  everyWeeks: '1',
  startsOn: '2026-12-21',
  pinned: 'none',
};

describeEachDatabase('rotations in chat', (db) => {
  let world: RotationWorld;
  let router: Router;
  beforeEach(async () => {
    world = await seedRotationWorld(db());
    router = rotationRouter(db());
  });
  const say = (text: string, who: string, locale: 'nl' | 'en' = 'nl') =>
    router.handleText({ text, locale, actor: actor(who), conversation: 'private' });
  const submit = (formId: string, values: Record<string, string>, who: string, locale: 'nl' | 'en' = 'nl') =>
    router.handleForm({ formId, values, locale, actor: actor(who), conversation: 'private' });
  const press = (button: { actionId: string; value?: string }, who: string, locale: 'nl' | 'en' = 'nl') =>
    router.handleAction({
      actionId: button.actionId,
      value: button.value,
      locale,
      actor: actor(who),
      conversation: 'private',
    });

  it('gives a coach the set-up form and a member a clear refusal', async () => {
    const form = formOf(await say('rooster instellen', world.carla));
    expect(form?.fields.map((f) => f.id)).toEqual([
      'role',
      'duty',
      'members',
      'cadence',
      'everyWeeks',
      'weekdays',
      'startsOn',
      'pinned',
    ]);
    expect(visibleText(await say('rotation setup', world.mo, 'en'))).toBe(
      'Only a team coach of Buurtteam Oost can set up rotations. Ask your coach.',
    );
    expect(visibleText(await say('rooster', world.mo))).toContain('Je team heeft nog geen rooster.');
  });

  it('saves a role from the form and shows the turns, mine in bold with Swap… on them', async () => {
    const bad = await submit('rotation-setup', { ...CHAIR, everyWeeks: '0', members: 'mo,mo' }, world.carla);
    expect(visibleText(bad)).toContain('Rol "Voorzitter": elke N weken vraagt een heel getal van 1 tot 52.');
    expect(visibleText(bad)).toContain('Rol "Voorzitter": mo staat er twee keer in.');
    expect(await db().prisma.rotation.count()).toBe(0);
    const saved = await submit('rotation-setup', CHAIR, world.carla);
    expect(visibleText(saved)).toContain('Het rooster "Voorzitter" staat klaar.');
    const mine = await say('rotation', world.mo, 'en');
    const text = visibleText(mine);
    expect(text).toContain('Rotations of Buurtteam Oost');
    expect(text).toContain('21 Dec: Piet Post');
    expect(text).toContain('*28 Dec: Mo Maas (you)*');
    expect(buttonsOf(mine).map((b) => b.label)).toEqual(['Swap Voorzitter 28 Dec', 'Swap Voorzitter 11 Jan']);
    // A coach also gets the button to set up (another) role.
    expect(buttonsOf(await say('rooster', world.carla)).map((b) => b.label)).toContain('Rol instellen');
  });

  it('swaps a turn once both agreed: the asker by asking, the other by pressing Accept', async () => {
    await submit('rotation-setup', CHAIR, world.carla);
    const [swap] = buttonsOf(await say('rooster', world.mo));
    const pick = formOf(await press(swap!, world.mo));
    const other = pick?.fields[0];
    expect(other?.kind === 'select' ? other.options.map((o) => o.label) : []).toEqual([
      'Noor Nap',
      'Piet Post',
    ]);
    const asked = await submit(pick!.formId, { other: 'noor' }, world.mo);
    expect(visibleText(asked)).toBe(
      'Noor Nap is gevraagd je beurt als Voorzitter op 28 dec over te nemen. Je hoort het als er antwoord is.',
    );
    // Nothing changed yet: Noor has not answered.
    const before = await readRotationSchedule(store(db()))({
      teamId: world.teamId,
      from: '2026-12-28',
      weeks: 1,
    });
    expect(before.rotations[0]?.turns[0]).toMatchObject({ member: 'mo' });
    // Noor's request, as queued for her, carries Accept and Decline.
    const message = await db().prisma.outboxMessage.findFirstOrThrow({
      where: { idempotencyKey: { startsWith: 'rotation-swap:' } },
    });
    const request = message.view as unknown as View;
    expect(visibleText(request)).toContain(
      'Mo Maas vraagt of jij de beurt als Voorzitter op 28 dec overneemt.',
    );
    const accept = buttonsOf(request).find((b) => b.label === 'Akkoord')!;
    expect(visibleText(await press(accept, world.mo))).toBe('Dit ruilverzoek is niet aan jou gericht.');
    expect(visibleText(await press(accept, world.noor))).toBe(
      'Geregeld: jij bent Voorzitter op 28 dec in plaats van Mo Maas.',
    );
    expect(visibleText(await press(accept, world.noor))).toBe('Dit ruilverzoek is al beantwoord.');
    const after = await readRotationSchedule(store(db()))({
      teamId: world.teamId,
      from: '2026-12-21',
      weeks: 4,
    });
    expect(after.rotations[0]?.turns.map((t) => [t.date, t.member, t.reason])).toEqual([
      ['2026-12-21', 'piet', undefined],
      ['2026-12-28', 'noor', 'swap'],
      ['2027-01-04', 'mo', undefined],
      ['2027-01-11', 'piet', undefined],
    ]);
    expect(
      await db().prisma.outboxMessage.count({ where: { idempotencyKey: { startsWith: `rotation-swap:` } } }),
    ).toBe(2);
  });

  it('starts a colleague added to a running role level with the others', async () => {
    // Mo and Piet have chaired since November (announced turns are stored); the coach adds Noor today.
    await submit('rotation-setup', { ...CHAIR, members: 'mo,piet', startsOn: '2026-11-02' }, world.carla);
    const rotation = await db().prisma.rotation.findFirstOrThrow();
    const past = [
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
    ];
    await db().prisma.rotationTurn.createMany({
      data: past.map((date, i) => ({
        rotationId: rotation.id,
        turnOn: new Date(`${date}T00:00:00Z`),
        professionalId: i % 2 === 0 ? world.piet : world.mo,
        announcedAt: new Date(`${date}T07:00:00Z`),
      })),
    });
    await submit(
      'rotation-setup',
      { ...CHAIR, members: 'mo,piet,noor', startsOn: '2026-11-02' },
      world.carla,
    );
    const turns = (
      await readRotationSchedule(store(db()))({ teamId: world.teamId, from: '2026-12-21', weeks: 6 })
    ).rotations[0]?.turns.map((t) => t.member);
    // Noor (16 h) starts level with Mo (the lower of the two per hour) and takes her share, not a run of turns.
    expect(turns).toEqual(['mo', 'piet', 'noor', 'mo', 'piet', 'mo']);
  });

  it('lets a coach override one turn, and nobody else', async () => {
    await submit('rotation-setup', CHAIR, world.carla);
    const request = { teamId: world.teamId, role: 'voorzitter', date: '2027-01-04', memberKey: 'carla' };
    expect(
      await overrideTurn(work(db()), { ...request, actor: { id: world.mo, channel: 'tryout' } }),
    ).toMatchObject({
      kind: 'not-a-coach',
    });
    expect(
      await overrideTurn(work(db()), {
        ...request,
        memberKey: 'piet',
        actor: { id: world.carla, channel: 'tryout' },
      }),
    ).toMatchObject({
      kind: 'done',
      name: 'Piet Post',
    });
    const turns = (
      await readRotationSchedule(store(db()))({ teamId: world.teamId, from: '2027-01-04', weeks: 1 })
    ).rotations[0]?.turns;
    expect(turns).toEqual([
      { date: '2027-01-04', member: 'piet', memberName: 'Piet Post', reason: 'override' },
    ]);
  });

  it('announces each turn to its holder once, a working day before', async () => {
    await submit('rotation-setup', CHAIR, world.carla);
    const announce = announceTurns({ work: work(db()), defaultLocale: 'nl', timeZone: 'Europe/Amsterdam' });
    // Thursday 17 December: Monday's turn is two working days away; nothing yet.
    await announce({ day: '2026-12-17' }, { now: NOW, key: 'k', attempt: 1 });
    expect(await db().prisma.outboxMessage.count()).toBe(0);
    // Friday 18 December: Piet hears about Monday 21 December.
    await announce({ day: '2026-12-18' }, { now: new Date('2026-12-18T07:00:00Z'), key: 'k', attempt: 1 });
    await announce({ day: '2026-12-18' }, { now: new Date('2026-12-18T07:00:00Z'), key: 'k', attempt: 2 });
    const sent = await db().prisma.outboxMessage.findMany();
    expect(sent).toHaveLength(1);
    expect(visibleText(sent[0]!.view as unknown as View)).toContain(
      'Jij bent Voorzitter van Buurtteam Oost op 21 dec.',
    );
    const stored = await db().prisma.rotationTurn.findMany();
    expect(stored.map((t) => [t.professionalId, t.announcedAt !== null])).toEqual([[world.piet, true]]);
    // The next day's run is scheduled.
    expect(await db().prisma.job.count({ where: { key: 'rotation.announce:2026-12-19' } })).toBe(1);
  });
});
