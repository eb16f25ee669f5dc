import type { ActionReads, ActionStore } from '../../../app/actions/action-store.ts';
import type { AbsenceView } from '../../../app/actions/action-types.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';

type Client = PrismaClient | Prisma.TransactionClient;

const personSelect = { id: true, externalKey: true, name: true } as const;

const absenceSelect = {
  id: true,
  fromOn: true,
  toOn: true,
  startsAt: true,
  endsAt: true,
  professional: { select: personSelect },
  deputy: { select: personSelect },
} satisfies Prisma.AbsenceSelect;

type AbsenceRow = Prisma.AbsenceGetPayload<{ select: typeof absenceSelect }>;

const ref = (row: { id: string; externalKey: string; name: string }) => ({
  id: row.id,
  key: row.externalKey,
  name: row.name,
});

/** An absence with its local dates; one entered by SQL only (no fromOn/toOn) by its instants in UTC. */
function toAbsence(row: AbsenceRow): AbsenceView {
  // endsAt is the start of the day after the last day.
  const lastDay = new Date(row.endsAt.getTime() - 1);
  return {
    id: row.id,
    person: ref(row.professional),
    from: row.fromOn ? isoDate(row.fromOn) : isoDate(row.startsAt),
    to: row.toOn ? isoDate(row.toOn) : isoDate(lastDay),
    deputy: row.deputy ? ref(row.deputy) : null,
  };
}

const storedPersonSelect = {
  ...personSelect,
  active: true,
  contractDays: { select: { weekday: true } },
  memberships: { select: { teamId: true, role: true } },
} satisfies Prisma.ProfessionalSelect;

/** People and their absences, as the ActionBook reads them. Storage only. */
export function absenceReads(client: Client): Pick<ActionReads, 'person' | 'personByKey' | 'absencesOf'> {
  async function person(where: Prisma.ProfessionalWhereUniqueInput) {
    const row = await client.professional.findUnique({ where, select: storedPersonSelect });
    if (!row) return undefined;
    return {
      ...ref(row),
      active: row.active,
      contractWeekdays: [...new Set(row.contractDays.map((d) => d.weekday))].sort(),
      teams: row.memberships.map((m) => ({ id: m.teamId, role: m.role })),
    };
  }
  return {
    person: (id) => person({ id }),
    personByKey: (externalKey) => person({ externalKey }),
    async absencesOf(personId, from) {
      const rows = await client.absence.findMany({
        where: { professionalId: personId, endsAt: { gt: dateColumn(from) } },
        select: absenceSelect,
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toAbsence).filter((absence) => absence.to >= from);
    },
  };
}

export function absenceWrites(tx: Prisma.TransactionClient): Pick<ActionStore, 'createAbsence'> {
  return {
    async createAbsence(row) {
      const created = await tx.absence.create({
        data: {
          professionalId: row.professionalId,
          fromOn: dateColumn(row.from),
          toOn: dateColumn(row.to),
          startsAt: row.startsAt,
          endsAt: row.endsAt,
          deputyId: row.deputyId,
        },
        select: absenceSelect,
      });
      return toAbsence(created);
    },
  };
}
