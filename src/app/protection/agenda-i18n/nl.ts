import type { en } from './en.ts';

/** Dutch messages of a case conference's agenda; the keys are the English catalogue's. */
export const nl: Record<keyof typeof en, string> = {
  'agenda.title': 'Agenda casusoverleg {references}',
  'agenda.when': '{when}, {location}',
  'agenda.private':
    'Alleen voor wie bij dit casusoverleg is uitgenodigd: niet doorsturen of in een kanaal zetten.',
  'agenda.duties': 'Voorzitter: {chair} · Notulist: {minuteTaker}',
  'agenda.duty.open': 'nog niemand (spreek het aan het begin af)',
  'agenda.duties.none': 'Spreek aan het begin af wie voorzit en wie notuleert.',
  'agenda.you-take-minutes':
    'Jij notuleert dit overleg (volgens het rooster). Leg aanwezigheid, besluiten en acties vast met de knop.',
  'agenda.button.minutes': 'Verslag maken',
  'agenda.location.home': 'bij het huishouden thuis',
  'agenda.location.office': 'op kantoor',
  'agenda.location.online': 'online',
  'agenda.household': 'Huishouden {reference}',
  'agenda.not-discussed': 'Vorige keer niet besproken ({date}): het staat bovenaan.',
  'agenda.actions': 'Open acties',
  'agenda.no-actions': 'Geen open acties.',
  'agenda.action': '{description} ({owner})',
  'agenda.action.open': 'uiterlijk {date}',
  'agenda.action.blocked': 'geblokkeerd, uiterlijk {date}',
  'agenda.decisions': 'Laatste besluiten',
  'agenda.no-decisions': 'Nog geen besluiten.',
  'agenda.written-input': 'Schriftelijke inbreng ontvangen',
  'agenda.no-written-input': 'Geen schriftelijke inbreng ontvangen.',
  'agenda.written-input.item': '{name}: {text}',
  'agenda.carried': 'Niet besproken, doorgeschoven',
  'agenda.carried.item': 'niet besproken op {date}',
  'agenda.carried.note':
    'Deze huishoudens zijn bij hun laatste casusoverleg niet besproken en hebben nog geen eigen overleg: plan er een (`plan <referentie>`). Tot dan blijven ze op de agenda van het team staan.',
};
