import type { ConsentRecord, ConsentStore } from '../../../app/households/consent-store.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';
import { writeConsents } from './consent-writes.ts';
import { recordRevision } from './household-revisions.ts';
import { isoDate } from './roster-snapshot-reader.ts';
import { loadTeamSettings } from './team-settings-repository.ts';

const consentSelect = {
  id: true,
  householdId: true,
  organisationId: true,
  givenOn: true,
  validUntil: true,
  withdrawnOn: true,
  organisation: { select: { name: true } },
  household: {
    select: {
      teamId: true,
      reference: true,
      coordinatorId: true,
      coordinator: { select: { locale: true } },
      involvements: { select: { professionalId: true } },
    },
  },
} as const;

/** Thrown inside the renewal's transaction to roll it back: the consent changed since the form was shown. */
class Changed extends Error {}

export function createConsentStore(prisma: PrismaClient): ConsentStore {
  return {
    async consentById(consentId) {
      const row = await prisma.consent.findUnique({ where: { id: consentId }, select: consentSelect });
      if (!row) return undefined;
      return {
        id: row.id,
        householdId: row.householdId,
        teamId: row.household.teamId,
        reference: row.household.reference,
        organisationId: row.organisationId,
        organisationName: row.organisation.name,
        givenOn: isoDate(row.givenOn),
        validUntil: row.validUntil ? isoDate(row.validUntil) : null,
        withdrawnOn: row.withdrawnOn ? isoDate(row.withdrawnOn) : null,
        coordinatorId: row.household.coordinatorId,
        coordinatorLocale: row.household.coordinator?.locale ?? null,
        involvedIds: row.household.involvements.map((i) => i.professionalId),
      } satisfies ConsentRecord;
    },

    async reminderDays(teamId) {
      return (await loadTeamSettings(prisma, teamId)).consentReminderDays;
    },

    async renew(request) {
      try {
        return await prisma.$transaction(async (tx) => {
          if (request.requestKey) {
            const earlier = await tx.householdRevision.findUnique({
              where: { requestKey: request.requestKey },
              select: { revision: true },
            });
            if (earlier) return { status: 'renewed' as const, revision: earlier.revision };
          }
          const row = await tx.consent.findUnique({
            where: { id: request.consentId },
            select: {
              householdId: true,
              organisationId: true,
              validUntil: true,
              withdrawnOn: true,
              household: { select: { teamId: true, reference: true } },
            },
          });
          const storedUntil = row?.validUntil ? isoDate(row.validUntil) : null;
          if (!row || row.withdrawnOn !== null || storedUntil !== request.expectedValidUntil)
            throw new Changed();
          const { householdId } = row;
          const { teamId, reference } = row.household;
          // Every other consent of the household stays as it is; only this organisation gets the new terms.
          const others = await tx.consent.findMany({
            where: { householdId, withdrawnOn: null, id: { not: request.consentId } },
            select: { organisationId: true },
          });
          const wanted = new Map([
            ...others.map((c) => [c.organisationId, undefined] as const),
            [row.organisationId, { givenOn: request.givenOn, validUntil: request.validUntil }] as const,
          ]);
          await writeConsents(tx, {
            householdId,
            teamId,
            wanted,
            recordedById: request.actorId,
            today: request.today,
            now: request.now,
            timeZone: request.timeZone,
            access: {
              actorId: request.actorId,
              channel: request.channel,
              outcome: 'ok',
              householdId,
              teamId,
              reference,
              at: request.now,
              requestKey: request.requestKey ?? null,
            },
          });
          const revision = await recordRevision(tx, householdId, {
            changedAt: request.now,
            changedById: request.actorId,
            via: 'chat',
            changed: ['consent'],
            ...(request.requestKey ? { requestKey: request.requestKey } : {}),
          });
          return { status: 'renewed' as const, revision };
        });
      } catch (error) {
        if (error instanceof Changed) return { status: 'changed' };
        throw error;
      }
    },
  };
}
