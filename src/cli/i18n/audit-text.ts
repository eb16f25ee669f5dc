import { translator } from '../../app/i18n/translate.ts';

/** The messages of `casus audit` (src/cli/commands/audit.ts); the log's own words are the app's. */
const en = {
  'bad-since': '--since expects a date YYYY-MM-DD, got "{value}"',
  'unknown-team': 'No team has the slug "{slug}".',
  'unknown-household': 'No household has the reference "{reference}".',
  'ambiguous-household':
    'Several teams have a household "{reference}" ({teams}); name one with --team <slug>.',
  heading: 'Access log of {reference} (team {team}), oldest first:',
  'heading-since': 'Access log of {reference} (team {team}) since {since}, oldest first:',
  empty: '  nothing recorded',
};

const nl: Record<keyof typeof en, string> = {
  'bad-since': '--since verwacht een datum JJJJ-MM-DD, niet "{value}"',
  'unknown-team': 'Er is geen team met de slug "{slug}".',
  'unknown-household': 'Geen huishouden heeft de referentie "{reference}".',
  'ambiguous-household':
    'Meer teams hebben een huishouden "{reference}" ({teams}); kies er een met --team <slug>.',
  heading: 'Inzagelog van {reference} (team {team}), oudste eerst:',
  'heading-since': 'Inzagelog van {reference} (team {team}) vanaf {since}, oudste eerst:',
  empty: '  niets vastgelegd',
};

export const auditText = translator<keyof typeof en>({ nl, en });
