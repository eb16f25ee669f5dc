import type { ActionCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je", everyday words. "Deadline" is the word teams use for a due date. */
export const nl: ActionCatalogue = {
  'due.moved.earlier.public-holiday':
    'Deadline {dueOn}: {movedFrom} is een feestdag, dus de deadline is de werkdag ervoor.',
  'due.moved.earlier.not-a-working-day':
    'Deadline {dueOn}: {owner} werkt niet op {movedFrom}, dus de deadline is de werkdag ervoor.',
  'due.moved.later.public-holiday':
    'Deadline {dueOn}: {movedFrom} is een feestdag en de werkdag ervoor is al voorbij, dus de deadline is de volgende werkdag.',
  'due.moved.later.not-a-working-day':
    'Deadline {dueOn}: {owner} werkt niet op {movedFrom} en de werkdag ervoor is al voorbij, dus de deadline is de volgende werkdag.',

  'due.problem.no-date':
    'Ik kan geen deadline lezen. Probeer bijvoorbeeld "vrijdag", "morgen", "over 2 weken", "15 januari" of "2026-12-18".',
  'due.problem.ambiguous': 'Ik lees meer dan één datum: {dates}. Geef één deadline.',
  'due.problem.in-the-past': '{dueOn} is al voorbij. Geef een deadline vanaf vandaag.',
  'due.problem.too-far-ahead':
    '{dueOn} is meer dan een jaar weg. Kijk het jaartal na, of geef een deadline binnen een jaar.',
};
