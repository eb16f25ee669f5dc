import { describe, expect, it } from 'vitest';
import { decideAnswer, toldOfDecline } from '../../../src/domain/conferences/rsvp-rule.ts';

const startsAt = new Date('2026-11-17T13:00:00Z');
const before = new Date('2026-11-10T09:00:00Z');
const scheduled = { status: 'scheduled' as const, startsAt };

describe('what an answer to an invitation may change', () => {
  it('records a new answer, and tells others only of a decline', () => {
    expect(decideAnswer({ conference: scheduled, previous: 'pending' }, 'accepted', before)).toEqual({
      kind: 'change',
      tellOthers: false,
    });
    expect(decideAnswer({ conference: scheduled, previous: 'accepted' }, 'declined', before)).toEqual({
      kind: 'change',
      tellOthers: true,
    });
  });

  it('changes nothing when the answer is the same as before', () => {
    expect(decideAnswer({ conference: scheduled, previous: 'declined' }, 'declined', before)).toEqual({
      kind: 'unchanged',
    });
  });

  it('refuses for someone not invited, a cancelled or postponed conference, and one that started or was held', () => {
    const decide = (conference: Parameters<typeof decideAnswer>[0]['conference'], now = before) =>
      decideAnswer({ conference, previous: 'pending' }, 'accepted', now).kind;
    expect(decide(null)).toBe('not-invited');
    expect(decide({ ...scheduled, status: 'cancelled' })).toBe('cancelled');
    expect(decide({ ...scheduled, status: 'postponed' })).toBe('postponed');
    expect(decide({ ...scheduled, status: 'held' })).toBe('past');
    expect(decide(scheduled, startsAt)).toBe('past');
  });

  it('tells the organiser and coordinators of a decline once each, never the one who declined', () => {
    expect(toldOfDecline('sander', ['sander', 'koen', null, 'yara'], 'yara')).toEqual(['sander', 'koen']);
    expect(toldOfDecline(null, [null], 'yara')).toEqual([]);
  });
});
