import type { z } from 'zod';
import { LIFE_DOMAINS, type LifeDomain, PARENTING_DOMAIN } from '../../domain/life-domains.ts';
import { formatTime, formatWeekday, isIsoDate, parseTime, parseWeekday } from './calendar-values.ts';
import {
  type ContractBlock,
  type DisciplineRecord,
  type HouseholdRecord,
  type OrganisationRecord,
  PLATFORMS,
  type ProfessionalRecord,
  type ScoreRecord,
  TEAM_ROLES,
  type TeamRecord,
} from './roster-model.ts';
import {
  hours,
  list,
  oneOf,
  optional,
  record,
  required,
  text,
  wholeNumber,
  yesNo,
} from './schema-helpers.ts';

/**
 * One schema per item of the import format (docs/import-format.md). JSON items are checked as they are; CSV
 * rows are first shaped like JSON items, so both formats share every rule and every message.
 */

const SLUG = 'a team slug: lower-case letters, digits and -, such as buurtteam-oost';
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const CODE = 'a discipline code: lower-case letters, digits, - or _, such as schuldhulp';
const CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
// Keys and organisation names appear in `;`-separated CSV lists, so they cannot contain `;`.
const KEY = 'a professional key without spaces, commas or semicolons, such as an employee number';
const KEY_PATTERN = /^[^\s;,]{1,100}$/;
const ORGANISATION = 'an organisation name (at most 120 characters, no semicolons)';
const ORGANISATION_PATTERN = /^[^;]+$/;
// A digit is required so that a resident's name cannot slip in as a reference ("never a name in channels").
const REFERENCE =
  'a pseudonymous reference such as HH-2041 (letters, digits, - or _, with at least one digit)';
const REFERENCE_PATTERN = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const EMAIL_PATTERN = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;
const DATE = 'a date YYYY-MM-DD';
const ZRM = 'a ZRM score: a whole number from 1 (acute problem) to 5 (fully self-sufficient)';

const isoDate = (value: unknown) =>
  typeof value === 'string' && isIsoDate(value.trim()) ? value.trim() : undefined;
const slug = required(SLUG, text(40, SLUG_PATTERN));
const code = required(CODE, text(40, CODE_PATTERN));
const key = required(KEY, text(100, KEY_PATTERN));
const organisation = required(ORGANISATION, text(120, ORGANISATION_PATTERN));

export const teamSchema: z.ZodType<TeamRecord, z.ZodTypeDef, unknown> = record(
  { slug, name: required('the team name (at most 100 characters)', text(100)) },
  'a team { slug, name }',
);

export const organisationSchema: z.ZodType<OrganisationRecord, z.ZodTypeDef, unknown> = record(
  { name: organisation },
  'an organisation { name }',
);

export const disciplineSchema: z.ZodType<DisciplineRecord, z.ZodTypeDef, unknown> = record(
  {
    code,
    nameNl: required('the Dutch name of the discipline', text(100)),
    nameEn: required('the English name of the discipline', text(100)),
  },
  'a discipline { code, nameNl, nameEn }',
);

const daySchema = record(
  {
    weekday: required('a weekday: ma, di, wo, do, vr, za, zo (or mon … sun, or 1–7)', parseWeekday),
    start: required('a start time HH:MM such as 09:00', parseTime),
    end: required('an end time HH:MM such as 17:00', parseTime),
  },
  'a working block { weekday, start, end }',
)
  .superRefine((day, ctx) => {
    if (day.end > day.start) return;
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `expected an end time after the start ${formatTime(day.start)}, got ${formatTime(day.end)}`,
    });
  })
  .transform((day): ContractBlock => ({ weekday: day.weekday, startMinute: day.start, endMinute: day.end }));

const identitySchema = record(
  {
    platform: required('a platform: slack, teams or tryout', oneOf(PLATFORMS)),
    workspace: optional('a Slack workspace id or Teams tenant id', text(100), ''),
    userId: required('the user id on that platform', text(200)),
  },
  'a platform identity { platform, workspace, userId }',
);

export const professionalSchema: z.ZodType<ProfessionalRecord, z.ZodTypeDef, unknown> = record(
  {
    key,
    name: required('the name of the professional (at most 120 characters)', text(120)),
    email: optional('an e-mail address such as a.jansen@example.nl', text(200, EMAIL_PATTERN), null),
    organisation,
    teams: list(slug, 'team slugs'),
    role: optional('a team role: member, coach or admin', oneOf(TEAM_ROLES), 'member' as const),
    disciplines: list(code, 'discipline codes'),
    contractHours: required(
      'contract hours per week: a number from 0 to 99.9 with at most one decimal, such as 32 or 24.5',
      hours,
    ),
    days: list(daySchema, 'working blocks { weekday, start, end }'),
    identities: list(identitySchema, 'platform identities { platform, workspace, userId }'),
  },
  'a professional { key, name, organisation, teams, disciplines, contractHours, days, … }',
).superRefine((professional, ctx) => {
  for (const { index, other } of overlappingBlocks(professional.days)) {
    ctx.addIssue({
      code: 'custom',
      path: ['days', index],
      message: `overlaps the block ${formatWeekday(other.weekday)} ${formatTime(other.startMinute)}-${formatTime(other.endMinute)}; expected working blocks that do not overlap`,
    });
  }
});

function overlappingBlocks(days: ContractBlock[]): { index: number; other: ContractBlock }[] {
  const sorted = days
    .map((block, index) => ({ block, index }))
    .sort((a, b) => a.block.weekday - b.block.weekday || a.block.startMinute - b.block.startMinute);
  const found: { index: number; other: ContractBlock }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (
      current.block.weekday === previous.block.weekday &&
      current.block.startMinute < previous.block.endMinute
    ) {
      found.push({ index: current.index, other: previous.block });
    }
  }
  return found;
}

const domainFields = Object.fromEntries(
  LIFE_DOMAINS.map((domain) => [domain, optional(ZRM, wholeNumber(1, 5), undefined)]),
);

const scoresSchema = record(
  { scoredOn: required(`the date of the scoring, ${DATE}`, isoDate), ...domainFields },
  'scores { scoredOn, financien: 1-5, … }',
).transform((scores, ctx): ScoreRecord[] => {
  const { scoredOn, ...byDomain } = scores as { scoredOn: string } & Record<string, number | undefined>;
  const result = LIFE_DOMAINS.flatMap((domain: LifeDomain) => {
    const score = byDomain[domain];
    return score === undefined ? [] : [{ domain, score, scoredOn }];
  });
  if (result.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: `expected at least one life domain score (${LIFE_DOMAINS.join(', ')})`,
      fatal: true,
    });
  }
  return result;
});

export const householdSchema: z.ZodType<HouseholdRecord, z.ZodTypeDef, unknown> = record(
  {
    team: slug,
    reference: required(REFERENCE, text(40, REFERENCE_PATTERN)),
    hasChildren: optional('true or false (ja/nee in CSV)', yesNo, false),
    scores: scoresSchema.optional(),
    involved: list(key, 'professional keys'),
    coordinator: optional(KEY, text(100, KEY_PATTERN), null),
    consent: list(organisation, 'organisation names'),
    consentGivenOn: optional(DATE, isoDate, null),
  },
  'a household { team, reference, hasChildren, scores, involved, coordinator, consent }',
)
  .superRefine((household, ctx) => {
    if (household.hasChildren || !household.scores?.some((s) => s.domain === PARENTING_DOMAIN)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['scores', PARENTING_DOMAIN],
      message:
        'opvoeding is scored only for a household with children; expected hasChildren true, or no opvoeding score',
    });
  })
  .transform((household) => ({ ...household, scores: household.scores ?? [] }));
