import { isLifeDomain, LIFE_DOMAINS } from '../../domain/life-domains.ts';
import type { Locale } from '../../domain/locale.ts';
import type { FormField, View } from '../../views/view-model.ts';
import type { FormValues } from '../feature.ts';
import { formatTimeRange } from '../format-when.ts';
import { domainName } from '../households/i18n/household-text.ts';
import type { Minutes } from './action-book.ts';
import { readActionLine } from './action-line.ts';
import { formWithProblems } from './action-views.ts';
import { featureText as t } from './i18n/feature-text.ts';
import type { MinutesConference } from './minutes-store.ts';

/** The minutes form's kind; its subject is the conference's id (`minutes:<conferenceId>`). */
export const MINUTES_FORM = 'minutes';

export const MINUTES_FIELD = {
  present: 'present',
  decision: (index: number) => `decision-${index}`,
  domain: (index: number) => `domain-${index}`,
  agreed: (index: number) => `agreed-${index}`,
  actions: (index: number) => `actions-${index}`,
} as const;

const NO_DOMAIN = 'none';
const AGREED = ['unknown', 'yes', 'no'] as const;

export interface MinutesSetup {
  conference: MinutesConference;
  locale: Locale;
  timeZone: string;
  today: string;
}

/** The form: presence, and per household a decision (text, life domain, household agreed) and action lines. */
export function minutesFormView(
  setup: MinutesSetup,
  values?: FormValues,
  problems: readonly string[] = [],
): View {
  const { conference, locale, timeZone } = setup;
  const when = formatTimeRange(conference.startsAt, conference.endsAt, locale, timeZone);
  const title = t(locale, 'minutes.title', { when });
  const invited = conference.attendees.filter((a) => !a.declined).map((a) => a.id);
  const presentInitial = values ? split(values[MINUTES_FIELD.present]) : invited;
  const fields: FormField[] = [
    {
      id: MINUTES_FIELD.present,
      kind: 'multiselect',
      label: t(locale, 'minutes.present'),
      required: false,
      options: conference.attendees.map((a) => ({ value: a.id, label: a.name })),
      initial: presentInitial,
    },
  ];
  conference.households.forEach((household, index) => {
    const names = { reference: household.reference };
    fields.push(
      {
        id: MINUTES_FIELD.decision(index),
        kind: 'textarea',
        label: t(locale, 'minutes.decision', names),
        required: false,
        initial: values?.[MINUTES_FIELD.decision(index)],
      },
      {
        id: MINUTES_FIELD.domain(index),
        kind: 'select',
        label: t(locale, 'minutes.domain', names),
        required: false,
        options: [
          { value: NO_DOMAIN, label: t(locale, 'minutes.no-domain') },
          ...LIFE_DOMAINS.map((domain) => ({ value: domain, label: domainName(locale, domain) })),
        ],
        initial: values?.[MINUTES_FIELD.domain(index)] ?? NO_DOMAIN,
      },
      {
        id: MINUTES_FIELD.agreed(index),
        kind: 'select',
        label: t(locale, 'minutes.agreed', names),
        required: false,
        options: AGREED.map((value) => ({ value, label: t(locale, `decision.agreed.${value}`) })),
        initial: values?.[MINUTES_FIELD.agreed(index)] ?? 'unknown',
      },
      {
        id: MINUTES_FIELD.actions(index),
        kind: 'textarea',
        label: t(locale, 'minutes.actions', names),
        required: false,
        initial: values?.[MINUTES_FIELD.actions(index)],
      },
    );
  });
  return formWithProblems(
    title,
    { formId: `${MINUTES_FORM}:${conference.id}`, title, submitLabel: t(locale, 'minutes.submit'), fields },
    locale,
    problems,
    t(locale, 'minutes.intro'),
  );
}

/** Resolves an owner's word within the conference's team: the person, or the problem in words. */
export type OwnerLookup = (
  word: string,
) => Promise<{ ok: true; id: string } | { ok: false; message: string }>;

/**
 * The submitted form as Minutes, or every problem at once (each naming its household and line). Empty households
 * (no decision, no action) are left out; only lines with a problem are refused, never echoing what was typed.
 */
export async function readMinutesForm(
  setup: MinutesSetup,
  values: FormValues,
  ownerOf: OwnerLookup,
): Promise<
  { ok: true; minutes: Minutes; lineNumbers: Map<string, number[]> } | { ok: false; problems: string[] }
> {
  const { conference, locale, today } = setup;
  const problems: string[] = [];
  const attendees = new Set(conference.attendees.map((a) => a.id));
  const present = split(values[MINUTES_FIELD.present]);
  if (present.some((id) => !attendees.has(id)))
    problems.push(t(locale, 'form.unknown-choice', { field: t(locale, 'minutes.present') }));

  const households: Minutes['households'] = [];
  // Per household, the form's line number of each action kept (blank lines are skipped).
  const lineNumbers = new Map<string, number[]>();
  for (const [index, household] of conference.households.entries()) {
    const { reference } = household;
    const decisionText = values[MINUTES_FIELD.decision(index)]?.trim() ?? '';
    const domainValue = values[MINUTES_FIELD.domain(index)] ?? NO_DOMAIN;
    const agreedValue = values[MINUTES_FIELD.agreed(index)] ?? 'unknown';
    if (domainValue !== NO_DOMAIN && !isLifeDomain(domainValue))
      problems.push(t(locale, 'form.unknown-choice', { field: t(locale, 'minutes.domain', { reference }) }));
    if (!(AGREED as readonly string[]).includes(agreedValue))
      problems.push(t(locale, 'form.unknown-choice', { field: t(locale, 'minutes.agreed', { reference }) }));
    const domain = isLifeDomain(domainValue) ? domainValue : undefined;
    const decisions: Minutes['households'][number]['decisions'] = [];
    if (decisionText !== '')
      decisions.push({
        text: decisionText,
        ...(domain ? { domain } : {}),
        ...(agreedValue === 'yes' || agreedValue === 'no' ? { householdAgreed: agreedValue === 'yes' } : {}),
      });
    const actions: Minutes['households'][number]['actions'] = [];
    const lines = (values[MINUTES_FIELD.actions(index)] ?? '').split(/\r?\n/);
    for (const [lineIndex, raw] of lines.entries()) {
      if (raw.trim() === '') continue;
      const line = lineIndex + 1;
      const read = readActionLine(raw, { locale, today });
      if (!read.ok) {
        const problem = read.problem === 'incomplete' ? t(locale, 'minutes.line-format') : read.message;
        problems.push(t(locale, 'minutes.line', { reference, line, problem }));
        continue;
      }
      const owner = await ownerOf(read.ownerWord);
      if (!owner.ok) {
        problems.push(t(locale, 'minutes.line', { reference, line, problem: owner.message }));
        continue;
      }
      lineNumbers.set(reference, [...(lineNumbers.get(reference) ?? []), line]);
      actions.push({
        ownerId: owner.id,
        due: read.due,
        description: read.description,
        ...(domain ? { domain } : {}),
        ...(decisions.length > 0 ? { decisionIndex: 0 } : {}),
      });
    }
    if (decisions.length > 0 || actions.length > 0) households.push({ reference, decisions, actions });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, minutes: { conferenceId: conference.id, present, households }, lineNumbers };
}

function split(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
