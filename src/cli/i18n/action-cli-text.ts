import { translator } from '../../app/i18n/translate.ts';

/**
 * The messages of `casus action`, `casus actions` and `casus absence` (src/cli/commands/); the problems of the
 * use cases are the app's own (actionProblemText).
 */
const en = {
  'bad-verb': 'Unknown: action {verb}. Use add, done, cancel, block, unblock, snooze or reassign.',
  'missing-option': '{option} is needed for action {verb}.',
  'bad-domain': '--domain expects a life domain ({domains}), got "{value}"',
  'bad-date': '{option} expects a date YYYY-MM-DD, got "{value}"',
  'bad-until': '--until: {problem}',
  'unknown-team': 'No team has the slug "{slug}".',
  'unknown-professional': 'No professional has the key "{key}".',
  'not-changed': 'Nothing was changed.',
  recorded: 'Action recorded for {reference}: {owner}, due {dueOn} (id {id}).',
  changed: 'Action {id} for {reference}: {status}, owner {owner}, due {dueOn}.',
  'status.open': 'open',
  'status.blocked': 'blocked',
  'status.done': 'done',
  'status.cancelled': 'cancelled',
  'list.heading': 'Open actions ({count}):',
  'list.empty': 'No open actions.',
  'column.due': 'due',
  'column.household': 'household',
  'column.owner': 'owner',
  'column.status': 'status',
  'column.blocked-days': 'days blocked',
  'column.id': 'id',
  overdue: 'overdue',
  'absence.recorded': 'Absence of {name} recorded: {from} to {to}.',
  'absence.deputy': 'Deputy: {name}.',
};

const nl: Record<keyof typeof en, string> = {
  'bad-verb': 'Onbekend: action {verb}. Gebruik add, done, cancel, block, unblock, snooze of reassign.',
  'missing-option': '{option} is nodig voor action {verb}.',
  'bad-domain': '--domain verwacht een levensdomein ({domains}), niet "{value}"',
  'bad-date': '{option} verwacht een datum JJJJ-MM-DD, niet "{value}"',
  'bad-until': '--until: {problem}',
  'unknown-team': 'Er is geen team met de slug "{slug}".',
  'unknown-professional': 'Er is geen professional met de sleutel "{key}".',
  'not-changed': 'Er is niets veranderd.',
  recorded: 'Actie vastgelegd voor {reference}: {owner}, deadline {dueOn} (id {id}).',
  changed: 'Actie {id} voor {reference}: {status}, eigenaar {owner}, deadline {dueOn}.',
  'status.open': 'open',
  'status.blocked': 'zit vast',
  'status.done': 'gedaan',
  'status.cancelled': 'geschrapt',
  'list.heading': 'Open acties ({count}):',
  'list.empty': 'Geen open acties.',
  'column.due': 'deadline',
  'column.household': 'huishouden',
  'column.owner': 'eigenaar',
  'column.status': 'status',
  'column.blocked-days': 'dagen vast',
  'column.id': 'id',
  overdue: 'te laat',
  'absence.recorded': 'Afwezigheid van {name} vastgelegd: {from} tot en met {to}.',
  'absence.deputy': 'Vervanger: {name}.',
};

export type ActionCliKey = keyof typeof en;
export const actionCliText = translator<ActionCliKey>({ nl, en });
