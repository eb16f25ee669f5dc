import { randomUUID } from 'node:crypto';
import type { Database } from '../../../src/infra/db/database.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import type { View } from '../../../src/views/view-model.ts';
import { truncateAll } from '../../support/databases.ts';

/** Tuesday 17 November 2026, 14:00–15:30 in Amsterdam (13:00–14:30 UTC). */
export const STARTS_AT = new Date('2026-11-17T13:00:00Z');
export const ENDS_AT = new Date('2026-11-17T14:30:00Z');
/** A week before the conference: when people answer. */
export const BEFORE = new Date('2026-11-10T09:00:00Z');

export interface DemoWorld {
  teamId: string;
  /** Professional ids by demo key without the `demo-` prefix (sander, yara, koen, esra, coach…). */
  people: Record<string, string>;
  households: Record<string, string>;
  channelId: string;
}

/**
 * A clean demo team with a try-out channel; Yara reads English, Sander is on Slack and the try-out page,
 * Esra has no chat identity at all.
 */
export async function freshDemo(db: Database): Promise<DemoWorld> {
  await truncateAll(db);
  await seedDemo(db, { clock: { now: () => BEFORE } });
  const { prisma } = db;
  const team = await prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
  const people = Object.fromEntries(
    (await prisma.professional.findMany({ select: { id: true, externalKey: true } })).map((p) => [
      p.externalKey.replace(/^demo-/, ''),
      p.id,
    ]),
  );
  const households = Object.fromEntries(
    (await prisma.household.findMany({ select: { id: true, reference: true } })).map((h) => [
      h.reference,
      h.id,
    ]),
  );
  await prisma.professional.update({ where: { id: people.yara }, data: { locale: 'en' } });
  await prisma.platformIdentity.create({
    data: {
      professionalId: people.sander as string,
      platform: 'slack',
      workspace: 'T1',
      externalUserId: 'U_SANDER',
    },
  });
  await prisma.platformIdentity.deleteMany({ where: { professionalId: people.esra } });
  const channel = await prisma.teamChannel.create({
    data: { teamId: team.id, platform: 'tryout', channelId: 'team-oost', name: 'buurtteam-oost' },
  });
  return { teamId: team.id, people, households, channelId: channel.id };
}

export interface ConferenceOptions {
  household?: string;
  startsAt?: Date;
  endsAt?: Date;
  status?: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  /** demo keys → role and discipline. */
  attendees?: Record<string, { role: 'required' | 'optional'; discipline?: string }>;
}

/**
 * A scheduled conference about HH-2041 at the household's home, organised by its coordinator Sander, with
 * Sander (social work), Yara (debt counselling), Koen (youth care) and Esra (housing, optional).
 */
export async function createConference(db: Database, world: DemoWorld, options: ConferenceOptions = {}) {
  const attendees = options.attendees ?? {
    sander: { role: 'required', discipline: 'maatschappelijk_werk' },
    yara: { role: 'required', discipline: 'schuldhulp' },
    koen: { role: 'required', discipline: 'jeugd' },
    esra: { role: 'optional', discipline: 'wonen' },
  };
  const conference = await db.prisma.caseConference.create({
    data: {
      teamId: world.teamId,
      startsAt: options.startsAt ?? STARTS_AT,
      endsAt: options.endsAt ?? ENDS_AT,
      location: 'home',
      status: options.status ?? 'scheduled',
      organizerId: world.people.sander,
      residentInvited: true,
      icsUid: `${randomUUID()}@casus.test`,
      households: { create: [{ householdId: world.households[options.household ?? 'HH-2041'] as string }] },
      attendances: {
        create: Object.entries(attendees).map(([key, a]) => ({
          professionalId: world.people[key] as string,
          role: a.role,
          disciplineCode: a.discipline ?? null,
        })),
      },
    },
  });
  return conference;
}

export interface QueuedRow {
  idempotencyKey: string;
  platform: string;
  target: string;
  view: View;
}

export async function outboxRows(db: Database, keyPrefix: string): Promise<QueuedRow[]> {
  const rows = await db.prisma.outboxMessage.findMany({
    where: { idempotencyKey: { startsWith: keyPrefix } },
    orderBy: { idempotencyKey: 'asc' },
    select: { idempotencyKey: true, platform: true, target: true, view: true },
  });
  return rows.map((row) => ({ ...row, view: row.view as unknown as View }));
}

/** A stand-in for the personal .ics link (the real one carries the person's feed token). */
export const testInviteLink = async (_tx: unknown, professionalId: string, icsUid: string) =>
  `https://casus.test/invite/${professionalId}/${icsUid}.ics`;
