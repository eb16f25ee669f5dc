import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAM_SETTINGS, parseTeamSettings } from '../../../src/app/settings/team-settings.ts';
import { DEFAULT_NUDGE_SETTINGS } from '../../../src/domain/actions/nudge-policy.ts';

describe('the nudges team setting', () => {
  it('is the policy’s defaults when the team changed nothing', () => {
    expect(DEFAULT_TEAM_SETTINGS.nudges).toEqual({
      remindBeforeWorkingDays: 2,
      overdueEveryWorkingDays: 2,
      escalateToCoordinatorAfter: 2,
      escalateToCoachAfter: 4,
      blockedEscalationWorkingDays: 5,
    });
    expect(DEFAULT_TEAM_SETTINGS.nudges).toEqual(DEFAULT_NUDGE_SETTINGS);
  });

  it('takes what the team set, member by member', () => {
    const parsed = parseTeamSettings({ nudges: { remindBeforeWorkingDays: 1, escalateToCoachAfter: 6 } });
    expect(parsed.ok && parsed.settings.nudges).toEqual({
      ...DEFAULT_NUDGE_SETTINGS,
      remindBeforeWorkingDays: 1,
      escalateToCoachAfter: 6,
    });
  });

  it('allows switching an escalation off with 0, but never the overdue cadence', () => {
    const off = parseTeamSettings({
      nudges: { escalateToCoordinatorAfter: 0, escalateToCoachAfter: 0, blockedEscalationWorkingDays: 0 },
    });
    expect(off.ok).toBe(true);
    const parsed = parseTeamSettings({ nudges: { overdueEveryWorkingDays: 0, remindBeforeWorkingDays: 11 } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.path, p.code, p.params.limit])).toEqual(
      expect.arrayContaining([
        ['nudges.overdueEveryWorkingDays', 'too_small', 1],
        ['nudges.remindBeforeWorkingDays', 'too_big', 10],
      ]),
    );
  });

  it('refuses a coach who would hear before (or with) the coordinator, and unknown members', () => {
    const parsed = parseTeamSettings({ nudges: { escalateToCoordinatorAfter: 3, escalateToCoachAfter: 3 } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      {
        path: 'nudges.escalateToCoachAfter',
        code: 'coach-not-after-coordinator',
        params: expect.objectContaining({ coach: 3, coordinator: 3 }),
      },
    ]);
    const typo = parseTeamSettings({ nudges: { remindBefore: 1 } });
    expect(typo.ok).toBe(false);
    if (typo.ok) return;
    expect(typo.problems.map((p) => [p.path, p.code])).toEqual([['nudges', 'unrecognized_keys']]);
  });
});
