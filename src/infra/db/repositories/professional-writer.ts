import { absenceKey, type Planned } from '../../../app/roster/plan-changes.ts';
import type { ProfessionalRecord } from '../../../app/roster/roster-model.ts';
import type { AuditContext } from '../../../app/roster/roster-store.ts';
import { addDays, localDayStart } from '../../../domain/slots/zone-offsets.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import type { AccessCollector } from './access-log-collector.ts';
import { idOf, type RosterIds } from './roster-ids.ts';

/**
 * Creates and updates professionals. Teams, disciplines, working days and platform identities are replaced
 * by the file's when they differ (the file is the truth for the professionals it lists).
 */
export async function writeProfessionals(
  tx: Prisma.TransactionClient,
  items: Planned<ProfessionalRecord>[],
  ids: RosterIds,
  audit: AccessCollector,
  context?: Pick<AuditContext, 'timeZone'>,
): Promise<void> {
  // Identities first leave everyone who loses one, so a platform user can move between two professionals
  // of the same file without tripping the unique index halfway.
  for (const item of items) {
    if (item.kind === 'update' && item.changed.includes('identities')) {
      await tx.platformIdentity.deleteMany({ where: { professionalId: item.id } });
    }
  }
  for (const item of items) {
    if (item.kind === 'unchanged') {
      ids.professionals.set(item.value.key, item.id);
    } else if (item.kind === 'create') {
      const p = item.value;
      const { id } = await tx.professional.create({
        data: {
          ...scalars(p, ids),
          memberships: { create: memberships(p, ids) },
          disciplines: { create: disciplines(p, ids) },
          contractDays: { create: p.days },
          identities: { create: identities(p) },
        },
        select: { id: true },
      });
      ids.professionals.set(p.key, id);
      audit.add({ kind: 'roster', action: 'create', subjectId: id, details: { professional: p.key } });
    } else {
      await update(tx, item.id, item.value, item.changed, ids);
      ids.professionals.set(item.value.key, item.id);
      audit.add({
        kind: 'roster',
        action: 'change',
        subjectId: item.id,
        details: { professional: item.value.key, changed: item.changed },
      });
    }
  }
  // After every professional exists, so a deputy may be one this file creates.
  for (const item of items) {
    if (item.kind === 'create' || (item.kind === 'update' && item.changed.includes('absences')))
      await addAbsences(tx, item.value, ids, context?.timeZone ?? 'Europe/Amsterdam');
  }
}

/**
 * The file's absences that are not recorded yet (the same days and deputy), with the instants the planner reads:
 * the start of the first day to the start of the day after the last, in the scheduling zone. Never removes one.
 */
async function addAbsences(
  tx: Prisma.TransactionClient,
  p: ProfessionalRecord,
  ids: RosterIds,
  timeZone: string,
) {
  if (p.absences.length === 0) return;
  const professionalId = idOf(ids.professionals, p.key, 'professional');
  const stored = await tx.absence.findMany({
    where: { professionalId, fromOn: { not: null }, toOn: { not: null } },
    select: { fromOn: true, toOn: true, deputy: { select: { externalKey: true } } },
  });
  const known = new Set(
    stored.map((a) =>
      absenceKey({
        from: a.fromOn!.toISOString().slice(0, 10),
        to: a.toOn!.toISOString().slice(0, 10),
        deputy: a.deputy?.externalKey ?? null,
      }),
    ),
  );
  const minute = 60_000;
  const fresh = p.absences.filter((a) => !known.has(absenceKey(a)));
  if (fresh.length === 0) return;
  await tx.absence.createMany({
    data: fresh.map((a) => ({
      professionalId,
      fromOn: new Date(`${a.from}T00:00:00.000Z`),
      toOn: new Date(`${a.to}T00:00:00.000Z`),
      startsAt: new Date(localDayStart(a.from, timeZone) * minute),
      endsAt: new Date(localDayStart(addDays(a.to, 1), timeZone) * minute),
      deputyId: a.deputy === null ? null : idOf(ids.professionals, a.deputy, 'professional'),
    })),
  });
}

async function update(
  tx: Prisma.TransactionClient,
  professionalId: string,
  p: ProfessionalRecord,
  changed: string[],
  ids: RosterIds,
) {
  await tx.professional.update({ where: { id: professionalId }, data: scalars(p, ids) });
  const where = { professionalId };
  if (changed.includes('teams')) {
    await tx.teamMembership.deleteMany({ where });
    await tx.teamMembership.createMany({ data: memberships(p, ids).map((m) => ({ ...m, professionalId })) });
  }
  if (changed.includes('disciplines')) {
    await tx.professionalDiscipline.deleteMany({ where });
    await tx.professionalDiscipline.createMany({
      data: disciplines(p, ids).map((d) => ({ ...d, professionalId })),
    });
  }
  if (changed.includes('days')) {
    await tx.contractDay.deleteMany({ where });
    await tx.contractDay.createMany({ data: p.days.map((d) => ({ ...d, professionalId })) });
  }
  if (changed.includes('identities')) {
    await tx.platformIdentity.createMany({ data: identities(p).map((i) => ({ ...i, professionalId })) });
  }
}

function scalars(p: ProfessionalRecord, ids: RosterIds) {
  return {
    externalKey: p.key,
    name: p.name,
    email: p.email,
    organisationId: idOf(ids.organisations, p.organisation, 'organisation'),
    contractHours: p.contractHours,
    busyCalendarUrl: p.busyCalendar,
  };
}

function memberships(p: ProfessionalRecord, ids: RosterIds) {
  return p.teams.map((slug) => ({ teamId: idOf(ids.teams, slug, 'team'), role: p.role }));
}

function disciplines(p: ProfessionalRecord, ids: RosterIds) {
  return p.disciplines.map((code) => ({ disciplineId: idOf(ids.disciplines, code, 'discipline') }));
}

function identities(p: ProfessionalRecord) {
  return p.identities.map((i) => ({
    platform: i.platform,
    workspace: i.workspace,
    externalUserId: i.userId,
  }));
}
