import type { RevisionVia } from '../../../app/households/household-store.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { isoDate } from './roster-snapshot-reader.ts';

export interface RevisionMeta {
  changedAt: Date;
  /** The professional who made the change; null for an import or the demo seed. */
  changedById: string | null;
  via: RevisionVia;
  /** Field names, e.g. ['scores.financien', 'ikWil']. */
  changed: string[];
  /**
   * The number this revision must get. A concurrent writer that took it first makes the insert fail on
   * the unique (householdId, revision), which rolls the whole change back. Default: one past the latest.
   */
  revision?: number;
  /** The chat request that made the change, when the channel gave one (see HouseholdRevision.requestKey). */
  requestKey?: string;
}

/**
 * Writes a HouseholdRevision with the whole household as it is now, inside the transaction that changed it.
 * The snapshot holds care data (scores, the resident's words), so it stays in this table: never in the audit
 * log, a channel or a log line.
 */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  householdId: string,
  meta: RevisionMeta,
): Promise<number> {
  const revision = meta.revision ?? (await latestRevision(tx, householdId)) + 1;
  const snapshot = await householdSnapshot(tx, householdId);
  await tx.householdRevision.create({
    data: {
      householdId,
      revision,
      changedAt: meta.changedAt,
      changedById: meta.changedById,
      via: meta.via,
      changed: meta.changed,
      snapshot,
      requestKey: meta.requestKey ?? null,
    },
  });
  return revision;
}

/** The number of the household's latest revision; 0 when it has none (e.g. imported before revisions). */
export async function latestRevision(tx: Prisma.TransactionClient, householdId: string): Promise<number> {
  const { _max } = await tx.householdRevision.aggregate({ where: { householdId }, _max: { revision: true } });
  return _max.revision ?? 0;
}

/** The household as stored: its fields, latest score per domain, involved professionals and every consent. */
async function householdSnapshot(
  tx: Prisma.TransactionClient,
  householdId: string,
): Promise<Prisma.InputJsonObject> {
  const h = await tx.household.findUniqueOrThrow({
    where: { id: householdId },
    include: {
      scores: { orderBy: { scoredOn: 'asc' } },
      involvements: { select: { professionalId: true } },
      consents: { orderBy: { organisationId: 'asc' } },
    },
  });
  const scores: Record<string, { score: number; scoredOn: string }> = {};
  for (const s of h.scores) scores[s.domain] = { score: s.score, scoredOn: isoDate(s.scoredOn) };
  return {
    reference: h.reference,
    teamId: h.teamId,
    hasChildren: h.hasChildren,
    ikWil: h.ikWil,
    ikKan: h.ikKan,
    ikHebNodig: h.ikHebNodig,
    coordinatorId: h.coordinatorId,
    planClosedAt: h.planClosedAt?.toISOString() ?? null,
    scores,
    involved: h.involvements.map((i) => i.professionalId).sort(),
    consents: h.consents.map((c) => ({
      organisationId: c.organisationId,
      givenOn: isoDate(c.givenOn),
      withdrawnOn: c.withdrawnOn ? isoDate(c.withdrawnOn) : null,
    })),
  };
}
