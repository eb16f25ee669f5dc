import type {
  AgendaAction,
  AgendaDecision,
  AgendaStore,
  AgendaUnitOfWork,
} from '../../../app/protection/agenda-store.ts';
import { dutyHolder } from '../../../app/rotations/rotation-turns.ts';
import { isLocale } from '../../../domain/locale.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { workPortsOf } from '../../work/prisma-unit-of-work.ts';
import { isoDate } from './roster-snapshot-reader.ts';
import { rotationStoreOf } from './rotation-repository.ts';

/** Storage of a conference's agenda on one transaction (the carry-over rule: domain/conferences/carry-over.ts). */
export function agendaStoreOf(tx: Prisma.TransactionClient, options: { timeZone: string }): AgendaStore {
  const rotations = rotationStoreOf(tx, options);
  return {
    async conference(conferenceId) {
      const row = await tx.caseConference.findUnique({
        where: { id: conferenceId },
        select: {
          id: true,
          teamId: true,
          status: true,
          startsAt: true,
          endsAt: true,
          location: true,
          chairId: true,
          minuteTakerId: true,
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
              rsvp: true,
              professional: { select: { name: true, locale: true, organisationId: true, active: true } },
            },
          },
        },
      });
      if (!row) return undefined;
      return {
        id: row.id,
        teamId: row.teamId,
        status: row.status,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        location: row.location,
        chairId: row.chairId,
        minuteTakerId: row.minuteTakerId,
        households: row.households
          .map(({ household }) => ({
            id: household.id,
            reference: household.reference,
            coordinatorId: household.coordinatorId,
            consents: household.consents.map((c) => ({
              organisationId: c.organisationId,
              givenOn: isoDate(c.givenOn),
              validUntil: c.validUntil ? isoDate(c.validUntil) : null,
              withdrawnOn: c.withdrawnOn ? isoDate(c.withdrawnOn) : null,
            })),
          }))
          .sort((a, b) => a.reference.localeCompare(b.reference)),
        attendees: row.attendances
          .filter((a) => a.professional.active)
          .map((a) => ({
            id: a.professionalId,
            name: a.professional.name,
            organisationId: a.professional.organisationId,
            ...(isLocale(a.professional.locale) ? { locale: a.professional.locale } : {}),
            rsvp: a.rsvp,
          }))
          .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      };
    },

    async householdFacts(householdIds, decisions) {
      const facts = new Map(
        householdIds.map((id) => [
          id,
          {
            actions: [] as AgendaAction[],
            decisions: [] as AgendaDecision[],
          },
        ]),
      );
      const actions = await tx.action.findMany({
        where: { householdId: { in: [...householdIds] }, status: { in: ['open', 'blocked'] } },
        orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        select: {
          householdId: true,
          description: true,
          dueOn: true,
          status: true,
          owner: { select: { name: true } },
        },
      });
      for (const action of actions) {
        facts.get(action.householdId)?.actions.push({
          description: action.description,
          ownerName: action.owner.name,
          // @db.Date arrives as midnight UTC of that date.
          dueOn: action.dueOn.toISOString().slice(0, 10),
          status: action.status === 'blocked' ? 'blocked' : 'open',
        });
      }
      for (const householdId of householdIds) {
        const latest = await tx.decision.findMany({
          where: { householdId },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: decisions,
          select: { text: true, createdAt: true },
        });
        const entry = facts.get(householdId);
        if (entry) entry.decisions = latest.map((d) => ({ text: d.text, at: d.createdAt }));
      }
      return facts;
    },

    async writtenInput(conferenceId) {
      const rows = await tx.writtenInput.findMany({
        where: { conferenceId },
        select: { professionalId: true, text: true, createdAt: true },
      });
      const authors = new Map(
        (
          await tx.professional.findMany({
            where: { id: { in: rows.map((r) => r.professionalId) } },
            select: { id: true, name: true },
          })
        ).map((p) => [p.id, p.name]),
      );
      return rows
        .map((r) => ({
          authorId: r.professionalId,
          authorName: authors.get(r.professionalId) ?? r.professionalId,
          text: r.text,
        }))
        .sort((a, b) => a.authorName.localeCompare(b.authorName));
    },

    async minutedHouseholds(teamId, before) {
      const rows = await tx.conferenceHousehold.findMany({
        where: {
          conference: {
            teamId,
            minutesAt: { not: null },
            status: { not: 'cancelled' },
            startsAt: { lt: before },
          },
          household: { planClosedAt: null },
        },
        select: {
          conferenceId: true,
          householdId: true,
          household: { select: { reference: true } },
          conference: { select: { startsAt: true } },
        },
      });
      if (rows.length === 0) return [];
      const conferenceIds = [...new Set(rows.map((r) => r.conferenceId))];
      const pair = (householdId: string, conferenceId: string | null) => `${householdId}|${conferenceId}`;
      const where = { conferenceId: { in: conferenceIds } };
      const select = { householdId: true, conferenceId: true } as const;
      const discussed = new Set(
        [
          ...(await tx.decision.findMany({ where, select })),
          ...(await tx.action.findMany({ where, select })),
        ].map((r) => pair(r.householdId, r.conferenceId)),
      );
      return rows.map((r) => ({
        householdId: r.householdId,
        reference: r.household.reference,
        conferenceId: r.conferenceId,
        startsAt: r.conference.startsAt,
        discussed: discussed.has(pair(r.householdId, r.conferenceId)),
      }));
    },

    async bookedConferences(householdIds, after) {
      if (householdIds.length === 0) return [];
      const rows = await tx.conferenceHousehold.findMany({
        where: {
          householdId: { in: [...householdIds] },
          conference: { status: { in: ['scheduled', 'held', 'postponed'] }, startsAt: { gt: after } },
        },
        select: { householdId: true, conferenceId: true, conference: { select: { startsAt: true } } },
      });
      return rows.map((r) => ({
        householdId: r.householdId,
        conferenceId: r.conferenceId,
        startsAt: r.conference.startsAt,
      }));
    },

    async dutyHolders(teamId, date) {
      const [chair, minuteTaker] = [
        await dutyHolder(rotations, { teamId, duty: 'chair', date }),
        await dutyHolder(rotations, { teamId, duty: 'minute_taker', date }),
      ];
      return { chair: chair?.professionalId ?? null, minuteTaker: minuteTaker?.professionalId ?? null };
    },

    async setDuties(conferenceId, duties) {
      await tx.caseConference.update({ where: { id: conferenceId }, data: duties });
    },
  };
}

/** One transaction per agenda: the store, and the outbox, scheduler and access log on it. */
export function createAgendaUnitOfWork(
  prisma: PrismaClient,
  options: { timeZone: string },
): AgendaUnitOfWork {
  return {
    run: (work) =>
      prisma.$transaction((tx) => work({ ...workPortsOf(tx), store: agendaStoreOf(tx, options) }), {
        timeout: 30_000,
      }),
  };
}
