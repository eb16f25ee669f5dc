import { randomUUID } from 'node:crypto';
import type {
  DueAction,
  DueTeam,
  NudgeContact,
  NudgeStore,
  NudgeUnitOfWork,
  NudgeWrites,
} from '../../app/actions/nudge-store.ts';
import { localDate } from '../../app/format-when.ts';
import { DEFAULT_TEAM_SETTINGS, parseTeamSettings } from '../../app/settings/team-settings.ts';
import { kindOfStep, type NudgeRecord, type NudgeStep } from '../../domain/actions/nudge-policy.ts';
import type { Absence, NudgePerson } from '../../domain/actions/reachability.ts';
import { dutchHolidaysAround } from '../../domain/actions/working-day.ts';
import { isLocale } from '../../domain/locale.ts';
import { addDays } from '../../domain/slots/zone-offsets.ts';
import type { Prisma, PrismaClient, NudgeStep as StoredNudgeStep } from '../../generated/prisma/client.ts';
import type { Database } from '../db/database.ts';
import { recordAccesses } from '../db/repositories/access-log-repository.ts';
import { workPortsOf } from '../work/prisma-unit-of-work.ts';

type Client = PrismaClient | Prisma.TransactionClient;

export interface NudgeStoreOptions {
  /** The scheduling zone (Config.scheduling.timeZone): local dates and contract hours are read in it. */
  timeZone: string;
}

/** How far ahead nextNudgeAt looks (400 days): the public holidays must cover it. */
const HOLIDAY_HORIZON_DAYS = 400;

const toStep = (step: StoredNudgeStep): NudgeStep => step.replaceAll('_', '-') as NudgeStep;
const fromStep = (step: NudgeStep): StoredNudgeStep => step.replaceAll('-', '_') as StoredNudgeStep;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const dbDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface DueRow {
  id: string;
  ownerId: string;
  description: string;
  dueOn: Date;
  status: string;
  snoozedUntil: Date | null;
  blockedSince: Date | null;
  version: number;
  householdId: string;
  reference: string;
  teamId: string;
  coordinatorId: string | null;
  /** JSON array of the action's nudge records, or null: see historyOf. */
  history: string | null;
}

interface PersonRow {
  id: string;
  externalKey: string;
  name: string;
  locale: string | null;
  /** JSON: [{ weekday, startMinute, endMinute }]. */
  contractDays: string;
}

/** The nudge records of one due row, a JSON array of { step, on, to, dueOn } (null when there are none). */
function historyOf(json: string | null): NudgeRecord[] {
  if (json === null) return [];
  const records = JSON.parse(json) as { step: StoredNudgeStep; on: string; to: string; dueOn: string }[];
  return records.map((record) => ({ ...record, step: toStep(record.step) }));
}

/**
 * Storage only (the rule lives in domain/actions/nudge-policy.ts). Reads a fixed number of queries however many
 * actions are due: the due actions (by the next-nudge index), their nudge records, their teams with the team
 * coach, the absences of everyone involved and of their deputies, the people with their contract blocks, and
 * the messages already sent today.
 */
export function createNudgeStore(prisma: Client, options: NudgeStoreOptions): NudgeStore {
  const { timeZone } = options;
  return {
    async dueActions(now, limit) {
      // Raw SQL for the two reads that grow with the due actions: Prisma maps 10,000 rows far slower.
      const rows = await prisma.$queryRaw<DueRow[]>`
        SELECT a."id", a."ownerId", a."description", a."dueOn", a."status"::text AS "status",
               a."snoozedUntil", a."blockedSince", a."version", a."householdId",
               h."reference", h."teamId", h."coordinatorId",
               -- The nudge records in the same statement: a second query by 10,000 ids costs more.
               (SELECT json_agg(json_build_object('step', n."step"::text, 'on', n."sentOn",
                                                  'to', n."recipientId", 'dueOn', n."dueOn"))::text
                FROM "Nudge" n WHERE n."actionId" = a."id") AS "history"
        FROM "Action" a JOIN "Household" h ON h."id" = a."householdId"
        WHERE a."nextNudgeAt" <= ${now}
        -- By owner, so a person's actions arrive in the same read and are bundled into one message.
        ORDER BY a."ownerId", a."id"
        LIMIT ${Math.min(limit, 1_000_000)}`;
      if (rows.length === 0) return [];
      const today = localDate(now, timeZone);

      const teams = await prisma.team.findMany({
        where: { id: { in: [...new Set(rows.map((row) => row.teamId))] } },
        select: {
          id: true,
          settings: true,
          memberships: {
            where: { role: 'coach', professional: { active: true } },
            select: { professionalId: true },
            orderBy: { professionalId: 'asc' },
          },
        },
      });

      // Everyone a message may reach: owners, household coordinators, coaches, and their deputies.
      const involved = new Set<string>();
      for (const row of rows) {
        involved.add(row.ownerId);
        if (row.coordinatorId) involved.add(row.coordinatorId);
      }
      for (const team of teams) for (const m of team.memberships) involved.add(m.professionalId);
      const absences = await absencesOf(prisma, [...involved], now, timeZone);
      const deputies = [...absences.values()]
        .flat()
        .flatMap((absence) =>
          absence.deputyId && !involved.has(absence.deputyId) ? [absence.deputyId] : [],
        );
      if (deputies.length > 0) {
        for (const [id, list] of await absencesOf(prisma, [...new Set(deputies)], now, timeZone)) {
          absences.set(id, list);
        }
        for (const id of deputies) involved.add(id);
      }
      const [people, sentToday] = await Promise.all([
        // Raw SQL with the contract blocks as JSON: Prisma's relation load takes a second query per read.
        prisma.$queryRaw<PersonRow[]>`
          SELECT p."id", p."externalKey", p."name", p."locale",
                 COALESCE((SELECT json_agg(json_build_object('weekday', c."weekday",
                                                             'startMinute', c."startMinute",
                                                             'endMinute', c."endMinute"))
                           FROM "ContractDay" c WHERE c."professionalId" = p."id"), '[]'::json)::text
                   AS "contractDays"
          FROM "Professional" p
          WHERE p."id" = ANY(${[...involved]}::text[]) AND p."active"`,
        prisma.nudge.findMany({
          where: { recipientId: { in: [...involved] }, sentOn: dbDay(today) },
          select: { recipientId: true, step: true, sentOn: true },
          distinct: ['recipientId', 'step'],
        }),
      ]);

      const nudgePeople: NudgePerson[] = people.map((person) => ({
        id: person.id,
        contract: JSON.parse(person.contractDays) as NudgePerson['contract'],
        absences: absences.get(person.id) ?? [],
      }));
      const contacts = new Map<string, NudgeContact>(
        people.map((person) => [
          person.id,
          {
            id: person.id,
            key: person.externalKey,
            name: person.name,
            locale: isLocale(person.locale) ? person.locale : undefined,
          },
        ]),
      );
      const holidays = new Set([
        ...dutchHolidaysAround(today),
        ...dutchHolidaysAround(addDays(today, HOLIDAY_HORIZON_DAYS)),
      ]);
      const sent = sentToday.map((row) => ({
        to: row.recipientId,
        kind: kindOfStep(toStep(row.step)),
        on: isoDay(row.sentOn),
      }));

      const byTeam = new Map<string, DueAction[]>();
      for (const row of rows) {
        const action: DueAction = {
          id: row.id,
          ownerId: row.ownerId,
          householdId: row.householdId,
          householdReference: row.reference,
          description: row.description,
          dueOn: isoDay(row.dueOn),
          status: row.status as DueAction['status'],
          snoozedUntil: row.snoozedUntil ? isoDay(row.snoozedUntil) : null,
          blockedSince: row.blockedSince ? isoDay(row.blockedSince) : null,
          coordinatorId: row.coordinatorId,
          history: historyOf(row.history),
          version: row.version,
        };
        const list = byTeam.get(row.teamId) ?? [];
        list.push(action);
        byTeam.set(row.teamId, list);
      }

      return teams.map((team): DueTeam => {
        const parsed = parseTeamSettings(team.settings);
        return {
          teamId: team.id,
          situation: {
            timeZone,
            people: nudgePeople,
            // casus has no team-wide coordinator (TeamRole is member, coach, admin): the household's is used.
            team: { coordinatorId: null, coachId: team.memberships[0]?.professionalId ?? null },
            holidays,
            settings: (parsed.ok ? parsed.settings : DEFAULT_TEAM_SETTINGS).nudges,
            sent,
          },
          actions: byTeam.get(team.id) ?? [],
          contacts,
        };
      });
    },
  };
}

/** Absences that have not ended, by professional, as local dates (the dates entered, else the zone's). */
async function absencesOf(
  prisma: Client,
  ids: readonly string[],
  now: Date,
  timeZone: string,
): Promise<Map<string, Absence[]>> {
  const rows = await prisma.absence.findMany({
    where: { professionalId: { in: [...ids] }, endsAt: { gt: now } },
    select: { professionalId: true, fromOn: true, toOn: true, startsAt: true, endsAt: true, deputyId: true },
    orderBy: { startsAt: 'asc' },
  });
  const byPerson = new Map<string, Absence[]>();
  for (const row of rows) {
    const list = byPerson.get(row.professionalId) ?? [];
    list.push({
      from: row.fromOn ? isoDay(row.fromOn) : localDate(row.startsAt, timeZone),
      to: row.toOn ? isoDay(row.toOn) : localDate(new Date(row.endsAt.getTime() - 1), timeZone),
      deputyId: row.deputyId,
    });
    byPerson.set(row.professionalId, list);
  }
  return byPerson;
}

/** The sweep's writes on one transaction: one statement each. */
export function nudgeWritesOf(tx: Prisma.TransactionClient): NudgeWrites {
  return {
    async recordSent(records) {
      if (records.length === 0) return;
      // One statement for the whole unit (Prisma's createMany binds every value separately, which is slow).
      const ids = records.map(() => randomUUID());
      const actions = records.map((record) => record.actionId);
      const recipients = records.map((record) => record.recipientId);
      const steps = records.map((record) => fromStep(record.step));
      const sentOn = records.map((record) => record.on);
      const dueOn = records.map((record) => record.dueOn);
      const insteadOf = records.map((record) => record.insteadOfId);
      await tx.$executeRaw`
        INSERT INTO "Nudge" ("id", "actionId", "recipientId", "step", "sentOn", "dueOn", "insteadOfId")
        SELECT n.id, n.action, n.recipient, n.step::"NudgeStep", n.sent_on, n.due_on, n.instead_of
        FROM unnest(${ids}::text[], ${actions}::text[], ${recipients}::text[], ${steps}::text[],
                    ${sentOn}::date[], ${dueOn}::date[], ${insteadOf}::text[])
          AS n(id, action, recipient, step, sent_on, due_on, instead_of)
        ON CONFLICT ("actionId", "recipientId", "step", "sentOn") DO NOTHING`;
    },
    async setNextNudgeAt(updates) {
      if (updates.length === 0) return [];
      const ids = updates.map((update) => update.actionId);
      const versions = updates.map((update) => update.version);
      const ats = updates.map((update) => update.at?.toISOString() ?? null);
      // Only where nobody changed the action since it was read: a change sets its own time (now), which stands.
      const written = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Action" AS a SET "nextNudgeAt" = u.at
        FROM unnest(${ids}::text[], ${versions}::int[], ${ats}::timestamptz[]) AS u(id, version, at)
        WHERE a."id" = u.id AND a."version" = u.version
        RETURNING a."id"`;
      return written.map((row) => row.id);
    },
    logReads: (entries) => recordAccesses(tx, entries),
  };
}

/**
 * One transaction per unit: the outbox, scheduler and access log with the sweep's writes on it. Give
 * `parallelUnits` above 1 only on PostgreSQL (each unit takes a connection of the pool).
 */
export function createNudgeUnitOfWork(
  prisma: PrismaClient,
  options: { parallelUnits?: number } = {},
): NudgeUnitOfWork {
  return {
    parallelUnits: options.parallelUnits ?? 1,
    run: (work) => prisma.$transaction((tx) => work({ ...workPortsOf(tx), writes: nudgeWritesOf(tx) })),
  };
}

/** Units at once for this database: one on the embedded database (a single connection), three on PostgreSQL. */
export function nudgeParallelUnits(db: Pick<Database, 'kind'>): number {
  return db.kind === 'postgres' ? 3 : 1;
}
