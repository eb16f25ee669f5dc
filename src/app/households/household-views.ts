import { type ConsentState, consentState } from '../../domain/consent/consent-state.ts';
import { isLifeDomain, LIFE_DOMAINS, PARENTING_DOMAIN } from '../../domain/life-domains.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  type Button,
  bold,
  button,
  buttons,
  context,
  createView,
  fields,
  form,
  header,
  list,
  section,
  text,
  type View,
} from '../../views/view-model.ts';
import type { FormValues } from '../feature.ts';
import { formatDay, formatInstant, formatTimeRange } from '../format-when.ts';
import type { FormSetup } from './household-form.ts';
import { householdForm } from './household-form.ts';
import type {
  HouseholdConferenceSummary,
  HouseholdDetails,
  HouseholdListItem,
  RevisionSummary,
  StoredConsent,
} from './household-store.ts';
import { domainName, householdText as t } from './i18n/household-text.ts';

/** A revision's field names in words: 'scores.financien' → "score Financiën". */
function fieldInWords(locale: Locale, field: string): string {
  if (field.startsWith('scores.')) {
    const domain = field.slice('scores.'.length);
    return t(locale, 'changed.score', { domain: isLifeDomain(domain) ? domainName(locale, domain) : domain });
  }
  switch (field) {
    case 'reference':
    case 'hasChildren':
    case 'ikWil':
    case 'ikKan':
    case 'ikHebNodig':
    case 'coordinator':
    case 'involved':
    case 'consent':
    case 'scores':
    case 'planClosedAt':
    case 'planReopened':
      return t(locale, `changed.${field}`);
    default:
      return field;
  }
}

/** One consent in the household's details: given on, valid until or ended, withdrawn, and by whom. */
export function consentLine(consent: StoredConsent, state: ConsentState, locale: Locale): string {
  const given = formatDay(consent.givenOn, locale);
  const line = (() => {
    switch (state.state) {
      case 'withdrawn':
        return t(locale, 'details.consent-withdrawn', { given, date: formatDay(state.withdrawnOn, locale) });
      case 'expired':
        return t(locale, 'details.consent-ended', { given, until: formatDay(state.endedOn, locale) });
      case 'ending-soon':
        return t(locale, 'details.consent-ends-soon', {
          given,
          until: formatDay(state.until, locale),
          days: state.daysLeft,
        });
      case 'active':
        return state.until === null
          ? t(locale, 'details.consent-given', { date: given })
          : t(locale, 'details.consent-ends', { given, until: formatDay(state.until, locale) });
    }
  })();
  return consent.recordedByName
    ? `${line} · ${t(locale, 'details.consent-recorded-by', { name: consent.recordedByName })}`
    : line;
}

function revisionLine(locale: Locale, timeZone: string, revision: RevisionSummary): string {
  const who =
    revision.via === 'chat'
      ? (revision.changedByName ?? t(locale, 'revision.someone'))
      : revision.via === 'seed'
        ? t(locale, 'revision.seed')
        : revision.changedByName
          ? `${revision.changedByName} (${t(locale, 'revision.import')})`
          : t(locale, 'revision.import');
  return t(locale, 'revision.line', {
    revision: revision.revision,
    when: formatInstant(revision.changedAt, locale, timeZone),
    who,
    changed: revision.changed.map((field) => fieldInWords(locale, field)).join(', '),
  });
}

export interface DetailsOptions {
  locale: Locale;
  timeZone: string;
  /** "Saved (revision 2)" and the like, shown above the details. */
  notice?: string;
  mayClosePlan: boolean;
  /** Today in the scheduling time zone: whether consent still holds, ends soon or ended. */
  today: string;
  /** The team's `consentReminderDays`: consent ending within them shows as ending soon. */
  consentReminderDays?: number;
  /** Other areas' part of the case team's view (the latest decisions and open actions), above the buttons. */
  extraBlocks?: readonly Block[];
  /** Now: which conferences are still to come. */
  now?: Date;
}

/**
 * The household's conferences: those still to come first (soonest first), then the recent ones (latest
 * first), each with every attendee's answer to the invitation.
 */
function conferencesBlock(
  conferences: readonly HouseholdConferenceSummary[],
  locale: Locale,
  timeZone: string,
  now: Date | undefined,
): Block {
  if (conferences.length === 0)
    return section(t(locale, 'details.no-conferences'), t(locale, 'details.conferences'));
  const time = (now ?? new Date(0)).getTime();
  const ahead = (c: HouseholdConferenceSummary) =>
    c.endsAt.getTime() > time && c.status !== 'cancelled' && c.status !== 'held';
  const upcoming = conferences.filter(ahead).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const recent = conferences.filter((c) => !ahead(c));
  return list(
    [...upcoming, ...recent].map((c) => {
      const state = ahead(c) ? t(locale, 'conference.upcoming') : t(locale, `conference.status.${c.status}`);
      const when = formatTimeRange(c.startsAt, c.endsAt, locale, timeZone);
      const answers = c.attendees.map(
        (a) =>
          `${a.name}: ${t(locale, `conference.answer.${a.answer}`)}${
            a.role === 'optional' ? ` (${t(locale, 'conference.optional')})` : ''
          }`,
      );
      return {
        text: `${bold(t(locale, 'conference.line', { when, location: t(locale, `conference.location.${c.location}`) }))} · ${state}`,
        meta: answers.join(' · '),
      };
    }),
    t(locale, 'details.conferences'),
  );
}

/** The second step of closing a plan: what it means, and a button that does it. */
export function closePlanConfirmView(household: { id: string; reference: string }, locale: Locale): View {
  const title = t(locale, 'close.confirm-title', { reference: household.reference });
  const message = t(locale, 'close.confirm', { reference: household.reference });
  const householdId = household.id;
  return createView(`${title} ${message}`, [
    header(title),
    text(message),
    buttons([
      button(ActionIds.householdClosePlan, t(locale, 'button.close-confirm'), {
        value: encodeActionValue(ActionIds.householdClosePlan, { householdId, confirmed: true }),
        style: 'danger',
      }),
      button(ActionIds.householdShow, t(locale, 'button.cancel'), {
        value: encodeActionValue(ActionIds.householdShow, { householdId }),
      }),
    ]),
  ]);
}

/** Everything about the household, for its case team in a private conversation only. */
export function detailsView(household: HouseholdDetails, options: DetailsOptions): View {
  const { locale, timeZone, notice } = options;
  const blocks: Block[] = [header(t(locale, 'details.title', { reference: household.reference }))];
  if (notice) blocks.push(text(notice));
  blocks.push(
    fields([
      { label: t(locale, 'details.team'), value: household.teamName },
      { label: t(locale, 'field.hasChildren'), value: t(locale, household.hasChildren ? 'yes' : 'no') },
      {
        label: t(locale, 'details.plan'),
        value: household.planClosedAt
          ? t(locale, 'details.plan-closed', {
              date: formatInstant(household.planClosedAt, locale, timeZone),
            })
          : t(locale, 'details.plan-open'),
      },
      {
        label: t(locale, 'field.coordinator'),
        value: household.coordinator
          ? `${household.coordinator.name} (${household.coordinator.organisationName})`
          : t(locale, 'details.no-coordinator'),
      },
    ]),
  );

  const scored = LIFE_DOMAINS.filter(
    (domain) => household.scores[domain] && (domain !== PARENTING_DOMAIN || household.hasChildren),
  );
  blocks.push(
    scored.length === 0
      ? section(t(locale, 'details.no-scores'), t(locale, 'details.scores'))
      : list(
          scored.map((domain) => {
            const score = household.scores[domain]!;
            return {
              text: `${bold(domainName(locale, domain))}: ${t(locale, `score.${score.score as 1 | 2 | 3 | 4 | 5}`)}`,
              meta: formatDay(score.scoredOn, locale),
            };
          }),
          t(locale, 'details.scores'),
        ),
  );

  const none = t(locale, 'details.not-filled-in');
  blocks.push(
    section(
      [
        `${bold(t(locale, 'details.ik-wil'))} ${household.ikWil ?? none}`,
        `${bold(t(locale, 'details.ik-kan'))} ${household.ikKan ?? none}`,
        `${bold(t(locale, 'details.ik-heb-nodig'))} ${household.ikHebNodig ?? none}`,
      ].join('\n'),
      t(locale, 'details.own-words'),
    ),
  );

  blocks.push(
    household.involved.length === 0
      ? section(t(locale, 'details.nobody-involved'), t(locale, 'field.involved'))
      : list(
          household.involved.map((p) => ({ text: p.name, meta: p.organisationName })),
          t(locale, 'field.involved'),
        ),
  );

  blocks.push(conferencesBlock(household.conferences, locale, timeZone, options.now));

  blocks.push(
    household.consents.length === 0
      ? section(t(locale, 'details.no-consent'), t(locale, 'details.consent'))
      : list(
          household.consents.map((c) => ({
            text: c.organisationName,
            meta: consentLine(c, consentState(c, options.today, options.consentReminderDays), locale),
          })),
          t(locale, 'details.consent'),
        ),
  );

  if (household.revisions.length > 0) {
    blocks.push(
      list(
        household.revisions.map((revision) => ({ text: revisionLine(locale, timeZone, revision) })),
        t(locale, 'details.history'),
      ),
    );
  }

  if (options.extraBlocks) blocks.push(...options.extraBlocks);

  const householdId = household.id;
  const actions: Button[] = [
    button(ActionIds.householdEdit, t(locale, 'button.edit'), {
      value: encodeActionValue(ActionIds.householdEdit, { householdId }),
    }),
  ];
  if (!household.planClosedAt) {
    actions.push(
      button(ActionIds.planPropose, t(locale, 'button.plan'), {
        value: encodeActionValue(ActionIds.planPropose, { householdId }),
        style: 'primary',
      }),
    );
    if (options.mayClosePlan)
      actions.push(
        button(ActionIds.householdClosePlan, t(locale, 'button.close-plan'), {
          value: encodeActionValue(ActionIds.householdClosePlan, { householdId }),
        }),
      );
  } else if (options.mayClosePlan) {
    actions.push(
      button(ActionIds.householdReopenPlan, t(locale, 'button.reopen'), {
        value: encodeActionValue(ActionIds.householdReopenPlan, { householdId }),
      }),
    );
  }
  blocks.push(buttons(actions));

  // The fallback shows up in notifications: the reference and the notice only, never care content.
  const fallback = [t(locale, 'details.title', { reference: household.reference }), notice]
    .filter(Boolean)
    .join('. ');
  return createView(fallback, blocks);
}

/** For team members outside the case team: the reference and whom to ask. */
export function referenceOnlyView(
  household: { reference: string; coordinator: { name: string } | null },
  locale: Locale,
  notice?: string,
): View {
  const title = t(locale, 'details.title', { reference: household.reference });
  const who = household.coordinator
    ? t(locale, 'reference-only.coordinator', { name: household.coordinator.name })
    : t(locale, 'reference-only.no-coordinator');
  const note = t(locale, 'reference-only.note');
  const blocks: Block[] = [header(title)];
  if (notice) blocks.push(text(notice));
  blocks.push(text(who), context(note));
  return createView(sentences(title, notice, who), blocks);
}

/** "Title. Notice. Who." without doubling the full stop of a part that has its own. */
function sentences(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** In a channel: the reference and where to look, nothing else. */
export function sharedConversationView(locale: Locale, reference: string | undefined, notice?: string): View {
  const note = t(locale, 'shared.ask-privately');
  const lines = [notice, reference ? t(locale, 'shared.reference', { reference }) : undefined, note].filter(
    (line): line is string => Boolean(line),
  );
  return createView(
    lines.join(' '),
    lines.map((line) => text(line)),
  );
}

export function messageView(message: string, title?: string): View {
  return createView(title ? `${title}. ${message}` : message, [
    ...(title ? [header(title)] : []),
    text(message),
  ]);
}

/** The form, with the problems of the last submission above it. */
export function formView(setup: FormSetup, values: FormValues, problems: readonly string[] = []): View {
  const { locale } = setup;
  const blocks: Block[] = [];
  let fallback = setup.existing
    ? t(locale, 'form.title-edit', { reference: setup.existing.reference })
    : t(locale, 'form.title-new');
  if (problems.length > 0) {
    const intro = t(locale, 'form.problems', { count: problems.length });
    blocks.push(text(intro), list(problems.map((problem) => ({ text: problem }))));
    fallback = `${intro} ${problems.join(' ')}`;
  }
  blocks.push(context(t(locale, 'form.privacy')), form(householdForm(setup, values)));
  return createView(fallback, blocks);
}

/** `huishouden`: the households the person coordinates or is involved in, by reference. */
export function listView(
  items: readonly HouseholdListItem[],
  options: { locale: Locale; shared: boolean; severalTeams: boolean },
): View {
  const { locale } = options;
  const title = t(locale, 'list.title');
  const blocks: Block[] = [header(title)];
  if (items.length === 0) blocks.push(text(t(locale, 'list.empty')));
  else
    blocks.push(
      list(
        items.map((item) => ({
          text: bold(item.reference),
          meta: [
            t(locale, item.coordinating ? 'list.coordinator' : 'list.involved'),
            options.severalTeams ? item.teamName : undefined,
          ]
            .filter(Boolean)
            .join(' · '),
        })),
      ),
    );
  const shown = items.slice(0, 20);
  const actions: Button[] = shown.map((item) =>
    button(ActionIds.householdShow, item.reference, {
      value: encodeActionValue(ActionIds.householdShow, { householdId: item.id }),
    }),
  );
  actions.push(
    button(ActionIds.householdNew, t(locale, 'button.new'), {
      value: encodeActionValue(ActionIds.householdNew, {}),
      style: 'primary',
    }),
  );
  blocks.push(buttons(actions));
  if (options.shared) blocks.push(context(t(locale, 'shared.ask-privately')));
  const summary =
    items.length === 0 ? t(locale, 'list.empty') : items.map((item) => item.reference).join(', ');
  return createView(`${title}: ${summary}`, blocks);
}
