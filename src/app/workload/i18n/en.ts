/** The texts of `overloaded` / `druk` (workload-feature.ts, workload-views.ts). */
export const en = {
  usage:
    'Type *overloaded* for today, or *overloaded tomorrow*, *overloaded friday*, *overloaded 18 December* for another day.',
  'unknown-person':
    'I don’t know who you are yet. Ask your functional administrator to add your chat account.',
  shared:
    'What you have on that day is for you alone. Send me *overloaded* in a direct message and I will list it there.',

  'date.no-date':
    'I can’t read a day in that. Try e.g. *overloaded tomorrow*, *overloaded friday* or *overloaded 18 December*.',
  'date.ambiguous': 'I read more than one day: {dates}. Please give one day.',
  'date.in-the-past': '{date} has already passed. Please give today or a day to come.',
  'date.too-far-ahead': '{date} is more than a year away. Please check the year.',

  title: 'Your day: {date}',
  'day.absent': 'You are away from {from} to {to}: that day is off for you.',
  'day.absent-deputy': 'You are away from {from} to {to}, and {deputy} takes over: that day is off for you.',
  'day.public-holiday': '{date} is a public holiday.',
  'day.not-a-working-day': 'You do not work on {date}.',
  none: 'casus knows no commitments for you that day.',
  'count.one': 'casus knows 1 commitment for you that day.',
  'count.many': 'casus knows {count} commitments for you that day. Hand off or move them in this order:',
  more: 'And {count} more.',

  'group.optional': 'Case conferences where you are optional',
  'group.actions': 'Actions that can move',
  'group.turns': 'Rotation turns',
  'group.required': 'Last: case conferences that need you',

  'conference.line': 'Case conference {references}, {when}',
  'rsvp.pending': 'not answered yet',
  'rsvp.accepted': 'you accepted',
  'rsvp.tentative': 'you answered maybe',
  'role.optional': 'optional',
  'role.required': 'required',
  'action.due': 'due {date}',
  'action.overdue': 'overdue since {date}',
  'action.stuck': 'stuck',
  'turn.chair': 'Chair of the case conference',
  'turn.minute_taker': 'Minute-taker',

  'suggest.decline': 'You are optional here: decline, and the conference goes on without you.',
  'suggest.snooze-or-reassign': 'Snooze it, or hand it over to a colleague.',
  'suggest.swap': 'Ask a colleague to swap this turn with you.',
  'suggest.keep':
    'Kept: required attendance stays, unless you use *decline* for that conference, which first looks for a deputy, written input or a shorter meeting.',

  'button.decline': 'Decline',
  'button.snooze-1': 'Snooze 1 day',
  'button.snooze-3': 'Snooze 3 days',
  'button.snooze-7': 'Snooze 1 week',
  'button.reassign': 'Reassign…',
} as const;

export type WorkloadMessageKey = keyof typeof en;
export type WorkloadCatalogue = Record<WorkloadMessageKey, string>;
