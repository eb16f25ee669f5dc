/**
 * English messages. Its keys are the type every catalogue must match. `{name}` marks a value filled in
 * by `translate`; the Dutch message must use the same names.
 */
export const en = {
  'help.title': 'What can casus do for you?',
  'help.intro': 'Type one of these commands, or press a button.',
  'help.commands': 'Commands',
  'help.soon': 'coming soon',
  'help.fallback': 'Commands: {commands}.',
  'help.privacy': 'Never put names or care details in a channel. Use the household reference.',
  'help.button': 'Show all commands',
  'command.help.description': 'Show what casus can do',
  'command.plan.description': 'Plan a case conference for a household',
  'command.actions.description': 'See your open actions',
  'command.household.description': 'View or change a household',
  'command.calendar.description': 'Subscribe to your case conferences in Outlook or Google Calendar',
  'command.digest.description': 'The weekly overview of your team',
  'command.rotation.description': 'Who chairs, who takes minutes and who is on intake duty',
  'command.decline.description': "Tell us you can't come to a case conference",
  'unknown.did-you-mean': "I don't know the command '{word}'. Did you mean '{suggestion}'?",
  'unknown.run-suggestion': 'Yes, {suggestion}',
  'hint.help': "Type '{help}' to see what I can do.",
  'error.unknown-command': "I don't know the command '{word}'.",
  'error.missing-argument': "Something is missing after '{command}'. For example: {example}",
  'error.unknown-household': "I can't find household '{reference}'. Please check the reference.",
  'error.invalid-action-payload': 'This button no longer works.',
  'error.unknown-action': "I don't know this button.",
  'error.not-available-yet': "The command '{command}' doesn't work yet. It is coming soon.",
  'error.unexpected': 'Something went wrong on our side. Please try again later.',
  'error.not-taken-on':
    "casus can't take this on right now and has done nothing with it. Please try again in a minute.",
  'home.title': 'Your casus',
  'home.conferences': 'Your upcoming case conferences',
  'home.no-conferences': 'No case conferences are planned for you.',
  'home.conferences-count': 'Case conferences planned: {count}.',
  'home.actions': 'Your open actions',
  'home.no-actions': 'You have no open actions.',
  'home.actions-count': 'Open actions: {count}.',
  'home.unknown-person':
    "I don't know who you are yet. Ask your administrator to link your account to casus.",
  'location.home': "at the household's home",
  'location.office': 'at the office',
  'location.online': 'online',
  'action.due': 'due {date}',
  'action.overdue': 'overdue',
  'action.blocked': 'stuck',
  'answer.already-handled': 'This has already been handled.',
  'slack.more-items': 'Not everything fits here. Parts left out: {count}.',
  'slack.more-content': 'Not everything fits here.',
  'slack.modal.close': 'Cancel',
  'slack.form.not-here': "You can't fill in this form here.",
  'slack.form.open': 'Open form',
  'slack.fallback': 'A message from casus',
  'card.more-items': 'And {count} more.',
  'card.left-out': 'Not everything fits in this message. Parts left out: {count}.',
  'card.field-required': "Fill in '{field}'.",
  'card.number-invalid': "Enter a number for '{field}'.",
  'card.number-range': "Enter a number from {min} to {max} for '{field}'.",
};

export type MessageKey = keyof typeof en;

export type Catalogue = Record<MessageKey, string>;
