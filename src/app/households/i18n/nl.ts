import type { HouseholdCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. ZRM domain names as the matrix spells them. */
export const nl: HouseholdCatalogue = {
  yes: 'Ja',
  no: 'Nee',

  'domain.financien': 'Financiën',
  'domain.werk_opleiding': 'Werk & opleiding',
  'domain.tijdsbesteding': 'Tijdsbesteding',
  'domain.huisvesting': 'Huisvesting',
  'domain.huiselijke_relaties': 'Huiselijke relaties',
  'domain.geestelijke_gezondheid': 'Geestelijke gezondheid',
  'domain.lichamelijke_gezondheid': 'Lichamelijke gezondheid',
  'domain.middelengebruik': 'Middelengebruik',
  'domain.basale_adl': 'Basale ADL',
  'domain.instrumentele_adl': 'Instrumentele ADL',
  'domain.sociaal_netwerk': 'Sociaal netwerk',
  'domain.maatschappelijke_participatie': 'Maatschappelijke participatie',
  'domain.justitie': 'Justitie',
  'domain.opvoeding': 'Opvoeding',

  'score.1': '1 acute problematiek',
  'score.2': '2 niet zelfredzaam',
  'score.3': '3 beperkt zelfredzaam',
  'score.4': '4 voldoende zelfredzaam',
  'score.5': '5 volledig zelfredzaam',

  'field.reference': 'Referentie (pseudoniem, nooit een naam)',
  'field.team': 'Team',
  'field.hasChildren': 'Kinderen in het huishouden',
  'field.score': 'ZRM {domain}',
  'field.score-parenting': 'ZRM {domain} (alleen met kinderen)',
  'field.scoredOn': 'Datum van de scores',
  'field.ikWil': 'Ik wil (in de woorden van de bewoner)',
  'field.ikKan': 'Ik kan',
  'field.ikHebNodig': 'Ik heb nodig',
  'field.coordinator': 'Regisseur',
  'field.involved': 'Betrokken professionals',
  'field.consent': 'Toestemming: deze organisaties mogen meedoen',
  'field.consent-given': 'Toestemming {organisation}: gegeven op',
  'field.consent-until': 'Toestemming {organisation}: geldig tot en met (niet verplicht)',

  'form.title-new': 'Nieuw huishouden',
  'form.title-edit': 'Huishouden {reference} wijzigen',
  'form.submit': 'Opslaan',
  'form.problems': 'Verbeter {count} punt(en). Er is nog niets opgeslagen:',
  'form.privacy':
    'Gebruik de pseudonieme referentie, nooit een naam. Alleen gewijzigde scores worden opgeslagen, met de datum van de scores. Een lege score houdt de vorige.',

  'problem.required': '{field}: vul dit in.',
  'problem.reference-format':
    '{field}: dit is geen referentie zoals het team ze schrijft. Gebruik een pseudoniem zoals {example}, nooit een naam.',
  'problem.reference-reserved': '{field}: "{reference}" is een commando. Kies een andere referentie.',
  'problem.reference-taken': '{field}: {reference} bestaat al in dit team. Kies een andere.',
  'problem.team': '{field}: kies een van je teams.',
  'problem.choice': '{field}: kies een van de opties.',
  'problem.score': '{field}: kies een score van 1 tot 5, of laat het leeg.',
  'problem.parenting-without-children':
    '{field} telt alleen mee als er kinderen zijn. Kies Ja bij {children}, of laat {field} leeg.',
  'problem.date': '{field}: gebruik een datum zoals 2026-11-24.',
  'problem.date-future': '{field}: de datum mag niet in de toekomst liggen.',
  'problem.date-before-latest':
    '{field}: {domain} heeft al een score van {date}. Een nieuwe score moet op of na die datum liggen.',
  'problem.too-long': '{field}: maximaal {max} tekens (nu {length}).',
  'problem.not-in-team': '{field}: {name} is geen lid van {team}.',
  'problem.unknown-choice': '{field}: kies uit de lijst.',
  'problem.without-consent':
    '{field}: {name} werkt bij {organisation}, en daar heeft het huishouden geen toestemming voor gegeven. Zet {organisation} bij {consent}, of kies iemand anders.',
  'problem.consent-until-before-given':
    '{field}: toestemming kan niet eindigen vóór de dag waarop ze gegeven is ({given}).',
  'problem.consent-until-past':
    '{field}: die dag is al voorbij. Toestemming die u vastlegt moet vandaag nog gelden; laat de datum leeg voor toestemming zonder einddatum.',

  'changed.reference': 'referentie',
  'changed.hasChildren': 'kinderen',
  'changed.score': 'score {domain}',
  'changed.scores': 'scores',
  'changed.ikWil': 'ik wil',
  'changed.ikKan': 'ik kan',
  'changed.ikHebNodig': 'ik heb nodig',
  'changed.coordinator': 'regisseur',
  'changed.involved': 'betrokken professionals',
  'changed.consent': 'toestemming',
  'changed.planClosedAt': 'plan afgesloten',

  'revision.line': 'revisie {revision}, {when}, {who}, gewijzigd: {changed}',
  'revision.import': 'import',
  'revision.seed': 'demogegevens',
  'revision.someone': 'iemand',

  'details.title': 'Huishouden {reference}',
  'details.team': 'Team',
  'details.plan': 'Plan',
  'details.plan-open': 'open',
  'details.plan-closed': 'afgesloten op {date}',
  'details.no-coordinator': 'nog niemand',
  'details.scores': 'ZRM-scores',
  'details.no-scores': 'Nog geen scores.',
  'details.own-words': 'In de woorden van de bewoner',
  'details.ik-wil': 'Ik wil:',
  'details.ik-kan': 'Ik kan:',
  'details.ik-heb-nodig': 'Ik heb nodig:',
  'details.not-filled-in': '(niet ingevuld)',
  'details.nobody-involved': 'Nog niemand.',
  'details.consent': 'Toestemming',
  'details.no-consent': 'Nog geen toestemming vastgelegd.',
  'details.consent-given': 'sinds {date}',
  'details.consent-withdrawn': 'gegeven {given}, ingetrokken {date}',
  'details.consent-ends': 'gegeven {given} · loopt af op {until}',
  'details.consent-ends-soon': 'gegeven {given} · loopt af op {until}, over {days} dag(en): verleng op tijd',
  'details.consent-ended':
    'gegeven {given} · afgelopen op {until}: verleng, anders blijft de organisatie buiten overleggen',
  'details.consent-recorded-by': 'vastgelegd door {name}',
  'details.history': 'Laatste wijzigingen',

  'button.edit': 'Wijzigen',
  'button.plan': 'Overleg plannen',
  'button.close-plan': 'Plan afsluiten',
  'button.new': 'Nieuw huishouden',
  'button.renew': 'Verlengen',
  'reminder.title': 'Toestemming loopt bijna af: {reference}',
  'reminder.ending':
    'De toestemming van huishouden {reference} voor {organisation} loopt af op {until}. Verleng op tijd als het huishouden instemt.',
  'reminder.ended':
    'De toestemming van huishouden {reference} voor {organisation} is afgelopen op {until}. Verleng als het huishouden instemt.',
  'reminder.why':
    'Zonder toestemming blijven de professionals van die organisatie buiten de casusoverleggen en uitnodigingen.',
  'renew.title': 'Toestemming {organisation} verlengen voor {reference}',
  renewed:
    'Toestemming van {reference} voor {organisation} verlengd: gegeven {given}, geldig tot en met {until}.',
  'renewed-no-end':
    'Toestemming van {reference} voor {organisation} verlengd: gegeven {given}, zonder einddatum.',
  'renew-changed':
    'De toestemming van {reference} voor {organisation} is intussen veranderd (verlengd of ingetrokken), dus er is niets opgeslagen. Bekijk het huishouden opnieuw.',
  'renew-not-allowed': 'Alleen het casusteam van {reference} kan de toestemming verlengen.',
  'renew-not-found': 'Ik kan deze toestemming niet meer vinden.',

  'reference-only.coordinator': 'Regisseur: {name}.',
  'reference-only.no-coordinator': 'Dit huishouden heeft nog geen regisseur.',
  'reference-only.note':
    'Alleen het casusteam (regisseur, betrokken professionals, teamcoaches) ziet de details.',

  'shared.reference': 'Huishouden {reference}.',
  'shared.ask-privately':
    'Details zie je alleen in een privébericht aan casus (of met /casus, dat alleen jij ziet), nooit in een kanaal.',

  'list.title': 'Jouw huishoudens',
  'list.empty': 'Je bent nog geen regisseur van een huishouden en nog nergens bij betrokken.',
  'list.coordinator': 'regisseur',
  'list.involved': 'betrokken',

  'unknown-person': 'Ik weet nog niet wie je bent. Vraag je beheerder om je account aan casus te koppelen.',
  'no-team': 'Je bent nog geen lid van een team. Vraag je beheerder om je toe te voegen.',
  'not-found': "Ik kan huishouden '{reference}' niet vinden in je teams. Controleer de referentie.",
  'not-found-button': 'Ik kan dit huishouden niet meer vinden.',
  usage:
    "Typ '{command}' voor je huishoudens, '{command} {new}' voor een nieuw huishouden, '{command} HH-2041' om er een te zien, of '{command} HH-2041 {edit}' om het te wijzigen.",
  'edit-not-allowed':
    'Alleen het casusteam van {reference} (regisseur, betrokken professionals, teamcoaches) kan het wijzigen.',
  'close-not-allowed': 'Alleen de regisseur van {reference} of een teamcoach kan het plan afsluiten.',
  'already-closed': 'Het plan van {reference} was al afgesloten.',
  'plan-closed': 'Plan afgesloten (revisie {revision}).',
  saved: 'Opgeslagen (revisie {revision}).',
  'saved-elsewhere': 'Huishouden {reference} opgeslagen (revisie {revision}).',
  'saved-not-in-case-team': 'Je zit niet in het casusteam, dus je ziet de details niet.',
  'nothing-changed': 'Er is niets veranderd, dus er is niets opgeslagen.',
  conflict:
    'Iemand anders heeft {reference} tegelijk gewijzigd. Jouw wijziging is niet opgeslagen. Kijk opnieuw en doe je wijziging nog een keer.',
  'private-only':
    'Doe dit in een privébericht aan casus (of met /casus, dat alleen jij ziet), nooit in een kanaal.',
  'changed.planReopened': 'plan heropend',
  'details.conferences': 'Casusoverleggen',
  'details.no-conferences': 'Nog geen casusoverleg.',
  'conference.upcoming': 'komt nog',
  'conference.line': '{when}, {location}',
  'conference.status.proposed': 'voorgesteld',
  'conference.status.scheduled': 'gehouden of voorbij',
  'conference.status.held': 'gehouden',
  'conference.status.postponed': 'uitgesteld',
  'conference.status.cancelled': 'geannuleerd',
  'conference.location.home': 'bij het huishouden thuis',
  'conference.location.office': 'op kantoor',
  'conference.location.online': 'online',
  'conference.answer.pending': 'nog geen antwoord',
  'conference.answer.accepted': 'komt',
  'conference.answer.declined': 'afgemeld',
  'conference.answer.tentative': 'misschien',
  'conference.optional': 'optioneel',
  'close.confirm-title': 'Plan van {reference} afsluiten?',
  'close.confirm':
    'Dan stelt casus geen vervolgoverleg meer voor voor {reference} en herinnert niemand eraan er een te plannen. Je kunt het plan later heropenen.',
  'button.close-confirm': 'Ja, plan afsluiten',
  'button.cancel': 'Nee, open laten',
  'button.reopen': 'Plan heropenen',
  'plan-reopened': 'Plan heropend (revisie {revision}).',
  'already-open': 'Het plan van {reference} is al open.',
  'reopen-not-allowed': 'Alleen de regisseur van {reference} of een teamcoach kan het plan heropenen.',
};
