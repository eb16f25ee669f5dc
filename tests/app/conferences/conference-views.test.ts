import { describe, expect, it } from 'vitest';
import {
  announcementView,
  type InvitationDetails,
  invitationView,
} from '../../../src/app/conferences/conference-views.ts';
import { renderMessage } from '../../../src/channels/slack/render-message.ts';
import { renderAdaptiveCard } from '../../../src/channels/teams/render-adaptive-card.ts';
import { renderViewHtml } from '../../../src/channels/tryout/render-html.ts';
import { visibleText } from '../view-text.ts';

const invitation: InvitationDetails = {
  conferenceId: 'c-1',
  references: ['HH-2041'],
  // 30 March 2026, the day after the clocks went forward: 09:00 in Amsterdam is 07:00 UTC.
  startsAt: new Date('2026-03-30T07:00:00Z'),
  endsAt: new Date('2026-03-30T08:00:00Z'),
  location: 'online',
  sequence: 0,
  role: 'optional',
  others: [],
  residentInvited: false,
  networkInvited: true,
  calendarUrl: 'https://casus.test/calendar/token/uid.ics',
  rsvp: 'pending',
};
const settings = { locale: 'en', timeZone: 'Europe/Amsterdam' } as const;

describe('the invitation', () => {
  it('shows the time in Amsterdam, also after the change to summer time', () => {
    const shown = visibleText(invitationView(invitation, settings));
    expect(shown).toContain('Mon 30 Mar, 09:00–10:00');
    expect(shown).toContain('Online');
    expect(shown).toContain('Optional');
    expect(shown).toContain('Nobody else yet');
    expect(shown).toContain("The resident's network is invited too");
  });

  it('renders with its link and both buttons on Slack, Teams and the try-out page', () => {
    const view = invitationView(invitation, settings);
    const slack = JSON.stringify(renderMessage(view, 'en'));
    const teams = JSON.stringify(renderAdaptiveCard(view, 'en'));
    const tryout = renderViewHtml(view);
    for (const rendered of [slack, teams, tryout]) {
      expect(rendered).toContain('https://casus.test/calendar/token/uid.ics');
      expect(rendered).toContain('Accept');
      expect(rendered).toContain('Decline');
    }
  });
});

describe('the announcement', () => {
  it('is one sentence with the reference, the time and the kind of place', () => {
    const view = announcementView(invitation, { ...settings, locale: 'nl' });
    expect(view.fallbackText).toBe(
      'Er is een casusoverleg over HH-2041 gepland op ma 30 mrt, 09:00–10:00, online.',
    );
  });
});
