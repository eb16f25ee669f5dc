import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAM_SETTINGS, parseTeamSettings } from '../../../src/app/settings/team-settings.ts';

describe('team settings', () => {
  it('are the defaults when the team changed nothing', () => {
    expect(parseTeamSettings({})).toEqual({ ok: true, settings: DEFAULT_TEAM_SETTINGS });
    expect(parseTeamSettings(null)).toEqual({ ok: true, settings: DEFAULT_TEAM_SETTINGS });
    expect(DEFAULT_TEAM_SETTINGS.followUpWeeks).toBe(6);
    expect(DEFAULT_TEAM_SETTINGS.helperLimits).toEqual({ withoutCoordinator: 5, total: 8 });
    expect(DEFAULT_TEAM_SETTINGS.horizonWorkingDays).toBe(15);
  });

  it('take what the team set over the defaults, member by member', () => {
    const parsed = parseTeamSettings({
      followUpWeeks: 8,
      helperLimits: { total: 10 },
      optionalRoleDisciplines: { 'gp-practice': ['huisarts'] },
      expertiseRules: {
        rules: [{ domain: 'financien', disciplines: ['schuldhulp'], requiredAtOrBelow: 3, advisoryAt: 4 }],
      },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings.followUpWeeks).toBe(8);
    expect(parsed.settings.helperLimits).toEqual({ withoutCoordinator: 5, total: 10 });
    expect(parsed.settings.optionalRoleDisciplines).toEqual({
      'expert-by-experience': ['ervaringsdeskundigheid'],
      'gp-practice': ['huisarts'],
    });
    expect(parsed.settings.expertiseRules.rules).toEqual([
      { domain: 'financien', disciplines: ['schuldhulp'], requiredAtOrBelow: 3, advisoryAt: 4 },
    ]);
    expect(parsed.settings.conferenceMinutes).toBe(DEFAULT_TEAM_SETTINGS.conferenceMinutes);
  });

  it('name every problem by its path, including those inside the expertise rules', () => {
    const parsed = parseTeamSettings({ followUpWeeks: 0, conferenceMinutes: 50, colour: 'blue' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ['followUpWeeks', 'too_small'],
        ['conferenceMinutes', 'not_multiple_of'],
        ['', 'unrecognized_keys'],
      ]),
    );
    expect(parsed.problems.find((p) => p.code === 'too_small')?.params.limit).toBe(1);
    expect(parsed.problems.find((p) => p.code === 'unrecognized_keys')?.params.message).toBe('colour');

    const rules = parseTeamSettings({ expertiseRules: { rules: [{ domain: 'geluk', disciplines: [] }] } });
    expect(rules.ok).toBe(false);
    if (rules.ok) return;
    expect(rules.problems.map((p) => p.path)).toEqual([
      'expertiseRules.rules[0].domain',
      'expertiseRules.rules[0].disciplines',
    ]);
  });

  it('hold the household reference rule: letters-dash-digits by default, the team’s own when valid', () => {
    expect(DEFAULT_TEAM_SETTINGS.householdReference).toEqual({
      pattern: '^[A-Z]{1,5}-\\d{1,6}$',
      example: 'HH-2041',
    });
    const own = parseTeamSettings({ householdReference: { pattern: '^WK\\d{4}$', example: 'WK0001' } });
    expect(own).toMatchObject({ ok: true, settings: { householdReference: { example: 'WK0001' } } });

    const bad = parseTeamSettings({
      followUpWeeks: 0,
      householdReference: { pattern: '^[A-Za-z-]*$' },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.path, p.code])).toEqual([
      ['followUpWeeks', 'too_small'],
      ['householdReference.pattern', 'reference-pattern-matches-empty'],
      ['householdReference.pattern', 'reference-pattern-matches-name'],
      ['householdReference.example', 'reference-example-mismatch'],
    ]);
  });
});
