import {
  type ProtectionStats,
  protectionStats,
  windowStart,
} from '../../domain/conferences/protection-stats.ts';
import type { ConferenceLedgerReader } from './conference-ledger-store.ts';

/**
 * A team's protection figures over the `weeks` weeks up to `now` (every team's when teamId is undefined).
 * Counts only: no household is shown, so nothing is read through the household door.
 */
export async function readProtectionStats(
  { store }: { store: ConferenceLedgerReader },
  { teamId, now, weeks }: { teamId: string | undefined; now: Date; weeks: number },
): Promise<ProtectionStats> {
  const { conferences, events } = await store.teamLedger(teamId, { from: windowStart(now, weeks), to: now });
  return protectionStats(conferences, events, { now, weeks });
}
