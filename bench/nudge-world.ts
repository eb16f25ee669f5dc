import type { PrismaClient } from '../src/generated/prisma/client.ts';

/**
 * A team with many open actions, written with set-based SQL so that 100,000 rows take seconds: used by the
 * nudge benchmark (bench/nudges.bench.ts) and the nudge crash test (tests/faults/nudge-crash.test.ts).
 *
 * Everyone works Monday to Friday all day (so the moment measured is inside everyone's hours), has a Slack
 * account in workspace T-NUDGE (user id U<n>) and owns the same number of actions. `due` of the actions fall
 * due today (nextNudgeAt before `now`, due date today); the rest are due in 60 days and are not looked at.
 */
export interface NudgeWorldSize {
  people: number;
  actions: number;
  due: number;
  /** The sweep's moment: a working day, not a Dutch public holiday. */
  now: Date;
  /** The local date of `now` in Europe/Amsterdam, 'YYYY-MM-DD'. */
  today: string;
}

export const NUDGE_WORKSPACE = 'T-NUDGE';

export async function seedNudgeWorld(prisma: PrismaClient, size: NudgeWorldSize): Promise<void> {
  const { people, actions, due, now, today } = size;
  const households = Math.max(1, Math.ceil(actions / 10));
  const run = (sql: string, ...values: unknown[]) => prisma.$executeRawUnsafe(sql, ...values);
  await run(`INSERT INTO "Organisation" (id, name) VALUES ('org-nudge', 'Nudge organisation')`);
  await run(`INSERT INTO "Team" (id, slug, name) VALUES ('team-nudge', 'nudge', 'Nudge team')`);
  await run(
    `INSERT INTO "Professional" (id, "externalKey", name, "organisationId", locale, "updatedAt")
     SELECT 'p-' || g, 'person-' || g, 'Person ' || g, 'org-nudge', 'nl', now() FROM generate_series(1, $1::int) g`,
    people,
  );
  await run(
    `INSERT INTO "TeamMembership" ("teamId", "professionalId", role)
     SELECT 'team-nudge', 'p-' || g, (CASE WHEN g = 1 THEN 'coach' ELSE 'member' END)::"TeamRole"
     FROM generate_series(1, $1::int) g`,
    people,
  );
  await run(
    `INSERT INTO "ContractDay" (id, "professionalId", weekday, "startMinute", "endMinute")
     SELECT 'c-' || g || '-' || d, 'p-' || g, d, 0, 1440 FROM generate_series(1, $1::int) g, generate_series(1, 5) d`,
    people,
  );
  await run(
    `INSERT INTO "PlatformIdentity" (id, "professionalId", platform, workspace, "externalUserId")
     SELECT 'i-' || g, 'p-' || g, 'slack', '${NUDGE_WORKSPACE}', 'U' || g FROM generate_series(1, $1::int) g`,
    people,
  );
  await run(
    `INSERT INTO "Household" (id, "teamId", reference, "coordinatorId", "updatedAt")
     SELECT 'h-' || g, 'team-nudge', 'HH-' || (100000 + g), 'p-' || (1 + (g % $2::int)), now()
     FROM generate_series(1, $1::int) g`,
    households,
    people,
  );
  // Action g belongs to household ceil(g / 10) and to owner 1 + (g mod people); the first `due` are due today.
  await run(
    `INSERT INTO "Action" (id, "householdId", "ownerId", description, "dueOn", status, "nextNudgeAt")
     SELECT 'a-' || g, 'h-' || ((g - 1) / 10 + 1), 'p-' || (1 + (g % $2::int)), 'Action ' || g,
            CASE WHEN g <= $3::int THEN $4::date ELSE $4::date + 60 END, 'open',
            CASE WHEN g <= $3::int THEN $5::timestamptz - interval '1 minute' ELSE $5::timestamptz + interval '50 days' END
     FROM generate_series(1, $1::int) g`,
    actions,
    people,
    due,
    today,
    now,
  );
}
