import type { MessageKind, NudgeItem } from '../../domain/actions/nudge-policy.ts';
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
  header,
  section,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatDay } from '../format-when.ts';
import { translator } from '../i18n/translate.ts';
import { type NudgeMessageKey, nudgeEn } from './i18n/nudge-en.ts';
import { nudgeNl } from './i18n/nudge-nl.ts';

/** The nudge messages' texts in the recipient's language. */
export const nudgeText = translator<NudgeMessageKey>({ nl: nudgeNl, en: nudgeEn });

/**
 * At most this many actions get their own section and buttons in one message; the rest are counted ("and 3
 * more"). Teams is the limit: six buttons cost about 2.6 KB of card (each carries its payload twice, for
 * Action.Execute and its Action.Submit fallback), and a card body has 18 KB (BODY_BUDGET_BYTES), so six
 * actions would already crowd it; Slack's 50 blocks would allow more.
 */
export const MAX_NUDGE_ITEMS_SHOWN = 5;

/**
 * An action's text is cut to this many characters in a nudge (the whole text is in `acties`): the actions of
 * the longest text allowed, each with six buttons, must fit Teams' card budget without anything left out.
 */
export const MAX_NUDGE_TEXT_CHARS = 200;

/** One action in a nudge message: the policy's item and what the message says about it. */
export type NudgeViewItem = NudgeItem & {
  /** The action's text; null when the recipient is not to see it (the team coach outside the case). */
  description: string | null;
  ownerName: string;
  /** The name of whom the recipient stands in for (`insteadOf`), else null. */
  insteadOfName: string | null;
};

export interface NudgeMessageModel {
  kind: MessageKind;
  items: readonly NudgeViewItem[];
}

const SNOOZE_DAYS = [1, 3, 7] as const;

/**
 * One bundled nudge (the owner's or their stand-in's reminders) or escalation (the coordinator's or team
 * coach's): each action by household reference, its text, due date and how late it is, with Done, Snooze
 * (1 day, 3 days, 1 week), Blocked… and Reassign… — an escalation offers Done and Reassign… only. Private to
 * one person; the fallback text names references only.
 */
export function nudgeMessageView(message: NudgeMessageModel, locale: Locale): View {
  const t = (key: NudgeMessageKey, params?: Record<string, string | number>) =>
    nudgeText(locale, key, params);
  const { kind, items } = message;
  const shown = items.slice(0, MAX_NUDGE_ITEMS_SHOWN);
  const rest = items.slice(MAX_NUDGE_ITEMS_SHOWN);
  const references = [...new Set(items.map((item) => item.householdReference))].join(', ');
  const blocks: Block[] = [
    header(t(`${kind}.title`)),
    text(items.length === 1 ? t(`${kind}.intro.one`) : t(`${kind}.intro.many`, { count: items.length })),
  ];
  for (const item of shown) {
    blocks.push(section(itemLines(item, locale).join('\n'), item.householdReference));
    const others = shown.filter((other) => other !== item).map((other) => other.actionId);
    blocks.push(buttons(itemButtons(item, kind, locale, others)));
  }
  if (rest.length > 0) {
    blocks.push(
      context(
        kind === 'nudge'
          ? t('more', { count: rest.length })
          : t('more.escalation', {
              count: rest.length,
              references: [...new Set(rest.map((item) => item.householdReference))].join(', '),
            }),
      ),
    );
  }
  return createView(t(`${kind}.fallback`, { references }), blocks);
}

function itemLines(item: NudgeViewItem, locale: Locale): string[] {
  const t = (key: NudgeMessageKey, params?: Record<string, string | number>) =>
    nudgeText(locale, key, params);
  const dueOn = formatDay(item.dueOn, locale);
  const lines = item.description === null ? [] : [bold(shorten(item.description))];
  switch (item.step) {
    case 'due-soon':
    case 'due-today':
      lines.push(t(`step.${item.step}`, { dueOn }));
      break;
    case 'overdue':
      lines.push(
        item.overdueWorkingDays === 1
          ? t('step.overdue.one', { dueOn })
          : t('step.overdue.many', { dueOn, days: item.overdueWorkingDays }),
      );
      break;
    case 'overdue-to-coordinator':
    case 'overdue-to-coach':
      lines.push(
        t('step.overdue-escalation', {
          owner: item.ownerName,
          dueOn,
          days: item.overdueWorkingDays,
          reminders: item.overdueReminders,
        }),
      );
      break;
    case 'blocked-to-coordinator':
    case 'blocked-to-coach':
      lines.push(
        t('step.blocked-escalation', {
          owner: item.ownerName,
          since: formatDay(item.blockedSince, locale),
          days: item.blockedWorkingDays,
        }),
      );
      break;
  }
  if (item.insteadOfName !== null) lines.push(t('instead-of', { name: item.insteadOfName }));
  return lines;
}

function shorten(description: string): string {
  const trimmed = description.trim();
  return trimmed.length <= MAX_NUDGE_TEXT_CHARS
    ? trimmed
    : `${trimmed.slice(0, MAX_NUDGE_TEXT_CHARS - 1).trimEnd()}…`;
}

/**
 * `others`: the rest of the message's actions, so that Done answers with those still open instead of replacing
 * the whole message with one action. Only Done carries them: on all four buttons they would push the last
 * actions out of a Teams card.
 */
function itemButtons(
  item: NudgeViewItem,
  kind: MessageKind,
  locale: Locale,
  others: readonly string[],
): Button[] {
  const actionItemId = item.actionId;
  const bundle = others.length > 0 ? { bundle: [...others] } : {};
  const done = button(ActionIds.actionDone, nudgeText(locale, 'button.done'), {
    value: encodeActionValue(ActionIds.actionDone, { actionItemId, ...bundle }),
    style: 'primary',
  });
  const reassign = button(ActionIds.actionReassign, nudgeText(locale, 'button.reassign'), {
    value: encodeActionValue(ActionIds.actionReassign, { actionItemId }),
  });
  if (kind === 'escalation') return [done, reassign];
  return [
    done,
    ...SNOOZE_DAYS.map((days) =>
      button(ActionIds.actionSnooze, nudgeText(locale, `button.snooze.${days}`), {
        value: encodeActionValue(ActionIds.actionSnooze, { actionItemId, days }),
      }),
    ),
    button(ActionIds.actionBlocked, nudgeText(locale, 'button.blocked'), {
      value: encodeActionValue(ActionIds.actionBlocked, { actionItemId }),
    }),
    reassign,
  ];
}
