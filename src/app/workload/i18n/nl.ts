import type { WorkloadCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. */
export const nl: WorkloadCatalogue = {
  usage: 'Typ *druk* voor vandaag, of *druk morgen*, *druk vrijdag*, *druk 18 december* voor een andere dag.',
  'unknown-person':
    'Ik weet nog niet wie je bent. Vraag je functioneel beheerder om je chataccount toe te voegen.',
  shared:
    'Wat je die dag hebt, is alleen voor jou. Stuur me *druk* in een privébericht, dan zet ik het daar.',

  'date.no-date':
    'Ik kan daar geen dag in lezen. Probeer bijvoorbeeld *druk morgen*, *druk vrijdag* of *druk 18 december*.',
  'date.ambiguous': 'Ik lees meer dan één dag: {dates}. Geef één dag.',
  'date.in-the-past': '{date} is al voorbij. Geef vandaag of een dag die nog komt.',
  'date.too-far-ahead': '{date} is meer dan een jaar weg. Kijk het jaartal na.',

  title: 'Jouw dag: {date}',
  'day.absent': 'Je bent afwezig van {from} tot en met {to}: die dag ben je vrij.',
  'day.absent-deputy':
    'Je bent afwezig van {from} tot en met {to} en {deputy} neemt het over: die dag ben je vrij.',
  'day.public-holiday': '{date} is een feestdag.',
  'day.not-a-working-day': 'Je werkt niet op {date}.',
  none: 'casus kent die dag geen afspraken van je.',
  'count.one': 'casus kent die dag 1 afspraak van je.',
  'count.many': 'casus kent die dag {count} afspraken van je. Geef ze af of schuif ze op, in deze volgorde:',
  more: 'En nog {count}.',

  'group.optional': 'Casusoverleggen waar je niet verplicht bent',
  'group.actions': 'Acties die kunnen schuiven',
  'group.turns': 'Roosterbeurten',
  'group.required': 'Als laatste: casusoverleggen die jou nodig hebben',

  'conference.line': 'Casusoverleg {references}, {when}',
  'rsvp.pending': 'nog niet beantwoord',
  'rsvp.accepted': 'je hebt ja gezegd',
  'rsvp.tentative': 'je hebt misschien gezegd',
  'role.optional': 'niet verplicht',
  'role.required': 'verplicht',
  'action.due': 'deadline {date}',
  'action.overdue': 'te laat sinds {date}',
  'action.stuck': 'loopt vast',
  'turn.chair': 'Voorzitter van het casusoverleg',
  'turn.minute_taker': 'Notulist',

  'suggest.decline': 'Je bent hier niet verplicht: meld je af, het overleg gaat zonder jou door.',
  'suggest.snooze-or-reassign': 'Stel het uit, of draag het over aan een collega.',
  'suggest.swap': 'Vraag een collega om deze beurt met je te ruilen.',
  'suggest.keep':
    'Blijft staan: verplichte aanwezigheid houd je, tenzij je je met *afmelden* afmeldt voor dat overleg. Dan zoekt casus eerst een vervanger, schriftelijke inbreng of een korter overleg.',

  'button.decline': 'Afmelden',
  'button.snooze-1': '1 dag uitstellen',
  'button.snooze-3': '3 dagen uitstellen',
  'button.snooze-7': '1 week uitstellen',
  'button.reassign': 'Overdragen…',
};
