import type { AccessMessageKey } from './en.ts';

export const nl: Record<AccessMessageKey, string> = {
  'unknown-person': 'Ik weet nog niet wie je bent. Vraag je beheerder om je account aan casus te koppelen.',
  'no-team': 'Je bent nog geen lid van een team. Vraag je beheerder om je toe te voegen.',
  'not-found': "Ik kan huishouden '{reference}' niet vinden in je teams. Controleer de referentie.",
  'not-found-button': 'Ik kan dit huishouden niet meer vinden.',
  'reference-only': 'Alleen het casusteam van {reference} ziet meer. Vraag het de regisseur, {name}.',
  'reference-only.no-coordinator':
    'Alleen het casusteam van {reference} ziet meer. Het heeft nog geen regisseur: vraag het een coach van je team.',
  'shared-conversation':
    'Huishouden {reference}. Details zie je alleen in een privébericht aan casus (of met /casus, dat alleen jij ziet), nooit in een kanaal.',
  'not-allowed': 'Dit kun je niet doen voor {reference}. Vraag het de regisseur, {name}.',
  'not-allowed.no-coordinator': 'Dit kun je niet doen voor {reference}. Vraag het een coach van je team.',
};
