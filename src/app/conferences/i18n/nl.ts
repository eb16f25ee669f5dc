import type { ConferenceCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. */
export const nl: ConferenceCatalogue = {
  'invite.title': 'Uitnodiging: casusoverleg {reference}',
  'invite.title-changed': 'Gewijzigde uitnodiging: casusoverleg {reference}',
  'invite.fallback': '{title}. {when}, {where}. Zeg ja of nee in casus.',
  'field.when': 'Wanneer',
  'field.where': 'Waar',
  'field.role': 'Jouw rol',
  'field.others': 'Wie komen er nog meer',
  'field.resident': 'Bewoner en netwerk',
  'field.their-role': 'Hun rol',
  'location.home': 'Bij het huishouden thuis',
  'location.office': 'Op kantoor',
  'location.online': 'Online',
  'role.required': 'Nodig',
  'role.coordinator-and': 'Regisseur; {role}',
  'role.optional': 'Optioneel',
  'role.with-discipline': '{role}, voor {discipline}',
  'others.none': 'Nog niemand anders',
  'resident.both': 'De bewoner en het netwerk zijn ook uitgenodigd',
  'resident.resident': 'De bewoner is ook uitgenodigd',
  'resident.network': 'Het netwerk van de bewoner is ook uitgenodigd',
  'resident.none': 'Niet uitgenodigd',
  'calendar.link': 'Zet het in je agenda (.ics): {url}',
  'button.accept': 'Ik kom',
  'button.decline': 'Ik kan niet',
  'button.accept-after-all': 'Toch wel komen',
  'button.decline-after-all': 'Toch niet komen',

  'rsvp.accepted': 'Je komt. Dank je!',
  'rsvp.declined': 'Je kunt niet komen.',
  'rsvp.declined-told': 'Je kunt niet komen. Ik heb het aan {names} laten weten.',
  'rsvp.already-accepted': 'Je had al gezegd dat je komt. Er is niets veranderd.',
  'rsvp.already-declined': 'Je had al gezegd dat je niet kunt. Er is niets veranderd.',

  'refuse.not-linked':
    'Ik weet nog niet wie je bent in casus: je chataccount is niet gekoppeld aan een professional. Vraag je functioneel beheerder om het te koppelen.',
  'refuse.not-invited':
    'Alleen wie voor dit casusoverleg is uitgenodigd, kan op deze uitnodiging antwoorden.',
  'refuse.cancelled': 'Dit casusoverleg is afgezegd. Je hoeft niet meer te antwoorden.',
  'refuse.postponed': 'Dit casusoverleg is uitgesteld. Je krijgt een nieuwe uitnodiging.',
  'refuse.past': 'Dit casusoverleg is al geweest ({when}). Je hoeft niet meer te antwoorden.',

  'announce.title': 'Casusoverleg gepland',
  'announce.text': 'Er is een casusoverleg over {reference} gepland op {when}, {where}.',
  'announce.location.home': 'bij het huishouden thuis',
  'announce.location.office': 'op kantoor',
  'announce.location.online': 'online',

  'declined.title': 'Kan niet komen: casusoverleg {reference}',
  'declined.text': '{name} kan niet komen naar het casusoverleg over {reference} op {when}.',

  'follow-up.title': 'Tijd voor een vervolg: {reference}',
  'follow-up.text':
    'Het casusoverleg over {reference} is {weeks} weken geleden. Tijd om het vervolgoverleg te plannen.',
  'follow-up.hint': 'Is het plan van het huishouden klaar? Sluit het plan af, dan vraag ik het niet meer.',
  'follow-up.button': 'Plan het vervolg',
};
