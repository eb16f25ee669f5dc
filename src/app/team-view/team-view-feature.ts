import type { Block, View } from '../../views/view-model.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import { pickCoachedTeam } from '../ports/coached-teams.ts';
import { showTeamView } from './show-team-view.ts';
import type { TeamViewStore } from './team-view-store.ts';
import { teamViewText as t } from './team-view-text.ts';
import { teamHomeBlocks, teamTrendsView, teamViewMessage } from './team-view-views.ts';

export interface TeamViewFeatureDeps {
  store: TeamViewStore;
  /** Public holidays to use instead of the Dutch ones (tests). */
  holidays?: ReadonlySet<string>;
}

/**
 * `team [name]`: the team's own view for its coaches (and administrators): four trends over the last 12 ISO
 * weeks as charts (docs/team-view.md). Counts only, so it may be shown in a shared conversation too. Anyone
 * else is told it is for coaches. A coach of several teams names one (slug or name), else sees the first.
 * Also the coach's part of App Home (`teamHome`), after the person's own part.
 */
export function teamViewFeature(deps: TeamViewFeatureDeps): Feature {
  const show = showTeamView(deps);

  async function team(args: readonly string[], context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const me = context.actor.professionalId;
    if (!me) return teamViewMessage(t(locale, 'unknown-person'));
    const teams = await deps.store.coachedTeams(me);
    if (teams.length === 0) return teamViewMessage(t(locale, 'not-a-coach'));
    const word = args.join(' ');
    const chosen = pickCoachedTeam(teams, word);
    if (!chosen)
      return teamViewMessage(
        t(locale, 'unknown-team', { team: word, teams: teams.map((x) => x.name).join(', ') }),
      );
    const trends = await show({ team: chosen, now: context.now, timeZone: context.timeZone });
    return teamTrendsView(
      trends,
      locale,
      teams.filter((x) => x.id !== chosen.id),
    );
  }

  async function teamHome(context: UseCaseContext): Promise<{ summary: string; blocks: Block[] }> {
    const me = context.actor.professionalId;
    const chosen = me ? pickCoachedTeam(await deps.store.coachedTeams(me), '') : undefined;
    if (!chosen) return { summary: '', blocks: [] };
    const trends = await show({ team: chosen, now: context.now, timeZone: context.timeZone });
    return teamHomeBlocks(trends, context.locale);
  }

  return { commands: { team }, teamHome };
}
