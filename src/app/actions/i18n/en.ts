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
} as const;

export type ActionMessageKey = keyof typeof en;
export type ActionCatalogue = Record<ActionMessageKey, string>;
