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

  'problem.empty-text': 'Beschrijf de actie (wat er gedaan wordt).',
  'problem.text-too-long': 'De tekst is te lang: hoogstens {max} tekens.',
  'problem.owner-not-in-team': '{name} is geen actief lid van het team van dit huishouden.',
  'problem.unknown-action': 'Ik ken die actie niet. Misschien is hij verwijderd.',
  'problem.unknown-conference': 'Ik ken dat casusoverleg niet.',
  'problem.already-done': 'Deze actie is al gedaan door {name} op {at}.',
  'problem.already-done.nobody': 'Deze actie is al gedaan op {at}.',
  'problem.already-cancelled': 'Deze actie is geschrapt.',
  'problem.conflict':
    'Iemand heeft deze actie net veranderd. Bekijk hem opnieuw en probeer het nog een keer.',
  'problem.same-owner': 'Die collega heeft deze actie al. Kies iemand anders.',
  'problem.not-blocked': 'Deze actie zit niet vast.',
  'problem.snooze-date.in-the-past': 'Die dag is al voorbij. Stel uit tot een dag vanaf vandaag.',
  'problem.snooze-date.too-far-ahead': 'Stel hoogstens een jaar uit.',
  'problem.absence-dates.end-before-start': 'De laatste dag van de afwezigheid ligt voor de eerste dag.',
  'problem.absence-dates.in-the-past': 'De afwezigheid is al voorbij. Geef data vanaf vandaag.',
  'problem.absence-dates.too-long': 'Een afwezigheid duurt hoogstens een jaar. Voer een langere in delen in.',
  'problem.deputy-is-self': 'Een vervanger is iemand anders: kies een andere collega.',
  'problem.ambiguous-household':
    'Meer dan één team heeft een huishouden {reference}. Zeg welk team (in de opdrachtregel: --team).',
  'problem.household-not-in-conference': 'Huishouden {reference} is niet besproken in dit casusoverleg.',
  'problem.not-an-attendee': '{name} was niet uitgenodigd voor dit casusoverleg.',
  'problem.unknown-decision': 'Besluit {index} bestaat niet voor dit huishouden.',
  'problem.unknown-person': 'Ik ken geen actieve collega "{key}".',
  'problem.absence-not-allowed': 'Alleen de persoon zelf of een teamcoach kan deze afwezigheid invoeren.',
};
