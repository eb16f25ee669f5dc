/**
 * English messages of the roster import. Its keys are the type the Dutch catalogue must match; `{name}`
 * marks a value filled in when the problem is shown, and the Dutch message must use the same names.
 *
 * - `problem.<code>`: one message per problem code. The code and its params are what `casus import --json`
 *   reports, so a code is never renamed (docs/import-format.md).
 * - `expected.<kind>`: what a value, list or item should look like; fills `{expected}`.
 * - `got.<kind>`: a value that is not shown as itself; fills `{got}`.
 */
export const en = {
  'location.line': 'line {line}',
  'location.field': 'field {field}',
  'location.field-item': 'field {field} (item {item})',
  'did-you-mean': ' (did you mean "{suggestion}"?)',

  'got.nothing': 'nothing',
  'got.empty': 'an empty value',
  'got.list': 'a list',
  'got.object': 'an object',

  'section.teams': 'teams',
  'section.organisations': 'organisations',
  'section.disciplines': 'disciplines',
  'section.professionals': 'professionals',
  'section.households': 'households',

  // Values.
  'expected.team-slug': 'a team slug: lower-case letters, digits and -, such as buurtteam-oost',
  'expected.team-name': 'the team name (at most 100 characters)',
  'expected.organisation-name': 'an organisation name (at most 120 characters, no semicolons)',
  'expected.discipline-code': 'a discipline code: lower-case letters, digits, - or _, such as schuldhulp',
  'expected.discipline-name-nl': 'the Dutch name of the discipline',
  'expected.discipline-name-en': 'the English name of the discipline',
  'expected.weekday': 'a weekday: ma, di, wo, do, vr, za, zo (or mon … sun, or 1–7)',
  'expected.start-time': 'a start time HH:MM such as 09:00',
  'expected.end-time': 'an end time HH:MM such as 17:00',
  'expected.platform': 'a platform: slack, teams or tryout',
  'expected.workspace': 'a Slack workspace id or Teams tenant id',
  'expected.user-id': 'the user id on that platform',
  'expected.professional-key':
    'a professional key without spaces, commas or semicolons, such as an employee number',
  'expected.professional-name': 'the name of the professional (at most 120 characters)',
  'expected.email': 'an e-mail address such as a.jansen@example.nl',
  'expected.busy-calendar': 'the address of a published calendar (https://…ics) or a file path',
  'expected.team-role': 'a team role: member, coach or admin',
  'expected.contract-hours':
    'contract hours per week: a number from 0 to 99.9 with at most one decimal, such as 32 or 24.5',
  'expected.scored-on': 'the date of the scoring, a date YYYY-MM-DD',
  'expected.zrm-score': 'a ZRM score: a whole number from 1 (acute problem) to 5 (fully self-sufficient)',
  'expected.household-reference': 'a pseudonymous reference such as HH-2041 (at most 40 characters)',
  'expected.has-children': 'true or false (ja/nee in CSV)',
  'expected.date': 'a date YYYY-MM-DD',
  'expected.consent-entry':
    'an organisation name (at most 120 characters, no semicolons), or { organisation, givenOn, until }',
  'expected.absence': 'an absence { from, to, deputy }',
  // Lists, after "a list of".
  'expected.absences': 'absences { from, to, deputy }',
  'expected.team-slugs': 'team slugs',
  'expected.discipline-codes': 'discipline codes',
  'expected.working-blocks': 'working blocks { weekday, start, end }',
  'expected.identities': 'platform identities { platform, workspace, userId }',
  'expected.professional-keys': 'professional keys',
  'expected.organisation-names': 'organisation names (or { organisation, givenOn, until })',
  // Items.
  'expected.team': 'a team { slug, name }',
  'expected.organisation': 'an organisation { name }',
  'expected.discipline': 'a discipline { code, nameNl, nameEn }',
  'expected.working-block': 'a working block { weekday, start, end }',
  'expected.identity': 'a platform identity { platform, workspace, userId }',
  'expected.professional':
    'a professional { key, name, organisation, teams, disciplines, contractHours, days, … }',
  'expected.scores': 'scores { scoredOn, financien: 1-5, … }',
  'expected.consent-terms': 'consent for one organisation { organisation, givenOn, until }',
  'expected.household':
    'a household { team, reference, hasChildren, scores, involved, coordinator, consent }',

  // Values and items.
  'problem.missing-value': 'missing; expected {expected}',
  'problem.invalid-value': 'expected {expected}, got {got}',
  'problem.not-a-list': 'expected a list of {expected}, got {got}',
  'problem.not-an-object': 'expected {expected}, got {got}',
  'problem.unknown-field': 'unknown field; expected only the fields {fields}',
  'problem.end-before-start': 'expected an end time after the start {start}, got {end}',
  'problem.blocks-overlap':
    'overlaps the block {weekday} {start}-{end}; expected working blocks that do not overlap',
  'problem.no-scores': 'expected at least one life domain score ({domains})',
  'problem.parenting-without-children':
    'opvoeding is scored only for a household with children; expected hasChildren true, or no opvoeding score',
  'problem.consent-until-before-given':
    'the consent cannot end before it was given ({given}); expected consentUntil on or after consentGivenOn',
  'problem.consent-entry-until-before-given':
    'the consent for "{organisation}" would end on {until}, before it was given on {given}; expected an end date (until, else consentUntil) on or after the day it was given (givenOn, else consentGivenOn)',
  'problem.consent-entry-twice':
    '"{organisation}" is listed under consent more than once with different dates; expected each organisation once',
  'problem.absence-end-before-start':
    'the absence would end on {to}, before it starts on {from}; expected to on or after from',
  'problem.absence-deputy-is-self': 'a deputy is someone else; expected the key of another professional',
  'problem.invalid': 'this value is not valid',
  'problem.reference-format':
    'not a reference the way team {team} writes them; expected a pseudonymous reference such as {example}, never a name',
  // Within the import.
  'problem.duplicate-team': 'duplicate team slug "{key}", also at {other}; expected each once',
  'problem.duplicate-organisation': 'duplicate organisation "{key}", also at {other}; expected each once',
  'problem.duplicate-discipline': 'duplicate discipline code "{key}", also at {other}; expected each once',
  'problem.duplicate-professional': 'duplicate professional key "{key}", also at {other}; expected each once',
  'problem.duplicate-household':
    'duplicate household reference in this team "{key}", also at {other}; expected each once',
  'problem.identity-shared':
    'the {platform} user {userId} is also given to professional {owner}; expected one professional per platform user',
  // Against the database.
  'problem.unknown-team':
    'unknown team "{value}"{didYouMean}; expected a team slug defined in this import or already in the database',
  'problem.unknown-discipline':
    'unknown discipline "{value}"{didYouMean}; expected a discipline code defined in this import or already in the database',
  'problem.unknown-organisation':
    'unknown organisation "{value}"{didYouMean}; expected an organisation defined in this import or already in the database',
  'problem.unknown-professional':
    'unknown professional "{value}"{didYouMean}; expected a professional key defined in this import or already in the database',
  'problem.identity-taken':
    'the {platform} user {userId} is already linked to professional {owner}; expected a platform user no one else has',
  'problem.coordinator-without-consent':
    'coordinator {key} works for "{organisation}", which the household has not consented to; expected "{organisation}" under consent, or another coordinator',
  'problem.involved-without-consent':
    'involved professional {key} works for "{organisation}", which the household has not consented to; expected "{organisation}" under consent, or another involved professional',
  'problem.unstorable-character':
    'this line holds a character that cannot be stored (a NUL byte or half of a UTF-16 surrogate pair, usually from a damaged or binary file); expected plain text: remove it or export the file again',
  // CSV files.
  'problem.csv-unclosed-quote': 'a quoted field is not closed; expected a closing "',
  'problem.csv-text-after-quote':
    'unexpected text after a closing quote; expected a comma or the end of the line (write a quote inside a quoted field as "")',
  'problem.csv-empty': 'the file is empty; expected a header row and one row per item',
  'problem.csv-semicolons':
    'the columns are separated by ; (Excel with Dutch settings); expected commas: save as "CSV UTF-8 (comma delimited)" or see docs/import-format.md',
  'problem.csv-unknown-kind': 'cannot tell what this CSV holds; expected a header row of one of: {kinds}',
  'problem.csv-unknown-column': 'unknown column for a {section} file; expected columns {columns}',
  'problem.csv-unnamed-column': 'column {position} has no name; expected columns {columns}',
  'problem.csv-duplicate-column': 'this column appears twice; expected each column once',
  'problem.csv-missing-column': 'missing column; a {section} file needs the columns {columns}',
  'problem.csv-row-width':
    '{values} values but the header has {columns} columns; expected one value per column (put a value that contains a comma in double quotes)',
  'problem.csv-working-block':
    '"{value}" is not a working block; expected a weekday and two times such as "ma 09:00-17:00", blocks separated by ;',
  // JSON files.
  'problem.json-syntax':
    'not valid JSON ({reason}); expected a JSON document as described in docs/import-format.md',
  'problem.json-not-an-object': 'expected a JSON object with the lists {sections}, got {got}',
  'problem.json-unknown-list': 'unknown list; expected only {sections}',
  'problem.json-not-a-list': 'expected a list [ … ], got {got}',
};

export type ImportMessageKey = keyof typeof en;

export type ImportCatalogue = Record<ImportMessageKey, string>;

type Suffix<Key, Prefix extends string> = Key extends `${Prefix}${infer Rest}` ? Rest : never;

/** The stable codes of import problems, one per `problem.<code>` message. */
export type ImportProblemCode = Suffix<ImportMessageKey, 'problem.'>;

/** What a value, list or item should look like: the `expected` param of a problem. */
export type ExpectedKind = Suffix<ImportMessageKey, 'expected.'>;
