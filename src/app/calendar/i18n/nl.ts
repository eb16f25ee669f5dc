import type { CalendarCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je". The menu names are as Outlook and Google show them in Dutch. */
export const nl: CalendarCatalogue = {
  'calendar.title': 'Je agendalink',
  'calendar.shared':
    'Je agendalink is persoonlijk, dus die laat ik hier niet zien. Vraag het me in een privébericht (of met /casus {command}, dat zie alleen jij).',
  'calendar.intro': 'Abonneer je op deze link om je casusoverleggen in je eigen agenda te zien:',
  'calendar.outlook': '*Outlook*: Agenda toevoegen → Abonneren vanaf internet, plak de link, Importeren.',
  'calendar.google': '*Google Agenda*: Andere agenda’s (+) → Via URL, plak de link, Agenda toevoegen.',
  'calendar.refresh':
    'Je agenda haalt wijzigingen op wanneer die dat zelf wil: bij Outlook en Google kan dat een paar uur duren.',
  'calendar.warning':
    'Iedereen met deze link ziet wanneer je casusoverleggen zijn. Deel de link niet. Heeft iemand anders hem misschien? Maak dan een nieuwe link.',
  'calendar.renewed':
    'Dit is je nieuwe link. De oude link werkt niet meer: verwijder de oude agenda en abonneer je opnieuw.',
  'calendar.revoked':
    'Je agendalink is gestopt. Agenda’s met een abonnement erop krijgen geen updates meer. Je kunt altijd een nieuwe link maken.',
  'calendar.offer-new': 'Je agendalink is gestopt. Wil je een nieuwe link?',
  'calendar.button.renew': 'Nieuwe link',
  'calendar.button.revoke': 'Link stoppen',
  'calendar.button.create': 'Nieuwe link maken',

  'feed.name': 'Casusoverleggen (casus)',
  'feed.location.home': 'Bij het huishouden thuis',
  'feed.location.office': 'Op kantoor',
  'feed.location.online': 'Online',
  'feed.role.required': 'Je bent verplichte deelnemer.',
  'feed.role.optional': 'Je bent optionele deelnemer.',
  'feed.rsvp.pending': 'Je hebt nog niet geantwoord.',
  'feed.rsvp.accepted': 'Je hebt geaccepteerd.',
  'feed.rsvp.declined': 'Je hebt afgeslagen.',
  'feed.rsvp.tentative': 'Je hebt misschien gezegd.',
  'feed.status.postponed': 'Uitgesteld: er komt een nieuwe tijd.',
  'feed.status.cancelled': 'Afgezegd.',
  'feed.turn': 'Rooster: {role}',
  'feed.details': 'De details staan in casus.',
};
