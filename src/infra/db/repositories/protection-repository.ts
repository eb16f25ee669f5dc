import type {
  GuardedAttendee,
  GuardedConference,
  ProtectionStore,
  ProtectionUnitOfWork,
} from '../../../app/protection/protection-store.ts';
import { consentHolds } from '../../../domain/consent/consent-state.ts';
import { isLocale, type Locale } from '../../../domain/locale.ts';
import { localDateOf } from '../../../domain/slots/zone-offsets.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { queueConferenceInvitations } from '../../conferences/queue-invitations.ts';
import { workPortsOf } from '../../work/prisma-unit-of-work.ts';
import { createPlanningReader } from './planning-repository.ts';
import { isoDate } from './roster-snapshot-reader.ts';
import { loadTeamSettings } from './team-settings-repository.ts';

export interface ProtectionStoreOptions {
  publicUrl: string;
  timeZone: string;
  defaultLocale: Locale;
}

/** Storage of the protection use cases on one transaction (the rules: domain/conferences/rescue-policy.ts). */
export function protectionStoreOf(
  tx: Prisma.TransactionClient,
  options: ProtectionStoreOptions,
): ProtectionStore {
  const planning = createPlanningReader(tx);
  return {
    async lock(conferenceId, now) {
      // The row lock first: whoever comes second waits here and then reads what the first committed.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "CaseConference" WHERE "id" = ${conferenceId} FOR UPDATE`;
      if (locked.length === 0) return undefined;
      return readConference(
        tx,
        conferenceId,
        localDateOf(Math.floor(now.getTime() / 60_000), options.timeZone),
      );
    },
    async nextConferenceOf(reference, professionalId, now) {
      const row = await tx.caseConference.findFirst({
        where: {
          status: 'scheduled',
          startsAt: { gt: now },
          households: {
            some: {
              household: {
                reference: { equals: reference, mode: 'insensitive' },
                ...(professionalId ? { team: { memberships: { some: { professionalId } } } } : {}),
              },
            },
          },
        },
        orderBy: { startsAt: 'asc' },
        select: { id: true },
      });
      return row?.id;
    },
    async setAnswer({ conferenceId, professionalId, rsvp, reason, now }) {
      await tx.attendance.update({
        where: { conferenceId_professionalId: { conferenceId, professionalId } },
        data: { rsvp, respondedAt: now, ...(reason !== undefined ? { declineReason: reason } : {}) },
      });
    },
    async setDeclineReason({ conferenceId, professionalId, reason }) {
      await tx.attendance.update({
        where: { conferenceId_professionalId: { conferenceId, professionalId } },
        data: { declineReason: reason },
      });
      const latest = await tx.conferenceEvent.findFirst({
        where: { conferenceId, professionalId, kind: 'declined' },
        orderBy: { at: 'desc' },
        select: { id: true },
      });
      if (latest) await tx.conferenceEvent.update({ where: { id: latest.id }, data: { reason } });
    },
    async addDeputy({ conferenceId, deputyId, forId, discipline }) {
      await tx.attendance.create({
        data: {
          conferenceId,
          professionalId: deputyId,
          role: 'required',
          disciplineCode: discipline,
          deputyForId: forId,
        },
      });
      await tx.caseConference.update({ where: { id: conferenceId }, data: { version: { increment: 1 } } });
    },
    async change(conferenceId, change) {
      await tx.caseConference.update({
        where: { id: conferenceId },
        data: { ...change, version: { increment: 1 }, icsSequence: { increment: 1 } },
      });
    },
    async resetAnswers(conferenceId, keep) {
      await tx.attendance.updateMany({
        where: { conferenceId, professionalId: { notIn: [...keep] } },
        data: { rsvp: 'pending', respondedAt: null },
      });
    },
    async recordEvent(event) {
      await tx.conferenceEvent.create({
        data: {
          conferenceId: event.conferenceId,
          kind: event.kind,
          actorId: event.actorId,
          professionalId: event.professionalId ?? null,
          disciplineCode: event.disciplineCode ?? null,
          reason: event.reason ?? null,
          leadMinutes: event.leadMinutes,
          delayDays: event.delayDays ?? null,
          at: event.at,
        },
      });
    },
    async saveWrittenInput({ conferenceId, professionalId, text }) {
      await tx.writtenInput.upsert({
        where: { conferenceId_professionalId: { conferenceId, professionalId } },
        create: { conferenceId, professionalId, text },
        update: { text },
      });
    },
    candidates: (teamId, window) => planning.candidates(teamId, window),
    async registeredDeputy(professionalId, at) {
      const absence = await tx.absence.findFirst({
        where: { professionalId, startsAt: { lte: at }, endsAt: { gt: at }, deputyId: { not: null } },
        select: { deputyId: true },
        orderBy: { startsAt: 'desc' },
      });
      return absence?.deputyId ?? null;
    },
    async coachIds(teamId) {
      const rows = await tx.teamMembership.findMany({
        where: { teamId, role: 'coach', professional: { active: true } },
        select: { professionalId: true },
        orderBy: { professionalId: 'asc' },
      });
      return rows.map((r) => r.professionalId);
    },
    async settings(teamId) {
      const settings = await loadTeamSettings(tx, teamId);
      return { protection: settings.protection, conferenceMinutes: settings.conferenceMinutes };
    },
    async queueInvitations(conferenceId, now) {
      await queueConferenceInvitations(tx, {
        conferenceId,
        publicUrl: options.publicUrl,
        timeZone: options.timeZone,
        defaultLocale: options.defaultLocale,
        now,
      });
    },
    async closePlan(householdId, now) {
      await tx.household.updateMany({
        where: { id: householdId, planClosedAt: null },
        data: { planClosedAt: now },
      });
    },
    async people(ids) {
      const rows = await tx.professional.findMany({
        where: { id: { in: [...ids] }, active: true },
        select: { id: true, name: true, locale: true },
        orderBy: { name: 'asc' },
      });
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        ...(isLocale(r.locale) ? { locale: r.locale } : {}),
      }));
    },
  };
}

async function readConference(
  tx: Prisma.TransactionClient,
  conferenceId: string,
  today: string,
): Promise<GuardedConference | undefined> {
  const row = await tx.caseConference.findUnique({
    where: { id: conferenceId },
    select: {
      id: true,
      teamId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      plannedStartsAt: true,
      location: true,
      shortened: true,
      version: true,
      organizerId: true,
      households: {
        select: {
          household: {
            select: {
              id: true,
              reference: true,
              coordinatorId: true,
              consents: {
                select: { organisationId: true, givenOn: true, validUntil: true, withdrawnOn: true },
              },
            },
          },
        },
      },
      attendances: {
        select: {
          professionalId: true,
          role: true,
          disciplineCode: true,
          rsvp: true,
          deputyForId: true,
          professional: { select: { externalKey: true, name: true, locale: true, organisationId: true } },
        },
      },
    },
  });
  if (!row) return undefined;
  const codes = row.attendances.flatMap((a) => (a.disciplineCode ? [a.disciplineCode] : []));
  const names = new Map(
    (
      await tx.discipline.findMany({
        where: { code: { in: codes } },
        select: { code: true, nameNl: true, nameEn: true },
      })
    ).map((d) => [d.code, { nl: d.nameNl, en: d.nameEn }]),
  );
  const attendees = row.attendances
    .map((a): GuardedAttendee => {
      const name = a.disciplineCode ? names.get(a.disciplineCode) : undefined;
      return {
        id: a.professionalId,
        key: a.professional.externalKey,
        name: a.professional.name,
        organisationId: a.professional.organisationId,
        ...(isLocale(a.professional.locale) ? { locale: a.professional.locale } : {}),
        role: a.role,
        discipline: a.disciplineCode,
        ...(name ? { disciplineName: name } : {}),
        rsvp: a.rsvp,
        deputyForId: a.deputyForId,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    id: row.id,
    teamId: row.teamId,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    plannedStartsAt: row.plannedStartsAt ?? row.startsAt,
    location: row.location,
    shortened: row.shortened,
    version: row.version,
    organizerId: row.organizerId,
    households: row.households
      .map(({ household }) => ({
        id: household.id,
        reference: household.reference,
        coordinatorId: household.coordinatorId,
        consentedOrganisations: household.consents
          .filter((c) =>
            consentHolds(
              {
                givenOn: isoDate(c.givenOn),
                validUntil: c.validUntil ? isoDate(c.validUntil) : null,
                withdrawnOn: c.withdrawnOn ? isoDate(c.withdrawnOn) : null,
              },
              today,
            ),
          )
          .map((c) => c.organisationId),
      }))
      .sort((a, b) => a.reference.localeCompare(b.reference)),
    attendees,
  };
}

/** One transaction per protection step: the store, and the outbox, scheduler and access log on it. */
export function createProtectionUnitOfWork(
  prisma: PrismaClient,
  options: ProtectionStoreOptions,
): ProtectionUnitOfWork {
  return {
    run: (work) =>
      prisma.$transaction((tx) => work({ ...workPortsOf(tx), store: protectionStoreOf(tx, options) }), {
        timeout: 30_000,
      }),
  };
}
