import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../src/app/actor.ts';
import { createRouter, type Router } from '../../../src/app/router.ts';
import { settingsFeature } from '../../../src/app/settings/settings-feature.ts';
import { teamViewFeature } from '../../../src/app/team-view/team-view-feature.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { createTeamSettingsStore } from '../../../src/infra/db/repositories/chat-settings-repository.ts';
import { createTeamViewStore } from '../../../src/infra/db/repositories/team-view-repository.ts';
import { truncateAll } from '../../support/databases.ts';

/**
 * Buurtteam Noord on Friday 4 December 2026, 09:00 in Amsterdam (ISO week 49), coached by Carla, who also
 * coaches Buurtteam Zuid; Mo is a member. What happened in the last weeks, and what the team view must show:
 * - conferences: W48 one held with a deputy and one cancelled (0% as planned), W49 one held as planned (100%),
 *   one next week (not counted yet);
 * - actions: one recorded Monday 23 Nov and done Thursday 26 Nov (3 working days, W48); one due 20 Nov still
 *   open (overdue from the end of W47); one due 3 Dec still open (overdue now);
 * - households: H-1 open with Mo since September and Carla since 20 Nov; H-2 closed on 10 Nov with Mo.
 */
export const NOW = new Date('2026-12-04T08:00:00Z');
const ZONE = 'Europe/Amsterdam';

export interface TeamWorld {
  carla: string;
  mo: string;
  noord: string;
  zuid: string;
}

export function teamRouter(db: Database, now = NOW): Router {
  return createRouter({
    features: [
      teamViewFeature({ store: createTeamViewStore(db.prisma) }),
      settingsFeature({ store: createTeamSettingsStore(db.prisma) }),
    ],
    clock: { now: () => now },
    timeZone: ZONE,
  });
}

export function actor(professionalId: string): Actor {
  return { professionalId, displayName: 'test', channel: 'tryout' };
}

export async function seedTeamWorld(db: Database): Promise<TeamWorld> {
  const prisma = db.prisma;
  await truncateAll(db);
  const org = await prisma.organisation.create({ data: { name: 'Gemeente Noord' } });
  const person = (key: string, name: string) =>
    prisma.professional.create({ data: { externalKey: key, name, organisationId: org.id } });
  const carla = await person('carla', 'Carla');
  const mo = await person('mo', 'Mo');
  const noord = await prisma.team.create({ data: { slug: 'noord', name: 'Buurtteam Noord' } });
  const zuid = await prisma.team.create({ data: { slug: 'zuid', name: 'Buurtteam Zuid' } });
  await prisma.teamMembership.createMany({
    data: [
      { teamId: noord.id, professionalId: carla.id, role: 'coach' },
      { teamId: zuid.id, professionalId: carla.id, role: 'coach' },
      { teamId: noord.id, professionalId: mo.id, role: 'member' },
    ],
  });

  const at = (iso: string) => new Date(iso);
  const h1 = await prisma.household.create({
    data: { teamId: noord.id, reference: 'H-1', createdAt: at('2026-09-01T08:00:00Z') },
  });
  const h2 = await prisma.household.create({
    data: {
      teamId: noord.id,
      reference: 'H-2',
      createdAt: at('2026-09-01T08:00:00Z'),
      planClosedAt: at('2026-11-10T08:00:00Z'),
    },
  });
  await prisma.householdInvolvement.createMany({
    data: [
      { householdId: h1.id, professionalId: mo.id, since: at('2026-09-01T08:00:00Z') },
      { householdId: h1.id, professionalId: carla.id, since: at('2026-11-20T08:00:00Z') },
      { householdId: h2.id, professionalId: mo.id, since: at('2026-09-01T08:00:00Z') },
    ],
  });

  const conference = async (
    start: string,
    status: 'scheduled' | 'held' | 'cancelled',
    event?: 'deputy_added',
  ) => {
    const startsAt = at(start);
    const created = await prisma.caseConference.create({
      data: {
        teamId: noord.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        status,
        icsUid: `casus-${randomUUID()}@casus`,
        households: { create: [{ householdId: h1.id }] },
      },
    });
    if (event)
      await prisma.conferenceEvent.create({
        data: {
          conferenceId: created.id,
          kind: event,
          leadMinutes: 60,
          at: new Date(startsAt.getTime() - 3_600_000),
        },
      });
  };
  await conference('2026-11-24T09:00:00Z', 'held', 'deputy_added');
  await conference('2026-11-26T09:00:00Z', 'cancelled');
  await conference('2026-12-03T09:00:00Z', 'held');
  await conference('2026-12-08T09:00:00Z', 'scheduled');

  const action = async (created: string, dueOn: string, done?: string) => {
    const a = await prisma.action.create({
      data: {
        householdId: h1.id,
        ownerId: mo.id,
        description: 'Iets regelen',
        dueOn: at(dueOn),
        status: done ? 'done' : 'open',
        doneAt: done ? at(done) : null,
        createdAt: at(created),
      },
    });
    await prisma.actionEvent.create({
      data: { actionId: a.id, kind: 'recorded', at: at(created), dueOn: at(dueOn) },
    });
    if (done) await prisma.actionEvent.create({ data: { actionId: a.id, kind: 'done', at: at(done) } });
  };
  await action('2026-11-23T09:00:00Z', '2026-11-27', '2026-11-26T09:00:00Z');
  await action('2026-11-16T09:00:00Z', '2026-11-20');
  await action('2026-12-01T09:00:00Z', '2026-12-03');

  return { carla: carla.id, mo: mo.id, noord: noord.id, zuid: zuid.id };
}
