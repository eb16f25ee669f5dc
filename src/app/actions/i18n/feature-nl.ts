import type { FeatureCatalogue } from './feature-en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. */
export const featureNl: FeatureCatalogue = {
  'usage.action':
    'Om een actie vast te leggen typ je het huishouden, wie het doet, de deadline en wat er gebeurt, bijvoorbeeld *actie HH-2041 @sanne vrijdag Aanvraag schuldhulp indienen*.',
  'usage.decision':
    'Om een besluit vast te leggen typ je het huishouden en wat er besloten is, bijvoorbeeld *besluit HH-2041 Samen schuldhulp aanvragen*.',
  'usage.away':
    'Om je verlof door te geven typ je de eerste en de laatste dag en eventueel wie het overneemt, bijvoorbeeld *afwezig 21-12 tot 3-1 @sanne* of *afwezig 21 december tot 3 januari*.',
  'usage.minutes':
    'Typ *verslag* voor je laatste casusoverleg, of *verslag HH-2041* voor het laatste overleg over dat huishouden.',

  'unknown-person':
    'Ik weet nog niet wie je bent. Vraag je functioneel beheerder om je chataccount toe te voegen.',
  'private-only': 'Doe dit in een privégesprek met casus, zodat er geen zorggegevens in een kanaal komen.',
  'not-your-action': 'Die actie ken ik niet.',

  'action.title': 'Actie voor {reference}',
  'action.recorded': 'Vastgelegd: {reference}, voor {owner}, deadline {dueOn}.',
  'action.already-recorded': 'Deze actie was al vastgelegd.',
  'action.owner': 'Wie',
  'action.due': 'Deadline',
  'action.status': 'Stand',
  'action.blocked-by': 'Wacht op',
  'action.snoozed-until': 'Uitgesteld tot',
  'action.status.open': 'open',
  'action.status.blocked': 'loopt vast',
  'action.status.done': 'klaar',
  'action.status.cancelled': 'geschrapt',
  'action.overdue': 'te laat',
  'action.due-short': 'uiterlijk {date}',
  'action.blocked-days': 'loopt {count} werkdagen vast',
  'action.done-by-you': 'Klaar ✓ door jou.',
  'action.done-by': 'Klaar ✓ door {name}.',
  'action.snoozed': 'Uitgesteld tot {date}: tot dan geen herinneringen.',
  'action.blocked': 'Staat op vastgelopen. De regisseur hoort het als het zo blijft.',
  'action.unblocked': 'Loopt niet meer vast: de actie staat weer open.',
  'action.reassigned': 'Overgedragen aan {name}.',
  'action.announce': '{name} heeft een actie vastgelegd voor {reference}.',

  'decision.title': 'Besluit voor {reference}',
  'decision.recorded': 'Besluit vastgelegd voor {reference}.',
  'decision.announce': '{name} heeft een besluit vastgelegd voor {reference}.',
  'decision.domain': 'Levensdomein',
  'decision.agreed': 'Huishouden akkoord',
  'decision.agreed.yes': 'ja',
  'decision.agreed.no': 'nee',
  'decision.agreed.unknown': 'niet gevraagd',

  'button.done': 'Klaar',
  'button.snooze-1': '1 dag uitstellen',
  'button.snooze-3': '3 dagen uitstellen',
  'button.snooze-7': '1 week uitstellen',
  'button.blocked': 'Loopt vast…',
  'button.reassign': 'Overdragen…',
  'button.unblock': 'Loopt niet meer vast',

  'block.title': 'Waarom loopt deze actie vast?',
  'block.reason': 'Wat zit in de weg',
  'block.by': 'Op wie wacht je (organisatie of afdeling)',
  'block.submit': 'Zet op vastgelopen',
  'reassign.title': 'Actie overdragen',
  'reassign.to': 'Nieuwe eigenaar',
  'reassign.submit': 'Overdragen',
  'form.problems': 'Pas dit eerst aan:',
  'form.required': '{field}: vul dit in.',
  'form.unknown-choice': '{field}: kies een van de opties.',

  'mine.title': 'Jouw open acties',
  'mine.none': 'Je hebt geen open acties.',
  'mine.count': 'Open acties: {count}.',
  'mine.more': 'En nog {count}: bekijk ze via de opdrachtregel of vraag je regisseur.',

  'away.recorded': 'Afwezigheid vastgelegd: {from} tot en met {to}.',
  'away.recorded.deputy': 'Afwezigheid vastgelegd: {from} tot en met {to}. {deputy} neemt het over.',
  'away.title': 'Je komende afwezigheid',
  'away.none': 'Er staat geen afwezigheid van je genoteerd.',
  'away.deputy': 'vervanger {name}',
  'away.period': '{from} tot en met {to}',
  'away.date-problem': 'Ik kan “{which}” niet als datum lezen. {problem}',
  'away.which.from': 'de eerste dag',
  'away.which.to': 'de laatste dag',

  'minutes.none':
    'Ik vind geen casusoverleg van jou van vandaag of de afgelopen 14 dagen. Typ *verslag HH-2041* voor het laatste overleg over een huishouden.',
  'minutes.title': 'Verslag van {when}',
  'minutes.intro':
    'Vink aan wie er waren. Per huishouden: het besluit, en de acties, één per regel: *@wie datum wat er gebeurt*.',
  'minutes.present': 'Aanwezig',
  'minutes.decision': '{reference}: besluit',
  'minutes.domain': '{reference}: levensdomein',
  'minutes.agreed': '{reference}: huishouden akkoord',
  'minutes.actions': '{reference}: acties (één per regel: @wie datum tekst)',
  'minutes.submit': 'Verslag vastleggen',
  'minutes.no-domain': 'geen bepaald domein',
  'minutes.line': '{reference}, actieregel {line}: {problem}',
  'minutes.line-format': 'begin met @wie, dan een datum, dan wat er gebeurt.',
  'minutes.decision-line': '{reference}, besluit: {problem}',
  'minutes.presence-problem': 'Aanwezigheid: {problem}',
  'minutes.recorded': 'Verslag vastgelegd: {present} aanwezig, {absent} afwezig.',
  'minutes.announce': 'Verslag van het casusoverleg voor {reference}',

  'count.decision.one': '1 besluit',
  'count.decision.many': '{count} besluiten',
  'count.action.one': '1 actie',
  'count.action.many': '{count} acties',
  'shared.recorded': '{reference}: {what} vastgelegd.',
  'shared.details-private': 'De details zijn privé naar het casusteam gegaan.',

  'household.decisions': 'Laatste besluiten',
  'household.actions': 'Open acties',
  'household.none': 'Nog geen.',

  'home.absences': 'Je komende afwezigheid',
};
