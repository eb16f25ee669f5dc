/**
 * English messages of planning in chat (`plan <ref>`, the proposal, booking). Its keys are the type the Dutch
 * catalogue must match; `{name}` placeholders must be the same in both.
 */
export const en = {
  'not-linked': "I don't know who you are yet. Ask your administrator to link your account to casus.",
  'unknown-location': "I don't know the place '{word}'. Use {options}.",
  'location-words': 'home, office or online',
  'shared.private-only':
    "Planning for {reference} happens privately, because who is needed says something about the household. Send me '{command} {reference}' in a direct message, or use /casus {command} {reference}.",
  'proposal.title': 'Case conference for {reference}',
  'proposal.title-follow-up': 'Follow-up case conference for {reference}',
  'proposal.title-consolidation': 'Consolidation conference for {reference}',
  'proposal.summary': '{minutes} minutes, {location}.',
  'proposal.required': 'Needed at the table: {disciplines}.',
  'proposal.required-none': 'The scores call for no particular discipline; the coordinator comes.',
  'proposal.attendees': 'Who comes',
  'proposal.no-discipline': 'no discipline needed',
  'role.coordinator': 'coordinator',
  'role.required': 'required',
  'role.optional': 'optional',
  'optional-role.expert-by-experience': 'expert by experience',
  'optional-role.gp-practice': 'GP practice',
  'attendee.involved': 'already involved',
  'attendee.new': 'new face',
  'proposal.left-out': 'Left out: no consent',
  'consent.expired':
    'The consent of {organisation} ended on {date}, so its professionals are not invited. Renew it in the household form if the household agrees.',
  'consent.withdrawn':
    'The consent of {organisation} was withdrawn on {date}, so its professionals are not invited.',
  'proposal.gaps': 'Not covered yet',
  'gap.ask-consent':
    "{discipline}: only in organisations without the household's consent. Ask the household for consent.",
  'gap.ask-deputy': '{discipline}: everyone who brings it is away. Ask a deputy from another organisation.',
  'gap.recruit':
    '{discipline}: nobody in the team brings it. Recruit someone, or ask a deputy from another organisation.',
  'too-many.too-many':
    '{count} professionals are involved with this household. This becomes a consolidation conference: agree on one coordinator and one plan, and who stays involved.',
  'too-many.no-coordinator':
    '{count} professionals are involved and nobody coordinates. This becomes a consolidation conference: appoint a coordinator and agree on one plan.',
  'too-many.suggested-coordinator': 'Suggested coordinator: {name} (already involved, lowest load).',
  'calendars.unreadable': "I couldn't read the calendar of {names}: the slots may clash with their calendar.",
  'invited.resident': 'The resident is invited too.',
  'invited.network': "The resident's network is invited too.",
  'invited.both': 'The resident and their network are invited too.',
  'slots.title': 'Pick a time',
  'slots.none':
    'There is no time in the next {days} working days when everyone needed is free. Try another place, or ask a deputy.',
  'slots.other-location': 'Other place:',
  'location.home': "at the household's home",
  'location.office': 'at the office',
  'location.online': 'online',
  'guests.resident-on': 'Invite the resident',
  'guests.resident-off': 'Without the resident',
  'guests.network-on': "Invite the resident's network",
  'guests.network-off': 'Without the network',
  'location-button.home': 'At home',
  'location-button.office': 'At the office',
  'location-button.online': 'Online',
  'book.not-allowed':
    'Only the coordinator of {reference} ({name}) can book its case conference. Ask them to pick a time.',
  'book.already-planned': '{reference} already has a case conference then ({when}). Nothing new was booked.',
  'book.taken': 'That time was just taken. Here are fresh options.',
  'book.confirmed-title': 'Case conference planned',
  'book.confirmed': '{reference}: {when}, {location}. {count} invited; the invitations are on their way.',
  'proposal.follow-up-from':
    'A follow-up comes {weeks} weeks after the last conference ({last}): times from {from}.',
  'proposal.moving':
    'Moving the case conference of {when}. Pick a new time: everyone invited gets the new time and is asked again.',
  'proposal.second':
    '{reference} already has a case conference on {when}; you chose to plan another one after it.',
  'scheduled.title': 'Case conference planned for {reference}',
  'scheduled.line': '{when}, {location}.',
  'scheduled.more': 'Also planned: {when}.',
  'scheduled.hint': 'Move it, look at the details, or plan a second conference on purpose.',
  'button.move': 'Move',
  'button.details': 'Details',
  'button.another': 'Plan a second conference',
  'second.title': 'A second case conference?',
  'second.question':
    '{reference} already has a case conference on {when}. Book a second one on {new}, or move the first one there?',
  'button.book-second': 'Yes, book a second one',
  'button.move-there': 'Move it to {new}',
  'closed.message':
    'The plan of {reference} was closed on {date}, so no follow-up is proposed or booked. Reopen the plan first if the household needs one.',
  'button.reopen': 'Reopen',
  'move.gone': 'That case conference is no longer scheduled, so nothing was moved.',
  'book.moved-title': 'Case conference moved',
  'book.moved':
    '{reference}: from {old} to {when}, {location}. {count} invited again; the updated invitations are on their way.',
} as const;

export type PlanningMessageKey = keyof typeof en;
export type PlanningCatalogue = Record<PlanningMessageKey, string>;
