import type { WorkloadStore } from '../../../app/workload/workload-store.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import { absenceReads } from './absence-repository.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';

/** One person's day for `druk` / `overloaded`: conferences, actions, rotation turns, absences. Storage only. */
export function createWorkloadStore(prisma: PrismaClient): WorkloadStore {
  const absences = absenceReads(prisma);
  return {
    async dayOf({ professionalId, date, from, until }) {
      const day = dateColumn(date);
      const [contract, away, attendances, actions, turns] = await Promise.all([
        prisma.contractDay.findMany({ where: { professionalId }, select: { weekday: true } }),
        absences.absencesOf(professionalId, date),
        prisma.attendance.findMany({
          where: {
            professionalId,
            conference: { status: { in: ['proposed', 'scheduled'] }, startsAt: { gte: from, lt: until } },
          },
          select: {
            role: true,
            rsvp: true,
            conference: {
              select: {
                id: true,
                startsAt: true,
                endsAt: true,
                households: { select: { household: { select: { reference: true } } } },
              },
            },
          },
        }),
        prisma.action.findMany({
          where: {
            ownerId: professionalId,
            status: { in: ['open', 'blocked'] },
            dueOn: { lte: day },
            OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: day } }],
          },
          select: {
            id: true,
            dueOn: true,
            status: true,
            description: true,
            household: { select: { reference: true } },
          },
        }),
        prisma.rotationTurn.findMany({
          where: { professionalId, turnOn: day, rotation: { active: true } },
          select: { id: true, rotation: { select: { role: true, duty: true } } },
        }),
      ]);
      return {
        contractWeekdays: [...new Set(contract.map((c) => c.weekday))].sort(),
        absences: away
          .filter((a) => a.from <= date && date <= a.to)
          .map((a) => ({ from: a.from, to: a.to, deputyName: a.deputy?.name ?? null })),
        attendances: attendances.map((a) => ({
          kind: 'attendance' as const,
          conferenceId: a.conference.id,
          startsAt: a.conference.startsAt,
          endsAt: a.conference.endsAt,
          role: a.role,
          rsvp: a.rsvp,
          references: a.conference.households.map((h) => h.household.reference).sort(),
        })),
        actions: actions.map((a) => ({
          kind: 'action' as const,
          actionId: a.id,
          reference: a.household.reference,
          dueOn: isoDate(a.dueOn),
          status: a.status as 'open' | 'blocked',
          description: a.description,
        })),
        turns: turns.map((t) => ({
          kind: 'turn' as const,
          turnId: t.id,
          role: t.rotation.role,
          duty: t.rotation.duty ?? undefined,
        })),
      };
    },
  };
}
