import type { ConferenceLedgerReader, LedgerConference } from './conference-ledger-store.ts';

/**
 * A household's conferences as `casus conference` lists them: the upcoming ones first, soonest first (one
 * that is going on counts as upcoming until it ends), then the earlier ones, latest first. The caller has the
 * household from the household door, which logged the read.
 */
export async function listHouseholdConferences(
  { store }: { store: ConferenceLedgerReader },
  { householdId, now }: { householdId: string; now: Date },
): Promise<{ upcoming: LedgerConference[]; earlier: LedgerConference[] }> {
  const all = await store.householdConferences(householdId);
  const time = now.getTime();
  const upcoming = all
    .filter((c) => c.endsAt.getTime() > time)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const earlier = all
    .filter((c) => c.endsAt.getTime() <= time)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || a.id.localeCompare(b.id));
  return { upcoming, earlier };
}
