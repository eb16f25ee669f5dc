/**
 * English messages of the conference's protection (docs/protection.md): declines, the rescue, postponement and
 * cancellation. Direct messages only; they name households by reference, never care details.
 */
export const en = {
  'notice.ask-input.title': 'Written input for {references}',
  'notice.ask-input.text':
    'You cannot come to the case conference about {references} ({when}). Press the button to send your written input; it goes on the agenda.',
  'notice.covered.title': '{name} cannot come: {references} goes on',
  'notice.covered.text':
    '{name} declined the case conference about {references} ({when}). Their discipline is still at the table ({names}), so it goes on. {name} is asked for written input.',
  'notice.covered.text-none':
    '{name} declined the case conference about {references} ({when}). Nobody needs to stand in for them, so it goes on. {name} is asked for written input.',
  'notice.declined-frozen.title': 'Change within 24 hours: {references}',
  'notice.declined-frozen.text':
    '{name} cannot come to the case conference about {references} ({when}). The coordinator is looking for a deputy; you will hear if anything changes.',
  'notice.deputy-frozen.title': 'Change within 24 hours: {references}',
  'notice.deputy-frozen.text':
    '{names} stands in for {name} at the case conference about {references} ({when}).',
  'notice.cancelled.title': 'Cancelled: case conference {references}',
  'notice.cancelled.text':
    'The case conference about {references} ({when}) is cancelled. Reason: {reason}. Your calendar link now removes it.',
  'rescue.title': 'Rescue the case conference {references}',
  'rescue.text':
    '{name} cannot come ({when}), and nobody else brings {discipline}. Choose how it goes on; postponing is the last resort before cancelling.',
  'rescue.frozen':
    'It starts within 24 hours: nothing moves by itself, and everyone invited hears of any change.',
  'rescue.deputies': 'Free to stand in',
  'rescue.no-deputies': 'Nobody of {discipline} is free at that time.',
  'deputy.registered': 'registered deputy',
  'deputy.colleague': 'colleague',
  'deputy.other-organisation': 'other organisation',
  'button.ask-deputy': 'Ask {name}',
  'button.online': 'Shorter and online',
  'button.postpone': 'Postpone',
  'button.cancel': 'Cancel…',
  'button.written-input': 'Send written input',
  'reason.ziekte': 'illness',
  'reason.crisis-elders': 'a crisis elsewhere',
  'reason.capaciteit': 'capacity',
  'reason.niet-meer-nodig': 'no longer needed',
  'reason.huishouden-zegt-af': 'the household cancelled',
  'reason.anders': 'other',
  'answer.declined.covered':
    'You declined the case conference about {references} ({when}). Your discipline is still at the table, so it goes on. Please send written input.',
  'answer.declined.gap':
    'You declined the case conference about {references} ({when}). {asked} will look for a deputy; please send written input.',
  'answer.declined.gap-nobody':
    'You declined the case conference about {references} ({when}). Nobody could be asked to find a deputy: tell the coordinator yourself. Please send written input.',
  'answer.declined.unchanged': 'You had already declined the case conference about {references}.',
  'answer.why': 'Why can you not come? It helps the team see what gets in the way.',
  'answer.reason-saved': 'Thank you: noted as "{reason}".',
  'answer.deputy-added':
    '{name} stands in at the case conference about {references} ({when}) and got an invitation.',
  'answer.made-online':
    'The case conference about {references} is now shorter and online ({when}); everyone got the changed invitation.',
  'answer.postponed':
    'The case conference about {references} moved to {when} ({days} working days later); everyone is asked to confirm the new time.',
  'answer.no-slot':
    'There is no time before {latest} when everyone required can come. Only the coordinator or a team coach can cancel now, with a reason.',
  'answer.cancelled':
    'The case conference about {references} is cancelled ({reason}). Everyone invited has been told.',
  'answer.cancelled-plan-closed':
    'The case conference about {references} is cancelled ({reason}). The plan is closed, so no follow-up is proposed.',
  'answer.cancel-why': 'Why is the case conference about {references} cancelled?',
  'answer.input-saved': 'Your written input for {references} is on the agenda.',
  'answer.stale': 'This conference changed since these buttons were sent. Look at it again.',
  'answer.deputy-unavailable':
    'That person is no longer free, or someone already stands in. Look at the conference again.',
  'refusal.not-found': 'I cannot find that case conference.',
  'refusal.not-invited': 'You are not invited to this case conference.',
  'refusal.cancelled': 'This case conference was cancelled.',
  'refusal.past': 'This case conference has already started or taken place.',
  'refusal.coordinator-or-coach':
    'Only the coordinator of the household or a team coach can cancel a case conference.',
  'refusal.coordinator-organizer-or-coach':
    'Only the coordinator, the organiser or a team coach can choose how a case conference goes on.',
  'refusal.no-conference': 'There is no upcoming case conference for {reference}.',
  'refusal.usage-decline': 'Type `decline <household> [reason]`, e.g. `decline HH-2041 illness`.',
  'refusal.usage-input': 'Write your input in the form: at least one character, at most 2,000.',
  'form.input.title': 'Written input {references}',
  'form.input.field': 'Your input for the agenda',
  'form.input.submit': 'Send',
  'cli.as-required': 'Say who you are with --as <key>: declining, moving and cancelling depend on who asks.',
  'cli.unknown-professional': 'Nobody has the key "{key}".',
  'cli.bad-reason': 'Unknown reason "{value}". Use one of: {reasons}.',
  'notice.answer-please.title': 'Please answer: case conference {references}',
  'notice.answer-please.text':
    'The case conference about {references} ({when}) needs your discipline, and you have not answered yet. Accept or decline on the invitation, so the coordinator knows in time.',
  'rescue.text-unconfirmed':
    'Nobody has confirmed {discipline} yet for {when}: {name} has not answered. Choose how it goes on if they cannot come; postponing is the last resort before cancelling.',
  'answer.declined.short':
    'Noted: you cannot come to the case conference about {references}. The rest is in your direct messages.',
  'answer.postponed-one':
    'The case conference about {references} moved to {when} (the next working day); everyone is asked to confirm the new time.',
};
