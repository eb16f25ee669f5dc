import type { HouseholdPlan, Planned } from '../../../app/roster/plan-changes.ts';
import type { AuditContext } from '../../../app/roster/roster-store.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import type { AccessCollector } from './access-log-collector.ts';
import { scheduleReminder } from './consent-writes.ts';
import { type RevisionMeta, recordRevision } from './household-revisions.ts';
import { idOf, type RosterIds } from './roster-ids.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';

/** Config.scheduling.timeZone's default, for a write without an import context (tests, old callers). */
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Creates and updates households: their involved professionals (kept rows keep their `since`), new or
 * corrected scores (one per domain and date; history stays), and consents (given or withdrawn, never deleted).
 * Audit details name the pseudonymous reference and which parts changed, never scores or the resident's words.
 * Every household it creates or changes gets a HouseholdRevision (via 'import', or 'seed' for the demo);
 * an unchanged household gets none. `context` is the import's audit context: it dates the revisions and
 * tells an import from the demo seed (without it: 'import', now).
 */
export async function writeHouseholds(
  tx: Prisma.TransactionClient,
  items: Planned<HouseholdPlan>[],
  ids: RosterIds,
  audit: AccessCollector,
  context?: AuditContext,
): Promise<void> {
  for (const item of items) {
    if (item.kind === 'create') {
      const id = await createHousehold(tx, item.value, ids, audit);
      await recordRevision(tx, id, revisionMeta(context, createdFields(item.value)));
      await scheduleConsentReminders(tx, id, item.value, ids, context);
    }
    if (item.kind === 'update') {
      await updateHousehold(tx, item.id, item.changed, item.value, ids, audit);
      await recordRevision(tx, item.id, revisionMeta(context, updatedFields(item.changed, item.value)));
      await scheduleConsentReminders(tx, item.id, item.value, ids, context);
    }
  }
}

/** The demo seed and the CLI import act as 'demo-seed' and 'import'; a professional's id is kept as author. */
function revisionMeta(context: AuditContext | undefined, changed: string[]): RevisionMeta {
  const actorId = context?.actorId ?? 'import';
  const isProfessional = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(actorId);
  return {
    changedAt: context?.occurredAt ?? new Date(),
    changedById: isProfessional ? actorId : null,
    via: actorId === 'demo-seed' ? 'seed' : 'import',
    changed,
  };
}

const scoreFields = (plan: HouseholdPlan) => [...new Set(plan.scoreWrites.map((s) => `scores.${s.domain}`))];

function createdFields(plan: HouseholdPlan): string[] {
  return [
    'reference',
    'hasChildren',
    ...scoreFields(plan),
    ...(plan.household.coordinator === null ? [] : ['coordinator']),
    ...(plan.involved.length === 0 ? [] : ['involved']),
    ...(plan.consentWrites.length === 0 ? [] : ['consent']),
  ];
}

/** The import's change list, with 'scores' spelled out per domain as the chat does. */
function updatedFields(changed: string[], plan: HouseholdPlan): string[] {
  return changed.flatMap((field) => (field === 'scores' ? scoreFields(plan) : [field]));
}

// One statement per household with its rows nested: an import of a thousand households stays quick.
async function createHousehold(
  tx: Prisma.TransactionClient,
  plan: HouseholdPlan,
  ids: RosterIds,
  audit: AccessCollector,
): Promise<string> {
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
    select: { id: true, consents: { select: { id: true } } },
  });
  const about = { householdId: id, teamId: idOf(ids.teams, h.team, 'team'), reference: h.reference };
  audit.add({ ...about, kind: 'details', action: 'create', details: { changed: createdFields(plan) } });
  if (plan.scoreWrites.length > 0)
    audit.add({ ...about, kind: 'scores', action: 'create', details: { changed: scoreFields(plan) } });
  // The consent row, not the organisation: which organisations a household needs is care data.
  for (const consent of consents)
    audit.add({ ...about, kind: 'consent', action: 'create', subjectId: consent.id });
  return id;
}

async function updateHousehold(
  tx: Prisma.TransactionClient,
  householdId: string,
  changed: string[],
  plan: HouseholdPlan,
  ids: RosterIds,
  audit: AccessCollector,
) {
  const h = plan.household;
  const { teamId } = await tx.household.update({
    where: { id: householdId },
    data: { hasChildren: h.hasChildren, coordinatorId: coordinatorIdOf(plan, ids) },
    select: { teamId: true },
  });
  const about = { householdId, teamId, reference: h.reference };
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
      update: { givenOn: row.givenOn, validUntil: row.validUntil, withdrawnOn: row.withdrawnOn },
      select: { id: true },
    });
    const given = consent.withdrawnOn === null ? 'given' : 'withdrawn';
    audit.add({ ...about, kind: 'consent', action: 'change', subjectId: id, details: { consent: given } });
  }
  audit.add({
    ...about,
    kind: 'details',
    action: 'change',
    details: { changed: updatedFields(changed, plan) },
  });
  if (plan.scoreWrites.length > 0)
    audit.add({ ...about, kind: 'scores', action: 'change', details: { changed: scoreFields(plan) } });
}

/**
 * The reminder before each written consent's end date, in the import's transaction (the demo seed too: its
 * reminders are real). A consent given anew or renewed gets a reminder keyed by its new end date; the one
 * waiting for the old end date stays silent when it runs (remind-consent-ending.ts).
 */
async function scheduleConsentReminders(
  tx: Prisma.TransactionClient,
  householdId: string,
  plan: HouseholdPlan,
  ids: RosterIds,
  context: AuditContext | undefined,
): Promise<void> {
  const ending = plan.consentWrites.filter((c) => c.withdrawnOn === null && c.validUntil !== null);
  if (ending.length === 0) return;
  const teamId = idOf(ids.teams, plan.household.team, 'team');
  const rows = await tx.consent.findMany({
    where: {
      householdId,
      organisationId: { in: ending.map((c) => idOf(ids.organisations, c.organisation, 'organisation')) },
    },
    select: { id: true, validUntil: true },
  });
  const when = {
    teamId,
    now: context?.occurredAt ?? new Date(),
    timeZone: context?.timeZone ?? DEFAULT_TIME_ZONE,
  };
  for (const row of rows)
    if (row.validUntil) await scheduleReminder(tx, when, row.id, isoDate(row.validUntil));
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
    validUntil: consent.validUntil === null ? null : dateColumn(consent.validUntil),
    withdrawnOn: consent.withdrawnOn === null ? null : dateColumn(consent.withdrawnOn),
  };
}
