import { describe, expect, it } from 'vitest';
import { sectionView, teamDigestView } from '../../src/app/digest/digest-views.ts';
import { MAX_BLOCKS_PER_MESSAGE } from '../../src/channels/slack/block-kit-limits.ts';
import { renderMessage } from '../../src/channels/slack/render-message.ts';
import { TEAMS_MESSAGE_LIMIT_BYTES } from '../../src/channels/teams/adaptive-card-limits.ts';
import { renderTeamsMessage } from '../../src/channels/teams/render-adaptive-card.ts';
import { renderViewHtml } from '../../src/channels/tryout/render-html.ts';
import type { DigestActionRow, DigestInput } from '../../src/domain/digest/digest-input.ts';
import { buildDigest } from '../../src/domain/digest/digest-sections.ts';
import { digestWeekAt } from '../../src/domain/digest/digest-week.ts';

/** Monday 7 December 2026, 08:30 in Amsterdam. */
const NOW = new Date('2026-12-07T07:30:00Z');
const ZONE = 'Europe/Amsterdam';

/** A team of 1,000 households and 40 people with 10 actions per household, 50 conferences this week. */
function bigTeam(): DigestInput {
  const people = Array.from({ length: 40 }, (_, i) => ({
    id: `p${i}`,
    key: `person-${i}`,
    name: `Persoon ${i}`,
  }));
  const actions: DigestActionRow[] = [];
  for (let h = 0; h < 1_000; h++) {
    for (let k = 0; k < 10; k++) {
      actions.push({
        id: `a${h}-${k}`,
        reference: `HH-${100000 + h}`,
        ownerId: `p${(h * 10 + k) % 40}`,
        dueOn: k < 3 ? '2026-12-09' : k < 6 ? '2026-11-20' : '2027-02-01',
        status: k === 6 ? 'blocked' : k === 7 ? 'done' : 'open',
        blockedSince: k === 6 ? '2026-11-01' : null,
        snoozedUntil: null,
        doneAt: k === 7 ? new Date('2026-12-02T10:00:00Z') : null,
        doneById: k === 7 ? `p${h % 40}` : null,
        description: 'Geheime omschrijving',
      });
    }
  }
  return {
    now: NOW,
    zone: ZONE,
    weekOf: '2026-12-07',
    settings: { helperLimits: { withoutCoordinator: 5, total: 8 }, blockedEscalationWorkingDays: 5 },
    people,
    conferences: Array.from({ length: 50 }, (_, c) => ({
      id: `c${c}`,
      status: 'scheduled' as const,
      startsAt: new Date(`2026-12-${String(8 + (c % 4)).padStart(2, '0')}T09:00:00Z`),
      plannedStartsAt: null,
      cancelReason: null,
      references: Array.from({ length: 20 }, (_, i) => `HH-${100000 + c * 20 + i}`),
      chairId: null,
      minuteTakerId: null,
      attendees: [
        { professionalId: 'p1', role: 'required' as const, discipline: 'jeugd', rsvp: 'pending' as const },
      ],
    })),
    events: [],
    actions,
    households: Array.from({ length: 1_000 }, (_, h) => ({
      reference: `HH-${100000 + h}`,
      createdAt: new Date('2025-01-01T00:00:00Z'),
      planClosed: false,
      hasCoordinator: h % 2 === 0,
      helpers: 9,
      lastConferenceAt: null,
    })),
  };
}

describe('a large weekly digest on every platform', () => {
  const input = bigTeam();
  const model = {
    team: { id: 'team-1', name: 'Buurtteam Oost' },
    week: digestWeekAt(NOW, { weekday: 1, time: '08:30' }, ZONE),
    sections: buildDigest(input, []),
  };
  const view = teamDigestView(model, { locale: 'nl', timeZone: ZONE, blockedDays: 5 });

  it('shows each section in short with a button for each long one, and no care details', () => {
    const buttons = view.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []));
    expect(buttons.map((b) => JSON.parse(b.value ?? '{}').section)).toEqual([
      'conferences',
      'due',
      'overdue',
      'blocked',
      'done',
      'attention',
    ]);
    expect(JSON.stringify(view)).not.toContain('Geheime omschrijving');
  });

  it('fits Slack, Teams and the try-out page, buttons included', () => {
    const slack = renderMessage(view, 'nl');
    expect(slack.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    const slackText = JSON.stringify(slack.blocks);
    expect(slackText).toContain('digest.more');
    const teams = renderTeamsMessage(view, 'nl');
    expect(Buffer.byteLength(JSON.stringify(teams), 'utf8')).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(JSON.stringify(teams)).toContain('digest.more');
    expect(renderViewHtml(view)).toContain('digest.more');
  });

  it('renders a full section within the limits too, saying how much was left out where a platform must', () => {
    const full = sectionView(model, 'overdue', { locale: 'nl', timeZone: ZONE, blockedDays: 5 });
    expect(renderMessage(full, 'nl').blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    const teams = renderTeamsMessage(full, 'nl');
    expect(Buffer.byteLength(JSON.stringify(teams), 'utf8')).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);
  });
});
