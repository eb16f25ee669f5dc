import type { DigestCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. */
export const nl: DigestCatalogue = {
  title: 'Weekoverzicht {team}, week {week}',
  'title.preview': 'Voorbeeld: weekoverzicht {team}, week {week}',
  late: 'Later verstuurd: casus draaide niet op het geplande moment ({planned}).',
  fallback:
    'Weekoverzicht {team}, week {week}: {conferences} overleggen, {due} acties deze week, {overdue} te laat.',

  'conferences.title': 'Overleggen deze week',
  'conferences.none': 'Geen overleggen deze week.',
  'conferences.complete': 'iedereen die nodig is heeft bevestigd',
  'conferences.missing': 'nog niet bevestigd: {disciplines}',
  'conferences.no-required': 'geen verplichte disciplines',
  'conferences.chair': 'voorzitter {name}',

  'due.title': 'Acties met deadline deze week',
  'due.none': 'Geen acties met deadline deze week.',
  'overdue.title': 'Acties over de deadline',
  'overdue.none': 'Niets over de deadline.',
  'blocked.title': 'Langer dan {days} werkdagen geblokkeerd',
  'blocked.none': 'Geen actie staat zo lang vast.',
  'blocked.item': '{reference} ({owner}): {days} werkdagen',

  'done.title': 'Vorige week gedaan: goed bezig!',
  'done.none': 'Vorige week is er geen actie afgerond.',
  'done.item': '{name}: {count} ({references})',

  'protection.title': 'Overleggen vorige week ({from} t/m {to})',
  'protection.planned': 'Gepland',
  'protection.held': 'Doorgegaan zoals gepland',
  'protection.deputy': 'Met een vervanger',
  'protection.written': 'Met schriftelijke inbreng',
  'protection.postponed': 'Uitgesteld',
  'protection.cancelled': 'Afgezegd',

  'attention.title': 'Let op',
  'attention.none': 'Geen huishouden vraagt extra aandacht.',
  'attention.stale': 'Al meer dan 8 weken geen overleg: {references}',
  'attention.helpers': 'Meer hulpverleners dan de teamgrens: {references}',

  'rotation.title': 'Rooster deze week',
  'rotation.none': 'Geen beurten deze week.',
  'rotation.reason.absent': 'neemt over van iemand die afwezig is',
  'rotation.reason.swap': 'geruild',
  'rotation.reason.override': 'ingedeeld door de teamcoach',

  more: 'En nog {count}.',
  'more.button': 'Alles: {section}',
  'more.sent': 'Ik heb je de hele lijst “{section}” in een privébericht gestuurd.',
  'more.title': '{section}, week {week} ({team})',

  'personal.title': 'Jouw week {week}',
  'personal.fallback':
    'Jouw week {week}: {conferences} overleggen, {due} acties deze week, {overdue} te laat.',
  'personal.conferences': 'Jouw overleggen',
  'personal.due': 'Jouw acties met deadline deze week',
  'personal.overdue': 'Jouw acties over de deadline',
  'personal.turns': 'Jouw beurten',
  'personal.nothing': 'Deze week staat er niets voor je gepland.',
  'personal.opt-out': 'Geen persoonlijk overzicht meer',
  'personal.opt-out.done':
    'Je krijgt geen persoonlijk weekoverzicht meer. Het teamoverzicht in het kanaal blijft. Toch weer aanzetten?',
  'personal.opt-in': 'Stuur mijn weekoverzicht weer',
  'personal.opt-in.done': 'Je krijgt je persoonlijke overzicht weer elke week.',

  'unknown-person':
    'Ik weet nog niet wie je bent. Vraag je functioneel beheerder om je chataccount toe te voegen.',
  'no-team': 'Je zit nog niet in een team, dus er is geen weekoverzicht voor je.',
  'not-your-team': 'Dat overzicht hoort bij een team waar je niet in zit.',

  'section.conferences': 'overleggen',
  'section.due': 'deadline deze week',
  'section.overdue': 'over de deadline',
  'section.blocked': 'geblokkeerd',
  'section.done': 'gedaan',
  'section.attention': 'let op',
  'section.rotation': 'rooster',
};
