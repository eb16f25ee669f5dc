import { type MessageParams, translator } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';

/** The messages of `casus rotation` (src/cli/commands/rotation.ts); its help is in en.ts / nl.ts. */
const en = {
  'unknown-team': 'No team has the slug "{slug}".',
  'which-team': 'Several teams exist; name one with --team ({slugs}).',
  'no-team': 'There is no team yet.',
  'bad-weeks': '--weeks expects a whole number of weeks from 1 to 52, got "{value}"',
  'bad-from': '--from expects a date YYYY-MM-DD, got "{value}"',
  'unknown-action': 'Use "casus rotation show", "set --file <file.json>" or "override", not "{action}".',
  'file-needed': '"casus rotation set" needs --file <file.json>.',
  'file-unreadable': 'Cannot read {file}: {reason}.',
  'not-json': '{file} is not JSON: {reason}',
  'bad-shape': '{file}: {path}: {message}',
  'invalid.one': '{file}: 1 problem found; nothing was saved.',
  'invalid.other': '{file}: {count} problems found; nothing was saved.',
  saved: 'Rotations of team {team} saved: {roles}.',
  heading: 'Rotations of team {team}, {weeks} weeks from {from}:',
  none: 'Team {team} has no rotations.',
  'no-turns': '  no turns',
  role: '{role}:',
  turn: '  {date}  {name} ({key}){reason}',
  'reason.absent': ' — standing in for someone away',
  'reason.swap': ' — swapped',
  'reason.override': ' — set by the coach',
  'override-needs': '"casus rotation override" needs --role <role>, --date YYYY-MM-DD and --member <key>.',
  overridden: '{name} is now {role} on {date}.',
  'override.not-a-member': '{member} is not a member of this team.',
  'override.no-turn': '{role} has no turn on {date}.',
  'override.unknown-role': 'The team has no role "{role}".',
};

export type RotationCliKey = keyof typeof en;

const nl: Record<RotationCliKey, string> = {
  'unknown-team': 'Geen team heeft de slug "{slug}".',
  'which-team': 'Er zijn meerdere teams; noem er een met --team ({slugs}).',
  'no-team': 'Er is nog geen team.',
  'bad-weeks': '--weeks verwacht een heel aantal weken van 1 tot 52, niet "{value}"',
  'bad-from': '--from verwacht een datum JJJJ-MM-DD, niet "{value}"',
  'unknown-action':
    'Gebruik "casus rotation show" of "casus rotation set --file <bestand.json>", niet "{action}".',
  'file-needed': '"casus rotation set" heeft --file <bestand.json> nodig.',
  'file-unreadable': 'Kan {file} niet lezen: {reason}.',
  'not-json': '{file} is geen JSON: {reason}',
  'bad-shape': '{file}: {path}: {message}',
  'invalid.one': '{file}: 1 probleem gevonden; er is niets opgeslagen.',
  'invalid.other': '{file}: {count} problemen gevonden; er is niets opgeslagen.',
  saved: 'Roosters van team {team} opgeslagen: {roles}.',
  heading: 'Roosters van team {team}, {weeks} weken vanaf {from}:',
  none: 'Team {team} heeft geen roosters.',
  'no-turns': '  geen beurten',
  role: '{role}:',
  turn: '  {date}  {name} ({key}){reason}',
  'reason.absent': ' — valt in voor iemand die afwezig is',
  'reason.swap': ' — geruild',
  'reason.override': ' — door de coach ingedeeld',
  'override-needs':
    '"casus rotation override" heeft --role <rol>, --date JJJJ-MM-DD en --member <sleutel> nodig.',
  overridden: '{name} is nu {role} op {date}.',
  'override.not-a-member': '{member} is geen lid van dit team.',
  'override.no-turn': '{role} heeft geen beurt op {date}.',
  'override.unknown-role': 'Het team heeft geen rol "{role}".',
};

const translate = translator<RotationCliKey>({ nl, en });

export function rotationCliText(locale: Locale, key: RotationCliKey, params?: MessageParams): string {
  return translate(locale, key, params);
}

export const rotationCliCatalogues = { nl, en };
