import { describe, expect, it } from 'vitest';
import type {
  ConferenceLedgerReader,
  LedgerConference,
} from '../../../src/app/conferences/conference-ledger-store.ts';
import { listHouseholdConferences } from '../../../src/app/conferences/list-household-conferences.ts';

const NOW = new Date('2026-12-16T09:30:00Z');

function conference(id: string, startsAt: string, minutes = 60): LedgerConference {
  const start = new Date(startsAt);
  return {
    id,
    startsAt: start,
    endsAt: new Date(start.getTime() + minutes * 60_000),
    plannedStartsAt: null,
    status: 'scheduled',
    kind: 'regular',
    location: 'office',
    shortened: false,
    attendees: [],
    events: [],
  };
}

/** A reader that hands back the household's conferences in the order given (the store promises none). */
function reader(conferences: LedgerConference[]): ConferenceLedgerReader {
  return {
    teamLedger: async () => ({ conferences: [], events: [] }),
    householdConferences: async () => conferences,
  };
}

describe("a household's conferences", () => {
  it('come upcoming first, soonest first, then earlier ones, latest first', async () => {
    const store = reader([
      conference('october', '2026-10-07T09:00:00Z'),
      conference('january', '2027-01-13T09:00:00Z'),
      conference('december', '2026-12-02T09:00:00Z'),
      conference('next-week', '2026-12-21T09:00:00Z'),
    ]);
    const { upcoming, earlier } = await listHouseholdConferences({ store }, { householdId: 'h', now: NOW });
    expect(upcoming.map((c) => c.id)).toEqual(['next-week', 'january']);
    expect(earlier.map((c) => c.id)).toEqual(['december', 'october']);
  });

  it('counts a conference going on now as upcoming until it ends', async () => {
    const store = reader([
      conference('now', '2026-12-16T09:00:00Z'),
      conference('just-ended', '2026-12-16T08:00:00Z', 90),
    ]);
    const { upcoming, earlier } = await listHouseholdConferences({ store }, { householdId: 'h', now: NOW });
    expect(upcoming.map((c) => c.id)).toEqual(['now']);
    expect(earlier.map((c) => c.id)).toEqual(['just-ended']);
  });
});
