/** The chat texts of decisions, actions, minutes and absences (actions-feature.ts, action-views.ts). */
export const featureEn = {
  'usage.action':
    'To record an action, type the household, the owner, the due date and what will be done, e.g. *action HH-2041 @sanne friday Apply for debt help*.',
  'usage.decision':
    'To record a decision, type the household and what was decided, e.g. *decision HH-2041 Apply for debt counselling together*.',
  'usage.away':
    'To record your leave, type the first and the last day and, if you like, who takes over, e.g. *away 21-12 to 3-1 @sanne* or *away 21 December to 3 January*.',
  'usage.minutes':
    'Type *minutes* for your most recent case conference, or *minutes HH-2041* for the latest one about that household.',

  'unknown-person':
    'I don’t know who you are yet. Ask your functional administrator to add your chat account.',
  'private-only':
    'Please do this in a private conversation with casus, so no care details land in a channel.',
  'not-your-action': 'I do not know that action.',

  'action.title': 'Action for {reference}',
  'action.recorded': 'Recorded: {reference}, for {owner}, due {dueOn}.',
  'action.already-recorded': 'This action was already recorded.',
  'action.owner': 'Owner',
  'action.due': 'Due',
  'action.status': 'Status',
  'action.blocked-by': 'Waiting for',
  'action.snoozed-until': 'Snoozed until',
  'action.status.open': 'open',
  'action.status.blocked': 'stuck',
  'action.status.done': 'done',
  'action.status.cancelled': 'cancelled',
  'action.overdue': 'overdue',
  'action.due-short': 'due {date}',
  'action.blocked-days': 'stuck for {count} working days',
  'action.done-by-you': 'Done ✓ by you.',
  'action.done-by': 'Done ✓ by {name}.',
  'action.snoozed': 'Snoozed until {date}: no reminders before then.',
  'action.blocked': 'Marked stuck. The coordinator hears of it if it stays stuck.',
  'action.unblocked': 'No longer stuck: the action is open again.',
  'action.reassigned': 'Handed over to {name}.',
  'action.announce': '{name} recorded an action for {reference}.',

  'decision.title': 'Decision for {reference}',
  'decision.recorded': 'Decision recorded for {reference}.',
  'decision.announce': '{name} recorded a decision for {reference}.',
  'decision.domain': 'Life domain',
  'decision.agreed': 'Household agreed',
  'decision.agreed.yes': 'yes',
  'decision.agreed.no': 'no',
  'decision.agreed.unknown': 'not asked',

  'button.done': 'Done',
  'button.snooze-1': 'Snooze 1 day',
  'button.snooze-3': 'Snooze 3 days',
  'button.snooze-7': 'Snooze 1 week',
  'button.blocked': 'Blocked…',
  'button.reassign': 'Reassign…',
  'button.unblock': 'No longer stuck',

  'block.title': 'Why is this action stuck?',
  'block.reason': 'What is in the way',
  'block.by': 'Waiting for whom (organisation or department)',
  'block.submit': 'Mark as stuck',
  'reassign.title': 'Hand the action over',
  'reassign.to': 'New owner',
  'reassign.submit': 'Hand over',
  'form.problems': 'Please fix this first:',
  'form.required': '{field}: please fill this in.',
  'form.unknown-choice': '{field}: choose one of the options.',

  'mine.title': 'Your open actions',
  'mine.none': 'You have no open actions.',
  'mine.count': 'Open actions: {count}.',
  'mine.more': 'And {count} more: see them with the command line or ask your coordinator.',

  'away.recorded': 'Absence recorded: {from} to {to}.',
  'away.recorded.deputy': 'Absence recorded: {from} to {to}. {deputy} takes over.',
  'away.title': 'Your coming absences',
  'away.none': 'You have no absences recorded.',
  'away.deputy': 'deputy {name}',
  'away.period': '{from} to {to}',
  'away.date-problem': 'I cannot read “{which}” as a date. {problem}',
  'away.which.from': 'the first day',
  'away.which.to': 'the last day',

  'minutes.none':
    'I find no case conference of yours held today or in the past 14 days. Type *minutes HH-2041* for a household’s latest one.',
  'minutes.title': 'Minutes of {when}',
  'minutes.intro':
    'Tick who was there. Per household: the decision, and the actions, one per line: *@owner date what will be done*.',
  'minutes.present': 'Present',
  'minutes.decision': '{reference}: decision',
  'minutes.domain': '{reference}: life domain',
  'minutes.agreed': '{reference}: household agreed',
  'minutes.actions': '{reference}: actions (one per line: @owner date text)',
  'minutes.submit': 'Record the minutes',
  'minutes.no-domain': 'no particular domain',
  'minutes.line': '{reference}, action line {line}: {problem}',
  'minutes.line-format': 'start with @owner, then a date, then what will be done.',
  'minutes.decision-line': '{reference}, decision: {problem}',
  'minutes.presence-problem': 'Presence: {problem}',
  'minutes.recorded': 'Minutes recorded: {present} present, {absent} absent.',
  'minutes.announce': 'Minutes of the case conference for {reference}',

  'count.decision.one': '1 decision',
  'count.decision.many': '{count} decisions',
  'count.action.one': '1 action',
  'count.action.many': '{count} actions',
  'shared.recorded': '{reference}: {what} recorded.',
  'shared.details-private': 'The details went privately to the case team.',

  'household.decisions': 'Latest decisions',
  'household.actions': 'Open actions',
  'household.none': 'None yet.',

  'home.absences': 'Your coming absences',
} as const;

export type FeatureMessageKey = keyof typeof featureEn;
export type FeatureCatalogue = Record<FeatureMessageKey, string>;
