import type { CoachedTeam } from '../../../app/ports/coached-teams.ts';
import type { TeamViewStore } from '../../../app/team-view/team-view-store.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';

const day = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

/** Who coaches which team; shared by the team's view and its settings in chat. */
export async function coachedTeamsOf(prisma: PrismaClient, professionalId: string): Promise<CoachedTeam[]> {
  const rows = await prisma.teamMembership.findMany({
    where: { professionalId, role: { in: ['coach', 'admin'] }, professional: { active: true } },
    select: { team: { select: { id: true, slug: true, name: true } } },
  });
  return rows
    .map((row) => row.team)
    .toSorted((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}

/** Storage only: the trends are src/domain/team-trends/. Five queries, whatever the team's size. */
export function createTeamViewStore(prisma: PrismaClient): TeamViewStore {
  return {
    coachedTeams: (professionalId) => coachedTeamsOf(prisma, professionalId),

    async trendInput(teamId, { from, to }) {
      const between = { gte: from, lte: to };
      const [conferences, events, actions, actionEvents, households] = await Promise.all([
        prisma.caseConference.findMany({
          where: { teamId, OR: [{ plannedStartsAt: between }, { plannedStartsAt: null, startsAt: between }] },
          select: { id: true, status: true, startsAt: true, plannedStartsAt: true, cancelReason: true },
        }),
        prisma.conferenceEvent.findMany({
          where: {
            conference: {
              teamId,
              OR: [{ plannedStartsAt: between }, { plannedStartsAt: null, startsAt: between }],
            },
          },
          select: { conferenceId: true, kind: true, reason: true, delayDays: true, at: true },
        }),
        prisma.action.findMany({
          where: { household: { teamId }, createdAt: { lte: to }, ...stillMatters(from) },
          select: { id: true, createdAt: true, dueOn: true, status: true, doneAt: true },
        }),
        prisma.actionEvent.findMany({
          where: {
            kind: { in: ['recorded', 'due_moved', 'done', 'cancelled', 'reopened'] },
            action: { household: { teamId }, createdAt: { lte: to }, ...stillMatters(from) },
          },
          select: { actionId: true, at: true, kind: true, dueOn: true },
        }),
        prisma.household.findMany({
          where: {
            teamId,
            createdAt: { lte: to },
            OR: [{ planClosedAt: null }, { planClosedAt: { gte: from } }],
          },
          select: { createdAt: true, planClosedAt: true, involvements: { select: { since: true } } },
        }),
      ]);
      const eventsOf = new Map<string, { at: Date; kind: string; dueOn: string | null }[]>();
      for (const e of actionEvents) {
        const list = eventsOf.get(e.actionId) ?? [];
        list.push({ at: e.at, kind: e.kind, dueOn: day(e.dueOn) });
        eventsOf.set(e.actionId, list);
      }
      return {
        conferences,
        events,
        actions: actions.map((a) => ({
          createdAt: a.createdAt,
          dueOn: day(a.dueOn)!,
          status: a.status,
          doneAt: a.doneAt,
          events: eventsOf.get(a.id) ?? [],
        })),
        households: households.map((h) => ({
          createdAt: h.createdAt,
          planClosedAt: h.planClosedAt,
          involvedSince: h.involvements.map((i) => i.since),
        })),
      };
    },
  };
}

/**
 * Actions that were still open at some point of the window: not done before it started, and not cancelled before
 * it (a cancellation's time is its event's). An action done or cancelled long ago stays out, so the read does
 * not grow with the team's whole history.
 */
function stillMatters(from: Date) {
  return {
    OR: [
      { status: { in: ['open' as const, 'blocked' as const] } },
      { status: 'done' as const, doneAt: { gte: from } },
      { status: 'done' as const, doneAt: null },
      { status: 'cancelled' as const, events: { some: { kind: 'cancelled' as const, at: { gte: from } } } },
    ],
  };
}
