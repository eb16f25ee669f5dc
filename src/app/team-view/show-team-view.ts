import { dutchHolidaysAround } from '../../domain/actions/working-day.ts';
import { teamTrends, type WeekTrend } from '../../domain/team-trends/team-trends.ts';
import { lastIsoWeeks } from '../../domain/team-trends/trend-weeks.ts';
import { localDate } from '../format-when.ts';
import type { CoachedTeam } from '../ports/coached-teams.ts';
import type { TeamViewStore } from './team-view-store.ts';

/** Twelve ISO weeks: a quarter, long enough to see a trend, short enough to remember. */
export const TEAM_VIEW_WEEKS = 12;

export interface TeamTrends {
  team: CoachedTeam;
  weeks: WeekTrend[];
}

/**
 * The team's own view: reads one team's conferences, actions and households of the last 12 ISO weeks through
 * the store (a fixed number of queries) and asks the rule (src/domain/team-trends/) for the trends. Reads only;
 * counts only, so nothing is read through the household door and nothing is written to the access log.
 */
export function showTeamView(deps: { store: TeamViewStore; holidays?: ReadonlySet<string> }) {
  return async (query: { team: CoachedTeam; now: Date; timeZone: string }): Promise<TeamTrends> => {
    const today = localDate(query.now, query.timeZone);
    const weeks = lastIsoWeeks(today, TEAM_VIEW_WEEKS, query.timeZone);
    const input = await deps.store.trendInput(query.team.id, { from: weeks[0]!.start, to: query.now });
    const trends = teamTrends(input, {
      now: query.now,
      weeks,
      zone: query.timeZone,
      holidays: deps.holidays ?? holidaysFor(weeks[0]!.firstDay, today),
    });
    return { team: query.team, weeks: trends };
  };
}

function holidaysFor(first: string, last: string): Set<string> {
  return new Set([...dutchHolidaysAround(first), ...dutchHolidaysAround(last)]);
}
