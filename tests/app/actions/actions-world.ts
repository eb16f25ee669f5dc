import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../src/app/actor.ts';
import { createRouter, type Router } from '../../../src/app/router.ts';
import { loadConfig } from '../../../src/config.ts';
import { composeFeatures } from '../../../src/features.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import type { View } from '../../../src/views/view-model.ts';
import { truncateAll } from '../../support/databases.ts';

/**
 * The demo team on a Friday morning (4 December 2026, 09:00 in Amsterdam), for the actions tests of the router
 * and of every channel. Sander coordinates HH-2041 (with Yara, Koen and Esra); Esra works Tuesday to Thursday,
 * so "vrijdag" for her is moved to Thursday 10 December. Yesterday's conference was about HH-2041 and HH-2043.
 */
export const FRIDAY = new Date('2026-12-04T08:00:00Z');

export interface ActionsWorld {
  ids: Record<'sander' | 'yara' | 'koen' | 'esra' | 'latifa' | 'ruben', string>;
  hh2041: string;
  conferenceId: string;
  channelId: string;
}

/** A clock tests can move. */
export function movableClock(start = FRIDAY) {
  let now = start;
  return {
    now: () => now,
    set(to: Date) {
      now = to;
    },
  };
}

/** The router the channels reach, with every feature as the server composes it. */
export function actionsRouter(db: Database, clock: { now: () => Date } = { now: () => FRIDAY }): Router {
  const config = loadConfig({ TIME_ZONE: 'Europe/Amsterdam' });
  return createRouter({
    features: composeFeatures(db, config, clock).features,
    clock,
    timeZone: 'Europe/Amsterdam',
  });
}

export async function seedActionsWorld(db: Database): Promise<ActionsWorld> {
  const prisma = db.prisma;
  await truncateAll(db);
  await seedDemo(db, { clock: { now: () => FRIDAY } });
  const idOf = async (key: string) =>
    (await prisma.professional.findUniqueOrThrow({ where: { externalKey: key } })).id;
  const ids = {
    sander: await idOf('demo-sander'),
    yara: await idOf('demo-yara'),
    koen: await idOf('demo-koen'),
    esra: await idOf('demo-esra'),
    latifa: await idOf('demo-latifa'),
    ruben: await idOf('demo-ruben'),
  };
  const hh2041 = await prisma.household.findFirstOrThrow({ where: { reference: 'HH-2041' } });
  const hh2043 = await prisma.household.findFirstOrThrow({ where: { reference: 'HH-2043' } });
  const conference = await prisma.caseConference.create({
    data: {
      teamId: hh2041.teamId,
      startsAt: new Date('2026-12-03T09:00:00Z'),
      endsAt: new Date('2026-12-03T10:30:00Z'),
      status: 'scheduled',
      icsUid: `casus-${randomUUID()}@casus`,
      organizerId: ids.sander,
      households: { create: [{ householdId: hh2041.id }, { householdId: hh2043.id }] },
      attendances: {
        create: [
          { professionalId: ids.sander, rsvp: 'accepted' },
          { professionalId: ids.yara, rsvp: 'accepted' },
          { professionalId: ids.koen, rsvp: 'accepted' },
          { professionalId: ids.ruben, rsvp: 'accepted' },
        ],
      },
    },
  });
  const channel = await prisma.teamChannel.create({
    data: { teamId: hh2041.teamId, platform: 'tryout', channelId: 'team-oost', name: 'buurtteam-oost' },
  });
  return { ids, hh2041: hh2041.id, conferenceId: conference.id, channelId: channel.id };
}

/** Sander (or anyone) as the try-out page names them. */
export function actor(professionalId: string): Actor {
  return { professionalId, displayName: 'test', channel: 'tryout' };
}

/** The first button of a kind in a view: its value, to press it. */
export function buttonValue(view: View, actionId: string): string {
  for (const block of view.blocks)
    if (block.type === 'buttons')
      for (const b of block.buttons) if (b.actionId === actionId && b.value) return b.value;
  throw new Error(`no ${actionId} button in ${JSON.stringify(view.blocks)}`);
}
