import type { Actor } from '../../../src/app/actor.ts';
import { rotationFeature } from '../../../src/app/rotations/rotation-feature.ts';
import { createRouter, type Router } from '../../../src/app/router.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import {
  createRotationUnitOfWork,
  rotationStoreOf,
} from '../../../src/infra/db/repositories/rotation-repository.ts';
import { truncateAll } from '../../support/databases.ts';

/**
 * Buurtteam Oost on Wednesday 16 December 2026, 10:00 in Amsterdam: Carla coaches (32 h), Mo (32 h), Noor
 * (16 h) and Piet (36 h) are members; everyone uses the try-out page. No rotations yet.
 */
export const NOW = new Date('2026-12-16T09:00:00Z');
export const ZONE = 'Europe/Amsterdam';

export interface RotationWorld {
  teamId: string;
  carla: string;
  mo: string;
  noor: string;
  piet: string;
}

export const work = (db: Database) => createRotationUnitOfWork(db.prisma, { timeZone: ZONE });
export const store = (db: Database) => rotationStoreOf(db.prisma, { timeZone: ZONE });

export function rotationRouter(db: Database, now = NOW): Router {
  return createRouter({
    features: [rotationFeature({ store: store(db), work: work(db), defaultLocale: 'nl' })],
    clock: { now: () => now },
    timeZone: ZONE,
  });
}

export function actor(professionalId: string): Actor {
  return { professionalId, displayName: 'test', channel: 'tryout' };
}

export async function seedRotationWorld(db: Database): Promise<RotationWorld> {
  const prisma = db.prisma;
  await truncateAll(db);
  const org = await prisma.organisation.create({ data: { name: 'Gemeente Oost' } });
  const team = await prisma.team.create({ data: { slug: 'oost', name: 'Buurtteam Oost' } });
  const person = async (key: string, name: string, contractHours: number, role: 'coach' | 'member') => {
    const p = await prisma.professional.create({
      data: {
        externalKey: key,
        name,
        organisationId: org.id,
        contractHours,
        identities: { create: [{ platform: 'tryout', externalUserId: `tryout-${key}` }] },
      },
    });
    await prisma.teamMembership.create({ data: { teamId: team.id, professionalId: p.id, role } });
    return p.id;
  };
  return {
    teamId: team.id,
    carla: await person('carla', 'Carla Coach', 32, 'coach'),
    mo: await person('mo', 'Mo Maas', 32, 'member'),
    noor: await person('noor', 'Noor Nap', 16, 'member'),
    piet: await person('piet', 'Piet Post', 36, 'member'),
  };
}
