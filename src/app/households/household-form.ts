import { LIFE_DOMAINS, type LifeDomain, PARENTING_DOMAIN } from '../../domain/life-domains.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Form, FormField } from '../../views/view-model.ts';
import type { FormValues } from '../feature.ts';
import { formId } from '../feature.ts';
import { checkReference, DEFAULT_REFERENCE_RULE, type ReferenceRule } from './household-reference.ts';
import type {
  ActorTeam,
  ConsentTerms,
  HouseholdDetails,
  HouseholdValues,
  PersonRef,
  TeamRoster,
} from './household-store.ts';
import { domainName, householdText as t } from './i18n/household-text.ts';

export const FORM_KIND = 'household';
const NEW_SUBJECT = 'new';

/** Field ids of the household form. */
const FIELD = {
  reference: 'reference',
  team: 'team',
  hasChildren: 'hasChildren',
  scoredOn: 'scoredOn',
  ikWil: 'ikWil',
  ikKan: 'ikKan',
  ikHebNodig: 'ikHebNodig',
  coordinator: 'coordinator',
  involved: 'involved',
  consent: 'consent',
} as const;

const scoreField = (domain: LifeDomain) => `score-${domain}`;
/** Per organisation: the day consent was given and its last day (empty: no end date). */
const consentGivenField = (organisationId: string) => `consent-given-${organisationId}`;
const consentUntilField = (organisationId: string) => `consent-until-${organisationId}`;

const MAX_WORDS = 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Everything the form needs besides the values: who fills it in, for which team(s), and the choices. */
export interface FormSetup {
  locale: Locale;
  /** Today in the team's time zone, YYYY-MM-DD. */
  today: string;
  /** The teams the household may belong to: the actor's teams for a new one, its own team otherwise. */
  teams: readonly ActorTeam[];
  rosters: readonly TeamRoster[];
  /** The household being changed; absent for a new one. */
  existing?: HouseholdDetails;
  /** Each team's rule for references (team id → rule); a team without one uses the default. */
  referenceRules: ReadonlyMap<string, ReferenceRule>;
  /** The next free reference, which a new household's form starts with (still editable). */
  proposedReference?: string;
}

/** `household:new`, or `household:<id>@<revision>` so a save can tell whether someone else saved first. */
function householdFormId(existing?: Pick<HouseholdDetails, 'id' | 'revision'>): string {
  return formId(FORM_KIND, existing ? `${existing.id}@${existing.revision}` : NEW_SUBJECT);
}

/** The subject of a household form: a new household, or an id with the revision the form was shown at. */
export function parseSubject(
  subject: string,
): { kind: 'new' } | { kind: 'edit'; householdId: string; baseRevision?: number } {
  if (subject === NEW_SUBJECT || subject === '') return { kind: 'new' };
  const at = subject.lastIndexOf('@');
  if (at < 0) return { kind: 'edit', householdId: subject };
  const revision = Number(subject.slice(at + 1));
  return {
    kind: 'edit',
    householdId: subject.slice(0, at),
    baseRevision: Number.isInteger(revision) && revision >= 0 ? revision : undefined,
  };
}

/**
 * The values a new household's form starts with. Whoever records a household is involved with it, so
 * they start in the list (and can still take themselves out); without it they could not see what they saved.
 */
export function newFormValues(setup: FormSetup, creatorId: string): FormValues {
  return {
    [FIELD.reference]: setup.proposedReference,
    [FIELD.involved]: creatorId,
    [FIELD.hasChildren]: 'no',
    [FIELD.scoredOn]: setup.today,
    [FIELD.team]: setup.teams.length === 1 ? setup.teams[0]!.id : undefined,
  };
}

/** The values an edit form starts with: the household as it is now. */
export function existingFormValues(household: HouseholdDetails, today: string): FormValues {
  const values: Record<string, string | undefined> = {
    [FIELD.reference]: household.reference,
    [FIELD.team]: household.teamId,
    [FIELD.hasChildren]: household.hasChildren ? 'yes' : 'no',
    [FIELD.scoredOn]: today,
    [FIELD.ikWil]: household.ikWil ?? undefined,
    [FIELD.ikKan]: household.ikKan ?? undefined,
    [FIELD.ikHebNodig]: household.ikHebNodig ?? undefined,
    [FIELD.coordinator]: household.coordinator?.id,
    [FIELD.involved]: joined(household.involved.map((p) => p.id)),
    [FIELD.consent]: joined(
      household.consents.filter((c) => c.withdrawnOn === null).map((c) => c.organisationId),
    ),
  };
  for (const domain of LIFE_DOMAINS) {
    const score = household.scores[domain];
    if (score) values[scoreField(domain)] = String(score.score);
  }
  for (const consent of household.consents) {
    if (consent.withdrawnOn !== null) continue;
    values[consentGivenField(consent.organisationId)] = consent.givenOn;
    values[consentUntilField(consent.organisationId)] = consent.validUntil ?? undefined;
  }
  return values;
}

function joined(values: string[]): string | undefined {
  return values.length === 0 ? undefined : values.join(',');
}

function splitList(value: string | undefined): string[] {
  return value === undefined
    ? []
    : [
        ...new Set(
          value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ];
}

/** The people who may be chosen: the team's members and whoever is already involved. */
function peopleChoices(setup: FormSetup): PersonRef[] {
  const byId = new Map<string, PersonRef>();
  for (const roster of setup.rosters) for (const person of roster.members) byId.set(person.id, person);
  const existing = setup.existing;
  if (existing) {
    for (const person of [...existing.involved, ...(existing.coordinator ? [existing.coordinator] : [])])
      byId.set(person.id, person);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Organisations that may get consent: those of the team's members, and those that had consent before. */
function organisationChoices(
  setup: FormSetup,
  rosters: readonly TeamRoster[],
): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const roster of rosters)
    for (const person of roster.members) byId.set(person.organisationId, person.organisationName);
  for (const consent of setup.existing?.consents ?? [])
    byId.set(consent.organisationId, consent.organisationName);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The form, showing `values` (what is stored, the defaults, or what the user just entered). */
export function householdForm(setup: FormSetup, values: FormValues): Form {
  const { locale, existing } = setup;
  const people = peopleChoices(setup).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.organisationName})`,
  }));
  const organisations = organisationChoices(setup, setup.rosters).map((o) => ({
    value: o.id,
    label: o.name,
  }));
  const scoreOptions = [1, 2, 3, 4, 5].map((score) => ({
    value: String(score),
    label: t(locale, `score.${score as 1 | 2 | 3 | 4 | 5}`),
  }));
  const fields: FormField[] = [
    {
      id: FIELD.reference,
      kind: 'text',
      label: t(locale, 'field.reference'),
      required: true,
      initial: values[FIELD.reference],
    },
  ];
  if (!existing && setup.teams.length > 1) {
    fields.push({
      id: FIELD.team,
      kind: 'select',
      label: t(locale, 'field.team'),
      required: true,
      options: setup.teams.map((team) => ({ value: team.id, label: team.name })),
      initial: values[FIELD.team],
    });
  }
  fields.push({
    id: FIELD.hasChildren,
    kind: 'select',
    label: t(locale, 'field.hasChildren'),
    required: true,
    options: [
      { value: 'yes', label: t(locale, 'yes') },
      { value: 'no', label: t(locale, 'no') },
    ],
    initial: values[FIELD.hasChildren],
  });
  for (const domain of LIFE_DOMAINS) {
    fields.push({
      id: scoreField(domain),
      kind: 'select',
      label: scoreLabel(locale, domain),
      required: false,
      options: scoreOptions,
      initial: values[scoreField(domain)],
    });
  }
  fields.push(
    {
      id: FIELD.scoredOn,
      kind: 'date',
      label: t(locale, 'field.scoredOn'),
      required: false,
      initial: values[FIELD.scoredOn],
    },
    {
      id: FIELD.ikWil,
      kind: 'textarea',
      label: t(locale, 'field.ikWil'),
      required: false,
      initial: values[FIELD.ikWil],
    },
    {
      id: FIELD.ikKan,
      kind: 'textarea',
      label: t(locale, 'field.ikKan'),
      required: false,
      initial: values[FIELD.ikKan],
    },
    {
      id: FIELD.ikHebNodig,
      kind: 'textarea',
      label: t(locale, 'field.ikHebNodig'),
      required: false,
      initial: values[FIELD.ikHebNodig],
    },
    {
      id: FIELD.coordinator,
      kind: 'select',
      label: t(locale, 'field.coordinator'),
      required: false,
      options: people,
      initial: values[FIELD.coordinator],
    },
    {
      id: FIELD.involved,
      kind: 'multiselect',
      label: t(locale, 'field.involved'),
      required: false,
      options: people,
      initial: splitList(values[FIELD.involved]),
    },
    {
      id: FIELD.consent,
      kind: 'multiselect',
      label: t(locale, 'field.consent'),
      required: false,
      options: organisations,
      initial: splitList(values[FIELD.consent]),
    },
  );
  // Recording, renewing (a new valid-until) and withdrawing (untick above) consent, per organisation.
  for (const organisation of organisations) {
    const names = { organisation: organisation.label };
    fields.push(
      {
        id: consentGivenField(organisation.value),
        kind: 'date',
        label: t(locale, 'field.consent-given', names),
        required: false,
        initial: values[consentGivenField(organisation.value)],
      },
      {
        id: consentUntilField(organisation.value),
        kind: 'date',
        label: t(locale, 'field.consent-until', names),
        required: false,
        initial: values[consentUntilField(organisation.value)],
      },
    );
  }
  return {
    formId: householdFormId(existing),
    title: existing
      ? t(locale, 'form.title-edit', { reference: existing.reference })
      : t(locale, 'form.title-new'),
    submitLabel: t(locale, 'form.submit'),
    fields,
  };
}

function scoreLabel(locale: Locale, domain: LifeDomain): string {
  return domain === PARENTING_DOMAIN
    ? t(locale, 'field.score-parenting', { domain: domainName(locale, domain) })
    : t(locale, 'field.score', { domain: domainName(locale, domain) });
}

/** A valid submission: the household's new values and the scores the form holds. */
export interface ReadForm {
  values: HouseholdValues;
  scores: Partial<Record<LifeDomain, number>>;
  scoredOn: string | undefined;
}

/**
 * Checks every field and reports every problem at once, each naming its field in the user's language.
 * The check that needs the database (is the reference taken?) is the caller's.
 */
export function readHouseholdForm(
  setup: FormSetup,
  raw: FormValues,
): { ok: true; form: ReadForm } | { ok: false; problems: string[] } {
  const { locale, existing } = setup;
  const problems: string[] = [];
  const label = (key: Parameters<typeof t>[1]) => t(locale, key);

  const teamProblems: string[] = [];
  let teamId: string | undefined;
  if (existing) teamId = existing.teamId;
  else if (setup.teams.length === 1) teamId = setup.teams[0]!.id;
  else {
    const chosen = raw[FIELD.team];
    if (chosen === undefined)
      teamProblems.push(t(locale, 'problem.required', { field: label('field.team') }));
    else if (!setup.teams.some((team) => team.id === chosen))
      teamProblems.push(t(locale, 'problem.team', { field: label('field.team') }));
    else teamId = chosen;
  }

  // The team's rule, the same check as the import's. A reference kept as it was is not checked again, so
  // a household from before a stricter rule can still be changed.
  const reference = (raw[FIELD.reference] ?? '').trim();
  const rule =
    (teamId === undefined ? undefined : setup.referenceRules.get(teamId)) ?? DEFAULT_REFERENCE_RULE;
  const referenceProblem = reference === existing?.reference ? undefined : checkReference(reference, rule);
  const field = label('field.reference');
  if (referenceProblem === 'missing') problems.push(t(locale, 'problem.required', { field }));
  else if (referenceProblem === 'format')
    problems.push(t(locale, 'problem.reference-format', { field, example: rule.example }));
  else if (referenceProblem === 'reserved')
    problems.push(t(locale, 'problem.reference-reserved', { field, reference }));
  problems.push(...teamProblems);

  const children = raw[FIELD.hasChildren] ?? 'no';
  if (children !== 'yes' && children !== 'no')
    problems.push(t(locale, 'problem.choice', { field: label('field.hasChildren') }));
  const hasChildren = children === 'yes';

  const scores: Partial<Record<LifeDomain, number>> = {};
  for (const domain of LIFE_DOMAINS) {
    const value = raw[scoreField(domain)]?.trim();
    if (value === undefined || value === '') continue;
    const score = Number(value);
    if (!/^[1-5]$/.test(value)) {
      problems.push(t(locale, 'problem.score', { field: scoreLabel(locale, domain) }));
      continue;
    }
    if (domain === PARENTING_DOMAIN && !hasChildren) {
      problems.push(
        t(locale, 'problem.parenting-without-children', {
          field: domainName(locale, domain),
          children: label('field.hasChildren'),
        }),
      );
      continue;
    }
    scores[domain] = score;
  }

  const scoredOnRaw = raw[FIELD.scoredOn]?.trim() || undefined;
  let scoredOn: string | undefined;
  if (scoredOnRaw !== undefined) {
    if (!isValidDate(scoredOnRaw))
      problems.push(t(locale, 'problem.date', { field: label('field.scoredOn') }));
    else if (scoredOnRaw > setup.today)
      problems.push(t(locale, 'problem.date-future', { field: label('field.scoredOn') }));
    else scoredOn = scoredOnRaw;
  }
  const changedDomains = LIFE_DOMAINS.filter(
    (d) => scores[d] !== undefined && scores[d] !== existing?.scores[d]?.score,
  );
  if (changedDomains.length > 0 && scoredOnRaw === undefined)
    problems.push(t(locale, 'problem.required', { field: label('field.scoredOn') }));
  if (scoredOn !== undefined) {
    for (const domain of changedDomains) {
      const latest = existing?.scores[domain];
      if (latest && scoredOn < latest.scoredOn) {
        problems.push(
          t(locale, 'problem.date-before-latest', {
            field: label('field.scoredOn'),
            domain: domainName(locale, domain),
            date: latest.scoredOn,
          }),
        );
      }
    }
  }

  const words = (field: 'ikWil' | 'ikKan' | 'ikHebNodig'): string | null => {
    const value = (raw[FIELD[field]] ?? '').trim();
    if (value.length > MAX_WORDS)
      problems.push(
        t(locale, 'problem.too-long', {
          field: label(`field.${field}`),
          max: MAX_WORDS,
          length: value.length,
        }),
      );
    return value === '' ? null : value;
  };
  const ikWil = words('ikWil');
  const ikKan = words('ikKan');
  const ikHebNodig = words('ikHebNodig');

  // People and organisations must belong to the household's team (or be on the household already).
  const roster = setup.rosters.find((r) => r.teamId === teamId);
  const teamName = setup.teams.find((team) => team.id === teamId)?.name ?? '';
  const allPeople = new Map(peopleChoices(setup).map((p) => [p.id, p]));
  const allowedPeople = new Set([
    ...(roster?.members.map((p) => p.id) ?? []),
    ...(existing?.involved.map((p) => p.id) ?? []),
    ...(existing?.coordinator ? [existing.coordinator.id] : []),
  ]);
  const checkPerson = (field: 'coordinator' | 'involved', id: string) => {
    if (teamId === undefined || allowedPeople.has(id)) return true;
    const name = allPeople.get(id)?.name;
    problems.push(
      name === undefined
        ? t(locale, 'problem.unknown-choice', { field: label(`field.${field}`) })
        : t(locale, 'problem.not-in-team', { field: label(`field.${field}`), name, team: teamName }),
    );
    return false;
  };

  const coordinatorId = raw[FIELD.coordinator]?.trim() || null;
  if (coordinatorId !== null) checkPerson('coordinator', coordinatorId);
  const involved = splitList(raw[FIELD.involved]).filter((id) => checkPerson('involved', id));
  const involvedIds = [...new Set([...(coordinatorId === null ? [] : [coordinatorId]), ...involved])];

  const allowedOrganisations = new Set(
    organisationChoices(setup, roster ? [roster] : []).map((organisation) => organisation.id),
  );
  const consentOrganisationIds = splitList(raw[FIELD.consent]);
  if (teamId !== undefined && consentOrganisationIds.some((id) => !allowedOrganisations.has(id)))
    problems.push(t(locale, 'problem.unknown-choice', { field: label('field.consent') }));

  // As in the import: someone may only take part when the household consented to their organisation.
  const consented = new Set(consentOrganisationIds);
  const withoutConsent = (field: 'coordinator' | 'involved', id: string) => {
    const person = allPeople.get(id);
    if (!person || consented.has(person.organisationId)) return;
    problems.push(
      t(locale, 'problem.without-consent', {
        field: label(`field.${field}`),
        name: person.name,
        organisation: person.organisationName,
        consent: label('field.consent'),
      }),
    );
  };
  if (coordinatorId !== null) withoutConsent('coordinator', coordinatorId);
  for (const id of involved) if (id !== coordinatorId) withoutConsent('involved', id);

  const organisationNames = new Map(organisationChoices(setup, setup.rosters).map((o) => [o.id, o.name]));
  const consentTerms: Record<string, ConsentTerms> = {};
  for (const organisationId of consentOrganisationIds) {
    const terms = readConsentTerms(setup, raw, organisationId, organisationNames.get(organisationId) ?? '');
    if ('problems' in terms) problems.push(...terms.problems);
    else consentTerms[organisationId] = terms;
  }

  if (problems.length > 0 || teamId === undefined) return { ok: false, problems };
  return {
    ok: true,
    form: {
      values: {
        teamId,
        reference,
        hasChildren,
        ikWil,
        ikKan,
        ikHebNodig,
        coordinatorId,
        involvedIds,
        consentOrganisationIds,
        consentTerms,
      },
      scores,
      scoredOn,
    },
  };
}

/**
 * One ticked organisation's consent dates: given on (empty: today for new consent, as stored otherwise) and
 * valid until (empty: no end date). Dates must be real, given on not in the future, valid until not before
 * given on, and a changed valid-until not in the past (recorded consent must hold today; an unchanged one that
 * has since ended may stay as it is, so the rest of the household can still be saved).
 */
function readConsentTerms(
  setup: FormSetup,
  raw: FormValues,
  organisationId: string,
  organisation: string,
): ConsentTerms | { problems: string[] } {
  const { locale, today } = setup;
  const stored = setup.existing?.consents.find(
    (c) => c.organisationId === organisationId && c.withdrawnOn === null,
  );
  const names = { organisation };
  const givenLabel = t(locale, 'field.consent-given', names);
  const untilLabel = t(locale, 'field.consent-until', names);
  const problems: string[] = [];
  const givenRaw = raw[consentGivenField(organisationId)]?.trim() || undefined;
  const untilRaw = raw[consentUntilField(organisationId)]?.trim() || undefined;
  let givenOn = stored?.givenOn ?? today;
  if (givenRaw !== undefined) {
    if (!isValidDate(givenRaw)) problems.push(t(locale, 'problem.date', { field: givenLabel }));
    else if (givenRaw > today) problems.push(t(locale, 'problem.date-future', { field: givenLabel }));
    else givenOn = givenRaw;
  }
  let validUntil: string | null = null;
  if (untilRaw !== undefined) {
    if (!isValidDate(untilRaw)) problems.push(t(locale, 'problem.date', { field: untilLabel }));
    else validUntil = untilRaw;
  }
  if (validUntil !== null && problems.length === 0) {
    const unchanged = stored !== undefined && stored.validUntil === validUntil && stored.givenOn === givenOn;
    if (validUntil < givenOn)
      problems.push(t(locale, 'problem.consent-until-before-given', { field: untilLabel, given: givenOn }));
    else if (validUntil < today && !unchanged)
      problems.push(t(locale, 'problem.consent-until-past', { field: untilLabel }));
  }
  return problems.length > 0 ? { problems } : { givenOn, validUntil };
}

function isValidDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What a submission changes compared with the stored household: field names and the scores to write. */
export function changesOf(
  form: ReadForm,
  existing: HouseholdDetails | undefined,
): { changed: string[]; scoreWrites: { domain: LifeDomain; score: number }[] } {
  const { values, scores } = form;
  const scoreWrites = LIFE_DOMAINS.flatMap((domain) => {
    const score = scores[domain];
    return score !== undefined && score !== existing?.scores[domain]?.score ? [{ domain, score }] : [];
  });
  const changed: string[] = [];
  const differs = (field: string, now: unknown, before: unknown) => {
    if (now !== before) changed.push(field);
  };
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));

  differs('reference', values.reference, existing?.reference);
  if (existing) differs('hasChildren', values.hasChildren, existing.hasChildren);
  else changed.push('hasChildren');
  changed.push(...scoreWrites.map((w) => `scores.${w.domain}`));
  differs('ikWil', values.ikWil, existing ? existing.ikWil : null);
  differs('ikKan', values.ikKan, existing ? existing.ikKan : null);
  differs('ikHebNodig', values.ikHebNodig, existing ? existing.ikHebNodig : null);
  differs('coordinator', values.coordinatorId, existing ? (existing.coordinator?.id ?? null) : null);
  if (!sameSet(values.involvedIds, existing?.involved.map((p) => p.id) ?? [])) changed.push('involved');
  const current = existing?.consents.filter((c) => c.withdrawnOn === null) ?? [];
  const termsChanged = current.some((c) => {
    const terms = values.consentTerms?.[c.organisationId];
    return terms !== undefined && (terms.givenOn !== c.givenOn || terms.validUntil !== c.validUntil);
  });
  if (
    termsChanged ||
    !sameSet(
      values.consentOrganisationIds,
      current.map((c) => c.organisationId),
    )
  )
    changed.push('consent');
  return { changed, scoreWrites };
}
