import type { Catalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. */
export const nl: Catalogue = {
  'help.title': 'Wat kan casus voor je doen?',
  'help.intro': "Typ een van deze commando's, of kies een knop.",
  'help.commands': "Commando's",
  'help.soon': 'komt binnenkort',
  'help.fallback': "Commando's: {commands}.",
  'help.privacy': 'Zet nooit namen of zorginformatie in een kanaal. Gebruik het kenmerk van het huishouden.',
  'help.button': "Bekijk alle commando's",
  'command.help.description': 'Laat zien wat casus kan',
  'command.plan.description': 'Plan een casusoverleg voor een huishouden',
  'command.actions.description': 'Bekijk je open acties',
  'command.household.description': 'Bekijk of wijzig een huishouden',
  'command.digest.description': 'Het weekoverzicht van je team',
  'command.rotation.description': 'Wie is voorzitter, wie notuleert en wie heeft intakedienst',
  'command.decline.description': 'Meld je af voor een casusoverleg',
  'unknown.did-you-mean': "Ik ken het commando '{word}' niet. Bedoel je '{suggestion}'?",
  'unknown.run-suggestion': 'Ja, {suggestion}',
  'hint.help': "Typ '{help}' om te zien wat ik kan.",
  'error.unknown-command': "Ik ken het commando '{word}' niet.",
  'error.missing-argument': "Er mist nog iets na '{command}'. Bijvoorbeeld: {example}",
  'error.unknown-household': "Ik kan huishouden '{reference}' niet vinden. Klopt het kenmerk?",
  'error.invalid-action-payload': 'Deze knop werkt niet meer.',
  'error.unknown-action': 'Deze knop ken ik niet.',
  'error.not-available-yet': "Het commando '{command}' werkt nog niet. Dat komt binnenkort.",
  'error.unexpected': 'Er ging bij ons iets mis. Probeer het later nog een keer.',
};
