import type { HouseholdPlan, Planned } from '../../../app/roster/plan-changes.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import type { AuditLog } from './audit-log.ts';
import { idOf, type RosterIds } from './roster-ids.ts';
import { dateColumn } from './roster-snapshot-reader.ts';

/**
 * Creates and updates households: their involved professionals (kept rows keep their `since`), new or
 * corrected scores (one per domain and date; history stays), and consents (given or withdrawn, never deleted).
 * Audit details name the pseudonymous reference and which parts changed, never scores or the resident's words.
 */
export async function writeHouseholds(
  tx: Prisma.TransactionClient,
  items: Planned<HouseholdPlan>[],
  ids: RosterIds,
  audit: AuditLog,
): Promise<void> {
  for (const item of items) {
    if (item.kind === 'create') await createHousehold(tx, item.value, ids, audit);
    if (item.kind === 'update') await updateHousehold(tx, item.id, item.changed, item.value, ids, audit);
  }
}

// One statement per household with its rows nested: an import of a thousand households stays quick.
async function createHousehold(
  tx: Prisma.TransactionClient,
  plan: HouseholdPlan,
  ids: RosterIds,
  audit: AuditLog,
) {
  const h = plan.household;
  const { id, consents } = await tx.household.create({
    data: {
      teamId: idOf(ids.teams, h.team, 'team'),
      reference: h.reference,
      hasChildren: h.hasChildren,
      coordinatorId: coordinatorIdOf(plan, ids),
      involvements: {
        createMany: { data: involvedIds(plan, ids).map((professionalId) => ({ professionalId })) },
      },
      scores: { createMany: { data: plan.scoreWrites.map(scoreRow) } },
      consents: { createMany: { data: plan.consentWrites.map((c) => consentRow(c, ids)) } },
    },
    select: { id: true, consents: { select: { id: true, organisation: { select: { name: true } } } } },
  });
  const label = { team: h.team, reference: h.reference };
  audit.record('create', 'Household', id, label);
  for (const consent of consents) {
    audit.record('give', 'Consent', consent.id, { ...label, organisation: consent.organisation.name });
  }
}

async function updateHousehold(
  tx: Prisma.TransactionClient,
  householdId: string,
  changed: string[],
  plan: HouseholdPlan,
  ids: RosterIds,
  audit: AuditLog,
) {
  const h = plan.household;
  const label = { team: h.team, reference: h.reference };
  await tx.household.update({
    where: { id: householdId },
    data: { hasChildren: h.hasChildren, coordinatorId: coordinatorIdOf(plan, ids) },
  });
  if (changed.includes('involved')) {
    const professionalIds = involvedIds(plan, ids);
    await tx.householdInvolvement.deleteMany({
      where: { householdId, professionalId: { notIn: professionalIds } },
    });
    await tx.householdInvolvement.createMany({
      data: professionalIds.map((professionalId) => ({ householdId, professionalId })),
      skipDuplicates: true,
    });
  }
  for (const score of plan.scoreWrites) {
    const row = scoreRow(score);
    await tx.domainScore.upsert({
      where: { householdId_domain_scoredOn: { householdId, domain: row.domain, scoredOn: row.scoredOn } },
      create: { householdId, ...row },
      update: { score: row.score },
    });
  }
  for (const consent of plan.consentWrites) {
    const row = consentRow(consent, ids);
    const { id } = await tx.consent.upsert({
      where: { householdId_organisationId: { householdId, organisationId: row.organisationId } },
      create: { householdId, ...row },
      update: { givenOn: row.givenOn, withdrawnOn: row.withdrawnOn },
      select: { id: true },
    });
    const action = consent.withdrawnOn === null ? 'give' : 'withdraw';
    audit.record(action, 'Consent', id, { ...label, organisation: consent.organisation });
  }
  audit.record('update', 'Household', householdId, { ...label, changed });
}

function coordinatorIdOf(plan: HouseholdPlan, ids: RosterIds): string | null {
  const key = plan.household.coordinator;
  return key === null ? null : idOf(ids.professionals, key, 'professional');
}

function involvedIds(plan: HouseholdPlan, ids: RosterIds): string[] {
  return plan.involved.map((key) => idOf(ids.professionals, key, 'professional'));
}

function scoreRow(score: HouseholdPlan['scoreWrites'][number]) {
  return { domain: score.domain, score: score.score, scoredOn: dateColumn(score.scoredOn) };
}

function consentRow(consent: HouseholdPlan['consentWrites'][number], ids: RosterIds) {
  return {
    organisationId: idOf(ids.organisations, consent.organisation, 'organisation'),
    givenOn: dateColumn(consent.givenOn),
    withdrawnOn: consent.withdrawnOn === null ? null : dateColumn(consent.withdrawnOn),
  };
}
