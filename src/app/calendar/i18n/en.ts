/**
 * English texts of the private calendar feed: the chat command and what subscribed calendars show.
 * Its keys are the type the Dutch catalogue must match; `{name}` placeholders are the same in both.
 */
export const en = {
  'calendar.title': 'Your calendar link',
  'calendar.shared':
    'Your calendar link is personal, so I do not show it here. Ask me in a direct message (or with /casus {command}, which only you see).',
  'calendar.intro': 'Subscribe to this link to see your case conferences in your own calendar:',
  'calendar.outlook': '*Outlook*: Add calendar → Subscribe from web, paste the link, Import.',
  'calendar.google': '*Google Calendar*: Other calendars (+) → From URL, paste the link, Add calendar.',
  'calendar.refresh':
    'Your calendar fetches changes on its own schedule: Outlook and Google can take a few hours.',
  'calendar.warning':
    'Anyone with this link sees when your case conferences are. Do not share it. If someone else may have it, make a new link.',
  'calendar.renewed':
    'This is your new link. The old link no longer works: remove the old calendar and subscribe again.',
  'calendar.revoked':
    'Your calendar link is stopped. Calendars subscribed to it get no more updates. You can make a new link at any time.',
  'calendar.offer-new': 'Your calendar link is stopped. Do you want a new link?',
  'calendar.button.renew': 'New link',
  'calendar.button.revoke': 'Stop the link',
  'calendar.button.create': 'Make a new link',

  'feed.name': 'Case conferences (casus)',
  'feed.location.home': 'At the household’s home',
  'feed.location.office': 'At the office',
  'feed.location.online': 'Online',
  'feed.role.required': 'You are a required participant.',
  'feed.role.optional': 'You are an optional participant.',
  'feed.rsvp.pending': 'You have not answered yet.',
  'feed.rsvp.accepted': 'You accepted.',
  'feed.rsvp.declined': 'You declined.',
  'feed.rsvp.tentative': 'You answered maybe.',
  'feed.status.postponed': 'Postponed: a new time will follow.',
  'feed.status.cancelled': 'Cancelled.',
  'feed.turn': 'Rotation: {role}',
  'feed.details': 'The details are in casus.',
} as const;

export type CalendarMessageKey = keyof typeof en;
export type CalendarCatalogue = Record<CalendarMessageKey, string>;
