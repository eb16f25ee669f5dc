/**
 * English messages of the `casus` command. Its keys are the type the Dutch catalogue must match; `{name}`
 * marks a value filled in by the translate function, and the Dutch message must use the same names.
 * Problems found in import files have their own catalogue (src/app/roster/i18n/).
 */
export const en = {
  'help.title': 'casus: case conferences for neighbourhood care teams',
  'help.commands': 'Commands:',
  'help.general': [
    'Options for every command:',
    '  --json        print one JSON document on stdout (also on errors), for scripts',
    '  --lang nl|en  the language of the messages; by default LOCALE (nl when it is not set)',
    '  -h, --help    show the help of a command',
    '',
    'Exit codes: 0 done, 1 failed (invalid file, database or configuration problem), 2 wrong command line.',
    'Database: the embedded database in DATA_DIR (default ./data), or PostgreSQL when DATABASE_URL is set.',
    'Every command that uses the database first applies pending migrations.',
  ].join('\n'),

  'command.help.summary': 'list the commands, or explain one: casus help import',
  'command.help.usage': '[command]',
  'command.import.summary': 'import teams, professionals and households from JSON or CSV files',
  'command.import.usage': '<file>... [--format json|csv] [--dry-run] [--json]',
  'command.import.details': [
    'The format is described in docs/import-format.md. A .json file holds everything; CSV files hold one',
    'kind each (teams, disciplines, professionals or households, recognised by the header row).',
    'Files given together are checked together, so households.csv may refer to professionals.csv.',
    'Nothing is imported when any line has a problem; every problem is listed with its line and field.',
    'Problems are reported in the language of --lang or LOCALE; with --json each also has a stable code.',
    'Importing the same file again changes nothing.',
    '',
    '  --format json|csv   the format, when the file name does not end in .json or .csv',
    '  --dry-run           check the files and count what would change, without writing',
  ].join('\n'),
  'command.migrate.summary': 'apply the database migrations that have not been applied yet',
  'command.migrate.usage': '[--json]',
  'command.migrate.details':
    'Safe to run any time: migrations already applied are skipped. The server also does this at start.',
  'command.settings.summary':
    "show or change a team's settings (expertise rules, follow-up interval, household references…)",
  'command.settings.usage': '<team-slug> [--set <file.json> | --reset] [--json]',
  'command.settings.details': [
    'Without options: the settings in force, with the ones the team changed named. Unset ones use the defaults.',
    "  --set <file.json>   replace the team's settings with this file; any problem changes nothing",
    '  --reset             go back to the defaults',
    'The file format and the defaults are described in docs/team-settings.md.',
  ].join('\n'),
  'command.audit.summary': "list a household's access log: who viewed or changed what, and when (NEN 7513)",
  'command.audit.usage': '<reference> [--team <slug>] [--since YYYY-MM-DD] [--json]',
  'command.audit.details': [
    'Every view, change, export and refusal of the household, oldest first, with who (and on whose behalf),',
    'what kind of data, through which channel (Slack, Teams, try-out, command line, import, calendar feed)',
    'and the outcome. Times are in TIME_ZONE. This listing is itself recorded in the log.',
    '  --team <slug>        the team, when several teams have a household with this reference',
    '  --since YYYY-MM-DD   only entries from that day on',
  ].join('\n'),
  'settings.set-and-reset': 'Use --set or --reset, not both.',
  'settings.unknown-team': 'No team has the slug "{slug}".',
  'settings.current': 'Settings of team {slug}:',
  'settings.saved': 'Saved the settings of team {slug}:',
  'settings.reset': 'Team {slug} uses the default settings again:',
  'settings.stored-invalid':
    'The stored settings are not valid any more; the defaults are used until they are set again.',
  'settings.customised': 'Changed by the team: {keys}',
  'settings.none': 'nothing (all defaults)',
  'settings.no-such-file': 'the file does not exist',
  'settings.file-unreadable': 'Cannot read {file}: {reason}',
  'settings.not-json': '{file} is not valid JSON: {reason}',
  'settings.not-an-object': '{file} must hold one JSON object, such as {"followUpWeeks": 8}.',
  'settings.invalid': '{file} has {count} problem(s); nothing was changed:',
  'command.action.summary':
    'record an action for a household, or mark one done, cancelled, blocked, snoozed or reassigned',
  'command.action.usage':
    'add <reference> --owner <key> --due <date or words> --text "…" [--domain <code>] [--team <slug>] [--as <key>] | done|cancel|block|unblock|snooze|reassign <action-id> [--reason …] [--by …] [--until …] [--to <key>] [--as <key>]',
  'command.action.details': [
    'The same use cases as the chat commands actie / action, through the same access rule.',
    'Without --as the operator acts (logged as such); with --as <key> the command is done as that professional.',
    "  --owner <key>    the professional who does it: an active member of the household's team",
    '  --due <date>     YYYY-MM-DD or words in the language of --lang ("vrijdag", "over 2 weken", "friday");',
    '                   a day the owner does not work, or a public holiday, moves to their working day before',
    '  --text "…"       what will be done (at most 500 characters)',
    '  --domain <code>  the life domain, e.g. financien or huisvesting',
    '  --reason …       why it is cancelled or blocked (needed for cancel and block)',
    '  --by …           who or what a blocked action waits for (another organisation, a department)',
    '  --until <date>   snooze: no reminders before this day (YYYY-MM-DD or words)',
    '  --to <key>       reassign: the new owner',
  ].join('\n'),
  'command.actions.summary':
    'list open actions, overdue first, with the working days each blocked one has waited',
  'command.actions.usage': '[--team <slug>] [--owner <key>] [--overdue] [--json]',
  'command.actions.details': [
    'Open and blocked actions of every team, overdue first, then by due date (dates in TIME_ZONE).',
    "  --team <slug>   only this team's households",
    "  --owner <key>   only this professional's actions",
    '  --overdue       only actions whose due date has passed',
  ].join('\n'),
  'command.absence.summary': 'record leave for a professional, with a deputy',
  'command.absence.usage': '<key> --from YYYY-MM-DD --to YYYY-MM-DD [--deputy <key>] [--as <key>] [--json]',
  'command.absence.details': [
    'Both days are included. Planning leaves the person out on those days; reminders of their actions go to the',
    'deputy (or else the coordinator). At most a year; the last day not in the past.',
    'With --as <key> only the person themself or a coach of their team may record it.',
  ].join('\n'),
  'command.decline.summary': "say you cannot come to a household's next case conference; starts the rescue",
  'command.decline.usage': '<household> --as <key> [--reason <text>] [--json]',
  'command.decline.details': [
    'Records the decline with its reason and prints the rescue step it started: the conference goes on when',
    'someone else brings your discipline; otherwise the organiser and coordinator get free deputies, a',
    'shorter online meeting or a postponement to choose from. You are asked for written input either way.',
  ].join('\n'),
  'command.cancel.summary': "cancel a household's next case conference (coordinator or team coach only)",
  'command.cancel.usage': '<household> --as <key> --reason <code> [--json]',
  'command.cancel.details': [
    'Reasons: {reasons}. Refused (exit 1) for anyone but the household coordinator or a team coach.',
    'Everyone invited is told and their calendar link cancels the event; niet-meer-nodig also closes the plan.',
  ].join('\n'),
  'command.postpone.summary':
    "move a household's next case conference to the earliest time everyone required can come",
  'command.postpone.usage': '<household> --as <key> [--json]',
  'command.postpone.details': [
    'Within the team setting protection.maxDelayWorkingDays (default 10) after the first agreed start; the',
    'same invitation (UID) with a higher SEQUENCE, and everyone is asked to confirm. Exit 1 when no time fits.',
    'For the coordinator, the organiser or a team coach.',
  ].join('\n'),
  'command.stats.summary':
    'protection figures: conferences held as planned, with a deputy or written input, postponed, cancelled',
  'command.stats.usage': '[--team <slug>] [--weeks N] [--json]',
  'command.stats.details': [
    'Counts the case conferences whose first agreed start lies in the last N weeks (default {weeks}): held as',
    'planned, held with a deputy, held with written input, postponed (with the median delay in working days),',
    'cancelled, and why people declined and conferences were cancelled. Without --team: every team.',
    'Counts only: no household, person or reason in their own words. Definitions: docs/protection.md.',
    '  --team <slug>   only this team',
    '  --weeks N       the window in weeks, 1 to 520',
  ].join('\n'),
  'command.rotation.summary': "show the coming turns of the team's rotations, or set them up from a file",
  'command.rotation.usage':
    'show [--team <slug>] [--weeks N] [--from YYYY-MM-DD] [--json] | set --file <file.json> [--team <slug>] | override --role <role> --date YYYY-MM-DD --member <key>',
  'command.rotation.details': [
    'show: per role (chair, minute-taker, intake duty…) who holds each turn in the coming N weeks (default',
    '{weeks}), and why someone stands in (absence, swap, set by the coach).',
    "set: the team's roles become the file's (roles left out are switched off, their history kept). Any problem",
    'saves nothing and every problem is named. The file format and the rules: docs/rotations.md.',
    '  --team <slug>   the team (needed when there are several; set also reads "team" from the file)',
    '  --weeks N       show this many weeks, 1 to 52',
    '  --file <file>   the rotations to set',
    'override: give one turn to someone else (reason "override"): --role <role> --date YYYY-MM-DD --member <key>.',
  ].join('\n'),
  'command.conference.summary':
    "list a household's case conferences: attendees, their answers, declines and rescues",
  'command.conference.usage': '<reference> [--team <slug>] [--as <professional key>] [--json]',
  'command.conference.details': [
    'Upcoming conferences first (soonest first), then earlier ones (latest first), each with its attendees',
    '(role, discipline, answer, whom a deputy stands in for, why someone declined) and its protection ledger:',
    'declines, rescue steps, postponements and a cancellation, with who, reason and lead time. Times are in',
    'TIME_ZONE. Without --as you read as the operator; every read is recorded in the access log.',
    '  --team <slug>   the team, when several teams have a household with this reference',
    '  --as <key>      read as this professional, with their access (as in chat)',
  ].join('\n'),
  'command.digest.summary': "preview a team's weekly digest: every section as the channel gets it",
  'command.digest.usage': '[--team <slug>] [--at <ISO time>] [--json]',
  'command.digest.details': [
    'Builds the weekly digest of the week --at (default now) lies in, as it stands at that moment: conferences',
    'with quorum, actions due and overdue per owner, blocked too long, done last week, protection figures,',
    "households needing attention, this week's turns. Nothing is written or sent; households by reference only.",
    'With --json: { team, week, sections: { conferences, due, overdue, blocked, done, protection, attention, rotation } }.',
    'When and how it is sent: docs/digest.md.',
  ].join('\n'),
  'command.nudges.summary': 'show (or send) the nudges due at a moment: to whom, which actions',
  'command.nudges.usage': '[--at <ISO time>] [--dry-run] [--json]',
  'command.nudges.details': [
    'Runs the nudge sweep as the quarter-hourly job does at that moment (--at, default now): each bundled',
    'reminder or escalation, to whom (roster key) and about which actions. With --dry-run nothing is written or',
    'sent; without it the messages are queued and recorded, exactly as by the job, once per person, kind and day.',
    'Action texts are never printed. The rules and settings: docs/team-settings.md (nudges).',
  ].join('\n'),
  'nudges.bad-at': '--at expects a moment such as 2026-12-04T09:00:00+01:00, got "{value}"',
  'nudges.heading.dry-run': 'Nudges due at {at} (dry run, nothing sent): {count} message(s).',
  'nudges.heading.sent': 'Nudges sent at {at}: {count} message(s).',
  'nudges.none': 'Nothing is due at that moment.',
  'nudges.message': '  {name} ({key}), {kind}: {items}',
  'nudges.kind.nudge': 'reminder',
  'nudges.kind.escalation': 'escalation',
  'nudges.item': '{reference} {step}',
  'nudges.item.instead-of': '{reference} {step} (instead of {key})',
  'command.jobs.summary': 'show the timed jobs by state, and the failed ones with their error',
  'command.jobs.usage': '[--limit N] [--json]',
  'command.jobs.details':
    'Failed jobs are kept for inspection; payloads are never shown (they may hold care data).',
  'jobs.counts': 'Jobs: {queued} queued, {running} running, {completed} completed, {failed} failed.',
  'jobs.none-failed': 'No failed jobs.',
  'jobs.failed-heading': 'Failed jobs (newest first, {shown} shown):',
  'jobs.failed-line': '  {name} {key}: {attempts} attempts, last planned {at}: {error}',
  'jobs.bad-limit': '--limit expects a whole number from 1 to 1000, got "{value}"',
  'command.plan.summary': 'propose who must be at the table for a household, and the three earliest slots',
  'command.plan.usage':
    '<reference> [--from YYYY-MM-DD] [--location home|office|online] [--team <slug>] [--as <professional key>] [--json]',
  'command.plan.details':
    "Uses the household's latest ZRM scores, the expertise rules, consent, contract days, absences, existing conferences and Dutch public holidays. Times are in TIME_ZONE. With --as the proposal is shown only if that professional may see it in chat; every look is in the access log.",
  'plan.bad-from': '--from expects a date YYYY-MM-DD, got "{value}"',
  'plan.unknown-household': 'No household has the reference "{reference}".',
  'plan.ambiguous-household': 'Several teams have a household "{reference}"; this is not supported yet.',
  'plan.heading': 'Case conference for {reference}:',
  'plan.required': '  required disciplines: {disciplines}',
  'plan.attendee-involved': '  {name} ({discipline}), already involved',
  'plan.attendee-new': '  {name} ({discipline}), new to this household',
  'plan.gap.no-one-has-it':
    '  nobody in the team brings {discipline}: recruit someone, or ask a deputy from another organisation',
  'plan.gap.no-consent':
    '  {discipline} only in organisations without consent: ask the household for consent',
  'plan.gap.not-available': '  everyone with {discipline} is away: ask a deputy',
  'plan.no-slots': '  no common slot in the next {days} working days',
  'plan.slot': '  slot: {start} – {end}',
  'plan.bad-location': '--location expects home, office or online, got "{value}"',
  'plan.unknown-team': 'No team has the slug "{slug}".',
  'plan.attendee-optional': '  {name} ({discipline}), optional',
  'plan.consolidation':
    '  too many helpers ({count} involved): this becomes a consolidation conference (one coordinator, one plan)',
  'plan.suggested-coordinator': '  suggested coordinator: {name}',
  'plan.unreadable-calendars': '  could not read the calendar of {names}: the slots may clash with it',
  'plan.invited-resident': '  the resident is invited too',
  'plan.invited-network': "  the resident's network is invited too",
  'command.invite.summary': 'book a case conference for a household at a slot and send the invitations',
  'command.invite.usage':
    '<reference> --slot <start, e.g. 2026-12-01T09:00:00+01:00> [--location home|office|online] [--team <slug>] [--as <professional key>] [--another] [--json]',
  'command.invite.details':
    'Books as the chat does: availability is checked again, a slot that is no longer free is refused with the proposed slots, and booking the same start twice books once. The organizer is --as, else the coordinator.',
  'invite.missing-slot': '--slot is needed: the start with its UTC offset, e.g. 2026-12-01T09:00:00+01:00',
  'invite.bad-slot':
    '--slot expects a start with its UTC offset such as 2026-12-01T09:00:00+01:00, got "{value}"',
  'invite.unknown-professional': 'No professional has the key "{key}".',
  'invite.no-organizer': '{reference} has no coordinator: say who books it with --as <professional key>.',
  'invite.booked':
    'Case conference for {reference} booked: {start} – {end}, {location}. {count} invited; the invitations are on their way.',
  'invite.attendee': '  {name} ({discipline}), {role}',
  'invite.already-planned': '{reference} already has a case conference at {start}; nothing new was booked.',
  'invite.not-now':
    '{reference} already has a case conference still to come; nothing was booked. Add --another to book a second one, or move it with plan {reference} in chat.',
  'invite.plan-closed':
    'The plan of {reference} is closed; nothing was booked. Reopen it in the household view first.',
  'invite.taken': 'Not everyone needed for {reference} is free at {start}. Proposed instead:',
  'role.coordinator': 'coordinator',
  'role.required': 'required',
  'role.optional': 'optional',
  'location.home': "at the household's home",
  'location.office': 'at the office',
  'location.online': 'online',
  'command.seed-demo.summary': 'add the fictional demo team "Buurtteam Oost" to an empty database',
  'command.seed-demo.usage': '[--force] [--json]',
  'command.seed-demo.details': [
    'The server does this by itself when it starts on an empty database (no teams).',
    'Refuses when the database already has teams, so the demo never mixes with real ones by accident;',
    '--force adds the demo team (slug "{slug}") anyway, or puts an edited demo back as it was.',
    'Running it again changes nothing.',
  ].join('\n'),

  'usage.line': 'Usage: {usage}',
  'usage.hint': 'Usage: {usage}   (casus help lists the commands)',
  'usage.general': 'casus <command> [options]',
  'usage.no-command': 'expected a command',
  'usage.unknown-command': 'unknown command "{word}"',
  'usage.unknown-command-near': 'unknown command "{word}" (did you mean "{suggestion}"?)',
  'usage.missing-argument': 'missing argument',
  'usage.unexpected-argument': 'unexpected argument "{argument}"',
  'usage.unknown-option': "Unknown option '{option}'",
  'usage.option-needs-value': "Option '{option}' needs a value",
  'usage.option-takes-no-value': "Option '{option}' does not take a value",
  'usage.bad-options': 'the options are not valid',
  'usage.bad-lang': '--lang {value} is not a language; expected nl or en',
  'usage.bad-format': '--format {value} is not a format; expected json or csv',
  'usage.unknown-format':
    'cannot tell the format of {file}; expected a .json or .csv file, or --format json|csv',

  'error.config': 'the configuration has problems',
  'error.unexpected': 'unexpected error: {reason}',
  // By the code of the CodedError.
  'failure.database-unavailable':
    'cannot use the {database} database: {reason}; check DATABASE_URL (unset means the embedded database in DATA_DIR)',
  'failure.migration-failed': 'Applying migrations failed: {reason}',
  'failure.data-dir-in-use':
    'The embedded database in {dataDir} is in use by process {pid}. Stop it first, or set DATABASE_URL to a PostgreSQL server to run several instances.',

  // Fills {database}.
  'database.embedded': 'embedded',
  'database.postgres': 'postgres',

  'section.teams': 'teams',
  'section.organisations': 'organisations',
  'section.disciplines': 'disciplines',
  'section.professionals': 'professionals',
  'section.households': 'households',
  'counts.line': '{created} created, {updated} updated, {unchanged} unchanged',

  'import.file-unreadable': 'Cannot read {file}: {reason}.',
  'import.file-missing': 'no such file',
  'import.file-no-access': 'no permission to read it',
  'import.file-is-directory': 'it is a directory',
  'import.invalid.one': '{files}: 1 problem found; nothing was imported.',
  'import.invalid.other': '{files}: {count} problems found; nothing was imported.',
  'import.checked': '{files} is valid; importing it would give:',
  'import.imported': 'Imported {files}:',

  'migrate.up-to-date': 'The {database} database is up to date: no migrations to apply.',
  'migrate.applied.one': 'Applied 1 migration to the {database} database:',
  'migrate.applied.other': 'Applied {count} migrations to the {database} database:',
  'migrate.progress': 'applied migration {name}',

  'seed-demo.not-empty':
    'The database already has teams, so the demo team was not added. Use --force to add it anyway.',
  'seed-demo.unchanged': 'The demo team "{slug}" is already there, unchanged.',
  'seed-demo.seeded': 'Seeded the fictional demo team "{slug}" (Buurtteam Oost):',
};

export type CliMessageKey = keyof typeof en;

export type CliCatalogue = Record<CliMessageKey, string>;
