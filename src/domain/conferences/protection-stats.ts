import { CANCEL_REASONS } from './rescue-policy.ts';

/**
 * The protection figures of a team (issue 11, `casus stats`, docs/protection.md "Figures: casus stats"): how
 * many case conferences were held as planned, held with a deputy or with written input, postponed (and by how
 * many working days), or cancelled, and why people declined and conferences were cancelled. Pure: the caller
 * reads the conferences and their ledger events; `now` and the window are arguments.
 *
 * Definitions (a conference counts in more than one figure where that is true of it, except heldAsPlanned):
 * - planned: every conference that is not `proposed` whose planned start (`plannedStartsAt`, the first agreed
 *   start, else `startsAt`) lies in the window [now − weeks × 7 days, now], both ends included. All other
 *   figures count among these only.
 * - cancelled: its status is `cancelled`.
 * - postponed: it has at least one `postponed` event; postponedDaysMedian is the median over these conferences
 *   of the summed `delayDays` of their postponements (the mean of the middle two when their number is even;
 *   null when none was postponed).
 * - heldWithDeputy / heldWithWrittenInput: not cancelled, its (current) start has passed, and it has a
 *   `deputy_added` / `written_input` event.
 * - heldAsPlanned: not cancelled, its start has passed, and none of: postponed, a deputy, written input.
 * - byReason: per reason, the `declined` events of these conferences (each decline once) and the cancelled
 *   conferences (each once, by the reason of its last `cancelled` event, else its recorded cancel reason).
 *   A reason code counts under itself, free text under `anders` (free text may be personal, so it is never a
 *   key), no reason under `geen`. Every code is always present, so the shape does not change with the data.
 */

/** The reason codes of a cancellation (the same as in chat and on the CLI), and of a decline when one is given. */
export const LEDGER_REASONS = CANCEL_REASONS;

/** byReason's key for a decline or cancellation recorded without a reason. */
export const NO_REASON = 'geen';

export type LedgerReason = (typeof LEDGER_REASONS)[number] | typeof NO_REASON;

/** byReason's keys, in this order. */
export const BY_REASON_KEYS: readonly LedgerReason[] = [...LEDGER_REASONS, NO_REASON];

export type LedgerEventKind =
  | 'declined'
  | 'covered'
  | 'rescue_started'
  | 'deputy_added'
  | 'written_input'
  | 'shortened'
  | 'made_online'
  | 'postponed'
  | 'cancelled'
  | 'frozen';

export interface StatsConference {
  id: string;
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  /** The start as it stands now (after any postponement). */
  startsAt: Date;
  /** The first agreed start; null when it was never moved (or recorded before the ledger existed). */
  plannedStartsAt: Date | null;
  /** CaseConference.cancelReason: used when no `cancelled` event carries a reason. */
  cancelReason?: string | null;
}

export interface StatsEvent {
  conferenceId: string;
  kind: LedgerEventKind;
  reason: string | null;
  delayDays: number | null;
  at: Date;
}

export interface ConferenceFigures {
  planned: number;
  heldAsPlanned: number;
  heldWithDeputy: number;
  heldWithWrittenInput: number;
  postponed: number;
  postponedDaysMedian: number | null;
  cancelled: number;
}

export interface ProtectionStats {
  conferences: ConferenceFigures;
  byReason: Record<LedgerReason, { declined: number; cancelled: number }>;
}

const DAY_MS = 86_400_000;

/** The first instant of the window of `weeks` weeks that ends at `now`. */
export function windowStart(now: Date, weeks: number): Date {
  return new Date(now.getTime() - weeks * 7 * DAY_MS);
}

/** The planned start the window is about: the first agreed one. */
export const plannedStartOf = (conference: StatsConference): Date =>
  conference.plannedStartsAt ?? conference.startsAt;

export function protectionStats(
  conferences: readonly StatsConference[],
  events: readonly StatsEvent[],
  { now, weeks }: { now: Date; weeks: number },
): ProtectionStats {
  const from = windowStart(now, weeks).getTime();
  const to = now.getTime();
  const counted = conferences.filter((c) => {
    const planned = plannedStartOf(c).getTime();
    return c.status !== 'proposed' && planned >= from && planned <= to;
  });
  const eventsOf = new Map<string, StatsEvent[]>();
  for (const event of events) {
    const list = eventsOf.get(event.conferenceId);
    if (list) list.push(event);
    else eventsOf.set(event.conferenceId, [event]);
  }

  const byReason = Object.fromEntries(
    BY_REASON_KEYS.map((reason) => [reason, { declined: 0, cancelled: 0 }]),
  ) as ProtectionStats['byReason'];
  const figures: ConferenceFigures = {
    planned: counted.length,
    heldAsPlanned: 0,
    heldWithDeputy: 0,
    heldWithWrittenInput: 0,
    postponed: 0,
    postponedDaysMedian: null,
    cancelled: 0,
  };
  const delays: number[] = [];

  for (const conference of counted) {
    const own = (eventsOf.get(conference.id) ?? []).toSorted((a, b) => a.at.getTime() - b.at.getTime());
    const has = (kind: LedgerEventKind) => own.some((e) => e.kind === kind);
    for (const decline of own.filter((e) => e.kind === 'declined'))
      byReason[reasonKey(decline.reason)].declined++;

    const postponements = own.filter((e) => e.kind === 'postponed');
    if (postponements.length > 0) {
      figures.postponed++;
      delays.push(postponements.reduce((sum, e) => sum + (e.delayDays ?? 0), 0));
    }
    if (conference.status === 'cancelled') {
      figures.cancelled++;
      const last = own.filter((e) => e.kind === 'cancelled' && e.reason).at(-1);
      byReason[reasonKey(last?.reason ?? conference.cancelReason ?? null)].cancelled++;
      continue;
    }
    if (conference.startsAt.getTime() > to) continue;
    const deputy = has('deputy_added');
    const writtenInput = has('written_input');
    if (deputy) figures.heldWithDeputy++;
    if (writtenInput) figures.heldWithWrittenInput++;
    if (!deputy && !writtenInput && postponements.length === 0) figures.heldAsPlanned++;
  }
  figures.postponedDaysMedian = median(delays);
  return { conferences: figures, byReason };
}

/** A recorded reason as a byReason key: a code as itself, free text as `anders`, nothing as `geen`. */
export function reasonKey(reason: string | null): LedgerReason {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') return NO_REASON;
  return (LEDGER_REASONS as readonly string[]).includes(trimmed) ? (trimmed as LedgerReason) : 'anders';
}

/** The median; the mean of the middle two for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
