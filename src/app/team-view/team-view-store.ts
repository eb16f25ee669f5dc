import type { TrendInput } from '../../domain/team-trends/team-trends.ts';
import type { CoachedTeams } from '../ports/coached-teams.ts';

/**
 * What the team's own view reads (src/infra/db/repositories/team-view-repository.ts): the coach's teams, and
 * for one team everything the trends need, in a fixed number of queries however many households it has.
 */
export interface TeamViewStore extends CoachedTeams {
  /**
   * The team's conferences first agreed to start in [from, to] with their ledger events, the actions that could
   * matter in that window (not finished before `from`) with their history, and its households with the times
   * their current involvements began.
   */
  trendInput(teamId: string, window: { from: Date; to: Date }): Promise<TrendInput>;
}
