import type { Locale } from '../../domain/locale.ts';
import type { Proposal, Suggestion } from '../../domain/workload/hand-off-order.ts';
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
import { formatDate, formatDay, formatTimeRange } from '../format-when.ts';
import type { WorkloadOverview } from './show-workload.ts';
import { workloadText as t } from './workload-text.ts';

/** Snooze choices offered on an action, as on every action elsewhere: 1 day, 3 days, 1 week. */
const SNOOZE_DAYS = [1, 3, 7] as const;

/** How many commitments the answer shows with buttons (a Slack message holds at most 50 blocks). */
export const WORKLOAD_LIMIT = 12;

const GROUP_OF: Record<Suggestion, 'optional' | 'actions' | 'turns' | 'required'> = {
  decline: 'optional',
  'snooze-or-reassign': 'actions',
  swap: 'turns',
  keep: 'required',
};

export interface WorkloadViewSettings {
  locale: Locale;
  timeZone: string;
}

/** One line of text as the whole answer. */
export function workloadMessage(message: string): View {
  return createView(message, [text(message)]);
}

/**
 * The person's day in a private conversation: whether it is a day off, then every commitment in the order to
 * hand off or move it, each with its suggestion and buttons (Decline for an optional attendance, Snooze and
 * Reassign for an action); required attendance last, kept. Households by reference; an action's description is
 * the person's own and shown here only because the answer is private.
 */
export function workloadView(overview: WorkloadOverview, settings: WorkloadViewSettings): View {
  const { locale } = settings;
  const title = t(locale, 'title', { date: formatDay(overview.date, locale) });
  const blocks: Block[] = [header(title)];
  const lines: string[] = [title];

  const off = dayOffText(overview, locale);
  if (off) {
    blocks.push(text(off));
    lines.push(off);
  }
  const count = overview.proposals.length;
  const summary =
    count === 0
      ? t(locale, 'none')
      : count === 1
        ? t(locale, 'count.one')
        : t(locale, 'count.many', { count });
  blocks.push(text(summary));
  lines.push(summary);

  let group: string | undefined;
  for (const proposal of overview.proposals.slice(0, WORKLOAD_LIMIT)) {
    const thisGroup = GROUP_OF[proposal.suggestion];
    if (thisGroup !== group) {
      group = thisGroup;
      blocks.push(header(t(locale, `group.${thisGroup}`)));
    }
    blocks.push(...proposalBlocks(proposal, overview, settings));
  }
  if (count > WORKLOAD_LIMIT) blocks.push(context(t(locale, 'more', { count: count - WORKLOAD_LIMIT })));
  return createView(lines.join(' '), blocks);
}

function dayOffText(overview: WorkloadOverview, locale: Locale): string | undefined {
  const off = overview.dayOff;
  if (!off) return undefined;
  const date = formatDay(overview.date, locale);
  if (off.kind === 'absent') {
    const period = { from: formatDay(off.from, locale), to: formatDay(off.to, locale) };
    return overview.deputyName
      ? t(locale, 'day.absent-deputy', { ...period, deputy: overview.deputyName })
      : t(locale, 'day.absent', period);
  }
  return t(locale, off.kind === 'public-holiday' ? 'day.public-holiday' : 'day.not-a-working-day', { date });
}

function proposalBlocks(
  proposal: Proposal,
  overview: WorkloadOverview,
  settings: WorkloadViewSettings,
): Block[] {
  const { locale, timeZone } = settings;
  const c = proposal.commitment;
  const advice = t(locale, `suggest.${proposal.suggestion}`);
  switch (c.kind) {
    case 'attendance': {
      const line = t(locale, 'conference.line', {
        references: c.references.join(', '),
        when: formatTimeRange(c.startsAt, c.endsAt, locale, timeZone),
      });
      const meta = [t(locale, `role.${c.role}`), c.rsvp === 'declined' ? '' : t(locale, `rsvp.${c.rsvp}`)]
        .filter(Boolean)
        .join(' · ');
      const blocks: Block[] = [section(`${bold(line)}\n${meta}\n${advice}`)];
      if (proposal.suggestion === 'decline')
        blocks.push(
          buttons([
            button(ActionIds.conferenceDecline, t(locale, 'button.decline'), {
              value: encodeActionValue(ActionIds.conferenceDecline, { conferenceId: c.conferenceId }),
              style: 'danger',
            }),
          ]),
        );
      return blocks;
    }
    case 'action': {
      const description = overview.descriptions.get(c.actionId);
      const head = `${bold(c.reference)}${description ? `: ${description}` : ''}`;
      const meta = [
        c.dueOn < overview.date
          ? t(locale, 'action.overdue', { date: formatDate(c.dueOn, locale) })
          : t(locale, 'action.due', { date: formatDate(c.dueOn, locale) }),
        c.status === 'blocked' ? t(locale, 'action.stuck') : undefined,
      ]
        .filter(Boolean)
        .join(' · ');
      const row: Button[] = SNOOZE_DAYS.map((days) =>
        button(ActionIds.actionSnooze, t(locale, `button.snooze-${days}`), {
          value: encodeActionValue(ActionIds.actionSnooze, { actionItemId: c.actionId, days }),
        }),
      );
      row.push(
        button(ActionIds.actionReassign, t(locale, 'button.reassign'), {
          value: encodeActionValue(ActionIds.actionReassign, { actionItemId: c.actionId }),
        }),
      );
      return [section(`${head}\n${meta}\n${advice}`), buttons(row)];
    }
    case 'turn':
      // The team's own name for the role; a conference duty in the user's words.
      return [section(`${bold(c.duty ? t(locale, `turn.${c.duty}`) : c.role)}\n${advice}`)];
  }
}
