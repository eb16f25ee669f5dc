import type { Locale } from '../../domain/locale.ts';

/**
 * The words of the try-out page itself. The answers come from the app's catalogues; these are page
 * chrome only, so they live with the page rather than in the bot's message catalogues.
 */
export interface PageLabels {
  title: string;
  heading: string;
  intro: string;
  privacy: string;
  languageNav: string;
  conversation: string;
  inputLabel: string;
  send: string;
  you: string;
  bot: string;
  error: string;
  formsLater: string;
}

export const PAGE_LABELS: Readonly<Record<Locale, PageLabels>> = {
  nl: {
    title: 'casus — probeer het uit',
    heading: 'Probeer casus uit',
    intro: 'Praat hier met casus zoals je dat in Slack of Teams zou doen. Begin met hulp.',
    privacy: 'Alles hier is fictief. Typ geen echte namen of zorginformatie.',
    languageNav: 'Taal',
    conversation: 'Gesprek',
    inputLabel: 'Typ een commando, bijv. hulp',
    send: 'Verstuur',
    you: 'Jij',
    bot: 'casus',
    error: 'Er ging iets mis. Probeer het nog eens.',
    formsLater: 'Formulieren werken nog niet in de proefomgeving.',
  },
  en: {
    title: 'casus — try it out',
    heading: 'Try casus',
    intro: 'Talk to casus here as you would in Slack or Teams. Start with help.',
    privacy: 'Everything here is fictional. Do not type real names or care details.',
    languageNav: 'Language',
    conversation: 'Conversation',
    inputLabel: 'Type a command, e.g. help',
    send: 'Send',
    you: 'You',
    bot: 'casus',
    error: 'Something went wrong. Please try again.',
    formsLater: 'Forms do not work in the try-out yet.',
  },
};

/** Each language named in itself, so people find theirs whatever the page shows. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { nl: 'Nederlands', en: 'English' };
