/**
 * English messages of the household feature. Its keys are the type the Dutch catalogue must match; `{name}`
 * marks a value filled in when the message is shown, and the Dutch message must use the same names.
 * Messages never carry care content themselves: at most a pseudonymous reference, a field name or a person.
 */
export const en = {
  yes: 'Yes',
  no: 'No',

  'domain.financien': 'Finances',
  'domain.werk_opleiding': 'Work & education',
  'domain.tijdsbesteding': 'Daytime activities',
  'domain.huisvesting': 'Housing',
  'domain.huiselijke_relaties': 'Domestic relations',
  'domain.geestelijke_gezondheid': 'Mental health',
  'domain.lichamelijke_gezondheid': 'Physical health',
  'domain.middelengebruik': 'Substance use',
  'domain.basale_adl': 'Basic ADL',
  'domain.instrumentele_adl': 'Instrumental ADL',
  'domain.sociaal_netwerk': 'Social network',
  'domain.maatschappelijke_participatie': 'Community participation',
  'domain.justitie': 'Justice',
  'domain.opvoeding': 'Parenting',

  'score.1': '1 acute problem',
  'score.2': '2 not self-sufficient',
  'score.3': '3 limited self-sufficiency',
  'score.4': '4 sufficiently self-sufficient',
  'score.5': '5 fully self-sufficient',

  'field.reference': 'Reference (pseudonymous, never a name)',
  'field.team': 'Team',
  'field.hasChildren': 'Children in the household',
  'field.score': 'ZRM {domain}',
  'field.score-parenting': 'ZRM {domain} (only with children)',
  'field.scoredOn': 'Date scored',
  'field.ikWil': 'I want (in the resident’s own words)',
  'field.ikKan': 'I can',
  'field.ikHebNodig': 'I need',
  'field.coordinator': 'Coordinator',
  'field.involved': 'Involved professionals',
  'field.consent': 'Consent: these organisations may take part',
  'field.consent-given': 'Consent {organisation}: given on',
  'field.consent-until': 'Consent {organisation}: valid until (optional)',

  'form.title-new': 'New household',
  'form.title-edit': 'Change household {reference}',
  'form.submit': 'Save',
  'form.problems': 'Please correct {count} thing(s); nothing has been saved yet:',
  'form.privacy':
    'Use the pseudonymous reference, never a name. Only changed scores are saved, dated with the date scored; an empty score keeps the last one.',

  'problem.required': '{field}: please fill this in.',
  'problem.reference-format':
    '{field}: this is not a reference the way the team writes them. Use a pseudonym such as {example}, never a name.',
  'problem.reference-reserved': '{field}: "{reference}" is a command word; please choose another reference.',
  'problem.reference-taken': '{field}: {reference} already exists in this team; please choose another one.',
  'problem.team': '{field}: choose one of your teams.',
  'problem.choice': '{field}: choose one of the options.',
  'problem.score': '{field}: choose a score from 1 to 5, or leave it empty.',
  'problem.parenting-without-children':
    '{field} only counts when there are children: choose Yes at {children}, or leave {field} empty.',
  'problem.date': '{field}: use a date such as 2026-11-24.',
  'problem.date-future': '{field}: the date cannot be in the future.',
  'problem.date-before-latest':
    '{field}: {domain} already has a score of {date}; a new score must be dated on or after it.',
  'problem.too-long': '{field}: at most {max} characters (now {length}).',
  'problem.not-in-team': '{field}: {name} is not a member of {team}.',
  'problem.unknown-choice': '{field}: choose from the list.',
  'problem.without-consent':
    '{field}: {name} works for {organisation}, which the household has not consented to. Add {organisation} at {consent}, or choose someone else.',
  'problem.consent-until-before-given': '{field}: consent cannot end before the day it was given ({given}).',
  'problem.consent-until-past':
    '{field}: that day has passed. Consent you record must still hold today; leave the date empty for consent without an end date.',

  'changed.reference': 'reference',
  'changed.hasChildren': 'children',
  'changed.score': 'score {domain}',
  'changed.scores': 'scores',
  'changed.ikWil': 'I want',
  'changed.ikKan': 'I can',
  'changed.ikHebNodig': 'I need',
  'changed.coordinator': 'coordinator',
  'changed.involved': 'involved professionals',
  'changed.consent': 'consent',
  'changed.planClosedAt': 'plan closed',

  'revision.line': 'revision {revision}, {when}, {who}, changed: {changed}',
  'revision.import': 'import',
  'revision.seed': 'demo data',
  'revision.someone': 'someone',

  'details.title': 'Household {reference}',
  'details.team': 'Team',
  'details.plan': 'Plan',
  'details.plan-open': 'open',
  'details.plan-closed': 'closed on {date}',
  'details.no-coordinator': 'nobody yet',
  'details.scores': 'ZRM scores',
  'details.no-scores': 'No scores yet.',
  'details.own-words': 'In the resident’s own words',
  'details.ik-wil': 'I want:',
  'details.ik-kan': 'I can:',
  'details.ik-heb-nodig': 'I need:',
  'details.not-filled-in': '(not filled in)',
  'details.nobody-involved': 'Nobody yet.',
  'details.consent': 'Consent',
  'details.no-consent': 'No consent recorded yet.',
  'details.consent-given': 'since {date}',
  'details.consent-withdrawn': 'given {given}, withdrawn {date}',
  'details.consent-ends': 'given {given} · ends on {until}',
  'details.consent-ends-soon': 'given {given} · ends on {until}, in {days} day(s): renew it in time',
  'details.consent-ended':
    'given {given} · ended on {until}: renew it, or the organisation stays out of conferences',
  'details.consent-recorded-by': 'recorded by {name}',
  'details.history': 'Latest changes',

  'button.edit': 'Change',
  'button.plan': 'Plan a case conference',
  'button.close-plan': 'Close the plan',
  'button.new': 'New household',
  'button.renew': 'Renew',
  'reminder.title': 'Consent ends soon: {reference}',
  'reminder.ending':
    'The consent of household {reference} for {organisation} ends on {until}. Renew it in time if the household agrees.',
  'reminder.ended':
    'The consent of household {reference} for {organisation} ended on {until}. Renew it if the household agrees.',
  'reminder.why':
    "Without consent, the organisation's professionals are left out of its case conferences and invitations.",
  'renew.title': 'Renew consent {organisation} for {reference}',
  renewed: 'Consent of {reference} for {organisation} renewed: given {given}, valid until {until}.',
  'renewed-no-end': 'Consent of {reference} for {organisation} renewed: given {given}, without an end date.',
  'renew-changed':
    'The consent of {reference} for {organisation} changed in the meantime (renewed or withdrawn), so nothing was saved. Look at the household again.',
  'renew-not-allowed': 'Only the case team of {reference} can renew its consent.',
  'renew-not-found': "I can't find this consent any more.",

  'reference-only.coordinator': 'Coordinator: {name}.',
  'reference-only.no-coordinator': 'This household has no coordinator yet.',
  'reference-only.note':
    'Only its case team (coordinator, involved professionals, team coaches) sees the details.',

  'shared.reference': 'Household {reference}.',
  'shared.ask-privately':
    'Details are shown only in a direct message to casus (or with /casus, which only you see), never in a channel.',

  'list.title': 'Your households',
  'list.empty': 'You do not coordinate a household and are not involved in one yet.',
  'list.coordinator': 'coordinator',
  'list.involved': 'involved',

  'unknown-person': "I don't know who you are yet. Ask your administrator to link your account to casus.",
  'no-team': 'You are not a member of a team yet. Ask your administrator to add you to one.',
  'not-found': "I can't find household '{reference}' in your teams. Please check the reference.",
  'not-found-button': "I can't find this household any more.",
  usage:
    "Type '{command}' for your households, '{command} {new}' for a new one, '{command} HH-2041' to see one, or '{command} HH-2041 {edit}' to change it.",
  'edit-not-allowed':
    'Only the case team of {reference} (coordinator, involved professionals, team coaches) can change it.',
  'close-not-allowed': 'Only the coordinator of {reference} or a team coach can close its plan.',
  'already-closed': 'The plan of {reference} was already closed.',
  'plan-closed': 'Plan closed (revision {revision}).',
  saved: 'Saved (revision {revision}).',
  'saved-elsewhere': 'Household {reference} saved (revision {revision}).',
  'saved-not-in-case-team': 'You are not in its case team, so its details are not shown to you.',
  'nothing-changed': 'Nothing changed, so nothing was saved.',
  conflict:
    'Someone changed {reference} at the same time, so your change was not saved. Please look again and make your change once more.',
  'private-only':
    'Please do this in a direct message to casus (or with /casus, which only you see), never in a channel.',
  'changed.planReopened': 'plan reopened',
  'details.conferences': 'Case conferences',
  'details.no-conferences': 'No case conference yet.',
  'conference.upcoming': 'coming up',
  'conference.line': '{when}, {location}',
  'conference.status.proposed': 'proposed',
  'conference.status.scheduled': 'held or past',
  'conference.status.held': 'held',
  'conference.status.postponed': 'postponed',
  'conference.status.cancelled': 'cancelled',
  'conference.location.home': "at the household's home",
  'conference.location.office': 'at the office',
  'conference.location.online': 'online',
  'conference.answer.pending': 'no answer yet',
  'conference.answer.accepted': 'accepted',
  'conference.answer.declined': 'declined',
  'conference.answer.tentative': 'maybe',
  'conference.optional': 'optional',
  'close.confirm-title': 'Close the plan of {reference}?',
  'close.confirm':
    'Then casus proposes no follow-up for {reference} and reminds nobody to plan one. You can reopen the plan later.',
  'button.close-confirm': 'Yes, close the plan',
  'button.cancel': 'No, keep it open',
  'button.reopen': 'Reopen the plan',
  'plan-reopened': 'Plan reopened (revision {revision}).',
  'already-open': 'The plan of {reference} is open already.',
  'reopen-not-allowed': 'Only the coordinator of {reference} or a team coach can reopen its plan.',
} as const;

export type HouseholdMessageKey = keyof typeof en;
export type HouseholdCatalogue = Record<HouseholdMessageKey, string>;
