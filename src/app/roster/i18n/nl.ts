import type { ImportCatalogue } from './en.ts';

/**
 * Dutch at B1 level: short sentences, "je", everyday words. Field names, column names and values stay as
 * they are in the file (slug, hasChildren, ma 09:00-17:00), so an administrator can find them.
 */
export const nl: ImportCatalogue = {
  'location.line': 'regel {line}',
  'location.field': 'veld {field}',
  'location.field-item': 'veld {field} (waarde {item})',
  'did-you-mean': ' (bedoel je "{suggestion}"?)',

  'got.nothing': 'niets',
  'got.empty': 'niets',
  'got.list': 'een lijst',
  'got.object': 'een object',

  'section.teams': 'teams',
  'section.organisations': 'organisaties',
  'section.disciplines': 'disciplines',
  'section.professionals': 'professionals',
  'section.households': 'huishoudens',

  'expected.team-slug': 'een teamcode (slug): kleine letters, cijfers en -, bijvoorbeeld buurtteam-oost',
  'expected.team-name': 'de naam van het team (maximaal 100 tekens)',
  'expected.organisation-name': 'de naam van een organisatie (maximaal 120 tekens, zonder ;)',
  'expected.discipline-code':
    'een code voor de discipline: kleine letters, cijfers, - of _, bijvoorbeeld schuldhulp',
  'expected.discipline-name-nl': 'de Nederlandse naam van de discipline',
  'expected.discipline-name-en': 'de Engelse naam van de discipline',
  'expected.weekday': 'een dag van de week: ma, di, wo, do, vr, za, zo (of mon … sun, of 1–7)',
  'expected.start-time': 'een begintijd als UU:MM, bijvoorbeeld 09:00',
  'expected.end-time': 'een eindtijd als UU:MM, bijvoorbeeld 17:00',
  'expected.platform': 'een platform: slack, teams of tryout',
  'expected.workspace': 'de id van een Slack-workspace of Teams-tenant',
  'expected.user-id': 'de gebruikers-id op dat platform',
  'expected.professional-key':
    "een vaste code voor de professional, zonder spaties, komma's of ;, bijvoorbeeld een personeelsnummer",
  'expected.professional-name': 'de naam van de professional (maximaal 120 tekens)',
  'expected.email': 'een e-mailadres, bijvoorbeeld a.jansen@example.nl',
  'expected.busy-calendar': 'het adres van een gepubliceerde agenda (https://…ics) of een bestandspad',
  'expected.team-role': 'een rol in het team: member, coach of admin',
  'expected.contract-hours':
    'het aantal contracturen per week: een getal van 0 tot en met 99,9 met hoogstens één cijfer na de komma, bijvoorbeeld 32 of 24,5',
  'expected.scored-on': 'de datum van de scores, als JJJJ-MM-DD',
  'expected.zrm-score': 'een ZRM-score: een heel getal van 1 (acuut probleem) tot 5 (volledig zelfredzaam)',
  'expected.household-reference': 'een kenmerk zoals HH-2041, nooit een naam (hoogstens 40 tekens)',
  'expected.has-children': 'true of false (in CSV: ja of nee)',
  'expected.date': 'een datum als JJJJ-MM-DD',
  'expected.consent-entry':
    'de naam van een organisatie (maximaal 120 tekens, zonder ;), of { organisation, givenOn, until }',
  'expected.team-slugs': 'teamcodes',
  'expected.discipline-codes': 'codes van disciplines',
  'expected.working-blocks': 'werkblokken { weekday, start, end }',
  'expected.absences': 'afwezigheden { from, to, deputy }',
  'expected.identities': 'chataccounts { platform, workspace, userId }',
  'expected.professional-keys': 'codes van professionals',
  'expected.organisation-names': 'namen van organisaties (of { organisation, givenOn, until })',
  'expected.team': 'een team { slug, name }',
  'expected.organisation': 'een organisatie { name }',
  'expected.discipline': 'een discipline { code, nameNl, nameEn }',
  'expected.working-block': 'een werkblok { weekday, start, end }',
  'expected.identity': 'een chataccount { platform, workspace, userId }',
  'expected.absence': 'een afwezigheid { from, to, deputy }',
  'expected.professional':
    'een professional { key, name, organisation, teams, disciplines, contractHours, days, … }',
  'expected.scores': 'scores { scoredOn, financien: 1-5, … }',
  'expected.consent-terms': 'toestemming voor één organisatie { organisation, givenOn, until }',
  'expected.household':
    'een huishouden { team, reference, hasChildren, scores, involved, coordinator, consent }',

  'problem.missing-value': 'niet ingevuld. Verwacht {expected}.',
  'problem.invalid-value': 'verwacht {expected}. Er staat {got}.',
  'problem.not-a-list': 'verwacht een lijst met {expected}. Er staat {got}.',
  'problem.not-an-object': 'verwacht {expected}. Er staat {got}.',
  'problem.unknown-field': 'onbekend veld. Gebruik alleen de velden {fields}.',
  'problem.end-before-start': 'de eindtijd moet na de begintijd {start} liggen. Er staat {end}.',
  'problem.blocks-overlap':
    'overlapt met het blok {weekday} {start}-{end}. Werkblokken mogen niet overlappen.',
  'problem.no-scores': 'verwacht een score voor minstens één leefgebied ({domains}).',
  'problem.parenting-without-children':
    'opvoeding krijgt alleen een score bij een huishouden met kinderen. Zet hasChildren op true, of laat de score voor opvoeding weg.',
  'problem.consent-until-before-given':
    'de toestemming kan niet eindigen vóór de dag waarop ze gegeven is ({given}). Zet consentUntil op of na consentGivenOn.',
  'problem.consent-entry-until-before-given':
    'de toestemming voor "{organisation}" zou eindigen op {until}, vóór de dag waarop ze gegeven is ({given}). Zet de einddatum (until, anders consentUntil) op of na de dag van toestemming (givenOn, anders consentGivenOn).',
  'problem.consent-entry-twice':
    '"{organisation}" staat meer dan één keer bij consent, met andere datums. Noem elke organisatie maar één keer.',
  'problem.absence-end-before-start':
    'de afwezigheid zou eindigen op {to}, voor het begin op {from}. Zet to op of na from.',
  'problem.absence-deputy-is-self':
    'een vervanger is iemand anders. Geef de sleutel van een andere professional.',
  'problem.invalid': 'deze waarde klopt niet.',
  'problem.reference-format':
    'dit is geen kenmerk zoals team {team} ze schrijft. Gebruik een pseudoniem zoals {example}, nooit een naam.',
  'problem.duplicate-team':
    'de teamcode "{key}" staat er twee keer in, ook op {other}. Gebruik elke teamcode maar één keer.',
  'problem.duplicate-organisation':
    'de organisatie "{key}" staat er twee keer in, ook op {other}. Noem elke organisatie maar één keer.',
  'problem.duplicate-discipline':
    'de disciplinecode "{key}" staat er twee keer in, ook op {other}. Gebruik elke code maar één keer.',
  'problem.duplicate-professional':
    'de code "{key}" van een professional staat er twee keer in, ook op {other}. Gebruik elke code maar één keer.',
  'problem.duplicate-household':
    'het kenmerk "{key}" staat twee keer in dit team, ook op {other}. Gebruik elk kenmerk maar één keer per team.',
  'problem.identity-shared':
    'het {platform}-account {userId} staat ook bij professional {owner}. Een account hoort bij maar één professional.',
  'problem.unknown-team':
    'het team "{value}" is onbekend{didYouMean}. Gebruik een team uit deze import of een team dat al in de database staat.',
  'problem.unknown-discipline':
    'de discipline "{value}" is onbekend{didYouMean}. Gebruik een discipline uit deze import of een discipline die al in de database staat.',
  'problem.unknown-organisation':
    'de organisatie "{value}" is onbekend{didYouMean}. Gebruik een organisatie uit deze import of een organisatie die al in de database staat.',
  'problem.unknown-professional':
    'de professional "{value}" is onbekend{didYouMean}. Gebruik een professional uit deze import of een professional die al in de database staat.',
  'problem.identity-taken':
    'het {platform}-account {userId} is al gekoppeld aan professional {owner}. Gebruik een account dat nog niet gekoppeld is.',
  'problem.coordinator-without-consent':
    'regisseur {key} werkt bij "{organisation}", maar het huishouden heeft geen toestemming gegeven voor die organisatie. Zet "{organisation}" bij consent, of kies een andere regisseur.',
  'problem.involved-without-consent':
    'betrokken professional {key} werkt bij "{organisation}", maar het huishouden heeft geen toestemming gegeven voor die organisatie. Zet "{organisation}" bij consent, of kies een andere professional.',
  'problem.unstorable-character':
    'deze regel bevat een teken dat niet kan worden opgeslagen (een NUL-byte of een half UTF-16-tekenpaar, meestal uit een beschadigd of binair bestand). Haal het weg of exporteer het bestand opnieuw.',
  'problem.csv-unclosed-quote':
    'een waarde tussen aanhalingstekens is niet afgesloten. Zet aan het eind ook een ".',
  'problem.csv-text-after-quote':
    'na het afsluitende aanhalingsteken staat nog tekst. Verwacht een komma of het einde van de regel. Een aanhalingsteken binnen een waarde schrijf je als "".',
  'problem.csv-empty':
    'het bestand is leeg. Verwacht een eerste regel met de kolomnamen en daarna één regel per item.',
  'problem.csv-semicolons':
    'de kolommen zijn gescheiden door ; (Excel met Nederlandse instellingen). Verwacht komma\'s: sla het bestand op als "CSV UTF-8 (door komma\'s gescheiden)" of lees docs/import-format.md.',
  'problem.csv-unknown-kind':
    'het is niet duidelijk wat dit CSV-bestand bevat. Verwacht een eerste regel met de kolommen van een van deze soorten: {kinds}.',
  'problem.csv-unknown-column':
    'onbekende kolom voor een bestand met {section}. Gebruik alleen de kolommen {columns}.',
  'problem.csv-unnamed-column': 'kolom {position} heeft geen naam. Gebruik alleen de kolommen {columns}.',
  'problem.csv-duplicate-column': 'deze kolom staat er twee keer in. Gebruik elke kolom maar één keer.',
  'problem.csv-missing-column':
    'deze kolom ontbreekt. Een bestand met {section} heeft de kolommen {columns} nodig.',
  'problem.csv-row-width':
    'het aantal waarden ({values}) past niet bij het aantal kolommen ({columns}). Verwacht één waarde per kolom. Zet een waarde met een komma erin tussen dubbele aanhalingstekens.',
  'problem.csv-working-block':
    '"{value}" is geen werkblok. Verwacht een dag en twee tijden, zoals "ma 09:00-17:00". Zet ; tussen de blokken.',
  'problem.json-syntax':
    'dit is geen geldige JSON ({reason}). Verwacht een JSON-document zoals in docs/import-format.md.',
  'problem.json-not-an-object': 'verwacht een JSON-object met de lijsten {sections}. Er staat {got}.',
  'problem.json-unknown-list': 'onbekende lijst. Gebruik alleen {sections}.',
  'problem.json-not-a-list': 'verwacht een lijst [ … ]. Er staat {got}.',
};
