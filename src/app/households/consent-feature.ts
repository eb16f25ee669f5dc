import { renewedUntil } from '../../domain/consent/consent-state.ts';
import { dayNumber } from '../../domain/slots/zone-offsets.ts';
import { ActionIds } from '../../views/action-ids.ts';
import type { View } from '../../views/view-model.ts';
import type { HouseholdDoor } from '../access/household-door.ts';
import type { Feature, FormValues, UseCaseContext } from '../feature.ts';
import { formatDay, localDate } from '../format-when.ts';
import type { ConsentRecord, ConsentStore } from './consent-store.ts';
import { parseRenewalSubject, RENEWAL_FIELD, RENEWAL_FORM_KIND, renewalFormView } from './consent-views.ts';
import { messageView } from './household-views.ts';
import { householdText as t } from './i18n/household-text.ts';

export interface ConsentFeatureDeps {
  consents: ConsentStore;
  door: HouseholdDoor;
}

/**
 * The consent reminder's Renew button and the renewal form it opens (given on today, a new valid-until as long
 * as before). Only the household's case team, in a private conversation, may renew: the household door asks
 * access-policy.ts ('change-consent') and logs the look; someone outside the team is told the same as for
 * consent that does not exist.
 */
export function consentFeature(deps: ConsentFeatureDeps): Feature {
  const { consents } = deps;

  /** The consent, when this person may renew it here; else the answer that says why not. */
  async function renewable(consentId: string, context: UseCaseContext): Promise<ConsentRecord | View> {
    const { locale } = context;
    if (!context.actor.professionalId) return messageView(t(locale, 'unknown-person'));
    const consent = await consents.consentById(consentId);
    if (!consent) return messageView(t(locale, 'renew-not-found'));
    // The household door decides and logs the look (kind consent); an outsider hears what a missing one would.
    const answer = await deps.door.byId(context, consent.householdId, {
      kind: 'consent',
      deed: 'change-consent',
    });
    if (!answer.granted) {
      if (answer.refusal === 'shared-conversation') return messageView(t(locale, 'private-only'));
      if (answer.refusal === 'not-allowed' || answer.refusal === 'reference-only')
        return messageView(t(locale, 'renew-not-allowed', { reference: consent.reference }));
      return messageView(t(locale, 'renew-not-found'));
    }
    if (consent.withdrawnOn !== null) return changed(consent, context);
    return consent;
  }

  async function openForm(consentId: string, context: UseCaseContext): Promise<View> {
    const consent = await renewable(consentId, context);
    if (!isConsent(consent)) return consent;
    const today = localDate(context.now, context.timeZone);
    const until = renewedUntil(consent, today);
    return renewalFormView(
      consent,
      { givenOn: today, ...(until ? { validUntil: until } : {}) },
      context.locale,
    );
  }

  async function submit(values: FormValues, subject: string, context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const target = parseRenewalSubject(subject);
    if (!target) return messageView(t(locale, 'renew-not-found'));
    const consent = await renewable(target.consentId, context);
    if (!isConsent(consent)) return consent;
    const today = localDate(context.now, context.timeZone);
    const read = readRenewal(values, consent, today, context);
    if ('problems' in read) return renewalFormView(consent, values, locale, read.problems);
    const result = await consents.renew({
      consentId: consent.id,
      expectedValidUntil: target.expectedValidUntil,
      givenOn: read.givenOn,
      validUntil: read.validUntil,
      actorId: context.actor.professionalId!,
      channel: context.actor.channel ?? 'tryout',
      now: context.now,
      today,
      timeZone: context.timeZone,
      ...(context.requestKey ? { requestKey: context.requestKey } : {}),
    });
    if (result.status === 'changed') return changed(consent, context);
    const names = {
      reference: consent.reference,
      organisation: consent.organisationName,
      given: formatDay(read.givenOn, locale),
    };
    return messageView(
      read.validUntil === null
        ? t(locale, 'renewed-no-end', names)
        : t(locale, 'renewed', { ...names, until: formatDay(read.validUntil, locale) }),
    );
  }

  return {
    actions: { [ActionIds.consentRenew]: ({ consentId }, context) => openForm(consentId, context) },
    forms: { [RENEWAL_FORM_KIND]: submit },
  };
}

function changed(consent: ConsentRecord, context: UseCaseContext): View {
  return messageView(
    t(context.locale, 'renew-changed', {
      reference: consent.reference,
      organisation: consent.organisationName,
    }),
  );
}

function isConsent(value: ConsentRecord | View): value is ConsentRecord {
  return 'organisationId' in value;
}

/** Given on: a real day, not in the future. Valid until: empty, or a real day from today and from given on. */
function readRenewal(
  values: FormValues,
  consent: ConsentRecord,
  today: string,
  context: UseCaseContext,
): { givenOn: string; validUntil: string | null } | { problems: string[] } {
  const { locale } = context;
  const names = { organisation: consent.organisationName };
  const givenLabel = t(locale, 'field.consent-given', names);
  const untilLabel = t(locale, 'field.consent-until', names);
  const problems: string[] = [];
  const givenOn = values[RENEWAL_FIELD.givenOn]?.trim() || undefined;
  const untilRaw = values[RENEWAL_FIELD.validUntil]?.trim() || undefined;
  if (givenOn === undefined) problems.push(t(locale, 'problem.required', { field: givenLabel }));
  else if (!isRealDay(givenOn)) problems.push(t(locale, 'problem.date', { field: givenLabel }));
  else if (givenOn > today) problems.push(t(locale, 'problem.date-future', { field: givenLabel }));
  if (untilRaw !== undefined) {
    if (!isRealDay(untilRaw)) problems.push(t(locale, 'problem.date', { field: untilLabel }));
    else if (givenOn !== undefined && isRealDay(givenOn) && untilRaw < givenOn)
      problems.push(t(locale, 'problem.consent-until-before-given', { field: untilLabel, given: givenOn }));
    else if (untilRaw < today) problems.push(t(locale, 'problem.consent-until-past', { field: untilLabel }));
  }
  if (problems.length > 0 || givenOn === undefined) return { problems };
  return { givenOn, validUntil: untilRaw ?? null };
}

function isRealDay(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}
