/**
 * What the household door answers when it gives less than was asked. A refusal for a household outside the
 * person's teams is word for word the one for a reference that does not exist, so it reveals nothing.
 */
export const en = {
  'unknown-person': "I don't know who you are yet. Ask your administrator to link your account to casus.",
  'no-team': 'You are not a member of a team yet. Ask your administrator to add you to one.',
  'not-found': "I can't find household '{reference}' in your teams. Please check the reference.",
  'not-found-button': "I can't find this household any more.",
  'reference-only': 'Only the case team of {reference} sees more. Ask its coordinator, {name}.',
  'reference-only.no-coordinator':
    'Only the case team of {reference} sees more. It has no coordinator yet: ask a coach of your team.',
  'shared-conversation':
    'Household {reference}. Details are shown only in a direct message to casus (or with /casus, which only you see), never in a channel.',
  'not-allowed': 'You cannot do this for {reference}. Ask its coordinator, {name}.',
  'not-allowed.no-coordinator': 'You cannot do this for {reference}. Ask a coach of your team.',
} as const;

export type AccessMessageKey = keyof typeof en;
