import { randomUUID } from 'node:crypto';
import type { BookingStore } from '../../../app/ports/planning-store.ts';
import { workingDaysBetween } from '../../../app/protection/protect-conference.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { recordAccess } from './access-log-repository.ts';
import { createPlanningReader } from './planning-repository.ts';

/** `queueConferenceInvitations` of src/infra/conferences/queue-invitations.ts, injected so tests can record. */
export type QueueInvitations = (
  tx: Prisma.TransactionClient,
  input: {
    conferenceId: string;
    publicUrl: string;
    now: Date;
    timeZone?: string;
    defaultLocale?: 'nl' | 'en';
  },
) => Promise<{ invitations: number }>;

/** Every booking takes this transaction-scoped advisory lock, so two bookings never take the same time. */
const BOOKING_LOCK = 7_302_016;

const dateOf = (epochMinute: number) => new Date(epochMinute * 60_000);

export function createBookingStore(
  prisma: PrismaClient,
  deps: {
    queueInvitations: QueueInvitations;
    publicUrl: string;
    /** Passed on to the invitations: the zone times are shown in, the language of people without one. */
    timeZone?: string;
    defaultLocale?: 'nl' | 'en';
  },
): BookingStore {
  return {
    transaction: (work) =>
      prisma.$transaction(
        async (tx) => {
          // Serialises bookings across instances: the availability read after the lock sees every booking
          // committed before it (read committed), so a double click or two people on one slot book once.
          await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${BOOKING_LOCK})`);
          return work({
            ...createPlanningReader(tx),
            async createConference(c) {
              const icsUid = `casus-${randomUUID()}@casus`;
              const conference = await tx.caseConference.create({
                data: {
                  teamId: c.teamId,
                  startsAt: dateOf(c.start),
                  endsAt: dateOf(c.end),
                  location: c.location,
                  status: 'scheduled',
                  kind: c.kind,
                  organizerId: c.organizerId,
                  residentInvited: c.residentInvited,
                  networkInvited: c.networkInvited,
                  icsUid,
                  households: { create: { householdId: c.householdId } },
                  attendances: {
                    create: c.attendees.map((a) => ({
                      professionalId: a.professionalId,
                      role: a.role,
                      disciplineCode: a.disciplineCode,
                    })),
                  },
                },
                select: { id: true },
              });
              // Ids, times and counts only: which disciplines attend would reveal the household's needs.
              const household = await tx.household.findUnique({
                where: { id: c.householdId },
                select: { reference: true },
              });
              await recordAccess(tx, {
                at: c.at,
                actorId: c.organizerId,
                householdId: c.householdId,
                teamId: c.teamId,
                reference: household?.reference ?? null,
                kind: 'conference',
                action: 'create',
                // Every channel names itself on the actor; a caller without one (a router test) is the try-out.
                channel: c.channel ?? 'tryout',
                outcome: 'ok',
                subjectId: conference.id,
                details: {
                  startsAt: dateOf(c.start).toISOString(),
                  location: c.location,
                  kind: c.kind,
                  attendees: c.attendees.length,
                },
                requestKey: c.requestKey ?? null,
              });
              return { id: conference.id, icsUid };
            },
            async moveConference(m) {
              const current = await tx.caseConference.findFirst({
                where: {
                  id: m.conferenceId,
                  status: 'scheduled',
                  households: { some: { householdId: m.householdId } },
                },
                select: {
                  id: true,
                  icsUid: true,
                  startsAt: true,
                  plannedStartsAt: true,
                  attendances: { select: { professionalId: true } },
                },
              });
              if (!current) return undefined;
              // Same UID, SEQUENCE up: calendars replace the old time (RFC 5545 §3.8.7.4). The old answers were
              // for the old time, so everyone is asked again; version up refuses choices made on the old state.
              await tx.caseConference.update({
                where: { id: current.id },
                data: {
                  startsAt: dateOf(m.start),
                  endsAt: dateOf(m.end),
                  location: m.location,
                  icsSequence: { increment: 1 },
                  version: { increment: 1 },
                  // The first agreed start stays: the protection ledger counts delays from it.
                  plannedStartsAt: current.plannedStartsAt ?? current.startsAt,
                },
              });
              // Moved later is a postponement in the ledger (casus stats), as the rescue's own.
              if (dateOf(m.start).getTime() > current.startsAt.getTime()) {
                await tx.conferenceEvent.create({
                  data: {
                    conferenceId: current.id,
                    kind: 'postponed',
                    actorId: m.actorId,
                    leadMinutes: Math.round((current.startsAt.getTime() - m.at.getTime()) / 60_000),
                    delayDays: workingDaysBetween(
                      current.startsAt,
                      dateOf(m.start),
                      deps.timeZone ?? 'Europe/Amsterdam',
                    ),
                    at: m.at,
                  },
                });
              }
              await tx.attendance.updateMany({
                where: { conferenceId: current.id },
                data: { rsvp: 'pending', respondedAt: null },
              });
              const invited = new Set(current.attendances.map((a) => a.professionalId));
              const added = m.attendees.filter((a) => !invited.has(a.professionalId));
              if (added.length > 0)
                await tx.attendance.createMany({
                  data: added.map((a) => ({
                    conferenceId: current.id,
                    professionalId: a.professionalId,
                    role: a.role,
                    disciplineCode: a.disciplineCode,
                  })),
                });
              const household = await tx.household.findUnique({
                where: { id: m.householdId },
                select: { reference: true },
              });
              await recordAccess(tx, {
                at: m.at,
                actorId: m.actorId,
                householdId: m.householdId,
                teamId: m.teamId,
                reference: household?.reference ?? null,
                kind: 'conference',
                action: 'change',
                channel: m.channel ?? 'tryout',
                outcome: 'ok',
                subjectId: current.id,
                details: {
                  moved: true,
                  from: current.startsAt.toISOString(),
                  startsAt: dateOf(m.start).toISOString(),
                  location: m.location,
                },
                requestKey: m.requestKey ?? null,
              });
              return { id: current.id, icsUid: current.icsUid };
            },
            queueInvitations: (conferenceId, now) =>
              deps.queueInvitations(tx, {
                conferenceId,
                now,
                publicUrl: deps.publicUrl,
                ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
                ...(deps.defaultLocale ? { defaultLocale: deps.defaultLocale } : {}),
              }),
          });
        },
        { timeout: 30_000, maxWait: 30_000 },
      ),
  };
}
