import type { PeopleCatalogue } from './en.ts';

/** Dutch at B1 level: short sentences, "je". */
export const nl: PeopleCatalogue = {
  'person.unknown': 'Ik ken geen {handle} in dit team.',
  'person.unknown.suggest': 'Ik ken geen {handle} in dit team. Bedoel je {people}?',
  'person.ambiguous':
    'In dit team passen meer mensen bij {handle}: {people}. Noem wie je bedoelt, bijvoorbeeld {example}.',
  'person.not-in-team': '{person} zit niet in dit team.',
  'list.or': '{first} of {last}',
};
