import { z } from 'zod';
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from '../../domain/actions/nudge-policy.ts';
import { DEFAULT_CONSENT_REMINDER_DAYS } from '../../domain/consent/consent-state.ts';
import {
  DEFAULT_EXPERTISE_RULES,
  type ExpertiseRules,
  type ExpertiseRulesProblem,
  type OptionalRole,
  parseExpertiseRules,
} from '../../domain/expertise/expertise-rules.ts';
import { DEFAULT_HELPER_LIMITS, type HelperLimits } from '../../domain/expertise/too-many-helpers.ts';
import { DEFAULT_HORIZON_WORKING_DAYS } from '../../domain/slots/find-slots.ts';
import {
  DEFAULT_REFERENCE_RULE,
  type ReferenceRule,
  type ReferenceRuleProblem,
  referenceRuleProblems,
} from '../households/household-reference.ts';

/**
 * What a team can change about how casus plans for it and what its household references look like, stored
 * in `Team.settings` (JSON). Every setting is optional there: what a team did not set comes from the
 * defaults below, so improving a default reaches every team that never changed it. See
 * docs/team-settings.md.
 */
export interface TeamSettings {
  expertiseRules: ExpertiseRules;
  /** Which disciplines bring an optional role to the table (the resident and network are not staff). */
  optionalRoleDisciplines: Record<Exclude<OptionalRole, 'resident' | 'network'>, string[]>;
  helperLimits: HelperLimits;
  /** A follow-up conference is proposed this many weeks after the last one, until the plan is closed. */
  followUpWeeks: number;
  conferenceMinutes: number;
  horizonWorkingDays: number;
  /** Before and after a conference at the household's home, for everyone travelling there. */
  travelBufferMinutes: number;
  /** Proposed slots start at least this long after the request: people need time to clear their agenda. */
  noticeHours: number;
  /** What a new household reference must look like in the form and the import, and an example of one. */
  householdReference: ReferenceRule;
  /** The coordinator is reminded this many days before a household's consent ends (with a Renew button). */
  consentReminderDays: number;
  /** When an action's owner is reminded, and when the coordinator and the team coach are told (nudge-policy.ts). */
  nudges: NudgeSettings;
  /** How a conference is protected from being cancelled (docs/protection.md). */
  protection: ProtectionSettings;
  /** When the weekly digest goes to the team's channels (docs/digest.md). */
  digest: DigestSettings;
  /** How rotations hand out turns (docs/rotations.md). */
  rotations: RotationSettings;
}

export interface DigestSettings {
  /** ISO weekday the digest is sent on (1 = Monday). */
  weekday: number;
  /** Local time (TIME_ZONE) it is sent, 'HH:MM'. */
  time: string;
  /** Whether members get a personal digest by direct message (each can still opt out). */
  personal: boolean;
}

export interface RotationSettings {
  /** Whether one person may hold two roles (e.g. chair and minute-taker) at the same conference. */
  twoRolesPerConference: boolean;
  /** A turn is announced this many working days before it starts. */
  announceWorkingDaysBefore: number;
}

export const DEFAULT_DIGEST_SETTINGS: Readonly<DigestSettings> = Object.freeze({
  weekday: 1,
  time: '08:30',
  personal: true,
});

export const DEFAULT_ROTATION_SETTINGS: Readonly<RotationSettings> = Object.freeze({
  twoRolesPerConference: false,
  announceWorkingDaysBefore: 1,
});

export interface ProtectionSettings {
  /** A postponement goes at most this many working days past the planned start; beyond it only a cancel. */
  maxDelayWorkingDays: number;
  /** No automatic moves this many hours before the start; any change inside it is told to everyone invited. */
  freezeHours: number;
  /** A life-domain score of 1 (acute) calls for the rule's first discipline when someone can bring it. */
  acuteCallsFirstDiscipline: boolean;
}

export const DEFAULT_PROTECTION_SETTINGS: Readonly<ProtectionSettings> = Object.freeze({
  maxDelayWorkingDays: 10,
  freezeHours: 24,
  acuteCallsFirstDiscipline: true,
});

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  expertiseRules: DEFAULT_EXPERTISE_RULES,
  optionalRoleDisciplines: {
    'expert-by-experience': ['ervaringsdeskundigheid'],
    'gp-practice': ['poh_ggz', 'huisarts'],
  },
  helperLimits: DEFAULT_HELPER_LIMITS,
  followUpWeeks: 6,
  conferenceMinutes: 60,
  horizonWorkingDays: DEFAULT_HORIZON_WORKING_DAYS,
  travelBufferMinutes: 30,
  noticeHours: 24,
  householdReference: DEFAULT_REFERENCE_RULE,
  consentReminderDays: DEFAULT_CONSENT_REMINDER_DAYS,
  nudges: { ...DEFAULT_NUDGE_SETTINGS },
  protection: { ...DEFAULT_PROTECTION_SETTINGS },
  digest: { ...DEFAULT_DIGEST_SETTINGS },
  rotations: { ...DEFAULT_ROTATION_SETTINGS },
};

/** The earliest start a proposal made at `now` may offer. */
export function earliestStart(now: Date, settings: Pick<TeamSettings, 'noticeHours'>): Date {
  return new Date(now.getTime() + settings.noticeHours * 3_600_000);
}

const code = z.string().trim().min(1).max(64);

const referenceSchema = z
  .object({
    pattern: z.string().min(1).max(200).optional(),
    example: z.string().trim().min(1).max(40).optional(),
  })
  .strict();

/** Counts of working days or reminders; 0 switches a reminder or escalation off (not the overdue cadence). */
const nudgesSchema = z
  .object({
    remindBeforeWorkingDays: z.number().int().min(0).max(10).optional(),
    overdueEveryWorkingDays: z.number().int().min(1).max(20).optional(),
    escalateToCoordinatorAfter: z.number().int().min(0).max(20).optional(),
    escalateToCoachAfter: z.number().int().min(0).max(20).optional(),
    blockedEscalationWorkingDays: z.number().int().min(0).max(60).optional(),
  })
  .strict();

/** The stored shape: every member optional; unknown members are refused so a typo does not pass silently. */
const storedSchema = z
  .object({
    expertiseRules: z.unknown().optional(),
    optionalRoleDisciplines: z
      .object({ 'expert-by-experience': z.array(code).optional(), 'gp-practice': z.array(code).optional() })
      .strict()
      .optional(),
    helperLimits: z
      .object({
        withoutCoordinator: z.number().int().min(1).max(50).optional(),
        total: z.number().int().min(1).max(50).optional(),
      })
      .strict()
      .optional(),
    followUpWeeks: z.number().int().min(1).max(52).optional(),
    conferenceMinutes: z.number().int().min(15).max(240).multipleOf(15).optional(),
    horizonWorkingDays: z.number().int().min(1).max(60).optional(),
    travelBufferMinutes: z.number().int().min(0).max(120).optional(),
    noticeHours: z.number().int().min(0).max(336).optional(),
    householdReference: referenceSchema.optional(),
    consentReminderDays: z.number().int().min(1).max(90).optional(),
    nudges: nudgesSchema.optional(),
    protection: z
      .object({
        maxDelayWorkingDays: z.number().int().min(1).max(40).optional(),
        freezeHours: z.number().int().min(0).max(168).optional(),
        acuteCallsFirstDiscipline: z.boolean().optional(),
      })
      .strict()
      .optional(),
    digest: z
      .object({
        weekday: z.number().int().min(1).max(7).optional(),
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM')
          .optional(),
        personal: z.boolean().optional(),
      })
      .strict()
      .optional(),
    rotations: z
      .object({
        twoRolesPerConference: z.boolean().optional(),
        announceWorkingDaysBefore: z.number().int().min(0).max(10).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface SettingsProblem {
  /** Where in the JSON, e.g. `followUpWeeks` or `expertiseRules.rules[2].advisoryAt`. */
  path: string;
  /** A stable code: zod's issue code, or the expertise rules' own (see ExpertiseRulesProblemCode). */
  code: string;
  params: Record<string, string | number>;
}

export type ParseSettingsResult =
  | { ok: true; settings: TeamSettings }
  | { ok: false; problems: SettingsProblem[] };

/** A team's stored settings merged over the defaults, or every problem with them. */
export function parseTeamSettings(json: unknown): ParseSettingsResult {
  const parsed = storedSchema.safeParse(json ?? {});
  const problems: SettingsProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code: issue.code,
        params: issueParams(issue),
      }));
  // The rules have their own validation; run it even when other settings failed, so every problem is named.
  const storedRules = isRecord(json) ? json.expertiseRules : undefined;
  let expertiseRules = DEFAULT_TEAM_SETTINGS.expertiseRules;
  if (storedRules !== undefined) {
    const rules = parseExpertiseRules(storedRules);
    if (rules.ok) expertiseRules = rules.rules;
    else problems.push(...rules.problems.map(prefixRulesProblem));
  }
  // Likewise the reference rule: a pattern and an example that each look fine may not fit together.
  const storedReference = referenceSchema.safeParse(isRecord(json) ? (json.householdReference ?? {}) : {});
  const householdReference: ReferenceRule = {
    pattern: storedReference.data?.pattern ?? DEFAULT_TEAM_SETTINGS.householdReference.pattern,
    example: storedReference.data?.example ?? DEFAULT_TEAM_SETTINGS.householdReference.example,
  };
  if (storedReference.success)
    problems.push(...referenceRuleProblems(householdReference).map(prefixReferenceProblem));
  // The coach hears of an overdue action after the coordinator, never before or at the same time.
  const storedNudges = nudgesSchema.safeParse(isRecord(json) ? (json.nudges ?? {}) : {});
  const nudges: NudgeSettings = { ...DEFAULT_TEAM_SETTINGS.nudges, ...storedNudges.data };
  if (storedNudges.success) problems.push(...nudgeSettingsProblems(nudges));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const stored = parsed.data;
  const defaults = DEFAULT_TEAM_SETTINGS;
  return {
    ok: true,
    settings: {
      expertiseRules,
      optionalRoleDisciplines: { ...defaults.optionalRoleDisciplines, ...stored.optionalRoleDisciplines },
      helperLimits: { ...defaults.helperLimits, ...stored.helperLimits },
      followUpWeeks: stored.followUpWeeks ?? defaults.followUpWeeks,
      conferenceMinutes: stored.conferenceMinutes ?? defaults.conferenceMinutes,
      horizonWorkingDays: stored.horizonWorkingDays ?? defaults.horizonWorkingDays,
      travelBufferMinutes: stored.travelBufferMinutes ?? defaults.travelBufferMinutes,
      noticeHours: stored.noticeHours ?? defaults.noticeHours,
      householdReference,
      consentReminderDays: stored.consentReminderDays ?? defaults.consentReminderDays,
      nudges,
      protection: { ...defaults.protection, ...stored.protection },
      digest: { ...defaults.digest, ...stored.digest },
      rotations: { ...defaults.rotations, ...stored.rotations },
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nudgeSettingsProblems(nudges: NudgeSettings): SettingsProblem[] {
  const { escalateToCoordinatorAfter: coordinator, escalateToCoachAfter: coach } = nudges;
  if (coordinator === 0 || coach === 0 || coach > coordinator) return [];
  return [
    {
      path: 'nudges.escalateToCoachAfter',
      code: 'coach-not-after-coordinator',
      params: {
        message: 'escalateToCoachAfter must be more than escalateToCoordinatorAfter',
        coach,
        coordinator,
      },
    },
  ];
}

function prefixRulesProblem(problem: ExpertiseRulesProblem): SettingsProblem {
  return { ...problem, path: problem.path ? `expertiseRules.${problem.path}` : 'expertiseRules' };
}

function prefixReferenceProblem({ field, code, params }: ReferenceRuleProblem): SettingsProblem {
  return { path: `householdReference.${field}`, code, params };
}

/** What a message needs to say what is wrong: the limit that was crossed, or the unknown keys. */
function issueParams(issue: z.ZodIssue): Record<string, string | number> {
  switch (issue.code) {
    case 'too_small':
      return { message: issue.message, limit: Number(issue.minimum) };
    case 'too_big':
      return { message: issue.message, limit: Number(issue.maximum) };
    case 'unrecognized_keys':
      return { message: issue.keys.join(', ') };
    default:
      return { message: issue.message };
  }
}
