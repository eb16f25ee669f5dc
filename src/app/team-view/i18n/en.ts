/** The texts of `team` (team-view-feature.ts, team-view-views.ts) and the coach's part of App Home. */
export const en = {
  'unknown-person':
    'I don’t know who you are yet. Ask your functional administrator to add your chat account.',
  'not-a-coach':
    'The team view is for team coaches. Ask your team coach if you would like to see how the team is doing.',
  'unknown-team': 'You do not coach a team called “{team}”. Your teams: {teams}.',
  title: 'Team {team}: the last {weeks} weeks',
  'home.title': 'Your team: {team}',
  'other-teams': 'You also coach {teams}: type *team <name>* to see one of them.',
  'week.label': 'W{week}',
  note: 'Counts only: no household or person is shown. Weeks run Monday to Sunday; this week counts up to now.',
  'home.more': 'All figures',

  'held.title': 'Conferences held as planned',
  'held.summary':
    'In these {weeks} weeks {held} of {planned} case conferences were held as planned ({percent}%). This week so far: {now}.',
  'held.none': 'No case conference was planned in these {weeks} weeks.',
  'completion.title': 'Working days to complete an action (median)',
  'completion.summary':
    '{done} actions were done in these {weeks} weeks, in a median of {median} working days. This week so far: {now}.',
  'completion.none': 'No action was done in these {weeks} weeks.',
  'overdue.title': 'Overdue actions at the end of each week',
  'overdue.summary': 'Overdue now: {now}. At the end of week {first}: {earlier}.',
  'helpers.title': 'Helpers per open household (average)',
  'helpers.summary':
    'Now {now} professionals per open household on average ({open} open). At the end of week {first}: {earlier}.',
  'helpers.none': 'The team has no open households.',
  'unit.working-days': ' wd',
  'no-value': 'none',
} as const;

export type TeamViewMessageKey = keyof typeof en;
export type TeamViewCatalogue = Record<TeamViewMessageKey, string>;
