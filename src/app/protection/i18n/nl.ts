import type { en } from './en.ts';

/** Dutch messages of the conference's protection; the keys are the English catalogue's. */
export const nl: Record<keyof typeof en, string> = {
  'notice.ask-input.title': 'Schriftelijke inbreng voor {references}',
  'notice.ask-input.text':
    'Je kunt niet bij het casusoverleg over {references} ({when}). Druk op de knop om je schriftelijke inbreng te sturen; die komt op de agenda.',
  'notice.covered.title': '{name} kan niet: {references} gaat door',
  'notice.covered.text':
    '{name} heeft zich afgemeld voor het casusoverleg over {references} ({when}). De discipline zit nog aan tafel ({names}), dus het gaat door. {name} is om schriftelijke inbreng gevraagd.',
  'notice.covered.text-none':
    '{name} heeft zich afgemeld voor het casusoverleg over {references} ({when}). Niemand hoeft in te vallen, dus het gaat door. {name} is om schriftelijke inbreng gevraagd.',
  'notice.declined-frozen.title': 'Wijziging binnen 24 uur: {references}',
  'notice.declined-frozen.text':
    '{name} kan niet bij het casusoverleg over {references} ({when}). De regisseur zoekt een vervanger; je hoort het als er iets verandert.',
  'notice.deputy-frozen.title': 'Wijziging binnen 24 uur: {references}',
  'notice.deputy-frozen.text': '{names} vervangt {name} bij het casusoverleg over {references} ({when}).',
  'notice.cancelled.title': 'Afgezegd: casusoverleg {references}',
  'notice.cancelled.text':
    'Het casusoverleg over {references} ({when}) is afgezegd. Reden: {reason}. Je agendalink haalt het nu weg.',
  'rescue.title': 'Red het casusoverleg {references}',
  'rescue.text':
    '{name} kan niet ({when}), en niemand anders brengt {discipline} in. Kies hoe het doorgaat; uitstellen is het laatste redmiddel vóór afzeggen.',
  'rescue.frozen':
    'Het begint binnen 24 uur: er verschuift niets vanzelf, en iedereen die is uitgenodigd hoort elke wijziging.',
  'rescue.deputies': 'Vrij om in te vallen',
  'rescue.no-deputies': 'Niemand van {discipline} is op dat moment vrij.',
  'deputy.registered': 'vaste vervanger',
  'deputy.colleague': 'collega',
  'deputy.other-organisation': 'andere organisatie',
  'button.ask-deputy': 'Vraag {name}',
  'button.online': 'Korter en online',
  'button.postpone': 'Uitstellen',
  'button.cancel': 'Afzeggen…',
  'button.written-input': 'Stuur schriftelijke inbreng',
  'reason.ziekte': 'ziekte',
  'reason.crisis-elders': 'crisis elders',
  'reason.capaciteit': 'capaciteit',
  'reason.niet-meer-nodig': 'niet meer nodig',
  'reason.huishouden-zegt-af': 'huishouden zegt af',
  'reason.anders': 'anders',
  'answer.declined.covered':
    'Je bent afgemeld voor het casusoverleg over {references} ({when}). Je discipline zit nog aan tafel, dus het gaat door. Stuur je schriftelijke inbreng.',
  'answer.declined.gap':
    'Je bent afgemeld voor het casusoverleg over {references} ({when}). {asked} zoekt een vervanger; stuur je schriftelijke inbreng.',
  'answer.declined.gap-nobody':
    'Je bent afgemeld voor het casusoverleg over {references} ({when}). Er is niemand die een vervanger kan zoeken: laat het de regisseur zelf weten. Stuur je schriftelijke inbreng.',
  'answer.declined.unchanged': 'Je had je al afgemeld voor het casusoverleg over {references}.',
  'answer.why': 'Waarom kun je niet? Dat helpt het team te zien wat in de weg zit.',
  'answer.reason-saved': 'Dank je: genoteerd als "{reason}".',
  'answer.deputy-added':
    '{name} valt in bij het casusoverleg over {references} ({when}) en heeft een uitnodiging gekregen.',
  'answer.made-online':
    'Het casusoverleg over {references} is nu korter en online ({when}); iedereen heeft de gewijzigde uitnodiging.',
  'answer.postponed':
    'Het casusoverleg over {references} is verplaatst naar {when} ({days} werkdagen later); iedereen wordt gevraagd de nieuwe tijd te bevestigen.',
  'answer.no-slot':
    'Er is vóór {latest} geen moment waarop iedereen die nodig is kan. Alleen de regisseur of een teamcoach kan nu afzeggen, met een reden.',
  'answer.cancelled':
    'Het casusoverleg over {references} is afgezegd ({reason}). Iedereen die was uitgenodigd heeft bericht.',
  'answer.cancelled-plan-closed':
    'Het casusoverleg over {references} is afgezegd ({reason}). Het plan is afgesloten, dus er wordt geen vervolg voorgesteld.',
  'answer.cancel-why': 'Waarom wordt het casusoverleg over {references} afgezegd?',
  'answer.input-saved': 'Je schriftelijke inbreng voor {references} staat op de agenda.',
  'answer.stale': 'Dit overleg is veranderd sinds deze knoppen zijn verstuurd. Bekijk het opnieuw.',
  'answer.deputy-unavailable':
    'Die persoon is niet meer vrij, of er valt al iemand in. Bekijk het overleg opnieuw.',
  'refusal.not-found': 'Ik kan dat casusoverleg niet vinden.',
  'refusal.not-invited': 'Je bent niet uitgenodigd voor dit casusoverleg.',
  'refusal.cancelled': 'Dit casusoverleg is afgezegd.',
  'refusal.past': 'Dit casusoverleg is al begonnen of voorbij.',
  'refusal.coordinator-or-coach':
    'Alleen de regisseur van het huishouden of een teamcoach kan een casusoverleg afzeggen.',
  'refusal.coordinator-organizer-or-coach':
    'Alleen de regisseur, de organisator of een teamcoach kiest hoe een casusoverleg doorgaat.',
  'refusal.no-conference': 'Er is geen komend casusoverleg voor {reference}.',
  'refusal.usage-decline': 'Typ `afmelden <huishouden> [reden]`, bijvoorbeeld `afmelden HH-2041 ziekte`.',
  'refusal.usage-input': 'Schrijf je inbreng in het formulier: minstens één teken, hoogstens 2.000.',
  'form.input.title': 'Schriftelijke inbreng {references}',
  'form.input.field': 'Je inbreng voor de agenda',
  'form.input.submit': 'Versturen',
  'cli.as-required':
    'Zeg wie je bent met --as <sleutel>: afmelden, verplaatsen en afzeggen hangen af van wie het vraagt.',
  'cli.unknown-professional': 'Niemand heeft de sleutel "{key}".',
  'cli.bad-reason': 'Onbekende reden "{value}". Kies uit: {reasons}.',
  'notice.answer-please.title': 'Graag je antwoord: casusoverleg {references}',
  'notice.answer-please.text':
    'Het casusoverleg over {references} ({when}) heeft je discipline nodig, en je hebt nog niet geantwoord. Accepteer of meld je af op de uitnodiging, zodat de regisseur het op tijd weet.',
  'rescue.text-unconfirmed':
    'Nog niemand heeft {discipline} bevestigd voor {when}: {name} heeft nog niet geantwoord. Kies hoe het doorgaat als het niet lukt; uitstellen is het laatste redmiddel vóór afzeggen.',
  'answer.declined.short':
    'Genoteerd: je kunt niet bij het casusoverleg over {references}. De rest staat in je privéberichten.',
  'answer.postponed-one':
    'Het casusoverleg over {references} is verplaatst naar {when} (de volgende werkdag); iedereen wordt gevraagd de nieuwe tijd te bevestigen.',
};
