/**
 * English messages of actions (decisions, actions, due dates). Its keys are the type the Dutch catalogue must
 * match; `{name}` marks a value filled in when the message is shown, and the Dutch message must use the same
 * names. Dates arrive formatted (formatDay in src/app/format-when.ts). Messages never carry care content, nor
 * the words someone typed: those may hold an action's text.
 */
export const en = {
  'due.moved.earlier.public-holiday':
    'Due {dueOn}: {movedFrom} is a public holiday, so the due date moved to the working day before.',
  'due.moved.earlier.not-a-working-day':
    'Due {dueOn}: {owner} does not work on {movedFrom}, so the due date moved to their working day before.',
  'due.moved.later.public-holiday':
    'Due {dueOn}: {movedFrom} is a public holiday and the working day before has passed, so the due date moved to the next working day.',
  'due.moved.later.not-a-working-day':
    'Due {dueOn}: {owner} does not work on {movedFrom} and their working day before has passed, so the due date moved to their next working day.',

  'due.problem.no-date':
    'I could not read a due date. Try for example "friday", "tomorrow", "in 2 weeks", "15 January" or "2026-12-18".',
  'due.problem.ambiguous': 'I read more than one date: {dates}. Please give one due date.',
  'due.problem.in-the-past': '{dueOn} has already passed. Please give a due date from today on.',
  'due.problem.too-far-ahead':
    '{dueOn} is more than a year away. Please check the year, or give a due date within a year.',

  'problem.empty-text': 'Please describe the action (what will be done).',
  'problem.text-too-long': 'The text is too long: at most {max} characters.',
  'problem.owner-not-in-team': '{name} is not an active member of this household’s team.',
  'problem.unknown-action': 'I do not know that action. It may have been removed.',
  'problem.unknown-conference': 'I do not know that case conference.',
  'problem.already-done': 'This action was already done by {name} on {at}.',
  'problem.already-done.nobody': 'This action was already done on {at}.',
  'problem.already-cancelled': 'This action was cancelled.',
  'problem.conflict': 'Someone changed this action just now. Look at it again and try once more.',
  'problem.same-owner': 'That colleague already owns this action. Choose someone else.',
  'problem.not-blocked': 'This action is not blocked.',
  'problem.snooze-date.in-the-past': 'That day has passed. Snooze until a day from today on.',
  'problem.snooze-date.too-far-ahead': 'Snooze for at most a year.',
  'problem.absence-dates.end-before-start': 'The last day of the absence is before the first day.',
  'problem.absence-dates.in-the-past': 'The absence has already ended. Give dates from today on.',
  'problem.absence-dates.too-long': 'An absence can be at most a year. Enter a longer one in parts.',
  'problem.deputy-is-self': 'A deputy is someone else: choose another colleague.',
  'problem.ambiguous-household':
    'More than one team has a household {reference}. Say which team (on the command line: --team).',
  'problem.household-not-in-conference': 'Household {reference} was not discussed in this case conference.',
  'problem.not-an-attendee': '{name} was not invited to this case conference.',
  'problem.unknown-decision': 'Decision {index} does not exist for this household.',
  'problem.unknown-person': 'I do not know an active colleague "{key}".',
  'problem.absence-not-allowed': 'Only the person themself or a team coach can record this absence.',
} as const;

export type ActionMessageKey = keyof typeof en;
export type ActionCatalogue = Record<ActionMessageKey, string>;
