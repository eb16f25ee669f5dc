import { z } from 'zod';
import { LIFE_DOMAINS, type LifeDomain, PARENTING_DOMAIN } from '../../domain/life-domains.ts';
import { MAX_REFERENCE_LENGTH } from '../households/household-reference.ts';
import {
  formatTime,
  formatWeekday,
  isIsoDate,
  parseBusyCalendar,
  parseTime,
  parseWeekday,
} from './calendar-values.ts';
import {
  type ConsentRecord,
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
  items,
  list,
  oneOf,
  optional,
  passOn,
  problemIssue,
  record,
  required,
  text,
  wholeNumber,
  yesNo,
} from './schema-helpers.ts';

/**
 * One schema per item of the import format (docs/import-format.md). JSON items are checked as they are; CSV
 * rows are first shaped like JSON items, so both formats share every rule and every problem. What each value
 * should look like is an ExpectedKind, worded in ./i18n/.
 */

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
// Keys and organisation names appear in `;`-separated CSV lists, so they cannot contain `;`.
const KEY_PATTERN = /^[^\s;,]{1,100}$/;
const ORGANISATION_PATTERN = /^[^;]+$/;
const EMAIL_PATTERN = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

const isoDate = (value: unknown) =>
  typeof value === 'string' && isIsoDate(value.trim()) ? value.trim() : undefined;
const slug = required('team-slug', text(40, SLUG_PATTERN));
const code = required('discipline-code', text(40, CODE_PATTERN));
const key = required('professional-key', text(100, KEY_PATTERN));
const organisation = required('organisation-name', text(120, ORGANISATION_PATTERN));

export const teamSchema: z.ZodType<TeamRecord, z.ZodTypeDef, unknown> = record(
  { slug, name: required('team-name', text(100)) },
  'team',
);

export const organisationSchema: z.ZodType<OrganisationRecord, z.ZodTypeDef, unknown> = record(
  { name: organisation },
  'organisation',
);

export const disciplineSchema: z.ZodType<DisciplineRecord, z.ZodTypeDef, unknown> = record(
  {
    code,
    nameNl: required('discipline-name-nl', text(100)),
    nameEn: required('discipline-name-en', text(100)),
  },
  'discipline',
);

const daySchema = record(
  {
    weekday: required('weekday', parseWeekday),
    start: required('start-time', parseTime),
    end: required('end-time', parseTime),
  },
  'working-block',
)
  .superRefine((day, ctx) => {
    if (day.end > day.start) return;
    ctx.addIssue(
      problemIssue(
        { code: 'end-before-start', params: { start: formatTime(day.start), end: formatTime(day.end) } },
        { path: ['end'] },
      ),
    );
  })
  .transform((day): ContractBlock => ({ weekday: day.weekday, startMinute: day.start, endMinute: day.end }));

const identitySchema = record(
  {
    platform: required('platform', oneOf(PLATFORMS)),
    workspace: optional('workspace', text(100), ''),
    userId: required('user-id', text(200)),
  },
  'identity',
);

const absenceSchema = record(
  {
    from: required('date', isoDate),
    to: required('date', isoDate),
    deputy: optional('professional-key', text(100, KEY_PATTERN), null),
  },
  'absence',
).superRefine((absence, ctx) => {
  if (absence.to < absence.from)
    ctx.addIssue(
      problemIssue(
        { code: 'absence-end-before-start', params: { from: absence.from, to: absence.to } },
        { path: ['to'] },
      ),
    );
});

export const professionalSchema: z.ZodType<ProfessionalRecord, z.ZodTypeDef, unknown> = record(
  {
    key,
    name: required('professional-name', text(120)),
    email: optional('email', text(200, EMAIL_PATTERN), null),
    organisation,
    teams: list(slug, 'team-slugs'),
    role: optional('team-role', oneOf(TEAM_ROLES), 'member' as const),
    disciplines: list(code, 'discipline-codes'),
    contractHours: required('contract-hours', hours),
    busyCalendar: optional('busy-calendar', parseBusyCalendar, null),
    days: list(daySchema, 'working-blocks'),
    identities: list(identitySchema, 'identities'),
    absences: list(absenceSchema, 'absences'),
  },
  'professional',
).superRefine((professional, ctx) => {
  professional.absences.forEach((absence, index) => {
    if (absence.deputy === professional.key)
      ctx.addIssue(problemIssue({ code: 'absence-deputy-is-self' }, { path: ['absences', index, 'deputy'] }));
  });
  for (const { index, other } of overlappingBlocks(professional.days)) {
    const params = {
      weekday: formatWeekday(other.weekday),
      start: formatTime(other.startMinute),
      end: formatTime(other.endMinute),
    };
    ctx.addIssue(problemIssue({ code: 'blocks-overlap', params }, { path: ['days', index] }));
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
  LIFE_DOMAINS.map((domain) => [domain, optional('zrm-score', wholeNumber(1, 5), undefined)]),
);

const scoresSchema = record(
  { scoredOn: required('scored-on', isoDate), ...domainFields },
  'scores',
).transform((scores, ctx): ScoreRecord[] => {
  const { scoredOn, ...byDomain } = scores as { scoredOn: string } & Record<string, number | undefined>;
  const result = LIFE_DOMAINS.flatMap((domain: LifeDomain) => {
    const score = byDomain[domain];
    return score === undefined ? [] : [{ domain, score, scoredOn }];
  });
  if (result.length === 0) {
    ctx.addIssue(
      problemIssue({ code: 'no-scores', params: { domains: LIFE_DOMAINS.join(', ') } }, { fatal: true }),
    );
  }
  return result;
});

const consentTermsSchema = record(
  {
    organisation,
    givenOn: optional('date', isoDate, null),
    until: optional('date', isoDate, null),
  },
  'consent-terms',
);
// Neither a name nor an object (a list, true): the problem names both forms.
const neitherForm = required<string>('consent-entry', () => undefined);

/** One entry of a household's `consent`: an organisation name, or an object with that organisation's dates. */
const consentEntry = z.unknown().transform((value, ctx): ConsentRecord => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return passOn(consentTermsSchema.safeParse(value), ctx);
  const name = Array.isArray(value) || typeof value === 'boolean' ? neitherForm : organisation;
  return { organisation: passOn(name.safeParse(value), ctx), givenOn: null, until: null };
});

/**
 * An organisation's own dates, filled in with the household's, must not end before they begin; the same
 * organisation listed twice must not have two sets of dates. Problems name the entry's place in the file.
 */
function checkConsentEntries(
  household: { consent: ConsentRecord[]; consentGivenOn: string | null; consentUntil: string | null },
  ctx: z.RefinementCtx,
): void {
  const first = new Map<string, ConsentRecord>();
  household.consent.forEach((entry, index) => {
    const earlier = first.get(entry.organisation);
    if (earlier !== undefined) {
      if (earlier.givenOn !== entry.givenOn || earlier.until !== entry.until)
        ctx.addIssue(
          problemIssue(
            { code: 'consent-entry-twice', params: { organisation: entry.organisation } },
            { path: ['consent', index] },
          ),
        );
      return;
    }
    first.set(entry.organisation, entry);
    if (entry.givenOn === null && entry.until === null) return;
    const given = entry.givenOn ?? household.consentGivenOn;
    const until = entry.until ?? household.consentUntil;
    if (given === null || until === null || until >= given) return;
    ctx.addIssue(
      problemIssue(
        {
          code: 'consent-entry-until-before-given',
          params: { organisation: entry.organisation, given, until },
        },
        { path: ['consent', index, entry.until === null ? 'givenOn' : 'until'] },
      ),
    );
  });
}

export const householdSchema: z.ZodType<HouseholdRecord, z.ZodTypeDef, unknown> = record(
  {
    team: slug,
    // Whether it looks pseudonymous depends on the team's rule: checked against the database, in
    // check-household-references.ts, the same check as the household form's.
    reference: required('household-reference', text(MAX_REFERENCE_LENGTH)),
    hasChildren: optional('has-children', yesNo, false),
    scores: scoresSchema.optional(),
    involved: list(key, 'professional-keys'),
    coordinator: optional('professional-key', text(100, KEY_PATTERN), null),
    consent: items(consentEntry, 'organisation-names'),
    consentGivenOn: optional('date', isoDate, null),
    consentUntil: optional('date', isoDate, null),
  },
  'household',
)
  .superRefine((household, ctx) => {
    const { consentGivenOn: given, consentUntil: until } = household;
    if (given === null || until === null || until >= given) return;
    ctx.addIssue(
      problemIssue({ code: 'consent-until-before-given', params: { given } }, { path: ['consentUntil'] }),
    );
  })
  .superRefine(checkConsentEntries)
  .superRefine((household, ctx) => {
    if (household.hasChildren || !household.scores?.some((s) => s.domain === PARENTING_DOMAIN)) return;
    ctx.addIssue(
      problemIssue({ code: 'parenting-without-children' }, { path: ['scores', PARENTING_DOMAIN] }),
    );
  })
  .transform((household): HouseholdRecord => {
    const consentTerms = [...new Map(household.consent.map((c) => [c.organisation, c])).values()];
    return {
      ...household,
      scores: household.scores ?? [],
      consent: consentTerms.map((c) => c.organisation),
      consentTerms,
    };
  });
