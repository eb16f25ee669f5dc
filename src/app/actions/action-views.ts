import type { MovedDueDate } from '../../domain/actions/working-day.ts';
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
  type Field,
  type FormField,
  fields,
  form,
  header,
  list,
  section,
  text,
  type View,
} from '../../views/view-model.ts';
import type { FormValues } from '../feature.ts';
import { formatDate, formatDay } from '../format-when.ts';
import { domainName } from '../households/i18n/household-text.ts';
import type { AbsenceView, ActionView, DecisionView, PersonRef } from './action-types.ts';
import { dueDateMovedNote } from './i18n/action-text.ts';
import { countsText, featureText as t } from './i18n/feature-text.ts';

/**
 * The views of decisions, actions and absences. Pure: data and locale in, a View out. Descriptions and decision
 * texts are care content: only views for a private conversation carry them; `shared` views show references,
 * dates and counts.
 */

/** Snooze choices on every action: 1 day, 3 days, 1 week. */
export const SNOOZE_DAYS = [1, 3, 7] as const;

/** Form kinds, routed by actions-feature.ts; the subject is the action's id. */
export const BLOCK_FORM = 'action-block';
export const REASSIGN_FORM = 'action-reassign';
export const BLOCK_FIELD = { reason: 'reason', by: 'blockedBy' } as const;
export const REASSIGN_FIELD = { to: 'owner' } as const;

/** How many actions a list shows with buttons (a Slack message holds at most 50 blocks). */
export const LIST_LIMIT = 15;

export interface ActionViewOptions {
  locale: Locale;
  /** Today in the team's zone, for "overdue". */
  today: string;
  /** The person looking (their own done shows "by you"). */
  viewerId?: string;
  /** True in a channel or group chat: no description. */
  shared?: boolean;
}

/** Done, snooze (1 day, 3 days, 1 week), Blocked… or No longer stuck, Reassign…: for an open or blocked action. */
export function actionButtons(
  action: Pick<ActionView, 'id' | 'status'>,
  locale: Locale,
  /** The other actions in the same message, carried by Done (see the action.done payload). */
  others: readonly string[] = [],
): Button[] {
  if (action.status !== 'open' && action.status !== 'blocked') return [];
  const actionItemId = action.id;
  const bundle = others.length > 0 ? { bundle: [...others] } : {};
  const result: Button[] = [
    button(ActionIds.actionDone, t(locale, 'button.done'), {
      value: encodeActionValue(ActionIds.actionDone, { actionItemId, ...bundle }),
      style: 'primary',
    }),
  ];
  for (const days of SNOOZE_DAYS)
    result.push(
      button(ActionIds.actionSnooze, t(locale, `button.snooze-${days}`), {
        value: encodeActionValue(ActionIds.actionSnooze, { actionItemId, days }),
      }),
    );
  result.push(
    action.status === 'blocked'
      ? button(ActionIds.actionUnblock, t(locale, 'button.unblock'), {
          value: encodeActionValue(ActionIds.actionUnblock, { actionItemId }),
        })
      : button(ActionIds.actionBlocked, t(locale, 'button.blocked'), {
          value: encodeActionValue(ActionIds.actionBlocked, { actionItemId }),
        }),
    button(ActionIds.actionReassign, t(locale, 'button.reassign'), {
      value: encodeActionValue(ActionIds.actionReassign, { actionItemId }),
    }),
  );
  return result;
}

/** "overdue · stuck for 3 working days" and the like, for a line in a list. */
function statusMeta(action: ActionView & { blockedDays?: number }, options: ActionViewOptions): string {
  const { locale, today } = options;
  return [
    t(locale, 'action.due-short', { date: formatDate(action.dueOn, locale) }),
    (action.status === 'open' || action.status === 'blocked') && action.dueOn < today
      ? t(locale, 'action.overdue')
      : undefined,
    action.status === 'blocked'
      ? action.blockedDays
        ? t(locale, 'action.blocked-days', { count: action.blockedDays })
        : t(locale, 'action.status.blocked')
      : undefined,
    action.snoozedUntil && action.snoozedUntil > today
      ? `${t(locale, 'action.snoozed-until')} ${formatDate(action.snoozedUntil, locale)}`
      : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Who did it, as the viewer reads it: "Done ✓ by you." or "Done ✓ by Sanne." */
function doneLine(action: ActionView, options: ActionViewOptions): string {
  const by = action.doneBy;
  if (!by || by.id === options.viewerId) return t(options.locale, 'action.done-by-you');
  return t(options.locale, 'action.done-by', { name: by.name });
}

/** One action with its details and buttons; `notice` goes first (what just happened). */
export function actionView(
  action: ActionView & { blockedDays?: number },
  options: ActionViewOptions & { notice?: string; moved?: MovedDueDate },
): View {
  const { locale } = options;
  const title = t(locale, 'action.title', { reference: action.householdReference });
  const blocks: Block[] = [];
  const notes = [
    options.notice,
    action.status === 'done' && !options.notice ? doneLine(action, options) : undefined,
    options.moved ? dueDateMovedNote(locale, options.moved, action.owner.name) : undefined,
  ].filter((note): note is string => Boolean(note));
  for (const note of notes) blocks.push(text(note));
  blocks.push(header(title));
  if (!options.shared) blocks.push(text(action.description));
  const facts: Field[] = [
    { label: t(locale, 'action.owner'), value: action.owner.name },
    { label: t(locale, 'action.due'), value: formatDay(action.dueOn, locale) },
    {
      label: t(locale, 'action.status'),
      value: statusMeta(action, options) || t(locale, `action.status.${action.status}`),
    },
  ];
  if (action.status !== 'open' && action.status !== 'blocked')
    facts[2] = { label: t(locale, 'action.status'), value: t(locale, `action.status.${action.status}`) };
  if (action.status === 'blocked' && action.blockedBy && !options.shared)
    facts.push({ label: t(locale, 'action.blocked-by'), value: action.blockedBy });
  blocks.push(fields(facts));
  const actionButtons_ = actionButtons(action, locale);
  if (actionButtons_.length > 0) blocks.push(buttons(actionButtons_));
  const fallback = [...notes, `${title}: ${action.owner.name}, ${formatDay(action.dueOn, locale)}`].join(' ');
  return createView(fallback, blocks);
}

/** A list of actions (`acties`, App Home, the household view), each with its buttons. */
export function actionListBlocks(
  actions: readonly (ActionView & { blockedDays?: number })[],
  options: ActionViewOptions & { withOwner?: boolean; withButtons?: boolean; bundled?: boolean },
): Block[] {
  const { locale } = options;
  const blocks: Block[] = [];
  const listed = actions.slice(0, LIST_LIMIT);
  for (const action of listed) {
    const head = bold(action.householdReference);
    const owner = options.withOwner ? ` (${action.owner.name})` : '';
    const what = options.shared ? '' : `: ${action.description}`;
    blocks.push(section(`${head}${owner}${what}\n${statusMeta(action, options)}`));
    if (options.withButtons !== false) {
      const others = options.bundled ? listed.filter((a) => a.id !== action.id).map((a) => a.id) : [];
      const row = actionButtons(action, locale, others);
      if (row.length > 0) blocks.push(buttons(row));
    }
  }
  if (actions.length > LIST_LIMIT)
    blocks.push(context(t(locale, 'mine.more', { count: actions.length - LIST_LIMIT })));
  return blocks;
}

/**
 * The answer to Done or Snooze pressed in a message that showed several actions: what happened to which
 * household's action, then the message's actions that are still open, with their buttons, so that they do not
 * disappear when the answer replaces the message.
 */
export function bundleAnswerView(
  notice: string,
  pressed: Pick<ActionView, 'householdReference'>,
  stillOpen: readonly (ActionView & { blockedDays?: number })[],
  options: ActionViewOptions,
): View {
  const { locale } = options;
  const what = `${notice} (${pressed.householdReference})`;
  const title = t(locale, 'mine.title');
  if (stillOpen.length === 0) return createView(what, [text(what)]);
  return createView(`${what} ${title}: ${stillOpen.length}.`, [
    text(what),
    header(title),
    ...actionListBlocks(stillOpen, { ...options, bundled: true }),
  ]);
}

/** `acties` / `actions`: the person's open actions, overdue first, with buttons. */
export function myActionsView(
  actions: readonly (ActionView & { blockedDays?: number })[],
  options: ActionViewOptions,
): View {
  const { locale } = options;
  const title = t(locale, 'mine.title');
  if (actions.length === 0) {
    const none = t(locale, 'mine.none');
    return createView(`${title}. ${none}`, [header(title), text(none)]);
  }
  const summary = t(locale, 'mine.count', { count: actions.length });
  return createView(`${title}. ${summary}`, [header(title), ...actionListBlocks(actions, options)]);
}

/** What a channel sees of a recording: "HH-2041: 2 decisions, 3 actions recorded." */
export function sharedCountView(
  reference: string,
  counts: { decisions: number; actions: number },
  locale: Locale,
): View {
  const line = t(locale, 'shared.recorded', { reference, what: countsText(locale, counts) });
  return createView(line, [text(line)]);
}

/** The same line with a hint that details went to the case team in private. */
export function sharedRecordedView(
  reference: string,
  counts: { decisions: number; actions: number },
  locale: Locale,
): View {
  const line = t(locale, 'shared.recorded', { reference, what: countsText(locale, counts) });
  const hint = t(locale, 'shared.details-private');
  return createView(`${line} ${hint}`, [text(line), context(hint)]);
}

/** A decision in a private conversation. */
export function decisionView(decision: DecisionView, locale: Locale, notice?: string): View {
  const title = t(locale, 'decision.title', { reference: decision.householdReference });
  const blocks: Block[] = [];
  if (notice) blocks.push(text(notice));
  blocks.push(header(title), text(decision.text));
  const facts = decisionFacts(decision, locale);
  if (facts.length > 0) blocks.push(fields(facts));
  return createView([notice, title].filter(Boolean).join(' '), blocks);
}

function decisionFacts(decision: DecisionView, locale: Locale): Field[] {
  const facts: Field[] = [];
  if (decision.domain)
    facts.push({ label: t(locale, 'decision.domain'), value: domainName(locale, decision.domain) });
  if (decision.householdAgreed !== null)
    facts.push({
      label: t(locale, 'decision.agreed'),
      value: t(locale, decision.householdAgreed ? 'decision.agreed.yes' : 'decision.agreed.no'),
    });
  return facts;
}

/** The household view's part for the case team: the latest decisions and the open actions. */
export function householdActionBlocks(
  part: {
    decisions: readonly DecisionView[];
    openActions: readonly (ActionView & { blockedDays?: number })[];
  },
  options: ActionViewOptions,
  labels: { decisions: string; actions: string; none: string },
): Block[] {
  const { locale } = options;
  const blocks: Block[] = [];
  const latest = [...part.decisions]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, 5);
  blocks.push(
    latest.length === 0
      ? section(labels.none, labels.decisions)
      : list(
          latest.map((decision) => ({
            text: decision.text,
            meta: [
              formatDay(decision.createdAt.toISOString().slice(0, 10), locale),
              decision.domain ? domainName(locale, decision.domain) : undefined,
            ]
              .filter(Boolean)
              .join(' · '),
          })),
          labels.decisions,
        ),
  );
  if (part.openActions.length === 0) blocks.push(section(labels.none, labels.actions));
  else
    blocks.push(
      header(labels.actions),
      ...actionListBlocks(part.openActions, { ...options, withOwner: true }),
    );
  return blocks;
}

/** The form behind "Blocked…": what is in the way and whom it waits for. */
export function blockFormView(
  action: ActionView,
  locale: Locale,
  values: FormValues = {},
  problems: readonly string[] = [],
): View {
  const title = t(locale, 'block.title');
  const formFields: FormField[] = [
    {
      id: BLOCK_FIELD.reason,
      kind: 'textarea',
      label: t(locale, 'block.reason'),
      required: true,
      initial: values[BLOCK_FIELD.reason],
    },
    {
      id: BLOCK_FIELD.by,
      kind: 'text',
      label: t(locale, 'block.by'),
      required: false,
      initial: values[BLOCK_FIELD.by],
    },
  ];
  return formWithProblems(
    title,
    {
      formId: `${BLOCK_FORM}:${action.id}`,
      title,
      submitLabel: t(locale, 'block.submit'),
      fields: formFields,
    },
    locale,
    problems,
    `${action.householdReference}: ${action.description}`,
  );
}

/** The form behind "Reassign…": the new owner among the household team's members. */
export function reassignFormView(
  action: ActionView,
  members: readonly PersonRef[],
  locale: Locale,
  problems: readonly string[] = [],
): View {
  const title = t(locale, 'reassign.title');
  const options = members
    .filter((member) => member.id !== action.owner.id)
    .map((member) => ({ value: member.id, label: member.name }));
  return formWithProblems(
    title,
    {
      formId: `${REASSIGN_FORM}:${action.id}`,
      title,
      submitLabel: t(locale, 'reassign.submit'),
      fields: [
        { id: REASSIGN_FIELD.to, kind: 'select', label: t(locale, 'reassign.to'), required: true, options },
      ],
    },
    locale,
    problems,
    `${action.householdReference}: ${action.description}`,
  );
}

/** A form with the problems of the last submission above it. */
export function formWithProblems(
  title: string,
  theForm: Parameters<typeof form>[0],
  locale: Locale,
  problems: readonly string[],
  about?: string,
): View {
  const blocks: Block[] = [];
  let fallback = title;
  if (problems.length > 0) {
    const intro = t(locale, 'form.problems');
    blocks.push(text(intro), list(problems.map((problem) => ({ text: problem }))));
    fallback = `${intro} ${problems.join(' ')}`;
  }
  if (about) blocks.push(context(about));
  blocks.push(form(theForm));
  return createView(fallback, blocks);
}

/** One line of text as the whole answer. */
export function messageView(message: string): View {
  return createView(message, [text(message)]);
}

/** Several lines (e.g. problems) as one answer. */
export function problemsView(problems: readonly string[], intro?: string): View {
  if (problems.length === 1 && !intro) return messageView(problems[0]!);
  const blocks: Block[] = [];
  if (intro) blocks.push(text(intro));
  blocks.push(list(problems.map((problem) => ({ text: problem }))));
  return createView([intro, ...problems].filter(Boolean).join(' '), blocks);
}

/** A recorded absence: the period and the deputy. */
export function absenceRecordedView(absence: AbsenceView, locale: Locale): View {
  const from = formatDay(absence.from, locale);
  const to = formatDay(absence.to, locale);
  return messageView(
    absence.deputy
      ? t(locale, 'away.recorded.deputy', { from, to, deputy: absence.deputy.name })
      : t(locale, 'away.recorded', { from, to }),
  );
}

/** The person's coming absences, as blocks for `afwezig` and App Home. */
export function absenceBlocks(absences: readonly AbsenceView[], locale: Locale, title: string): Block[] {
  if (absences.length === 0) return [header(title), text(t(locale, 'away.none'))];
  return [
    list(
      absences.map((absence) => ({
        text: t(locale, 'away.period', {
          from: formatDay(absence.from, locale),
          to: formatDay(absence.to, locale),
        }),
        meta: absence.deputy ? t(locale, 'away.deputy', { name: absence.deputy.name }) : undefined,
      })),
      title,
    ),
  ];
}

/** `afwezig` alone: the coming absences. */
export function absencesView(absences: readonly AbsenceView[], locale: Locale): View {
  const title = t(locale, 'away.title');
  const summary =
    absences.length === 0 ? t(locale, 'away.none') : absences.map((a) => `${a.from}–${a.to}`).join(', ');
  return createView(`${title}. ${summary}`, absenceBlocks(absences, locale, title));
}
