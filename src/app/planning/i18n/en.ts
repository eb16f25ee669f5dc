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
} as const;

export type PlanningMessageKey = keyof typeof en;
export type PlanningCatalogue = Record<PlanningMessageKey, string>;
