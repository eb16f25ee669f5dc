import { describe, expect, it } from 'vitest';
import { nudgeEn } from '../../../src/app/actions/i18n/nudge-en.ts';
import { nudgeNl } from '../../../src/app/actions/i18n/nudge-nl.ts';
import {
  MAX_NUDGE_ITEMS_SHOWN,
  type NudgeViewItem,
  nudgeMessageView,
} from '../../../src/app/actions/nudge-views.ts';
import { renderMessage } from '../../../src/channels/slack/render-message.ts';
import { TEAMS_MESSAGE_LIMIT_BYTES } from '../../../src/channels/teams/adaptive-card-limits.ts';
import { renderTeamsMessage } from '../../../src/channels/teams/render-adaptive-card.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';
import { buttonsOf, visibleText } from '../view-text.ts';

const record = { step: 'overdue' as const, on: '2026-12-08', to: 'sanne', dueOn: '2026-12-04' };

function overdue(i: number, description = `Action text ${i}`): NudgeViewItem {
  return {
    actionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    householdReference: `HH-${2040 + i}`,
    ownerId: 'sanne',
    dueOn: '2026-12-04',
    insteadOf: null,
    record,
    step: 'overdue',
    reminder: 1,
    overdueWorkingDays: 2,
    description,
    ownerName: 'Sanne',
    insteadOfName: null,
  };
}

describe('nudge message catalogues', () => {
  itKeepsCataloguesParallel(nudgeNl, nudgeEn);
});

describe('the nudge message', () => {
  it('says in English what is due, for whom a deputy stands in, and offers the buttons', () => {
    const view = nudgeMessageView(
      {
        kind: 'nudge',
        items: [
          { ...overdue(1), insteadOf: 'sanne', insteadOfName: 'Sanne' },
          { ...overdue(2), step: 'due-today', dueOn: '2026-12-08' } as NudgeViewItem,
        ],
      },
      'en',
    );
    const text = visibleText(view);
    expect(text).toContain('A reminder about 2 actions you took on.');
    expect(text).toContain('Overdue: it was due 4 Dec 2026, 2 working days ago.');
    expect(text).toContain('Instead of Sanne.');
    expect(text).toContain('Due today (8 Dec 2026).');
    expect(
      buttonsOf(view)
        .map((b) => b.label)
        .slice(0, 6),
    ).toEqual(['Done', 'Snooze 1 day', 'Snooze 3 days', 'Snooze 1 week', 'Blocked…', 'Reassign…']);
  });

  it('tells an escalation how long it is overdue and how often the owner was reminded', () => {
    const base = overdue(1);
    const view = nudgeMessageView(
      {
        kind: 'escalation',
        items: [
          {
            ...base,
            step: 'overdue-to-coach',
            overdueReminders: 4,
            overdueWorkingDays: 8,
            description: null,
          } as NudgeViewItem,
        ],
      },
      'en',
    );
    const text = visibleText(view);
    expect(text).toContain('Action of Sanne, due 4 Dec 2026: overdue 8 working day(s), reminded 4 times.');
    // The team coach outside the case does not see the action's text.
    expect(text).not.toContain('Action text');
  });

  it('fits Slack and Teams with the longest actions and their buttons, and counts the rest', () => {
    const items = Array.from({ length: 14 }, (_, i) => overdue(i + 1, `${'x'.repeat(495)} ${i}`));
    const view = nudgeMessageView({ kind: 'nudge', items }, 'nl');
    expect(visibleText(view)).toContain('En nog 9. Typ `acties` om al je acties te zien.');

    const slack = renderMessage(view, 'nl');
    expect(slack.blocks.length).toBeLessThanOrEqual(50);
    const slackButtons = slack.blocks.flatMap((block) =>
      block.type === 'actions' ? (block.elements as { action_id?: string }[]) : [],
    );
    expect(slackButtons.filter((b) => b.action_id?.startsWith('action.done'))).toHaveLength(
      MAX_NUDGE_ITEMS_SHOWN,
    );

    const teams = renderTeamsMessage(view, 'nl');
    expect(Buffer.byteLength(JSON.stringify(teams))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    // Nothing was left out to make it fit: every shown action keeps its Done button.
    const card = JSON.stringify(teams);
    expect(card.match(/"verb":"action\.done"/g)).toHaveLength(MAX_NUDGE_ITEMS_SHOWN);
    expect(card.match(/"verb":"action\.reassign"/g)).toHaveLength(MAX_NUDGE_ITEMS_SHOWN);
    expect(card).not.toContain('Weggelaten');
    // The text is cut, not dropped.
    expect(card).toContain(`${'x'.repeat(150)}`);
  });
});
