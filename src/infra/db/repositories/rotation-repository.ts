import type {
  RotationStore,
  RotationUnitOfWork,
  StoredSwap,
  SwapStatus,
} from '../../../app/rotations/rotation-store.ts';
import { isLocale } from '../../../domain/locale.ts';
import type { TurnReason } from '../../../domain/rotations/compute-turns.ts';
import { localDateOf } from '../../../domain/slots/zone-offsets.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { workPortsOf } from '../../work/prisma-unit-of-work.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';
import { loadTeamSettings } from './team-settings-repository.ts';

type Client = Prisma.TransactionClient | PrismaClient;

export interface RotationStoreOptions {
  /** The team's zone: conferences and absences are counted on its local dates. */
  timeZone: string;
}

const REASONS: readonly string[] = ['absent', 'swap', 'override'];

/** Storage of rotations (the rules: src/domain/rotations/). Storage only. */
export function rotationStoreOf(db: Client, options: RotationStoreOptions): RotationStore {
  const localDate = (at: Date) => localDateOf(Math.floor(at.getTime() / 60_000), options.timeZone);
  return {
    async teamBySlug(slug) {
      return (await db.team.findUnique({ where: { slug }, select: { id: true, slug: true } })) ?? undefined;
    },
    async teamsOf(professionalId) {
      const rows = await db.teamMembership.findMany({
        where: { professionalId },
        select: { team: { select: { id: true, slug: true } } },
        orderBy: { team: { slug: 'asc' } },
      });
      return rows.map((row) => row.team);
    },
    async rotationTeam(rotationId) {
      const row = await db.rotation.findFirst({
        where: { id: rotationId, active: true },
        select: { teamId: true },
      });
      return row?.teamId;
    },
    async teamsWithRotations() {
      const rows = await db.rotation.findMany({
        where: { active: true },
        distinct: ['teamId'],
        select: { teamId: true },
      });
      return rows.map((row) => row.teamId);
    },
    async read(teamId, until) {
      const team = await db.team.findUnique({
        where: { id: teamId },
        select: {
          id: true,
          slug: true,
          name: true,
          memberships: { select: { professionalId: true, role: true } },
        },
      });
      if (!team) return undefined;
      const settings = await loadTeamSettings(db, teamId);
      const rotations = await db.rotation.findMany({
        where: { teamId, active: true },
        orderBy: [{ createdAt: 'asc' }, { role: 'asc' }],
        include: { members: { orderBy: { position: 'asc' } } },
      });
      const personIds = [
        ...new Set([
          ...team.memberships.map((m) => m.professionalId),
          ...rotations.flatMap((r) => r.members.map((m) => m.professionalId)),
        ]),
      ];
      const untilDate = dateColumn(until);
      const [people, absences, conferences, turns] = await Promise.all([
        db.professional.findMany({
          where: { id: { in: personIds } },
          select: {
            id: true,
            externalKey: true,
            name: true,
            locale: true,
            contractHours: true,
            contractDays: { select: { weekday: true } },
          },
        }),
        db.absence.findMany({
          where: { professionalId: { in: personIds }, startsAt: { lt: untilDate } },
          select: { professionalId: true, startsAt: true, endsAt: true, fromOn: true, toOn: true },
        }),
        db.caseConference.findMany({
          where: { teamId, status: { in: ['scheduled', 'held'] }, startsAt: { lt: untilDate } },
          select: { startsAt: true },
        }),
        db.rotationTurn.findMany({
          where: { rotation: { teamId, active: true }, turnOn: { lt: untilDate } },
          select: {
            rotationId: true,
            turnOn: true,
            professionalId: true,
            reason: true,
            swappedFromId: true,
            announcedAt: true,
          },
        }),
      ]);
      return {
        team: {
          id: team.id,
          slug: team.slug,
          name: team.name,
          settings: settings.rotations,
          coachIds: team.memberships.filter((m) => m.role === 'coach').map((m) => m.professionalId),
          memberIds: team.memberships.map((m) => m.professionalId),
        },
        rotations: rotations.map((r) => ({
          id: r.id,
          role: r.role,
          duty: r.duty ?? null,
          cadence: r.cadence,
          everyWeeks: r.everyWeeks,
          weekdays: r.weekdays,
          startsOn: isoDate(r.startsOn),
          pinnedId: r.pinnedId,
          memberIds: r.members.map((m) => m.professionalId),
          // Every set-up rewrites the row: from that day its members start level (compute-turns.ts).
          levelFrom: localDate(r.updatedAt),
        })),
        people: people.map((p) => ({
          id: p.id,
          key: p.externalKey,
          name: p.name,
          ...(p.locale && isLocale(p.locale) ? { locale: p.locale } : {}),
          contractHours: Number(p.contractHours),
          contractWeekdays: [...new Set(p.contractDays.map((d) => d.weekday))].sort(),
        })),
        absences: absences.map((a) => ({
          personId: a.professionalId,
          from: a.fromOn ? isoDate(a.fromOn) : localDate(a.startsAt),
          // endsAt is the first moment back: the last day away is the local date just before it.
          to: a.toOn ? isoDate(a.toOn) : localDate(new Date(a.endsAt.getTime() - 1)),
        })),
        conferenceDates: [...new Set(conferences.map((c) => localDate(c.startsAt)))].sort(),
        turns: turns.map((t) => ({
          rotationId: t.rotationId,
          date: isoDate(t.turnOn),
          holderId: t.professionalId,
          reason: t.reason && REASONS.includes(t.reason) ? (t.reason as TurnReason) : null,
          swappedFromId: t.swappedFromId,
          announcedAt: t.announcedAt,
        })),
      };
    },
    async idsOfKeys(keys) {
      const rows = await db.professional.findMany({
        where: { externalKey: { in: [...keys] }, active: true },
        select: { id: true, externalKey: true },
      });
      return new Map(rows.map((row) => [row.externalKey, row.id]));
    },
    async replace(teamId, specs, at) {
      const existing = await db.rotation.findMany({ where: { teamId }, select: { id: true, role: true } });
      const byRole = new Map(existing.map((r) => [r.role.toLowerCase(), r.id]));
      const kept = new Set<string>();
      for (const spec of specs) {
        const data = {
          role: spec.role.trim(),
          duty: spec.duty ?? null,
          cadence: spec.cadence,
          everyWeeks: spec.everyWeeks ?? 1,
          weekdays: [...(spec.weekdays ?? [])],
          startsOn: dateColumn(spec.startsOn),
          pinnedId: spec.pinnedId,
          active: true,
          // The request's time rather than the database's, so "from the set-up on" follows the caller's clock.
          updatedAt: at,
        };
        const found = byRole.get(data.role.toLowerCase());
        const id = found
          ? (await db.rotation.update({ where: { id: found }, data, select: { id: true } })).id
          : (await db.rotation.create({ data: { ...data, teamId }, select: { id: true } })).id;
        kept.add(id);
        await db.rotationMember.deleteMany({ where: { rotationId: id } });
        await db.rotationMember.createMany({
          data: spec.memberIds.map((professionalId, position) => ({
            rotationId: id,
            professionalId,
            position,
          })),
        });
      }
      const dropped = existing.filter((r) => !kept.has(r.id)).map((r) => r.id);
      if (dropped.length > 0) {
        await db.rotation.updateMany({ where: { id: { in: dropped } }, data: { active: false } });
      }
    },
    async setTurn(turn) {
      const data = {
        professionalId: turn.holderId,
        reason: turn.reason ?? null,
        swappedFromId: turn.swappedFromId ?? null,
        ...(turn.announcedAt !== undefined ? { announcedAt: turn.announcedAt } : {}),
      };
      await db.rotationTurn.upsert({
        where: { rotationId_turnOn: { rotationId: turn.rotationId, turnOn: dateColumn(turn.date) } },
        create: { rotationId: turn.rotationId, turnOn: dateColumn(turn.date), ...data },
        update: data,
      });
    },
    async createSwap(swap) {
      const row = await db.rotationSwap.create({
        data: {
          rotationId: swap.rotationId,
          turnOn: dateColumn(swap.turnOn),
          askedById: swap.askedById,
          otherId: swap.otherId,
          askedAt: swap.at,
        },
        select: { id: true },
      });
      return row.id;
    },
    async swap(id) {
      const row = await db.rotationSwap.findUnique({
        where: { id },
        include: { rotation: { select: { teamId: true } } },
      });
      if (!row) return undefined;
      return {
        id: row.id,
        rotationId: row.rotationId,
        teamId: row.rotation.teamId,
        turnOn: isoDate(row.turnOn),
        askedById: row.askedById,
        otherId: row.otherId,
        status: row.status as SwapStatus,
      } satisfies StoredSwap;
    },
    async answerSwap(id, status, at) {
      // Only a pending swap moves on: a second press (or a press after a withdrawal) changes nothing.
      const moved = await db.rotationSwap.updateMany({
        where: { id, status: 'pending' },
        data: { status, answeredAt: at },
      });
      return moved.count === 1;
    },
  };
}

/** One transaction per rotation change: the store, and the outbox, scheduler and access log on it. */
export function createRotationUnitOfWork(
  prisma: PrismaClient,
  options: RotationStoreOptions,
): RotationUnitOfWork {
  return {
    run: (work) =>
      prisma.$transaction((tx) => work({ ...workPortsOf(tx), store: rotationStoreOf(tx, options) }), {
        timeout: 30_000,
      }),
  };
}
