/**
 * English messages about naming a person in a command (`@sanne`). Its keys are the type the Dutch catalogue
 * must match; `{name}` marks a value filled in when the message is shown. `{handle}` is the word as typed (or
 * the platform's display name of a mentioned account), `{people}` a list such as "@sanne (Sanne de Vries)".
 */
export const en = {
  'person.unknown': 'I don’t know {handle} in this team.',
  'person.unknown.suggest': 'I don’t know {handle} in this team. Did you mean {people}?',
  'person.ambiguous':
    'More than one person in this team goes by {handle}: {people}. Please name the one you mean, e.g. {example}.',
  'person.not-in-team': '{person} is not a member of this team.',
  'list.or': '{first} or {last}',
} as const;

export type PeopleMessageKey = keyof typeof en;
export type PeopleCatalogue = Record<PeopleMessageKey, string>;
