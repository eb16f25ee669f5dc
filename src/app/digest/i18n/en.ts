/** The texts of the weekly digest (digest-views.ts): the team's in its channel, each person's by direct message. */
export const en = {
  title: 'Weekly digest {team}, week {week}',
  'title.preview': 'Preview: weekly digest {team}, week {week}',
  late: 'Sent late: casus was not running at the planned time ({planned}).',
  fallback:
    'Weekly digest {team}, week {week}: {conferences} case conferences, {due} actions due, {overdue} overdue.',

  'conferences.title': 'Case conferences this week',
  'conferences.none': 'No case conferences this week.',
  'conferences.complete': 'everyone needed has confirmed',
  'conferences.missing': 'not yet confirmed: {disciplines}',
  'conferences.no-required': 'no required disciplines',
  'conferences.chair': 'chair {name}',

  'due.title': 'Actions due this week',
  'due.none': 'No actions due this week.',
  'overdue.title': 'Overdue actions',
  'overdue.none': 'Nothing overdue.',
  'blocked.title': 'Blocked for more than {days} working days',
  'blocked.none': 'No action has been blocked that long.',
  'blocked.item': '{reference} ({owner}): {days} working days',

  'done.title': 'Done last week: well done!',
  'done.none': 'No actions were finished last week.',
  'done.item': '{name}: {count} ({references})',

  'protection.title': 'Case conferences last week ({from} to {to})',
  'protection.planned': 'Planned',
  'protection.held': 'Held as planned',
  'protection.deputy': 'With a deputy',
  'protection.written': 'With written input',
  'protection.postponed': 'Postponed',
  'protection.cancelled': 'Cancelled',

  'attention.title': 'Needs attention',
  'attention.none': 'No household needs extra attention.',
  'attention.stale': 'No case conference for more than 8 weeks: {references}',
  'attention.helpers': 'More helpers than the team’s limit: {references}',

  'rotation.title': 'Rotation this week',
  'rotation.none': 'No turns this week.',
  'rotation.reason.absent': 'standing in for someone away',
  'rotation.reason.swap': 'swapped',
  'rotation.reason.override': 'set by the coach',

  more: 'And {count} more.',
  'more.button': 'All: {section}',
  'more.sent': 'I sent you the full list of “{section}” in a direct message.',
  'more.title': '{section}, week {week} ({team})',

  'personal.title': 'Your week {week}',
  'personal.fallback':
    'Your week {week}: {conferences} case conferences, {due} actions due, {overdue} overdue.',
  'personal.conferences': 'Your case conferences',
  'personal.due': 'Your actions due this week',
  'personal.overdue': 'Your overdue actions',
  'personal.turns': 'Your turns',
  'personal.nothing': 'Nothing planned for you this week.',
  'personal.opt-out': 'No more personal digest',
  'personal.opt-out.done':
    'You will no longer get a personal weekly digest. The team digest in the channel stays. Changed your mind?',
  'personal.opt-in': 'Send me my weekly digest again',
  'personal.opt-in.done': 'You will get your personal digest again every week.',

  'unknown-person':
    'I don’t know who you are yet. Ask your functional administrator to add your chat account.',
  'no-team': 'You are not a member of a team, so there is no weekly digest for you.',
  'not-your-team': 'That digest belongs to a team you are not a member of.',

  'section.conferences': 'case conferences',
  'section.due': 'due this week',
  'section.overdue': 'overdue',
  'section.blocked': 'blocked',
  'section.done': 'done',
  'section.attention': 'attention',
  'section.rotation': 'rotation',
} as const;

export type DigestMessageKey = keyof typeof en;
export type DigestCatalogue = Record<DigestMessageKey, string>;
