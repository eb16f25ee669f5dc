import type { AccessRecord } from '../ports/access-log.ts';
import type { CoachedTeams } from '../ports/coached-teams.ts';

/** What the settings form reads and writes (src/infra/db/repositories/chat-settings-repository.ts). */
export interface TeamSettingsStore extends CoachedTeams {
  /** The team's stored settings (Team.settings) as they are: only what the team changed. */
  stored(teamId: string): Promise<Record<string, unknown>>;
  /** Replaces them and writes the audit entry, in one transaction. */
  save(teamId: string, settings: Record<string, unknown>, audit: AccessRecord): Promise<void>;
}
