import type { PlanningCatalogue } from './en.ts';

export const nl: PlanningCatalogue = {
  'not-linked': 'Ik weet nog niet wie je bent. Vraag je beheerder om je account aan casus te koppelen.',
  'unknown-location': "Ik ken de plek '{word}' niet. Gebruik {options}.",
  'location-words': 'thuis, kantoor of online',
  'shared.private-only':
    "Het plannen voor {reference} gebeurt privé, omdat wie er nodig is iets zegt over het huishouden. Stuur me '{command} {reference}' in een privébericht, of gebruik /casus {command} {reference}.",
  'proposal.title': 'Casusoverleg voor {reference}',
  'proposal.title-follow-up': 'Vervolgoverleg voor {reference}',
  'proposal.title-consolidation': 'Afstemmingsoverleg voor {reference}',
  'proposal.summary': '{minutes} minuten, {location}.',
  'proposal.required': 'Nodig aan tafel: {disciplines}.',
  'proposal.required-none': 'De scores vragen om geen bepaalde discipline; de regisseur komt.',
  'proposal.attendees': 'Wie er komen',
  'proposal.no-discipline': 'geen discipline nodig',
  'role.coordinator': 'regisseur',
  'role.required': 'nodig',
  'role.optional': 'optioneel',
  'optional-role.expert-by-experience': 'ervaringsdeskundige',
  'optional-role.gp-practice': 'huisartsenpraktijk',
  'attendee.involved': 'al betrokken',
  'attendee.new': 'nieuw gezicht',
  'proposal.left-out': 'Buiten beschouwing: geen toestemming',
  'consent.expired':
    'De toestemming van {organisation} is afgelopen op {date}, dus de professionals daarvan worden niet uitgenodigd. Verleng haar in het huishoudformulier als het huishouden instemt.',
  'consent.withdrawn':
    'De toestemming van {organisation} is ingetrokken op {date}, dus de professionals daarvan worden niet uitgenodigd.',
  'proposal.gaps': 'Nog niet gedekt',
  'gap.ask-consent':
    '{discipline}: alleen bij organisaties zonder toestemming van het huishouden. Vraag het huishouden om toestemming.',
  'gap.ask-deputy':
    '{discipline}: iedereen die dit brengt is afwezig. Vraag een vervanger van een andere organisatie.',
  'gap.recruit':
    '{discipline}: niemand in het team brengt dit. Zoek iemand, of vraag een vervanger van een andere organisatie.',
  'too-many.too-many':
    'Er zijn {count} professionals betrokken bij dit huishouden. Dit wordt een afstemmingsoverleg: spreek één regisseur en één plan af, en wie betrokken blijft.',
  'too-many.no-coordinator':
    'Er zijn {count} professionals betrokken en niemand regisseert. Dit wordt een afstemmingsoverleg: wijs een regisseur aan en spreek één plan af.',
  'too-many.suggested-coordinator': 'Voorgestelde regisseur: {name} (al betrokken, minst belast).',
  'calendars.unreadable':
    'Ik kon de agenda van {names} niet lezen: de momenten kunnen botsen met hun agenda.',
  'invited.resident': 'De bewoner wordt ook uitgenodigd.',
  'invited.network': 'Het netwerk van de bewoner wordt ook uitgenodigd.',
  'invited.both': 'De bewoner en het netwerk worden ook uitgenodigd.',
  'slots.title': 'Kies een moment',
  'slots.none':
    'In de komende {days} werkdagen is er geen moment waarop iedereen die nodig is kan. Probeer een andere plek, of vraag een vervanger.',
  'slots.other-location': 'Andere plek:',
  'location.home': 'bij het huishouden thuis',
  'location.office': 'op kantoor',
  'location.online': 'online',
  'guests.resident-on': 'Bewoner uitnodigen',
  'guests.resident-off': 'Zonder bewoner',
  'guests.network-on': 'Netwerk uitnodigen',
  'guests.network-off': 'Zonder netwerk',
  'location-button.home': 'Thuis',
  'location-button.office': 'Op kantoor',
  'location-button.online': 'Online',
  'book.not-allowed':
    'Alleen de regisseur van {reference} ({name}) kan het casusoverleg vastleggen. Vraag de regisseur een moment te kiezen.',
  'book.already-planned':
    '{reference} heeft op dat moment al een casusoverleg ({when}). Er is niets nieuws vastgelegd.',
  'book.taken': 'Dat moment is net bezet geraakt. Hier zijn nieuwe mogelijkheden.',
  'book.confirmed-title': 'Casusoverleg gepland',
  'book.confirmed': '{reference}: {when}, {location}. {count} uitgenodigd; de uitnodigingen zijn onderweg.',
  'proposal.follow-up-from':
    'Een vervolgoverleg komt {weeks} weken na het vorige overleg ({last}): tijden vanaf {from}.',
  'proposal.moving':
    'Je verplaatst het casusoverleg van {when}. Kies een nieuwe tijd: iedereen die is uitgenodigd krijgt de nieuwe tijd en wordt opnieuw om antwoord gevraagd.',
  'proposal.second':
    '{reference} heeft al een casusoverleg op {when}; je koos ervoor er nog een na te plannen.',
  'scheduled.title': 'Casusoverleg gepland voor {reference}',
  'scheduled.line': '{when}, {location}.',
  'scheduled.more': 'Ook gepland: {when}.',
  'scheduled.hint': 'Verplaats het, bekijk de details, of plan bewust een tweede overleg.',
  'button.move': 'Verplaatsen',
  'button.details': 'Details',
  'button.another': 'Tweede overleg plannen',
  'second.title': 'Een tweede casusoverleg?',
  'second.question':
    '{reference} heeft al een casusoverleg op {when}. Een tweede plannen op {new}, of het eerste daarheen verplaatsen?',
  'button.book-second': 'Ja, tweede overleg plannen',
  'button.move-there': 'Verplaatsen naar {new}',
  'closed.message':
    'Het plan van {reference} is afgesloten op {date}, dus er wordt geen vervolgoverleg voorgesteld of gepland. Heropen eerst het plan als het huishouden er een nodig heeft.',
  'button.reopen': 'Heropenen',
  'move.gone': 'Dat casusoverleg staat niet meer gepland, dus er is niets verplaatst.',
  'book.moved-title': 'Casusoverleg verplaatst',
  'book.moved':
    '{reference}: van {old} naar {when}, {location}. {count} opnieuw uitgenodigd; de bijgewerkte uitnodigingen zijn onderweg.',
};
