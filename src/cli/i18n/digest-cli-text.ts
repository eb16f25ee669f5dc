import { type MessageParams, translator } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';

/** The messages of `casus digest` (src/cli/commands/digest.ts); its help is in en.ts / nl.ts. */
const en = {
  'unknown-team': 'No team has the slug "{slug}".',
  'which-team': 'Several teams exist; name one with --team ({slugs}).',
  'no-team': 'There is no team yet.',
  'bad-at': '--at expects a moment such as 2026-12-07T08:30:00+01:00, got "{value}"',
  heading: 'Weekly digest of team {team}, week {week} (planned {planned}){sent}:',
  'sent.yes': ', already sent',
  'sent.no': ', not sent yet',
  conferences: '  Case conferences this week: {count} ({incomplete} not yet complete)',
  due: '  Actions due this week: {count}, of {owners} people',
  overdue: '  Overdue actions: {count}, of {owners} people',
  blocked: '  Blocked too long: {count}',
  done: '  Done last week: {count}, by {people} people',
  protection:
    '  Last week: {planned} planned, {held} held as planned, {deputy} with a deputy, {written} with written input, {postponed} postponed, {cancelled} cancelled',
  attention: '  Needs attention: {stale} without a conference for 8 weeks, {helpers} above the helper limit',
  rotation: '  Turns this week: {count}',
};

export type DigestCliKey = keyof typeof en;

const nl: Record<DigestCliKey, string> = {
  'unknown-team': 'Geen team heeft de slug "{slug}".',
  'which-team': 'Er zijn meerdere teams; noem er een met --team ({slugs}).',
  'no-team': 'Er is nog geen team.',
  'bad-at': '--at verwacht een moment zoals 2026-12-07T08:30:00+01:00, niet "{value}"',
  heading: 'Weekoverzicht van team {team}, week {week} (gepland {planned}){sent}:',
  'sent.yes': ', al verstuurd',
  'sent.no': ', nog niet verstuurd',
  conferences: '  Overleggen deze week: {count} ({incomplete} nog niet compleet)',
  due: '  Acties met deadline deze week: {count}, van {owners} mensen',
  overdue: '  Acties over de deadline: {count}, van {owners} mensen',
  blocked: '  Te lang geblokkeerd: {count}',
  done: '  Vorige week gedaan: {count}, door {people} mensen',
  protection:
    '  Vorige week: {planned} gepland, {held} doorgegaan zoals gepland, {deputy} met een vervanger, {written} met schriftelijke inbreng, {postponed} uitgesteld, {cancelled} afgezegd',
  attention: '  Let op: {stale} al 8 weken zonder overleg, {helpers} boven de grens voor hulpverleners',
  rotation: '  Beurten deze week: {count}',
};

const translate = translator<DigestCliKey>({ nl, en });

export function digestCliText(locale: Locale, key: DigestCliKey, params?: MessageParams): string {
  return translate(locale, key, params);
}
