import type { TeamViewCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. */
export const nl: TeamViewCatalogue = {
  'unknown-person':
    'Ik weet nog niet wie je bent. Vraag je functioneel beheerder om je chataccount toe te voegen.',
  'not-a-coach':
    'Het teamoverzicht is voor teamcoaches. Vraag je teamcoach als je wilt zien hoe het met het team gaat.',
  'unknown-team': 'Je bent geen coach van een team “{team}”. Jouw teams: {teams}.',
  title: 'Team {team}: de laatste {weeks} weken',
  'home.title': 'Jouw team: {team}',
  'other-teams': 'Je bent ook coach van {teams}: typ *team <naam>* om een ervan te zien.',
  'week.label': 'wk {week}',
  note: 'Alleen aantallen: er staat geen huishouden of persoon in. Een week loopt van maandag tot en met zondag; deze week telt tot nu.',
  'home.more': 'Alle cijfers',

  'held.title': 'Overleggen gehouden zoals gepland',
  'held.summary':
    'In deze {weeks} weken gingen {held} van de {planned} casusoverleggen door zoals gepland ({percent}%). Deze week tot nu: {now}.',
  'held.none': 'In deze {weeks} weken was er geen casusoverleg gepland.',
  'completion.title': 'Werkdagen tot een actie klaar is (mediaan)',
  'completion.summary':
    'In deze {weeks} weken zijn {done} acties afgerond, in een mediaan van {median} werkdagen. Deze week tot nu: {now}.',
  'completion.none': 'In deze {weeks} weken is geen actie afgerond.',
  'overdue.title': 'Acties over tijd aan het eind van elke week',
  'overdue.summary': 'Nu over tijd: {now}. Aan het eind van week {first}: {earlier}.',
  'helpers.title': 'Hulpverleners per open huishouden (gemiddeld)',
  'helpers.summary':
    'Nu gemiddeld {now} hulpverleners per open huishouden ({open} open). Aan het eind van week {first}: {earlier}.',
  'helpers.none': 'Het team heeft geen open huishoudens.',
  'unit.working-days': ' wd',
  'no-value': 'geen',
};
