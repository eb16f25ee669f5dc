import type { RosterPlan } from '../../../app/roster/plan-changes.ts';
import type { AuditContext, RosterStore } from '../../../app/roster/roster-store.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { createAccessCollector } from './access-log-collector.ts';
import { writeHouseholds } from './household-writer.ts';
import { writeProfessionals } from './professional-writer.ts';
import { idsFrom } from './roster-ids.ts';
import { readRosterSnapshot } from './roster-snapshot-reader.ts';

/**
 * Serialises imports (and the demo seed at startup) across processes: two instances seeding the same empty
 * PostgreSQL database at once would otherwise both create the demo team. Any fixed number works; it only has
 * to differ from other advisory locks of casus.
 */
const IMPORT_LOCK = 7_302_015;

/** A large roster on the embedded database takes a while; Prisma's default of 5 s is for web requests. */
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

export function createRosterStore(prisma: PrismaClient): RosterStore {
  return {
    transaction: (work) =>
      prisma.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
          return work({
            countTeams: () => tx.team.count(),
            load: (keys) => readRosterSnapshot(tx, keys),
            apply: (plan, audit) => applyPlan(tx, plan, audit),
          });
        },
        { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
      ),
  };
}

async function applyPlan(
  tx: Prisma.TransactionClient,
  plan: RosterPlan,
  context: AuditContext,
): Promise<void> {
  const ids = idsFrom(plan);
  const audit = createAccessCollector(context);
  for (const item of plan.organisations) {
    if (item.kind !== 'create') continue;
    const { id } = await tx.organisation.create({ data: item.value, select: { id: true } });
    ids.organisations.set(item.value.name, id);
    audit.add({
      kind: 'roster',
      action: 'create',
      subjectId: id,
      details: { organisation: item.value.name },
    });
  }
  for (const item of plan.teams) {
    const id =
      item.kind === 'create'
        ? (await tx.team.create({ data: item.value, select: { id: true } })).id
        : item.id;
    if (item.kind === 'update') await tx.team.update({ where: { id }, data: { name: item.value.name } });
    ids.teams.set(item.value.slug, id);
    if (item.kind !== 'unchanged')
      audit.add({
        ...rosterChange(item.kind, id),
        teamId: id,
        details: { team: item.value.slug, ...changedOf(item) },
      });
  }
  for (const item of plan.disciplines) {
    const id =
      item.kind === 'create'
        ? (await tx.discipline.create({ data: item.value, select: { id: true } })).id
        : item.id;
    if (item.kind === 'update') {
      await tx.discipline.update({
        where: { id },
        data: { nameNl: item.value.nameNl, nameEn: item.value.nameEn },
      });
    }
    ids.disciplines.set(item.value.code, id);
    if (item.kind !== 'unchanged')
      audit.add({
        ...rosterChange(item.kind, id),
        details: { discipline: item.value.code, ...changedOf(item) },
      });
  }
  await writeProfessionals(tx, plan.professionals, ids, audit, context);
  await writeHouseholds(tx, plan.households, ids, audit, context);
  await audit.flush(tx);
}

/** A roster row (team, discipline) created or changed: not household data, logged all the same. */
function rosterChange(kind: 'create' | 'update', subjectId: string) {
  return {
    kind: 'roster' as const,
    action: kind === 'create' ? ('create' as const) : ('change' as const),
    subjectId,
  };
}

function changedOf(item: { kind: string; changed?: string[] }): { changed?: string[] } {
  return item.changed ? { changed: item.changed } : {};
}

/** For the demo seed and the CLI: is there any team at all? */
export async function countTeams(prisma: PrismaClient): Promise<number> {
  return prisma.team.count();
}
