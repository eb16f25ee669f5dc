import { describe, expect, it } from 'vitest';
import {
  median,
  protectionStats,
  reasonKey,
  type StatsConference,
  type StatsEvent,
} from '../../../src/domain/conferences/protection-stats.ts';

/** Wednesday 16 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-16T09:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

let next = 0;
function conference(daysFromNow: number, extra: Partial<StatsConference> = {}): StatsConference {
  next++;
  return { id: `c${next}`, status: 'scheduled', startsAt: day(daysFromNow), plannedStartsAt: null, ...extra };
}
function event(conferenceId: string, kind: StatsEvent['kind'], extra: Partial<StatsEvent> = {}): StatsEvent {
  return { conferenceId, kind, reason: null, delayDays: null, at: day(-30), ...extra };
}
const stats = (conferences: StatsConference[], events: StatsEvent[] = [], weeks = 12) =>
  protectionStats(conferences, events, { now: NOW, weeks });

describe('protection figures', () => {
  it('counts a conference held without any rescue as held as planned', () => {
    const held = conference(-7, { status: 'held' });
    const passedNotMinuted = conference(-1);
    const { conferences } = stats([held, passedNotMinuted]);
    expect(conferences).toEqual({
      planned: 2,
      heldAsPlanned: 2,
      heldWithDeputy: 0,
      heldWithWrittenInput: 0,
      postponed: 0,
      postponedDaysMedian: null,
      cancelled: 0,
    });
  });

  it('counts only conferences planned in the window, and never a proposal', () => {
    const tooOld = conference(-12 * 7 - 1);
    const firstDay = conference(-12 * 7);
    const upcoming = conference(3);
    const proposal = conference(-3, { status: 'proposed' });
    expect(stats([tooOld, firstDay, upcoming, proposal]).conferences.planned).toBe(1);
    // Four weeks: only the last four.
    expect(stats([conference(-27), conference(-29)], [], 4).conferences.planned).toBe(1);
  });

  it('keeps a postponed conference in the window of its first agreed start, held or not yet', () => {
    const movedBeforeNow = conference(-2, { plannedStartsAt: day(-10) });
    const movedPastNow = conference(5, { plannedStartsAt: day(-1) });
    // First agreed outside the window: not counted, although it now starts inside.
    const movedIntoWindow = conference(-5, { plannedStartsAt: day(-100) });
    const events = [
      event(movedBeforeNow.id, 'postponed', { delayDays: 6 }),
      event(movedPastNow.id, 'postponed', { delayDays: 2 }),
      event(movedPastNow.id, 'postponed', { delayDays: 2 }),
      event(movedIntoWindow.id, 'postponed', { delayDays: 50 }),
    ];
    const { conferences } = stats([movedBeforeNow, movedPastNow, movedIntoWindow], events);
    expect(conferences).toMatchObject({ planned: 2, postponed: 2, heldAsPlanned: 0, cancelled: 0 });
    // Summed per conference: 6 and 2 + 2 = 4; the median of two is their mean.
    expect(conferences.postponedDaysMedian).toBe(5);
  });

  it('counts deputies and written input among the held conferences, both when both happened', () => {
    const deputy = conference(-3);
    const written = conference(-4);
    const both = conference(-5);
    const stillToCome = conference(2, { plannedStartsAt: day(-1) });
    const events = [
      event(deputy.id, 'declined', { reason: 'ziekte' }),
      event(deputy.id, 'rescue_started'),
      event(deputy.id, 'deputy_added'),
      event(written.id, 'declined'),
      event(written.id, 'covered'),
      event(written.id, 'written_input'),
      event(both.id, 'deputy_added'),
      event(both.id, 'written_input'),
      // Not held yet: moved past now, with a deputy already found.
      event(stillToCome.id, 'postponed', { delayDays: 3 }),
      event(stillToCome.id, 'deputy_added'),
    ];
    expect(stats([deputy, written, both, stillToCome], events).conferences).toEqual({
      planned: 4,
      heldAsPlanned: 0,
      heldWithDeputy: 2,
      heldWithWrittenInput: 2,
      postponed: 1,
      postponedDaysMedian: 3,
      cancelled: 0,
    });
  });

  it('counts a shorter or online meeting without deputy or written input as held as planned', () => {
    const online = conference(-3);
    const events = [event(online.id, 'rescue_started'), event(online.id, 'made_online')];
    expect(stats([online], events).conferences.heldAsPlanned).toBe(1);
  });

  it('counts cancelled conferences, never as held, with their reasons', () => {
    const ill = conference(-3, { status: 'cancelled' });
    const noLongerNeeded = conference(-10, { status: 'cancelled', cancelReason: 'niet-meer-nodig' });
    const postponedThenCancelled = conference(4, { status: 'cancelled', plannedStartsAt: day(-2) });
    const events = [
      event(ill.id, 'declined', { reason: 'ziekte' }),
      event(ill.id, 'declined', { reason: 'capaciteit' }),
      event(ill.id, 'cancelled', { reason: 'ziekte' }),
      event(postponedThenCancelled.id, 'postponed', { delayDays: 4 }),
      event(postponedThenCancelled.id, 'cancelled', { reason: 'crisis elders thuis' }),
    ];
    const { conferences, byReason } = stats([ill, noLongerNeeded, postponedThenCancelled], events);
    expect(conferences).toMatchObject({ planned: 3, cancelled: 3, postponed: 1, heldAsPlanned: 0 });
    expect(byReason).toEqual({
      ziekte: { declined: 1, cancelled: 1 },
      'crisis-elders': { declined: 0, cancelled: 0 },
      capaciteit: { declined: 1, cancelled: 0 },
      'niet-meer-nodig': { declined: 0, cancelled: 1 },
      'huishouden-zegt-af': { declined: 0, cancelled: 0 },
      // Free text is counted, never shown.
      anders: { declined: 0, cancelled: 1 },
      geen: { declined: 0, cancelled: 0 },
    });
  });

  it('takes the reason of the last cancellation, and counts declines of conferences that went on', () => {
    const reopened = conference(-6, { status: 'cancelled', cancelReason: 'anders' });
    const wentOn = conference(-8);
    const events = [
      event(reopened.id, 'cancelled', { reason: 'capaciteit', at: day(-9) }),
      event(reopened.id, 'cancelled', { reason: 'huishouden-zegt-af', at: day(-7) }),
      event(wentOn.id, 'declined', { reason: 'Vakantie' }),
      event(wentOn.id, 'declined'),
      event(wentOn.id, 'covered'),
    ];
    const { byReason, conferences } = stats([reopened, wentOn], events);
    expect(byReason['huishouden-zegt-af']).toEqual({ declined: 0, cancelled: 1 });
    expect(byReason.capaciteit).toEqual({ declined: 0, cancelled: 0 });
    expect(byReason.anders).toEqual({ declined: 1, cancelled: 0 });
    expect(byReason.geen).toEqual({ declined: 1, cancelled: 0 });
    expect(conferences.heldAsPlanned).toBe(1);
  });

  it('is all zeros for a team without conferences', () => {
    const { conferences, byReason } = stats([]);
    expect(conferences).toEqual({
      planned: 0,
      heldAsPlanned: 0,
      heldWithDeputy: 0,
      heldWithWrittenInput: 0,
      postponed: 0,
      postponedDaysMedian: null,
      cancelled: 0,
    });
    expect(Object.values(byReason).every((r) => r.declined === 0 && r.cancelled === 0)).toBe(true);
    expect(Object.keys(byReason)).toHaveLength(7);
  });
});

describe('reasons and medians', () => {
  it('keys a reason by its code, free text as anders, nothing as geen', () => {
    expect(reasonKey('crisis-elders')).toBe('crisis-elders');
    expect(reasonKey(' ziekte ')).toBe('ziekte');
    expect(reasonKey('mijn moeder ligt in het ziekenhuis')).toBe('anders');
    expect(reasonKey('')).toBe('geen');
    expect(reasonKey(null)).toBe('geen');
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([10, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});
