/** A team a person coaches: the team's view and its settings from chat are theirs (docs/team-view.md). */
export interface CoachedTeam {
  id: string;
  slug: string;
  name: string;
}

/**
 * Who may see a team's own view and change its settings in chat: its coaches, and its administrators, whom the
 * access policy already treats as coaches (src/app/access/access-policy.ts). Coordinators are not: they own
 * households, not the team.
 */
export interface CoachedTeams {
  /** The active professional's teams with role coach or admin, by name; empty for anyone else. */
  coachedTeams(professionalId: string): Promise<CoachedTeam[]>;
}

/** The team a coach asked for: by slug or name when given (case-insensitive), else their first. */
export function pickCoachedTeam(teams: readonly CoachedTeam[], word: string): CoachedTeam | undefined {
  const wanted = word.trim().toLowerCase();
  if (wanted === '') return teams[0];
  return teams.find((t) => t.slug.toLowerCase() === wanted || t.name.toLowerCase() === wanted);
}
