/**
 * English messages of a case conference's agenda (docs/protection.md, "Agenda and carry-over"). Sent privately
 * to the attendees only: the agenda holds action texts, decisions and written input of the case team.
 */
export const en = {
  'agenda.title': 'Agenda: case conference {references}',
  'agenda.when': '{when}, {location}',
  'agenda.private':
    'For the attendees of this case conference only: do not forward it or post it in a channel.',
  'agenda.duties': 'Chair: {chair} · Minute-taker: {minuteTaker}',
  'agenda.duty.open': 'nobody yet (agree on it at the start)',
  'agenda.duties.none': 'Agree at the start who chairs and who takes the minutes.',
  'agenda.you-take-minutes':
    'You take the minutes of this conference (by the rotation). Record presence, decisions and actions with the button.',
  'agenda.button.minutes': 'Take minutes',
  'agenda.location.home': "at the household's home",
  'agenda.location.office': 'at the office',
  'agenda.location.online': 'online',
  'agenda.household': 'Household {reference}',
  'agenda.not-discussed': 'Not discussed last time ({date}): it is first on the agenda.',
  'agenda.actions': 'Open actions',
  'agenda.no-actions': 'No open actions.',
  'agenda.action': '{description} ({owner})',
  'agenda.action.open': 'due {date}',
  'agenda.action.blocked': 'blocked, due {date}',
  'agenda.decisions': 'Latest decisions',
  'agenda.no-decisions': 'No decisions yet.',
  'agenda.written-input': 'Written input received',
  'agenda.no-written-input': 'No written input received.',
  'agenda.written-input.item': '{name}: {text}',
  'agenda.carried': 'Not discussed last time, carried over',
  'agenda.carried.item': 'not discussed on {date}',
  'agenda.carried.note':
    'These households were not discussed at their last case conference and have no conference of their own yet: plan one (`plan <reference>`). They stay on the team’s agenda until then.',
};
