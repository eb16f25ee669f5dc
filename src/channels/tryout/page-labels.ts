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
  whoLabel: string;
  whoPlaceholder: string;
  pickFirst: string;
  conversations: string;
  teamChannel: string;
  teamChannelNote: string;
  directMessages: string;
  directMessagesNote: string;
  inputLabel: string;
  send: string;
  you: string;
  bot: string;
  error: string;
  /** A required multiselect with nothing chosen. */
  pickOne: string;
  liveLost: string;
  /** The 400 answer for a `professionalKey` the roster does not know. */
  unknownProfessional: string;
}

export const PAGE_LABELS: Readonly<Record<Locale, PageLabels>> = {
  nl: {
    title: 'casus — probeer het uit',
    heading: 'Probeer casus uit',
    intro:
      'Praat hier met casus zoals je dat in Slack of Teams zou doen. Kies wie je bent en begin met hulp.',
    privacy: 'Alles hier is fictief. Typ geen echte namen of zorginformatie.',
    languageNav: 'Taal',
    whoLabel: 'Wie ben jij?',
    whoPlaceholder: 'Kies een fictieve professional',
    pickFirst: 'Kies eerst wie je bent; daarna kun je typen.',
    conversations: 'Gesprekken',
    teamChannel: 'Teamkanaal',
    teamChannelNote: 'Aankondigingen en het weekoverzicht van het team komen hier binnen.',
    directMessages: 'Privéberichten',
    directMessagesNote: 'Jouw gesprek met casus. Herinneringen voor jou komen hier ook binnen.',
    inputLabel: 'Typ een commando, bijv. hulp',
    send: 'Verstuur',
    you: 'Jij',
    bot: 'casus',
    error: 'Er ging iets mis. Probeer het nog eens.',
    pickOne: 'Kies er minstens één.',
    liveLost: 'Nieuwe berichten komen niet meer vanzelf binnen. Laad de pagina opnieuw.',
    unknownProfessional:
      'Deze professional bestaat niet (meer) in de proefomgeving. Kies iemand uit de lijst.',
  },
  en: {
    title: 'casus — try it out',
    heading: 'Try casus',
    intro: 'Talk to casus here as you would in Slack or Teams. Pick who you are and start with help.',
    privacy: 'Everything here is fictional. Do not type real names or care details.',
    languageNav: 'Language',
    whoLabel: 'Who are you?',
    whoPlaceholder: 'Pick a fictional professional',
    pickFirst: 'First pick who you are; then you can type.',
    conversations: 'Conversations',
    teamChannel: 'Team channel',
    teamChannelNote: 'Team announcements and the weekly digest arrive here.',
    directMessages: 'Direct messages',
    directMessagesNote: 'Your conversation with casus. Reminders for you arrive here too.',
    inputLabel: 'Type a command, e.g. help',
    send: 'Send',
    you: 'You',
    bot: 'casus',
    error: 'Something went wrong. Please try again.',
    pickOne: 'Choose at least one.',
    liveLost: 'New messages no longer arrive by themselves. Reload the page.',
    unknownProfessional:
      'This professional does not exist in the try-out (any more). Pick someone from the list.',
  },
};

/** Each language named in itself, so people find theirs whatever the page shows. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { nl: 'Nederlands', en: 'English' };
