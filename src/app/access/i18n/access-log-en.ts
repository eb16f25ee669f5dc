/**
 * English texts of the access log as people read it: `casus audit` and the chat's "who looked at this
 * household" (src/app/access/access-log-view.ts). Dutch (access-log-nl.ts) has exactly these keys.
 */
export const accessLogEn = {
  'kind.details': 'details',
  'kind.scores': 'scores',
  'kind.proposal': 'conference proposal',
  'kind.conference': 'case conference',
  'kind.consent': 'consent',
  'kind.history': 'history',
  'kind.access-log': 'access log',
  'kind.roster': 'roster',
  'kind.settings': 'team settings',
  'kind.calendar-feed': 'calendar link',
  'kind.actions': 'actions',
  'kind.decisions': 'decisions',
  'action.view': 'viewed',
  'action.create': 'created',
  'action.change': 'changed',
  'action.export': 'exported',
  'action.refused': 'refused',
  'channel.slack': 'Slack',
  'channel.teams': 'Teams',
  'channel.tryout': 'try-out page',
  'channel.cli': 'command line',
  'channel.import': 'import',
  'channel.calendar-feed': 'calendar feed',
  'channel.job': 'casus itself',
  'outcome.ok': 'ok',
  'outcome.reference-only': 'reference only',
  'outcome.refused': 'refused',
  'outcome.not-found': 'not found',
  'outcome.conflict': 'conflict',
  'outcome.invalid': 'invalid',
  'who.operator': 'administrator (command line)',
  'who.import': 'import',
  'who.demo-seed': 'demo data',
  'who.job': 'casus ({name})',
  'who.nobody': 'unknown',
  'who.on-behalf': '{actor} (by {operator})',
  'column.when': 'When',
  'column.who': 'Who',
  'column.what': 'What',
  'column.how': 'Through',
  'column.outcome': 'Outcome',
  'chat.title': 'Who looked at {reference}',
  'chat.intro':
    'Everyone who viewed, changed or exported this household, and when: what the resident may ask to see. Newest first.',
  'chat.line': '{when} — {who}: {kind} {action} via {channel}{outcome}',
  'chat.outcome': ' ({outcome})',
  'chat.more': '{count} older entries are not shown; `casus audit {reference}` lists them all.',
  'chat.empty': 'Nobody has looked at {reference} yet.',
  'chat.not-allowed':
    'Only the coordinator of {reference} and the team’s coaches see who looked at it. Ask {name}.',
  'chat.not-allowed.no-coordinator':
    'Only the coordinator of {reference} and the team’s coaches see who looked at it. Ask a coach of the team.',
  'chat.shared':
    'Who looked at {reference} is shown only in a private conversation. Ask me in a direct message.',
};

export type AccessLogKey = keyof typeof accessLogEn;
