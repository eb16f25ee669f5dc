/**
 * English messages about case conference invitations, answers and follow-ups. Its keys are the type the
 * Dutch catalogue must match; `{name}` marks a value filled in when the message is shown.
 *
 * Messages marked *channel* are read by the whole team: they name a household by its reference only, never
 * a discipline, an attendee or anything the resident said.
 */
export const en = {
  'invite.title': 'Invitation: case conference {reference}',
  'invite.title-changed': 'Changed invitation: case conference {reference}',
  'invite.fallback': '{title}. {when}, {where}. Accept or decline in casus.',
  'field.when': 'When',
  'field.where': 'Where',
  'field.role': 'Your role',
  'field.others': 'Who else comes',
  'field.resident': 'Resident and network',
  'field.their-role': 'Their role',
  'location.home': "At the household's home",
  'location.office': 'At the office',
  'location.online': 'Online',
  'role.required': 'Required',
  'role.coordinator-and': 'Coordinator; {role}',
  'role.optional': 'Optional',
  'role.with-discipline': '{role}, for {discipline}',
  'others.none': 'Nobody else yet',
  'resident.both': 'The resident and their network are invited too',
  'resident.resident': 'The resident is invited too',
  'resident.network': "The resident's network is invited too",
  'resident.none': 'Not invited',
  'calendar.link': 'Add to your calendar (.ics): {url}',
  'button.accept': 'Accept',
  'button.decline': 'Decline',
  'button.accept-after-all': 'Accept after all',
  'button.decline-after-all': 'Decline after all',

  'rsvp.accepted': 'You accepted.',
  'rsvp.declined': 'You declined.',
  'rsvp.declined-told': 'You declined. I have let {names} know.',
  'rsvp.already-accepted': 'You had already accepted; nothing changed.',
  'rsvp.already-declined': 'You had already declined; nothing changed.',

  'refuse.not-linked':
    'I do not know who you are in casus yet: your chat account is not linked to a professional. Ask your functional administrator to link it.',
  'refuse.not-invited': 'Only the people invited to this case conference can answer this invitation.',
  'refuse.cancelled': 'This case conference was cancelled, so there is nothing to answer.',
  'refuse.postponed': 'This case conference was postponed. You will get a new invitation.',
  'refuse.past': 'This case conference has already taken place ({when}), so there is nothing to answer.',

  /** *channel* */
  'announce.title': 'Case conference planned',
  /** *channel* */
  'announce.text': 'A case conference for {reference} is planned on {when}, {where}.',
  /** *channel*: the location kind in lower case, inside the sentence above. */
  'announce.location.home': "at the household's home",
  'announce.location.office': 'at the office',
  'announce.location.online': 'online',

  'declined.title': 'Cannot come: case conference {reference}',
  'declined.text': '{name} cannot come to the case conference for {reference} on {when}.',

  'follow-up.title': 'Time for a follow-up: {reference}',
  'follow-up.text':
    'It is {weeks} weeks since the case conference for {reference}. Time to plan the follow-up.',
  'follow-up.hint': "When the household's plan is finished, close the plan and I will stop asking.",
  'follow-up.button': 'Plan the follow-up',
} as const;

export type ConferenceMessageKey = keyof typeof en;
export type ConferenceCatalogue = Record<ConferenceMessageKey, string>;
