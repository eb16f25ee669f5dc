import type { ConsentState } from '../../domain/consent/consent-state.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  button,
  buttons,
  context,
  createView,
  form,
  header,
  text,
  type View,
} from '../../views/view-model.ts';
import { formId } from '../feature.ts';
import { formatDay } from '../format-when.ts';
import type { ConsentRecord } from './consent-store.ts';
import { householdText as t } from './i18n/household-text.ts';

export const RENEWAL_FORM_KIND = 'consent-renewal';
export const RENEWAL_FIELD = { givenOn: 'givenOn', validUntil: 'validUntil' } as const;
const NO_END = 'none';

/** `consent-renewal:<consentId>@<valid until or none>`: a renewal of consent changed since is refused. */
export function renewalFormId(consent: Pick<ConsentRecord, 'id' | 'validUntil'>): string {
  return formId(RENEWAL_FORM_KIND, `${consent.id}@${consent.validUntil ?? NO_END}`);
}

export function parseRenewalSubject(
  subject: string,
): { consentId: string; expectedValidUntil: string | null } | undefined {
  const at = subject.lastIndexOf('@');
  if (at <= 0) return undefined;
  const until = subject.slice(at + 1);
  return { consentId: subject.slice(0, at), expectedValidUntil: until === NO_END ? null : until };
}

/** The private reminder to the coordinator: which household, which organisation, when, and a Renew button. */
export function consentReminderView(consent: ConsentRecord, state: ConsentState, locale: Locale): View {
  const names = {
    reference: consent.reference,
    organisation: consent.organisationName,
    until: formatDay(consent.validUntil ?? consent.givenOn, locale),
  };
  const title = t(locale, 'reminder.title', names);
  const body = t(locale, state.state === 'expired' ? 'reminder.ended' : 'reminder.ending', names);
  return createView(`${title}. ${body}`, [
    header(title),
    text(body),
    context(t(locale, 'reminder.why')),
    buttons([
      button(ActionIds.consentRenew, t(locale, 'button.renew'), {
        value: encodeActionValue(ActionIds.consentRenew, { consentId: consent.id }),
        style: 'primary',
      }),
    ]),
  ]);
}

/** The renewal form: given on (today) and a new valid-until, both editable, with the problems of a last try. */
export function renewalFormView(
  consent: ConsentRecord,
  values: { givenOn?: string; validUntil?: string },
  locale: Locale,
  problems: readonly string[] = [],
): View {
  const names = { reference: consent.reference, organisation: consent.organisationName };
  const title = t(locale, 'renew.title', names);
  const blocks = [];
  if (problems.length > 0) {
    const intro = t(locale, 'form.problems', { count: problems.length });
    blocks.push(text([intro, ...problems.map((p) => `• ${p}`)].join('\n')));
  }
  blocks.push(
    form({
      formId: renewalFormId(consent),
      title,
      submitLabel: t(locale, 'button.renew'),
      fields: [
        {
          id: RENEWAL_FIELD.givenOn,
          kind: 'date',
          label: t(locale, 'field.consent-given', names),
          required: true,
          ...(values.givenOn ? { initial: values.givenOn } : {}),
        },
        {
          id: RENEWAL_FIELD.validUntil,
          kind: 'date',
          label: t(locale, 'field.consent-until', names),
          required: false,
          ...(values.validUntil ? { initial: values.validUntil } : {}),
        },
      ],
    }),
  );
  const fallback = problems.length > 0 ? `${title}. ${problems.join(' ')}` : title;
  return createView(fallback, blocks);
}
