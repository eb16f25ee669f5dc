import type { FollowUpStore } from '../../app/conferences/follow-up-store.ts';
import type { FollowUpPerson } from '../../domain/follow-up/follow-up-due.ts';
import { isLocale } from '../../domain/locale.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';

const person = { id: true, locale: true, active: true } as const;

function toPerson(row: { id: string; locale: string | null; active: boolean }): FollowUpPerson {
  return { id: row.id, active: row.active, ...(isLocale(row.locale) ? { locale: row.locale } : {}) };
}

/** Storage only: the rule of what is due lives in domain/follow-up/follow-up-due.ts. */
export function createFollowUpStore(prisma: PrismaClient): FollowUpStore {
  return {
    async situation(conferenceId) {
      const conference = await prisma.caseConference.findUnique({
        where: { id: conferenceId },
        select: {
          id: true,
          teamId: true,
          startsAt: true,
          status: true,
          organizerId: true,
          households: {
            select: {
              household: {
                select: { id: true, reference: true, planClosedAt: true, coordinator: { select: person } },
              },
            },
          },
        },
      });
      if (!conference) return undefined;
      const organizer = conference.organizerId
        ? await prisma.professional.findUnique({ where: { id: conference.organizerId }, select: person })
        : null;
      const households = [];
      for (const { household } of conference.households) {
        const later = await prisma.conferenceHousehold.count({
          where: {
            householdId: household.id,
            conferenceId: { not: conferenceId },
            conference: { startsAt: { gt: conference.startsAt }, status: { not: 'cancelled' } },
          },
        });
        households.push({
          id: household.id,
          reference: household.reference,
          planClosed: household.planClosedAt !== null,
          laterConferencePlanned: later > 0,
          coordinator: household.coordinator ? toPerson(household.coordinator) : null,
        });
      }
      return {
        conference: {
          id: conference.id,
          teamId: conference.teamId,
          startsAt: conference.startsAt,
          status: conference.status,
          organizer: organizer ? toPerson(organizer) : null,
        },
        households: households.sort((a, b) => a.reference.localeCompare(b.reference)),
      };
    },
  };
}
