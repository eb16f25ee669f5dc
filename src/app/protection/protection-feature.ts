import { isCancelReason } from '../../domain/conferences/rescue-policy.ts';
import type { Locale } from '../../domain/locale.ts';
import { type Block, createView, form, text, type View } from '../../views/view-model.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import { formatTimeRange } from '../format-when.ts';
import type {
  CancelResult,
  ConferenceFacts,
  ConferenceProtection,
  DeclineResult,
  Refusal,
  RescueResult,
} from './protect-conference.ts';
import {
  answerView,
  cancelReasonView,
  declineReasonButtons,
  formatLatest,
  protectionText as t,
  writtenInputButton,
} from './protection-views.ts';

export interface ProtectionFeatureDeps {
  protection: ConferenceProtection;
}

const WRITTEN_INPUT_FORM = 'written-input';
const MAX_INPUT = 2_000;

/**
 * The rescue's buttons in chat (docs/protection.md): the reason for a decline, the coordinator's choice of a
 * deputy, a shorter online meeting or a postponement, cancelling with a reason, and written input. The use
 * cases check who may do what; answers name households by reference and go to the person who pressed.
 */
export function protectionFeature(deps: ProtectionFeatureDeps): Feature {
  const { protection } = deps;
  const requester = (context: UseCaseContext) => ({
    professionalId: context.actor.professionalId ?? null,
    channel: context.actor.channel ?? ('tryout' as const),
  });
  const show = (context: UseCaseContext) => ({ locale: context.locale, timeZone: context.timeZone });
  const when = (c: ConferenceFacts, context: UseCaseContext) =>
    formatTimeRange(c.startsAt, c.endsAt, context.locale, context.timeZone);
  const refs = (c: ConferenceFacts) => c.references.join(', ');

  return {
    commands: {
      // `afmelden HH-2041 [reden]` / `decline HH-2041 [reason]`: the household's next conference.
      decline: async (args, context) => {
        const { locale } = context;
        const [reference, ...words] = args;
        const professionalId = context.actor.professionalId;
        if (!reference) return answerView(t(locale, 'refusal.usage-decline'));
        if (!professionalId) return refusalView({ kind: 'not-invited' }, locale);
        const conferenceId = await protection.nextConference({
          reference,
          requester: requester(context),
          now: context.now,
        });
        if (!conferenceId)
          return answerView(t(locale, 'refusal.no-conference', { reference: reference.toUpperCase() }));
        const said = words.join(' ').trim();
        const result = await protection.decline({
          conferenceId,
          professionalId,
          reason: said ? reasonCode(said) : null,
          now: context.now,
          channel: context.actor.channel ?? 'tryout',
        });
        if (result.kind !== 'covered' && result.kind !== 'gap') return refusalView(result, locale);
        if (result.unchanged)
          return answerView(t(locale, 'answer.declined.unchanged', { references: refs(result.conference) }));
        // In a shared conversation only that it was noted: the rest is for the person alone.
        if (!context.privateConversation)
          return answerView(t(locale, 'answer.declined.short', { references: refs(result.conference) }));
        const blocks = afterDeclineBlocks(result, conferenceId, locale, context.timeZone, { askWhy: !said });
        return createView(blocks[0]?.type === 'text' ? blocks[0].text : '', blocks);
      },
    },
    actions: {
      'conference.decline-reason': async ({ conferenceId, reason }, context) => {
        const professionalId = context.actor.professionalId;
        if (!professionalId) return answerView(t(context.locale, 'refusal.not-invited'));
        const result = await protection.declineReason({
          conferenceId,
          professionalId,
          reason,
          now: context.now,
        });
        if (result.kind === 'saved')
          return answerView(
            t(context.locale, 'answer.reason-saved', { reason: t(context.locale, `reason.${reason}`) }),
          );
        if (result.kind === 'not-declined') return answerView(t(context.locale, 'refusal.not-invited'));
        return refusalView(result, context.locale);
      },

      'conference.rescue': async ({ conferenceId, step, deputyId, forId, version }, context) => {
        const choice =
          step === 'deputy'
            ? deputyId && forId
              ? ({ kind: 'deputy', deputyId, forId } as const)
              : undefined
            : ({ kind: step } as const);
        if (!choice) return answerView(t(context.locale, 'answer.deputy-unavailable'));
        const result = await protection.rescue({
          conferenceId,
          choice,
          requester: requester(context),
          version,
          now: context.now,
        });
        return rescueAnswer(result, context);
      },

      'conference.cancel': async ({ conferenceId, reason }, context) => {
        if (!reason) {
          // Asking why is itself refused to those who may not cancel: say so at once.
          const check = await protection.inspect({
            conferenceId,
            requester: requester(context),
            now: context.now,
          });
          if (check.kind !== 'open') return refusalView(check, context.locale);
          if (!check.mayCancel)
            return refusalView({ kind: 'not-allowed', needs: 'coordinator-or-coach' }, context.locale);
          return cancelReasonView(conferenceId, check.references, context.locale);
        }
        if (!isCancelReason(reason)) return answerView(t(context.locale, 'refusal.not-found'));
        const result = await protection.cancel({
          conferenceId,
          reason,
          requester: requester(context),
          now: context.now,
        });
        return cancelAnswer(result, context);
      },

      'conference.written-input': async ({ conferenceId }, context) => {
        const check = await protection.inspect({
          conferenceId,
          requester: requester(context),
          now: context.now,
        });
        if (check.kind !== 'open') return refusalView(check, context.locale);
        if (!check.isAttendee) return refusalView({ kind: 'not-invited' }, context.locale);
        const references = check.references.join(', ');
        const title = t(context.locale, 'form.input.title', { references });
        return createView(title, [
          form({
            formId: `${WRITTEN_INPUT_FORM}:${conferenceId}`,
            title,
            submitLabel: t(context.locale, 'form.input.submit'),
            fields: [
              { id: 'input', kind: 'textarea', label: t(context.locale, 'form.input.field'), required: true },
            ],
          }),
        ]);
      },
    },

    forms: {
      [WRITTEN_INPUT_FORM]: async (values, conferenceId, context) => {
        const professionalId = context.actor.professionalId;
        const input = (values.input ?? '').trim();
        if (!professionalId) return answerView(t(context.locale, 'refusal.not-invited'));
        if (!input || input.length > MAX_INPUT) return answerView(t(context.locale, 'refusal.usage-input'));
        const result = await protection.writtenInput({
          conferenceId,
          professionalId,
          text: input,
          now: context.now,
          channel: context.actor.channel ?? 'tryout',
        });
        if (result.kind !== 'saved') return refusalView(result, context.locale);
        return answerView(t(context.locale, 'answer.input-saved', { references: refs(result.conference) }));
      },
    },
  };

  function rescueAnswer(result: RescueResult, context: UseCaseContext): View {
    const { locale } = context;
    switch (result.kind) {
      case 'stale':
        return answerView(t(locale, 'answer.stale'));
      case 'deputy-unavailable':
        return answerView(t(locale, 'answer.deputy-unavailable'));
      case 'no-slot':
        return answerView(
          t(locale, 'answer.no-slot', { latest: formatLatest(result.latest, show(context)) }),
        );
      case 'deputy-added':
        return answerView(
          t(locale, 'answer.deputy-added', {
            name: result.deputy.name,
            references: refs(result.conference),
            when: when(result.conference, context),
          }),
        );
      case 'made-online':
        return answerView(
          t(locale, 'answer.made-online', {
            references: refs(result.conference),
            when: when(result.conference, context),
          }),
        );
      case 'postponed':
        return answerView(
          t(locale, result.delayWorkingDays === 1 ? 'answer.postponed-one' : 'answer.postponed', {
            references: refs(result.conference),
            when: when(result.conference, context),
            days: result.delayWorkingDays,
          }),
        );
      default:
        return refusalView(result, locale);
    }
  }

  function cancelAnswer(result: CancelResult, context: UseCaseContext): View {
    const { locale } = context;
    if (result.kind !== 'cancelled-now') return refusalView(result, locale);
    const key = result.planClosed ? 'answer.cancelled-plan-closed' : 'answer.cancelled';
    return answerView(
      t(locale, key, { references: refs(result.conference), reason: t(locale, `reason.${result.reason}`) }),
    );
  }
}

/** A typed reason as its code when it is one (in either language), else the words as typed. */
export function reasonCode(said: string): string {
  const word = said.toLowerCase();
  const codes: Record<string, string> = {
    ziek: 'ziekte',
    ziekte: 'ziekte',
    ill: 'ziekte',
    illness: 'ziekte',
    sick: 'ziekte',
    crisis: 'crisis-elders',
    'crisis-elders': 'crisis-elders',
    capaciteit: 'capaciteit',
    capacity: 'capaciteit',
    anders: 'anders',
    other: 'anders',
  };
  return codes[word] ?? said.slice(0, 200);
}

/** The text of a refusal, in the person's language. */
export function refusalText(refusal: Refusal, locale: Locale): string {
  switch (refusal.kind) {
    case 'not-allowed':
      return t(
        locale,
        refusal.needs === 'coordinator-or-coach'
          ? 'refusal.coordinator-or-coach'
          : 'refusal.coordinator-organizer-or-coach',
      );
    case 'past':
      return t(locale, 'refusal.past');
    default:
      return t(locale, `refusal.${refusal.kind}`);
  }
}

export function refusalView(refusal: Refusal, locale: Locale): View {
  return { ...answerView(refusalText(refusal, locale)), kind: 'error' };
}

/**
 * What the person who declined reads after the invitation's answer (private conversations only): how the
 * conference goes on, the written-input button, and why they cannot come.
 */
export function afterDeclineBlocks(
  result: DeclineResult,
  conferenceId: string,
  locale: Locale,
  timeZone: string,
  options: { askWhy: boolean } = { askWhy: true },
): Block[] {
  if (result.kind !== 'covered' && result.kind !== 'gap') return [];
  const c = result.conference;
  const params = {
    references: c.references.join(', '),
    when: formatTimeRange(c.startsAt, c.endsAt, locale, timeZone),
    asked: result.kind === 'gap' ? result.asked.map((p) => p.name).join(', ') : '',
  };
  const message =
    result.kind === 'covered'
      ? t(locale, 'answer.declined.covered', params)
      : result.asked.length > 0
        ? t(locale, 'answer.declined.gap', params)
        : t(locale, 'answer.declined.gap-nobody', params);
  return [
    text(message),
    writtenInputButton(conferenceId, locale),
    ...(options.askWhy ? declineReasonButtons(conferenceId, locale) : []),
  ];
}
