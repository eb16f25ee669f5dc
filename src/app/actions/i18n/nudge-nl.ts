import type { NudgeCatalogue } from './nudge-en.ts';

/** Dutch at B1 level, as the other action texts: "je", short sentences, "deadline" for a due date. */
export const nudgeNl: NudgeCatalogue = {
  'nudge.title': 'Je acties',
  'nudge.intro.one': 'Een herinnering aan een actie die je op je hebt genomen.',
  'nudge.intro.many': 'Een herinnering aan {count} acties die je op je hebt genomen.',
  'nudge.fallback': 'Herinnering aan je acties: {references}',
  'escalation.title': 'Acties die niet opschieten',
  'escalation.intro.one': 'Een actie in je team heeft aandacht nodig.',
  'escalation.intro.many': '{count} acties in je team hebben aandacht nodig.',
  'escalation.fallback': 'Acties die aandacht nodig hebben: {references}',

  'step.due-soon': 'Deadline {dueOn}.',
  'step.due-today': 'Deadline vandaag ({dueOn}).',
  'step.overdue.one': 'Te laat: de deadline was {dueOn}, 1 werkdag geleden.',
  'step.overdue.many': 'Te laat: de deadline was {dueOn}, {days} werkdagen geleden.',
  'step.overdue-escalation':
    'Actie van {owner}, deadline {dueOn}: {days} werkdag(en) te laat, {reminders} keer herinnerd.',
  'step.blocked-escalation':
    'Actie van {owner}: zit sinds {since} vast tussen organisaties ({days} werkdagen).',
  'instead-of': 'In plaats van {name}.',
  more: 'En nog {count}. Typ `acties` om al je acties te zien.',
  'more.escalation': 'En nog {count}: {references}.',

  'button.done': 'Klaar',
  'button.snooze.1': '1 dag uitstellen',
  'button.snooze.3': '3 dagen uitstellen',
  'button.snooze.7': '1 week uitstellen',
  'button.blocked': 'Zit vast…',
  'button.reassign': 'Overdragen…',
};
