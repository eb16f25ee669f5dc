import {
  DEFAULT_TEAM_SETTINGS,
  parseTeamSettings,
  type TeamSettings,
} from '../../../app/settings/team-settings.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';

type SettingsReader = Pick<PrismaClient, 'team'>;

/**
 * The team's settings over the defaults. Settings are validated when written (`casus settings`), so a
 * stored value that no longer parses (an older version's, or edited by hand in the database) falls back to
 * the defaults rather than stopping planning for the team; `casus settings <team>` says so.
 */
export async function loadTeamSettings(prisma: SettingsReader, teamId: string): Promise<TeamSettings> {
  const team = await prisma.team.findUnique({ where: { id: teamId }, select: { settings: true } });
  const parsed = parseTeamSettings(team?.settings ?? {});
  return parsed.ok ? parsed.settings : DEFAULT_TEAM_SETTINGS;
}
