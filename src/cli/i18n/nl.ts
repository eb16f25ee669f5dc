import type { CliCatalogue } from './en.ts';

/**
 * Dutch at B1 level: short sentences, "je", everyday words. Commands, options, variables and file names
 * stay as they are typed (--dry-run, DATA_DIR, docs/import-format.md).
 */
export const nl: CliCatalogue = {
  'help.title': 'casus: casusoverleg voor wijkteams',
  'help.commands': "Commando's:",
  'help.general': [
    'Opties voor elk commando:',
    '  --json        schrijf één JSON-document naar stdout (ook bij fouten), voor scripts',
    '  --lang nl|en  de taal van de meldingen; standaard de taal van LOCALE (nl als die niet is ingesteld)',
    '  -h, --help    toon de uitleg bij een commando',
    '',
    'Exitcodes: 0 klaar, 1 mislukt (fout in een bestand, de database of de configuratie), 2 verkeerde opdracht.',
    'Database: de ingebouwde database in DATA_DIR (standaard ./data), of PostgreSQL als DATABASE_URL is ingesteld.',
    'Elk commando dat de database gebruikt, voert eerst de migraties uit die nog openstaan.',
  ].join('\n'),

  'command.help.summary': "toon alle commando's, of de uitleg bij één commando: casus help import",
  'command.help.usage': '[commando]',
  'command.import.summary': 'importeer teams, professionals en huishoudens uit JSON- of CSV-bestanden',
  'command.import.usage': '<bestand>... [--format json|csv] [--dry-run] [--json]',
  'command.import.details': [
    'Het formaat staat in docs/import-format.md. Een .json-bestand bevat alles. Een CSV-bestand bevat één',
    'soort (teams, disciplines, professionals of households); casus herkent de soort aan de eerste regel.',
    'Bestanden die je samen opgeeft, worden samen gecontroleerd. Zo mag households.csv verwijzen naar professionals.csv.',
    'Is er op een regel een probleem, dan wordt er niets geïmporteerd. Je ziet elk probleem, met regel en veld.',
    'De problemen staan in de taal van --lang of LOCALE. Met --json heeft elk probleem ook een vaste code.',
    'Hetzelfde bestand nog een keer importeren verandert niets.',
    '',
    '  --format json|csv   het formaat, als de bestandsnaam niet eindigt op .json of .csv',
    '  --dry-run           controleer de bestanden en tel wat er zou veranderen, zonder iets op te slaan',
  ].join('\n'),
  'command.migrate.summary': 'voer de databasemigraties uit die nog niet zijn uitgevoerd',
  'command.migrate.usage': '[--json]',
  'command.migrate.details':
    'Dit kan altijd: migraties die al zijn uitgevoerd, worden overgeslagen. De server doet dit ook bij het starten.',
  'command.settings.summary':
    'toon of wijzig de instellingen van een team (expertiseregels, vervolgtermijn, huishoudreferenties…)',
  'command.settings.usage': '<team-slug> [--set <bestand.json> | --reset] [--json]',
  'command.settings.details': [
    'Zonder opties: de geldende instellingen, met de instellingen die het team zelf koos. De rest zijn de standaarden.',
    '  --set <bestand.json>   vervang de instellingen van het team door dit bestand; bij een probleem verandert er niets',
    '  --reset                terug naar de standaardinstellingen',
    'Het bestandsformaat en de standaarden staan in docs/team-settings.md.',
  ].join('\n'),
  'command.audit.summary':
    'toon het inzagelog van een huishouden: wie wat bekeek of wijzigde, en wanneer (NEN 7513)',
  'command.audit.usage': '<referentie> [--team <slug>] [--since JJJJ-MM-DD] [--json]',
  'command.audit.details': [
    'Elke inzage, wijziging, export en weigering van het huishouden, oudste eerst, met wie (en namens wie),',
    'welk soort gegevens, via welk kanaal (Slack, Teams, proefpagina, opdrachtregel, import, agendafeed)',
    'en de uitkomst. Tijden in TIME_ZONE. Ook dit overzicht wordt in het log vastgelegd.',
    '  --team <slug>        het team, als meer teams een huishouden met deze referentie hebben',
    '  --since JJJJ-MM-DD   alleen regels vanaf die dag',
  ].join('\n'),
  'settings.set-and-reset': 'Gebruik --set of --reset, niet allebei.',
  'settings.unknown-team': 'Er is geen team met de slug "{slug}".',
  'settings.current': 'Instellingen van team {slug}:',
  'settings.saved': 'Instellingen van team {slug} opgeslagen:',
  'settings.reset': 'Team {slug} gebruikt weer de standaardinstellingen:',
  'settings.stored-invalid':
    'De opgeslagen instellingen kloppen niet meer; de standaarden gelden tot ze opnieuw zijn ingesteld.',
  'settings.customised': 'Door het team gekozen: {keys}',
  'settings.none': 'niets (alles standaard)',
  'settings.no-such-file': 'het bestand bestaat niet',
  'settings.file-unreadable': 'Kan {file} niet lezen: {reason}',
  'settings.not-json': '{file} is geen geldige JSON: {reason}',
  'settings.not-an-object': '{file} moet één JSON-object bevatten, zoals {"followUpWeeks": 8}.',
  'settings.invalid': '{file} heeft {count} probleem/problemen; er is niets veranderd:',
  'command.action.summary':
    'leg een actie vast voor een huishouden, of zet er een op gedaan, geschrapt, vast, uitgesteld of bij een ander',
  'command.action.usage':
    'add <referentie> --owner <sleutel> --due <datum of woorden> --text "…" [--domain <code>] [--team <slug>] [--as <sleutel>] | done|cancel|block|unblock|snooze|reassign <actie-id> [--reason …] [--by …] [--until …] [--to <sleutel>] [--as <sleutel>]',
  'command.action.details': [
    'Dezelfde stappen als de chatopdracht actie, met dezelfde toegangsregel.',
    'Zonder --as doet de beheerder het (zo vastgelegd in het inzagelog); met --as <sleutel> doet die professional het.',
    '  --owner <sleutel>  wie het doet: een actief lid van het team van het huishouden',
    '  --due <datum>      JJJJ-MM-DD of woorden in de taal van --lang ("vrijdag", "over 2 weken", "friday");',
    '                     een dag waarop de eigenaar niet werkt, of een feestdag, wordt de werkdag ervoor',
    '  --text "…"         wat er gedaan wordt (hoogstens 500 tekens)',
    '  --domain <code>    het levensdomein, bijvoorbeeld financien of huisvesting',
    '  --reason …         waarom geschrapt of vast (nodig bij cancel en block)',
    '  --by …             op wie of wat een vastzittende actie wacht (een andere organisatie, een afdeling)',
    '  --until <datum>    snooze: geen herinneringen voor deze dag (JJJJ-MM-DD of woorden)',
    '  --to <sleutel>     reassign: de nieuwe eigenaar',
  ].join('\n'),
  'command.actions.summary':
    'toon open acties, te late eerst, met het aantal werkdagen dat een vastzittende actie wacht',
  'command.actions.usage': '[--team <slug>] [--owner <sleutel>] [--overdue] [--json]',
  'command.actions.details': [
    'Open en vastzittende acties van alle teams, te late eerst, dan op deadline (data in TIME_ZONE).',
    '  --team <slug>      alleen huishoudens van dit team',
    '  --owner <sleutel>  alleen acties van deze professional',
    '  --overdue          alleen acties waarvan de deadline voorbij is',
  ].join('\n'),
  'command.absence.summary': 'leg afwezigheid van een professional vast, met een vervanger',
  'command.absence.usage':
    '<sleutel> --from JJJJ-MM-DD --to JJJJ-MM-DD [--deputy <sleutel>] [--as <sleutel>] [--json]',
  'command.absence.details': [
    'Beide dagen tellen mee. De planning slaat de persoon die dagen over; herinneringen over hun acties gaan naar de',
    'vervanger (of anders de regisseur). Hoogstens een jaar; de laatste dag niet in het verleden.',
    'Met --as <sleutel> mag alleen de persoon zelf of een coach van het team het vastleggen.',
  ].join('\n'),
  'command.decline.summary': 'meld je af voor het volgende casusoverleg van een huishouden; start de redding',
  'command.decline.usage': '<huishouden> --as <sleutel> [--reason <tekst>] [--json]',
  'command.decline.details': [
    'Legt de afmelding met reden vast en toont de reddingsstap die begon: het overleg gaat door als iemand',
    'anders je discipline inbrengt; anders krijgen organisator en regisseur vrije vervangers, een korter',
    'online overleg of uitstel om uit te kiezen. Je wordt hoe dan ook om schriftelijke inbreng gevraagd.',
  ].join('\n'),
  'command.cancel.summary':
    'zeg het volgende casusoverleg van een huishouden af (alleen regisseur of teamcoach)',
  'command.cancel.usage': '<huishouden> --as <sleutel> --reason <code> [--json]',
  'command.cancel.details': [
    'Redenen: {reasons}. Geweigerd (exit 1) voor iedereen behalve de regisseur of een teamcoach.',
    'Iedereen die is uitgenodigd krijgt bericht en de agendalink zegt het af; niet-meer-nodig sluit ook het plan.',
  ].join('\n'),
  'command.postpone.summary':
    'verplaats het volgende casusoverleg naar het eerste moment waarop iedereen die nodig is kan',
  'command.postpone.usage': '<huishouden> --as <sleutel> [--json]',
  'command.postpone.details': [
    'Binnen de teaminstelling protection.maxDelayWorkingDays (standaard 10) na de eerst afgesproken start;',
    'dezelfde uitnodiging (UID) met een hogere SEQUENCE, en iedereen wordt gevraagd te bevestigen. Exit 1',
    'als geen moment past. Voor de regisseur, de organisator of een teamcoach.',
  ].join('\n'),
  'command.stats.summary':
    'beschermingscijfers: overleggen zoals gepland, met vervanger of schriftelijke inbreng, uitgesteld, afgezegd',
  'command.stats.usage': '[--team <slug>] [--weeks N] [--json]',
  'command.stats.details': [
    'Telt de casusoverleggen waarvan de eerst afgesproken start in de laatste N weken ligt (standaard {weeks}):',
    'gehouden zoals gepland, met een vervanger, met schriftelijke inbreng, uitgesteld (met de mediaan van het',
    'uitstel in werkdagen), afgezegd, en waarom mensen zich afmeldden en overleggen werden afgezegd. Zonder',
    '--team: alle teams. Alleen aantallen: geen huishouden, persoon of reden in eigen woorden.',
    'Definities: docs/protection.md.',
    '  --team <slug>   alleen dit team',
    '  --weeks N       de periode in weken, 1 tot 520',
  ].join('\n'),
  'command.rotation.summary':
    'toon de komende beurten van de roosters van het team, of stel ze in vanuit een bestand',
  'command.rotation.usage':
    'show [--team <slug>] [--weeks N] [--from JJJJ-MM-DD] [--json] | set --file <bestand.json> [--team <slug>] | override --role <rol> --date JJJJ-MM-DD --member <sleutel>',
  'command.rotation.details': [
    'show: per rol (voorzitter, notulist, intakedienst…) wie elke beurt heeft in de komende N weken (standaard',
    '{weeks}), en waarom iemand invalt (afwezigheid, ruil, door de coach ingedeeld).',
    'set: de rollen van het team worden die uit het bestand (weggelaten rollen gaan uit, hun geschiedenis blijft).',
    'Bij een probleem wordt niets opgeslagen en wordt elk probleem genoemd. Bestandsformaat en regels:',
    'docs/rotations.md.',
    '  --team <slug>   het team (nodig als er meerdere zijn; set leest "team" ook uit het bestand)',
    '  --weeks N       toon zoveel weken, 1 tot 52',
    '  --file <bestand> de roosters om in te stellen',
    'override: geef één beurt aan iemand anders (reden "override"): --role <rol> --date JJJJ-MM-DD --member <sleutel>.',
  ].join('\n'),
  'command.conference.summary':
    'toon de casusoverleggen van een huishouden: deelnemers, antwoorden, afmeldingen en reddingen',
  'command.conference.usage': '<referentie> [--team <slug>] [--as <sleutel van een professional>] [--json]',
  'command.conference.details': [
    'Eerst de komende overleggen (de eerstvolgende eerst), dan de eerdere (de laatste eerst), elk met de',
    'deelnemers (rol, discipline, antwoord, wie een vervanger vervangt, waarom iemand zich afmeldde) en het',
    'logboek van de bescherming: afmeldingen, reddingsstappen, uitstel en afzeggen, met wie, reden en hoe lang',
    'van tevoren. Tijden in TIME_ZONE. Zonder --as lees je als beheerder; elke inzage staat in het toegangslog.',
    '  --team <slug>   het team, als meer teams een huishouden met deze referentie hebben',
    '  --as <sleutel>  lees als deze professional, met diens toegang (zoals in de chat)',
  ].join('\n'),
  'command.digest.summary':
    'bekijk het weekoverzicht van een team vooraf: elk onderdeel zoals het kanaal het krijgt',
  'command.digest.usage': '[--team <slug>] [--at <ISO-tijd>] [--json]',
  'command.digest.details': [
    'Maakt het weekoverzicht van de week waarin --at (standaard nu) valt, zoals het op dat moment is: overleggen',
    'met quorum, acties met deadline deze week en te laat per eigenaar, te lang geblokkeerd, vorige week gedaan,',
    'beschermingscijfers, huishoudens die aandacht vragen, de beurten van deze week. Er wordt niets opgeslagen of',
    'verstuurd; huishoudens alleen met hun referentie.',
    'Met --json: { team, week, sections: { conferences, due, overdue, blocked, done, protection, attention, rotation } }.',
    'Wanneer en hoe het verstuurd wordt: docs/digest.md.',
  ].join('\n'),
  'command.nudges.summary': 'toon (of verstuur) de herinneringen van een moment: aan wie, over welke acties',
  'command.nudges.usage': '[--at <ISO-tijd>] [--dry-run] [--json]',
  'command.nudges.details': [
    'Doet wat de taak van elk kwartier op dat moment doet (--at, standaard nu): elke gebundelde herinnering of',
    'escalatie, aan wie (sleutel) en over welke acties. Met --dry-run wordt niets geschreven of verstuurd; zonder',
    'gaan de berichten echt weg, net als door de taak, één per persoon, soort en dag.',
    'De tekst van acties staat er nooit in. De regels en instellingen: docs/team-settings.md (nudges).',
  ].join('\n'),
  'nudges.bad-at': '--at verwacht een moment zoals 2026-12-04T09:00:00+01:00. Er staat "{value}".',
  'nudges.heading.dry-run': 'Herinneringen op {at} (proef, niets verstuurd): {count} bericht(en).',
  'nudges.heading.sent': 'Herinneringen verstuurd op {at}: {count} bericht(en).',
  'nudges.none': 'Op dat moment is er niets te versturen.',
  'nudges.message': '  {name} ({key}), {kind}: {items}',
  'nudges.kind.nudge': 'herinnering',
  'nudges.kind.escalation': 'escalatie',
  'nudges.item': '{reference} {step}',
  'nudges.item.instead-of': '{reference} {step} (in plaats van {key})',
  'command.jobs.summary': 'toon de geplande taken per status, en de mislukte met hun fout',
  'command.jobs.usage': '[--limit N] [--json]',
  'command.jobs.details':
    'Mislukte taken blijven bewaard, zodat je ze kunt bekijken. De inhoud van een taak toont casus nooit: daar kan zorginformatie in staan.',
  'jobs.counts': 'Taken: {queued} wachtend, {running} bezig, {completed} klaar, {failed} mislukt.',
  'jobs.none-failed': 'Er zijn geen mislukte taken.',
  'jobs.failed-heading': 'Mislukte taken (nieuwste eerst, {shown} getoond):',
  'jobs.failed-line': '  {name} {key}: {attempts} pogingen, laatst gepland {at}: {error}',
  'jobs.bad-limit': '--limit verwacht een heel getal van 1 tot 1000. Er staat "{value}".',
  'command.plan.summary': 'stel voor wie er bij een huishouden aan tafel moet, en de drie eerste momenten',
  'command.plan.usage':
    '<kenmerk> [--from JJJJ-MM-DD] [--location home|office|online] [--team <slug>] [--as <sleutel professional>] [--json]',
  'command.plan.details':
    'Gebruikt de laatste ZRM-scores van het huishouden, de expertiseregels, de toestemming, werkdagen, afwezigheid, geplande overleggen en de Nederlandse feestdagen. Tijden staan in TIME_ZONE. Met --as zie je het voorstel alleen als die professional het in de chat ook mag zien; elke inzage staat in het toegangslogboek.',
  'plan.bad-from': '--from verwacht een datum als JJJJ-MM-DD. Er staat "{value}".',
  'plan.unknown-household': 'Er is geen huishouden met het kenmerk "{reference}".',
  'plan.ambiguous-household':
    'Meerdere teams hebben een huishouden "{reference}". Dat kan casus nog niet aan.',
  'plan.heading': 'Casusoverleg voor {reference}:',
  'plan.required': '  nodige disciplines: {disciplines}',
  'plan.attendee-involved': '  {name} ({discipline}), al betrokken',
  'plan.attendee-new': '  {name} ({discipline}), nieuw bij dit huishouden',
  'plan.gap.no-one-has-it':
    '  niemand in het team brengt {discipline}: zoek iemand, of vraag een vervanger van een andere organisatie',
  'plan.gap.no-consent':
    '  {discipline} alleen bij organisaties zonder toestemming: vraag het huishouden om toestemming',
  'plan.gap.not-available': '  iedereen met {discipline} is afwezig: vraag een vervanger',
  'plan.no-slots': '  geen gezamenlijk moment in de komende {days} werkdagen',
  'plan.slot': '  moment: {start} – {end}',
  'plan.bad-location': '--location verwacht home, office of online. Er staat "{value}".',
  'plan.unknown-team': 'Er is geen team met de slug "{slug}".',
  'plan.attendee-optional': '  {name} ({discipline}), optioneel',
  'plan.consolidation':
    '  te veel hulpverleners ({count} betrokken): dit wordt een afstemmingsoverleg (één regisseur, één plan)',
  'plan.suggested-coordinator': '  voorgestelde regisseur: {name}',
  'plan.unreadable-calendars':
    '  de agenda van {names} kon niet gelezen worden: de momenten kunnen ermee botsen',
  'plan.invited-resident': '  de bewoner wordt ook uitgenodigd',
  'plan.invited-network': '  het netwerk van de bewoner wordt ook uitgenodigd',
  'command.invite.summary':
    'leg een casusoverleg voor een huishouden vast op een moment en stuur de uitnodigingen',
  'command.invite.usage':
    '<kenmerk> --slot <begin, bijv. 2026-12-01T09:00:00+01:00> [--location home|office|online] [--team <slug>] [--as <sleutel professional>] [--another] [--json]',
  'command.invite.details':
    'Legt vast zoals de chat dat doet: of iedereen kan wordt opnieuw bekeken. Een moment dat niet meer vrij is, wordt geweigerd met de voorgestelde momenten. Twee keer hetzelfde begin legt één overleg vast. De organisator is --as, anders de regisseur.',
  'invite.missing-slot': '--slot is nodig: het begin met de UTC-afwijking, bijv. 2026-12-01T09:00:00+01:00',
  'invite.bad-slot':
    '--slot verwacht een begin met de UTC-afwijking, zoals 2026-12-01T09:00:00+01:00. Er staat "{value}".',
  'invite.unknown-professional': 'Er is geen professional met de sleutel "{key}".',
  'invite.no-organizer':
    '{reference} heeft geen regisseur: zeg met --as <sleutel professional> wie het vastlegt.',
  'invite.booked':
    'Casusoverleg voor {reference} vastgelegd: {start} – {end}, {location}. {count} uitgenodigd; de uitnodigingen zijn onderweg.',
  'invite.attendee': '  {name} ({discipline}), {role}',
  'invite.already-planned':
    '{reference} heeft al een casusoverleg om {start}; er is niets nieuws vastgelegd.',
  'invite.not-now':
    '{reference} heeft nog een casusoverleg voor de boeg; er is niets vastgelegd. Voeg --another toe om bewust een tweede vast te leggen, of verplaats het met plan {reference} in de chat.',
  'invite.plan-closed':
    'Het plan van {reference} is afgesloten; er is niets vastgelegd. Heropen het eerst in het huishoudoverzicht.',
  'invite.taken':
    'Niet iedereen die nodig is voor {reference} kan om {start}. Voorgesteld in plaats daarvan:',
  'role.coordinator': 'regisseur',
  'role.required': 'nodig',
  'role.optional': 'optioneel',
  'location.home': 'bij het huishouden thuis',
  'location.office': 'op kantoor',
  'location.online': 'online',
  'command.seed-demo.summary': 'zet het fictieve demoteam "Buurtteam Oost" in een lege database',
  'command.seed-demo.usage': '[--force] [--json]',
  'command.seed-demo.details': [
    'De server doet dit zelf als hij start met een lege database (zonder teams).',
    'Staan er al teams in de database, dan doet dit commando niets. Zo komt de demo nooit per ongeluk tussen echte teams.',
    'Met --force komt het demoteam (slug "{slug}") er toch bij, of zet je een aangepaste demo terug zoals hij was.',
    'Nog een keer uitvoeren verandert niets.',
  ].join('\n'),

  'usage.line': 'Gebruik: {usage}',
  'usage.hint': "Gebruik: {usage}   (casus help toont alle commando's)",
  'usage.general': 'casus <commando> [opties]',
  'usage.no-command': 'geef een commando op',
  'usage.unknown-command': 'onbekend commando "{word}"',
  'usage.unknown-command-near': 'onbekend commando "{word}" (bedoel je "{suggestion}"?)',
  'usage.missing-argument': 'er ontbreekt een argument',
  'usage.unexpected-argument': 'onverwacht argument "{argument}"',
  'usage.unknown-option': "onbekende optie '{option}'",
  'usage.option-needs-value': "optie '{option}' heeft een waarde nodig",
  'usage.option-takes-no-value': "optie '{option}' krijgt geen waarde",
  'usage.bad-options': 'de opties kloppen niet',
  'usage.bad-lang': '--lang {value} is geen taal die casus kent. Kies nl of en.',
  'usage.bad-format': '--format {value} is geen formaat dat casus kent. Kies json of csv.',
  'usage.unknown-format':
    'het formaat van {file} is niet duidelijk. Geef een bestand dat eindigt op .json of .csv, of gebruik --format json|csv.',

  'error.config': 'er zijn problemen met de configuratie',
  'error.unexpected': 'onverwachte fout: {reason}',
  'failure.database-unavailable':
    'kan de {database} niet gebruiken: {reason}. Controleer DATABASE_URL (zonder DATABASE_URL gebruikt casus de ingebouwde database in DATA_DIR).',
  'failure.migration-failed': 'de migraties zijn mislukt: {reason}',
  'failure.data-dir-in-use':
    'de ingebouwde database in {dataDir} is in gebruik door proces {pid}. Stop dat proces eerst. Wil je meerdere processen tegelijk laten werken? Zet dan DATABASE_URL op een PostgreSQL-server.',

  'database.embedded': 'ingebouwde database',
  'database.postgres': 'PostgreSQL-database',

  'section.teams': 'teams',
  'section.organisations': 'organisaties',
  'section.disciplines': 'disciplines',
  'section.professionals': 'professionals',
  'section.households': 'huishoudens',
  'counts.line': '{created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd',

  'import.file-unreadable': 'Kan {file} niet lezen: {reason}.',
  'import.file-missing': 'dit bestand bestaat niet',
  'import.file-no-access': 'je hebt geen rechten om het te lezen',
  'import.file-is-directory': 'dit is een map',
  'import.invalid.one': '{files}: 1 probleem gevonden; er is niets geïmporteerd.',
  'import.invalid.other': '{files}: {count} problemen gevonden; er is niets geïmporteerd.',
  'import.checked': '{files} is in orde. Importeren zou dit opleveren:',
  'import.imported': '{files} is geïmporteerd:',

  'migrate.up-to-date': 'De {database} is al bijgewerkt. Er zijn geen migraties nodig.',
  'migrate.applied.one': '1 migratie uitgevoerd op de {database}:',
  'migrate.applied.other': '{count} migraties uitgevoerd op de {database}:',
  'migrate.progress': 'migratie {name} uitgevoerd',

  'seed-demo.not-empty':
    'Er staan al teams in de database. Daarom is het demoteam niet toegevoegd. Gebruik --force om het toch toe te voegen.',
  'seed-demo.unchanged': 'Het demoteam "{slug}" staat er al en is niet veranderd.',
  'seed-demo.seeded': 'Het fictieve demoteam "{slug}" (Buurtteam Oost) is toegevoegd:',
};
