import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/app/router.ts';
import type { Locale } from '../../src/domain/locale.ts';
import { encodeActionValue } from '../../src/views/action-payload.ts';
import type { View } from '../../src/views/view-model.ts';
import { buttonsOf, visibleText } from './view-text.ts';

const actor = { professionalId: 'p-1', displayName: 'Sanne' };
const router = createRouter();
const say = (text: string, locale: Locale = 'nl') => router.handleText({ text, locale, actor });
const press = (actionId: string, value: unknown, locale: Locale = 'nl') =>
  router.handleAction({ actionId, value, locale, actor });

describe('router: help', () => {
  it("answers 'hulp' with every command in Dutch", async () => {
    const view = await say('hulp');
    const shown = visibleText(view);
    expect(shown).toContain('Wat kan casus voor je doen?');
    expect(shown).toContain('*hulp* — Laat zien wat casus kan');
    expect(shown).toContain('*acties* — Bekijk je open acties');
    for (const word of ['plan', 'huishouden', 'overzicht', 'rooster', 'afmelden'])
      expect(shown).toContain(`*${word}*`);
    expect(shown).toContain('komt binnenkort');
    expect(buttonsOf(view).map((b) => b.label)).toEqual(['plan', 'acties', 'overzicht']);
    expect(view.fallbackText).toContain('hulp, plan, acties');
  });

  it("answers 'help' in English for an English user", async () => {
    const shown = visibleText(await say('help', 'en'));
    expect(shown).toContain('What can casus do for you?');
    expect(shown).toContain('*actions* — See your open actions');
    expect(shown).toContain('*digest* — The weekly overview of your team');
  });

  it("keeps Dutch for a Dutch user who types 'help', because 'help' is Dutch too", async () => {
    expect(visibleText(await say('help', 'nl'))).toContain('Wat kan casus voor je doen?');
  });

  it('shows the help for empty text', async () => {
    expect(visibleText(await say('   '))).toContain("Commando's");
    expect(visibleText(await say('/casus', 'en'))).toContain('Commands');
  });

  it('gives help buttons that run their command', async () => {
    const plan = buttonsOf(await say('hulp')).find((b) => b.label === 'plan');
    expect(plan?.actionId).toBe('help.command');
    const view = await press('help.command', plan?.value);
    expect(visibleText(view)).toContain("Het commando 'plan' werkt nog niet. Dat komt binnenkort.");
  });
});

describe('router: answer language', () => {
  it('answers in Dutch when an English user types a Dutch-only word', async () => {
    expect(visibleText(await say('huishouden', 'en'))).toContain("Het commando 'huishouden' werkt nog niet.");
  });

  it('answers in English when a Dutch user types an English-only word', async () => {
    expect(visibleText(await say('household', 'nl'))).toContain("The command 'household' doesn't work yet.");
  });

  it("keeps the user's locale for a word both languages use", async () => {
    expect(visibleText(await say('plan', 'en'))).toContain("The command 'plan' doesn't work yet.");
  });
});

describe('router: unknown commands', () => {
  it("answers 'plna' with a suggestion for 'plan'", async () => {
    const view = await say('plna H-12');
    expect(visibleText(view)).toContain("Ik ken het commando 'plna' niet. Bedoel je 'plan'?");
    expect(buttonsOf(view)).toMatchObject([{ actionId: 'help.command', label: 'Ja, plan' }]);
  });

  it("answers 'hlep' with a suggestion for 'help'", async () => {
    expect(visibleText(await say('hlep', 'en'))).toContain(
      "I don't know the command 'hlep'. Did you mean 'help'?",
    );
  });

  it('points to the help when nothing is close', async () => {
    const view = await say('banaan');
    expect(visibleText(view)).toContain("Ik ken het commando 'banaan' niet.");
    expect(visibleText(view)).toContain("Typ 'hulp' om te zien wat ik kan.");
    expect(buttonsOf(view)).toMatchObject([{ actionId: 'help.show' }]);
  });

  it('does not echo a pasted paragraph back in full', async () => {
    const view = await say('x'.repeat(500));
    expect(view.fallbackText.length).toBeLessThan(200);
  });
});

describe('router: actions', () => {
  it('shows the help for help.show', async () => {
    expect(visibleText(await press('help.show', undefined, 'en'))).toContain('What can casus do for you?');
  });

  it('answers a tampered payload with a message, not an error', async () => {
    const view = await press('help.command', '{"command":"drop-tables"}');
    expect(visibleText(view)).toContain('Deze knop werkt niet meer.');
  });

  it('answers an unknown action id with a message', async () => {
    expect(visibleText(await press('admin.delete-all', '{}', 'en'))).toContain("I don't know this button.");
  });

  it('answers a known action whose feature is not built yet', async () => {
    const value = encodeActionValue('action.done', { actionItemId: 'a-1' });
    expect(visibleText(await press('action.done', value))).toContain('Deze knop ken ik niet.');
  });
});

describe('every view', () => {
  it.each([
    ['', 'nl'],
    ['hulp', 'nl'],
    ['help', 'en'],
    ['plna', 'nl'],
    ['zzzz', 'en'],
    ['acties', 'nl'],
    ['rooster', 'en'],
  ] as const)('has a plain-text fallback for %j in %s', async (text, locale) => {
    const view: View = await say(text, locale);
    expect(view.fallbackText.trim()).not.toBe('');
    expect(view.fallbackText).not.toMatch(/\{\w+\}/);
  });
});
