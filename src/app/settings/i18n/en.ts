/**
 * The texts of the team settings in chat (settings-feature.ts, settings-form.ts) and the problem messages that the
 * chat form and `casus settings` share (settings-problems.ts): one wording for one mistake, wherever it is made.
 */
export const en = {
  // What is wrong with a setting: the same words in the chat form and on the CLI.
  'problem.invalid_type': 'wrong type of value',
  'problem.too_small': 'at least {limit}',
  'problem.too_big': 'at most {limit}',
  'problem.not_multiple_of': 'must be a multiple of 15 minutes',
  'problem.unrecognized_keys': 'unknown setting ({message})',
  'problem.unknown-domain': 'unknown life domain "{domain}"',
  'problem.duplicate-domain': 'the domain {domain} already has a rule (rule {firstIndex})',
  'problem.empty-disciplines': 'name at least one discipline',
  'problem.invalid-discipline': 'a discipline code must be a non-empty text',
  'problem.invalid-threshold': 'a score from {min} to {max}, got {received}',
  'problem.advisory-not-above-required':
    'advisoryAt ({advisoryAt}) must be above requiredAtOrBelow ({requiredAtOrBelow})',
  'problem.coach-not-after-coordinator':
    'escalateToCoachAfter ({coach}) must be more than escalateToCoordinatorAfter ({coordinator}): the team coach hears after the coordinator',
  'problem.unknown-optional-role':
    'unknown optional role "{role}" (expert-by-experience, gp-practice, resident, network)',
  'problem.not-an-array': 'expected a list, got {received}',
  'problem.not-an-object': 'expected an object, got {received}',
  'problem.reference-pattern-invalid': 'not a regular expression: {message}',
  'problem.reference-pattern-matches-empty':
    'the pattern accepts an empty reference; anchor it with ^ and $ and ask for at least one character',
  'problem.reference-pattern-matches-name':
    'the pattern accepts the name "{name}"; a reference must not look like a name (ask for digits, such as ^[A-Z]{1,5}-\\d{1,6}$)',
  'problem.reference-example-mismatch':
    'the example "{example}" does not fit the pattern (or has spaces); give a reference that fits',

  'unknown-person':
    'I don’t know who you are yet. Ask your functional administrator to add your chat account.',
  'not-a-coach': 'Only a team coach can change the team’s settings. Ask your team coach.',
  'unknown-team': 'You do not coach a team called “{team}”. Your teams: {teams}.',
  title: 'Settings of {team}',
  submit: 'Save',
  about:
    'Empty a field to go back to casus’s default. The expertise rules are changed by your functional administrator (casus settings).',
  'other-teams': 'You also coach {teams}: type *settings <name>* for one of them.',
  'form.problems': 'Nothing was saved. Please check:',
  'problem.line': '{setting}: {problem}',
  saved: 'Saved the settings of {team}.',
  'saved.change': '{setting}: {from} → {to}',
  unchanged: 'Nothing changed in the settings of {team}.',
  'value.default': 'default',
  yes: 'yes',
  no: 'no',

  'group.planning': 'Planning',
  'group.households': 'Households',
  'group.nudges': 'Reminders',
  'group.protection': 'Protection',
  'group.digest': 'Weekly digest',
  'group.rotations': 'Rotations',
  'field.followUpWeeks': 'Follow-up conference after (weeks)',
  'field.conferenceMinutes': 'Length of a conference (minutes, in steps of 15)',
  'field.horizonWorkingDays': 'Look for slots within (working days)',
  'field.travelBufferMinutes': 'Travel time around a home visit (minutes)',
  'field.noticeHours': 'Earliest start after a request (hours)',
  'field.householdReference.pattern': 'Household reference pattern (regular expression)',
  'field.householdReference.example': 'Example of a household reference',
  'field.consentReminderDays': 'Remind of ending consent (days before)',
  'field.helperLimits.withoutCoordinator': 'Helpers allowed without a coordinator',
  'field.helperLimits.total': 'Helpers allowed in total',
  'field.nudges.remindBeforeWorkingDays': 'Remind before the due date (working days; 0 = off)',
  'field.nudges.overdueEveryWorkingDays': 'Remind of an overdue action every (working days)',
  'field.nudges.escalateToCoordinatorAfter': 'Tell the coordinator after (overdue reminders; 0 = never)',
  'field.nudges.escalateToCoachAfter': 'Tell the team coach after (overdue reminders; 0 = never)',
  'field.nudges.blockedEscalationWorkingDays':
    'Tell the team coach of a blocked action after (working days; 0 = never)',
  'field.protection.maxDelayWorkingDays': 'Postpone at most (working days)',
  'field.protection.freezeHours': 'No automatic changes in the last (hours)',
  'field.protection.acuteCallsFirstDiscipline': 'An acute score calls in the first discipline',
  'field.digest.weekday': 'Weekly digest on',
  'field.digest.time': 'Weekly digest at (HH:MM)',
  'field.digest.personal': 'Personal digest for every member',
  'field.rotations.twoRolesPerConference': 'One person may hold two roles in one conference',
  'field.rotations.announceWorkingDaysBefore': 'Announce a turn (working days before)',
  'weekday.1': 'Monday',
  'weekday.2': 'Tuesday',
  'weekday.3': 'Wednesday',
  'weekday.4': 'Thursday',
  'weekday.5': 'Friday',
  'weekday.6': 'Saturday',
  'weekday.7': 'Sunday',
} as const;

export type SettingsMessageKey = keyof typeof en;
export type SettingsCatalogue = Record<SettingsMessageKey, string>;
