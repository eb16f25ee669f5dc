import { randomUUID } from 'node:crypto';
import type {
  DigestRead,
  DigestStore,
  DigestTeam,
  DigestUnitOfWork,
  DigestWrites,
} from '../../../app/digest/digest-store.ts';
import type { MessagePlatform } from '../../../app/ports/messenger.ts';
import {
  DEFAULT_TEAM_SETTINGS,
  parseTeamSettings,
  type TeamSettings,
} from '../../../app/settings/team-settings.ts';
import type { DigestAttendee } from '../../../domain/digest/digest-input.ts';
import { isLocale } from '../../../domain/locale.ts';
import { addDays, localDayStart } from '../../../domain/slots/zone-offsets.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { workPortsOf } from '../../work/prisma-unit-of-work.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';

/** The raw-query part of Prisma: every read below is one statement, so the count never grows with the data. */
type Sql = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;

interface TeamRow {
  id: string;
  slug: string;
  name: string;
  settings: unknown;
}

const settingsOf = (raw: unknown): TeamSettings => {
  const parsed = parseTeamSettings(raw ?? {});
  return parsed.ok ? parsed.settings : DEFAULT_TEAM_SETTINGS;
};

const teamOf = (row: TeamRow): DigestTeam => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  digest: settingsOf(row.settings).digest,
});

/**
 * Storage of the weekly digest (the rules: src/domain/digest/). One team's digest is read in seven statements
 * whatever its size — the team, its members, its households with their helper count and last conference (as
 * aggregates), the actions that can matter this week, the conferences of last and this week with their
 * households and attendees (as JSON), their ledger events, and its channels.
 */
export function createDigestStore(sql: Sql): DigestStore {
  return {
    async teams() {
      const rows = await sql.$queryRaw<TeamRow[]>`
        SELECT "id", "slug", "name", "settings" FROM "Team" ORDER BY "slug"`;
      return rows.map(teamOf);
    },
    async teamBySlug(slug) {
      const rows = await sql.$queryRaw<TeamRow[]>`
        SELECT "id", "slug", "name", "settings" FROM "Team" WHERE "slug" = ${slug}`;
      return rows[0] ? teamOf(rows[0]) : undefined;
    },
    async teamsOf(professionalId) {
      const rows = await sql.$queryRaw<TeamRow[]>`
        SELECT t."id", t."slug", t."name", t."settings"
        FROM "TeamMembership" m JOIN "Team" t ON t."id" = m."teamId"
        WHERE m."professionalId" = ${professionalId}
        ORDER BY t."slug"`;
      return rows.map(teamOf);
    },
    read: (teamId, week) => readTeam(sql, teamId, week),
    async sentTeams(weekOf) {
      const rows = await sql.$queryRaw<{ teamId: string }[]>`
        SELECT "teamId" FROM "Digest" WHERE "recipient" = 'team' AND "weekOf" = ${dateColumn(weekOf)}::date`;
      return new Set(rows.map((r) => r.teamId));
    },
    async setOptOut(professionalId, optedOut) {
      await sql.$executeRaw`
        UPDATE "Professional" SET "digestOptOut" = ${optedOut}, "updatedAt" = now() WHERE "id" = ${professionalId}`;
    },
  };
}

interface MemberRow {
  id: string;
  key: string;
  name: string;
  locale: string | null;
  optedOut: boolean;
  active: boolean;
}
interface HouseholdRow {
  id: string;
  reference: string;
  createdAt: Date;
  planClosed: boolean;
  hasCoordinator: boolean;
  helpers: number;
  lastConferenceAt: Date | null;
}
interface ActionRow {
  id: string;
  reference: string;
  ownerId: string;
  dueOn: Date;
  status: 'open' | 'blocked' | 'done' | 'cancelled';
  blockedSince: Date | null;
  snoozedUntil: Date | null;
  doneAt: Date | null;
  doneById: string | null;
  description: string;
}
interface ConferenceRow {
  id: string;
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  startsAt: Date;
  plannedStartsAt: Date | null;
  cancelReason: string | null;
  chairId: string | null;
  minuteTakerId: string | null;
  references: string;
  attendees: string;
}
interface EventRow {
  conferenceId: string;
  kind: DigestRead['events'][number]['kind'];
  reason: string | null;
  delayDays: number | null;
  at: Date;
}

async function readTeam(
  sql: Sql,
  teamId: string,
  { weekOf, zone }: { now: Date; weekOf: string; zone: string },
): Promise<DigestRead | undefined> {
  const instant = (dateIso: string) => new Date(localDayStart(dateIso, zone) * 60_000);
  const lastMonday = instant(addDays(weekOf, -7));
  const thisMonday = instant(weekOf);
  const nextMonday = instant(addDays(weekOf, 7));
  const weekEnd = dateColumn(addDays(weekOf, 6));
  const [teams, members, households, actions, conferences, events, channels] = await Promise.all([
    sql.$queryRaw<TeamRow[]>`SELECT "id", "slug", "name", "settings" FROM "Team" WHERE "id" = ${teamId}`,
    sql.$queryRaw<MemberRow[]>`
      SELECT p."id", p."externalKey" AS "key", p."name", p."locale", p."digestOptOut" AS "optedOut", p."active"
      FROM "TeamMembership" m JOIN "Professional" p ON p."id" = m."professionalId"
      WHERE m."teamId" = ${teamId}
      ORDER BY p."name", p."id"`,
    sql.$queryRaw<HouseholdRow[]>`
      SELECT h."id", h."reference", h."createdAt", h."planClosedAt" IS NOT NULL AS "planClosed",
             h."coordinatorId" IS NOT NULL AS "hasCoordinator",
             COALESCE(i."helpers", 0)::int AS "helpers", c."last" AS "lastConferenceAt"
      FROM "Household" h
      LEFT JOIN (SELECT hi."householdId", count(*) AS "helpers"
                 FROM "HouseholdInvolvement" hi JOIN "Household" hh ON hh."id" = hi."householdId"
                 WHERE hh."teamId" = ${teamId} GROUP BY hi."householdId") i ON i."householdId" = h."id"
      LEFT JOIN (SELECT ch."householdId", max(cc."startsAt") AS "last"
                 FROM "ConferenceHousehold" ch JOIN "CaseConference" cc ON cc."id" = ch."conferenceId"
                 WHERE cc."teamId" = ${teamId} AND cc."status"::text IN ('scheduled', 'held')
                   AND cc."startsAt" < ${nextMonday}
                 GROUP BY ch."householdId") c ON c."householdId" = h."id"
      WHERE h."teamId" = ${teamId}`,
    sql.$queryRaw<ActionRow[]>`
      SELECT a."id", h."reference", a."ownerId", a."dueOn", a."status"::text AS "status", a."blockedSince",
             a."snoozedUntil", a."doneAt", a."doneById", a."description"
      FROM "Action" a JOIN "Household" h ON h."id" = a."householdId"
      WHERE h."teamId" = ${teamId}
        AND ((a."status"::text = 'blocked')
          OR (a."status"::text = 'open' AND a."dueOn" <= ${weekEnd}::date)
          OR (a."status"::text = 'done' AND a."doneAt" >= ${lastMonday} AND a."doneAt" < ${thisMonday}))`,
    sql.$queryRaw<ConferenceRow[]>`
      SELECT c."id", c."status"::text AS "status", c."startsAt", c."plannedStartsAt", c."cancelReason",
             c."chairId", c."minuteTakerId",
             COALESCE((SELECT json_agg(h."reference") FROM "ConferenceHousehold" ch
                       JOIN "Household" h ON h."id" = ch."householdId"
                       WHERE ch."conferenceId" = c."id"), '[]'::json)::text AS "references",
             COALESCE((SELECT json_agg(json_build_object('professionalId', a."professionalId",
                                                         'role', a."role", 'discipline', a."disciplineCode",
                                                         'rsvp', a."rsvp"))
                       FROM "Attendance" a WHERE a."conferenceId" = c."id"), '[]'::json)::text AS "attendees"
      FROM "CaseConference" c
      WHERE c."teamId" = ${teamId}
        AND ((c."startsAt" >= ${lastMonday} AND c."startsAt" < ${nextMonday})
          OR (c."plannedStartsAt" >= ${lastMonday} AND c."plannedStartsAt" < ${thisMonday}))`,
    sql.$queryRaw<EventRow[]>`
      SELECT e."conferenceId", e."kind"::text AS "kind", e."reason", e."delayDays", e."at"
      FROM "ConferenceEvent" e JOIN "CaseConference" c ON c."id" = e."conferenceId"
      WHERE c."teamId" = ${teamId}
        AND ((c."startsAt" >= ${lastMonday} AND c."startsAt" < ${nextMonday})
          OR (c."plannedStartsAt" >= ${lastMonday} AND c."plannedStartsAt" < ${thisMonday}))`,
    sql.$queryRaw<{ id: string; platform: MessagePlatform }[]>`
      SELECT "id", "platform"::text AS "platform" FROM "TeamChannel" WHERE "teamId" = ${teamId} ORDER BY "id"`,
  ]);
  const team = teams[0];
  if (!team) return undefined;
  const settings = settingsOf(team.settings);
  return {
    team: teamOf(team),
    settings: {
      helperLimits: settings.helperLimits,
      blockedEscalationWorkingDays: settings.nudges.blockedEscalationWorkingDays,
    },
    people: members.map(({ id, key, name }) => ({ id, key, name })),
    members: members
      .filter((m) => m.active)
      .map((m) => ({
        id: m.id,
        key: m.key,
        name: m.name,
        optedOut: m.optedOut,
        ...(m.locale && isLocale(m.locale) ? { locale: m.locale } : {}),
      })),
    channels,
    householdIds: new Map(households.map((h) => [h.reference, h.id])),
    households: households.map(({ id: _id, ...h }) => h),
    actions: actions.map((a) => ({
      ...a,
      dueOn: isoDate(a.dueOn),
      blockedSince: a.blockedSince ? isoDate(a.blockedSince) : null,
      snoozedUntil: a.snoozedUntil ? isoDate(a.snoozedUntil) : null,
    })),
    conferences: conferences.map((c) => ({
      id: c.id,
      status: c.status,
      startsAt: c.startsAt,
      plannedStartsAt: c.plannedStartsAt,
      cancelReason: c.cancelReason,
      chairId: c.chairId,
      minuteTakerId: c.minuteTakerId,
      references: JSON.parse(c.references) as string[],
      attendees: JSON.parse(c.attendees) as DigestAttendee[],
    })),
    events,
  };
}

/** Claims a digest row; a row that exists (another instance sent it) returns false and changes nothing. */
export function digestWritesOf(tx: Sql): DigestWrites {
  return {
    async claim(row) {
      const written = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "Digest" ("id", "teamId", "professionalId", "recipient", "weekOf", "isoWeek", "late", "outboxId")
        VALUES (${randomUUID()}, ${row.teamId}, ${row.professionalId}, ${row.recipient},
                ${dateColumn(row.weekOf)}::date, ${row.isoWeek}, ${row.late}, ${row.outboxKey})
        ON CONFLICT ("teamId", "recipient", "weekOf") DO NOTHING
        RETURNING "id"`;
      return written.length > 0;
    },
  };
}

/** One transaction per team digest: its rows and its outbox messages commit together. */
export function createDigestUnitOfWork(prisma: PrismaClient): DigestUnitOfWork {
  return {
    run: (work) =>
      prisma.$transaction(
        (tx: Prisma.TransactionClient) => work({ ...workPortsOf(tx), writes: digestWritesOf(tx) }),
        { timeout: 60_000 },
      ),
  };
}
