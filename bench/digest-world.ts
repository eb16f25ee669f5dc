import type { PrismaClient } from '../src/generated/prisma/client.ts';

/**
 * A team for the weekly digest benchmark (bench/digest.bench.ts), written with set-based SQL: `households`
 * households with 10 actions each (open due this week, overdue, blocked for weeks, done last week, due later),
 * 3 helpers each (every 50th household 9: above the limit), a conference per 10 households in last week or this
 * week with 4 attendees and a decline in the ledger, and 40 members. `weekOf` is the Monday of the digest's week.
 */
export interface DigestWorldSize {
  /** Also the prefix of every id, so several teams fit in one database. */
  team: string;
  households: number;
  weekOf: string;
}

const PEOPLE = 40;

export async function seedDigestWorld(prisma: PrismaClient, size: DigestWorldSize): Promise<void> {
  const { team: t, households, weekOf } = size;
  const run = (sql: string, ...values: unknown[]) => prisma.$executeRawUnsafe(sql, ...values);
  await run(`INSERT INTO "Organisation" (id, name) VALUES ('${t}-org', 'Digest organisation ${t}')`);
  await run(`INSERT INTO "Team" (id, slug, name) VALUES ('${t}', '${t}', 'Team ${t}')`);
  await run(
    `INSERT INTO "Professional" (id, "externalKey", name, "organisationId", locale, "updatedAt")
     SELECT '${t}-p' || g, '${t}-person-' || g, 'Person ' || g, '${t}-org', 'nl', now() FROM generate_series(1, ${PEOPLE}) g`,
  );
  await run(
    `INSERT INTO "TeamMembership" ("teamId", "professionalId", role)
     SELECT '${t}', '${t}-p' || g, 'member'::"TeamRole" FROM generate_series(1, ${PEOPLE}) g`,
  );
  await run(
    `INSERT INTO "Household" (id, "teamId", reference, "coordinatorId", "createdAt", "updatedAt")
     SELECT '${t}-h' || g, '${t}', 'HH-' || (100000 + g), '${t}-p' || (1 + g % ${PEOPLE}),
            $1::date - 365, now()
     FROM generate_series(1, $2::int) g`,
    weekOf,
    households,
  );
  await run(
    `INSERT INTO "HouseholdInvolvement" ("householdId", "professionalId")
     SELECT '${t}-h' || g, '${t}-p' || (1 + (g + k) % ${PEOPLE})
     FROM generate_series(1, $1::int) g, generate_series(1, 9) k
     WHERE k <= 3 OR g % 50 = 0`,
    households,
  );
  // Action k (1…10) of household g: 1–3 due this week, 4–5 overdue, 6 blocked since 30 days, 7–8 done last week,
  // 9–10 due in two months.
  await run(
    `INSERT INTO "Action" (id, "householdId", "ownerId", description, "dueOn", status, "blockedSince", "doneAt", "doneById")
     SELECT '${t}-a' || g || '-' || k, '${t}-h' || g, '${t}-p' || (1 + (g * 10 + k) % ${PEOPLE}), 'Action ' || k,
            CASE WHEN k <= 3 THEN $1::date + k WHEN k <= 5 THEN $1::date - 10 ELSE $1::date + 60 END,
            (CASE WHEN k = 6 THEN 'blocked' WHEN k IN (7, 8) THEN 'done' ELSE 'open' END)::"ActionStatus",
            CASE WHEN k = 6 THEN $1::date - 30 END,
            CASE WHEN k IN (7, 8) THEN $1::timestamptz - interval '3 days' END,
            CASE WHEN k IN (7, 8) THEN '${t}-p' || (1 + g % ${PEOPLE}) END
     FROM generate_series(1, $2::int) g, generate_series(1, 10) k`,
    weekOf,
    households,
  );
  // Conference c covers households 10c-9…10c; odd ones last week (held), even ones this week (scheduled).
  const conferences = Math.ceil(households / 10);
  await run(
    `INSERT INTO "CaseConference" (id, "teamId", "startsAt", "endsAt", status, "icsUid")
     SELECT '${t}-c' || c, '${t}', $1::timestamptz + (CASE WHEN c % 2 = 1 THEN -5 ELSE 2 END) * interval '1 day' + interval '9 hours',
            $1::timestamptz + (CASE WHEN c % 2 = 1 THEN -5 ELSE 2 END) * interval '1 day' + interval '10 hours',
            (CASE WHEN c % 2 = 1 THEN 'held' ELSE 'scheduled' END)::"ConferenceStatus", '${t}-c' || c || '@bench'
     FROM generate_series(1, $2::int) c`,
    weekOf,
    conferences,
  );
  await run(
    `INSERT INTO "ConferenceHousehold" ("conferenceId", "householdId")
     SELECT '${t}-c' || ((g - 1) / 10 + 1), '${t}-h' || g FROM generate_series(1, $1::int) g`,
    households,
  );
  await run(
    `INSERT INTO "Attendance" ("conferenceId", "professionalId", role, "disciplineCode", rsvp)
     SELECT '${t}-c' || c, '${t}-p' || (1 + (c * 4 + k) % ${PEOPLE}), 'required'::"AttendeeRole", 'd' || k,
            (CASE WHEN k = 4 THEN 'declined' ELSE 'accepted' END)::"Rsvp"
     FROM generate_series(1, $1::int) c, generate_series(1, 4) k`,
    conferences,
  );
  await run(
    `INSERT INTO "ConferenceEvent" (id, "conferenceId", kind, reason, "leadMinutes", at)
     SELECT '${t}-e' || c, '${t}-c' || c, 'declined'::"ConferenceEventKind", 'ziekte', 1440, $1::timestamptz - interval '8 days'
     FROM generate_series(1, $2::int) c`,
    weekOf,
    conferences,
  );
}
