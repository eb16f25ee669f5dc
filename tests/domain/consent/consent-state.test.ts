import { describe, expect, it } from 'vitest';
import {
  consentHolds,
  consentState,
  organisationMayTakePart,
  reminderDay,
  reminderStillRelevant,
  renewedUntil,
} from '../../../src/domain/consent/consent-state.ts';

const consent = (validUntil: string | null, withdrawnOn: string | null = null) => ({
  givenOn: '2026-01-01',
  validUntil,
  withdrawnOn,
});

describe('consent state', () => {
  it('holds through its last day and has ended the day after', () => {
    expect(consentHolds(consent('2026-11-30'), '2026-11-30')).toBe(true);
    expect(consentHolds(consent('2026-11-29'), '2026-11-30')).toBe(false);
    expect(consentState(consent('2026-11-29'), '2026-11-30')).toEqual({
      state: 'expired',
      endedOn: '2026-11-29',
    });
  });

  it('ends soon within the reminder days, and withdrawn wins over any end date', () => {
    expect(consentState(consent('2026-12-14'), '2026-11-30', 14)).toMatchObject({
      state: 'ending-soon',
      daysLeft: 14,
    });
    expect(consentState(consent('2026-12-15'), '2026-11-30', 14)).toEqual({
      state: 'active',
      until: '2026-12-15',
    });
    expect(consentState(consent(null), '2026-11-30')).toEqual({ state: 'active', until: null });
    expect(consentState(consent('2027-01-01', '2026-11-02'), '2026-11-30')).toEqual({
      state: 'withdrawn',
      withdrawnOn: '2026-11-02',
    });
  });

  it('reminds reminderDays before the end, or today when that passed; only while the end date is unchanged', () => {
    expect(reminderDay('2027-01-31', 14, '2026-11-30')).toBe('2027-01-17');
    expect(reminderDay('2026-12-05', 14, '2026-11-30')).toBe('2026-11-30');
    expect(reminderStillRelevant(consent('2027-01-31'), '2027-01-31')).toBe(true);
    expect(reminderStillRelevant(consent('2027-03-31'), '2027-01-31')).toBe(false);
    expect(reminderStillRelevant(consent('2027-01-31', '2026-12-01'), '2027-01-31')).toBe(false);
    expect(reminderStillRelevant(undefined, '2027-01-31')).toBe(false);
  });

  it('renews for as long as the consent ran before', () => {
    expect(renewedUntil(consent('2026-12-31'), '2026-12-20')).toBe('2027-12-19');
    expect(renewedUntil(consent(null), '2026-12-20')).toBeNull();
  });

  it('lets an organisation take part only while one of its consents holds', () => {
    const consents = [
      { organisationId: 'a', ...consent('2026-11-29') },
      { organisationId: 'b', ...consent('2026-11-30') },
      { organisationId: 'c', ...consent(null, '2026-11-01') },
    ];
    expect(organisationMayTakePart('a', consents, '2026-11-30')).toBe(false);
    expect(organisationMayTakePart('b', consents, '2026-11-30')).toBe(true);
    expect(organisationMayTakePart('c', consents, '2026-11-30')).toBe(false);
    expect(organisationMayTakePart('d', consents, '2026-11-30')).toBe(false);
  });
});
