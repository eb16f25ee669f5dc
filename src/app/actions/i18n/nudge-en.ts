/**
 * English texts of the nudge messages (nudge-views.ts). The Dutch catalogue must have the same keys and
 * placeholders. Dates arrive formatted (formatDay). An action's own text is shown by the view, never put in a
 * message key; the fallback text names household references only.
 */
export const nudgeEn = {
  'nudge.title': 'Your actions',
  'nudge.intro.one': 'A reminder about an action you took on.',
  'nudge.intro.many': 'A reminder about {count} actions you took on.',
  'nudge.fallback': 'Reminder about your actions: {references}',
  'escalation.title': 'Actions that are not moving',
  'escalation.intro.one': 'An action in your team needs attention.',
  'escalation.intro.many': '{count} actions in your team need attention.',
  'escalation.fallback': 'Actions that need attention: {references}',

  'step.due-soon': 'Due {dueOn}.',
  'step.due-today': 'Due today ({dueOn}).',
  'step.overdue.one': 'Overdue: it was due {dueOn}, 1 working day ago.',
  'step.overdue.many': 'Overdue: it was due {dueOn}, {days} working days ago.',
  'step.overdue-escalation':
    'Action of {owner}, due {dueOn}: overdue {days} working day(s), reminded {reminders} times.',
  'step.blocked-escalation':
    'Action of {owner}: stuck between organisations since {since} ({days} working days).',
  'instead-of': 'Instead of {name}.',
  more: 'And {count} more. Type `actions` to see all your actions.',
  'more.escalation': 'And {count} more: {references}.',

  'button.done': 'Done',
  'button.snooze.1': 'Snooze 1 day',
  'button.snooze.3': 'Snooze 3 days',
  'button.snooze.7': 'Snooze 1 week',
  'button.blocked': 'Blocked…',
  'button.reassign': 'Reassign…',
} as const;

export type NudgeMessageKey = keyof typeof nudgeEn;
export type NudgeCatalogue = Record<NudgeMessageKey, string>;
