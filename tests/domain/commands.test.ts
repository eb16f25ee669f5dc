import { describe, expect, it } from 'vitest';
import {
  allCommandWords,
  COMMAND_IDS,
  closestCommand,
  commandWord,
  languageOfWord,
  parseCommand,
} from '../../src/domain/commands.ts';
import { editDistance } from '../../src/domain/edit-distance.ts';

describe('parseCommand', () => {
  it('reads a Dutch and an English command word', () => {
    expect(parseCommand('hulp')).toEqual({ word: 'hulp', command: 'help', args: [] });
    expect(parseCommand('actions')).toEqual({ word: 'actions', command: 'actions', args: [] });
  });

  it('ignores case and extra spaces but keeps the case of the arguments', () => {
    expect(parseCommand('  PLAN    H-12\t  Morgen ')).toEqual({
      word: 'plan',
      command: 'plan',
      args: ['H-12', 'Morgen'],
    });
  });

  it('drops a leading /casus or casus', () => {
    expect(parseCommand('/casus overzicht')).toMatchObject({ word: 'overzicht', command: 'digest' });
    expect(parseCommand('Casus hulp')).toMatchObject({ word: 'hulp', command: 'help' });
  });

  it('accepts a slash before the word and punctuation after it', () => {
    expect(parseCommand('/help')).toMatchObject({ command: 'help' });
    expect(parseCommand('hulp?')).toMatchObject({ word: 'hulp', command: 'help' });
  });

  it('treats empty text, or only /casus, as no word at all', () => {
    expect(parseCommand('   ')).toEqual({ word: '', command: undefined, args: [] });
    expect(parseCommand('/casus')).toEqual({ word: '', command: undefined, args: [] });
  });

  it('returns an unknown word without a command', () => {
    expect(parseCommand('plna H-12')).toEqual({ word: 'plna', command: undefined, args: ['H-12'] });
  });
});

describe('closestCommand', () => {
  it("suggests 'help' for 'hlep' (two letters swapped)", () => {
    expect(closestCommand('hlep')).toEqual({ command: 'help', word: 'help' });
  });

  it("suggests 'plan' for 'plna'", () => {
    expect(closestCommand('plna', 'nl')).toEqual({ command: 'plan', word: 'plan' });
  });

  it('answers in the language of the word the user nearly typed', () => {
    expect(closestCommand('actis', 'en')).toEqual({ command: 'actions', word: 'acties' });
    expect(closestCommand('actons', 'nl')).toEqual({ command: 'actions', word: 'actions' });
    expect(closestCommand('huishoudn')).toEqual({ command: 'household', word: 'huishouden' });
  });

  it("prefers the user's language when two words are equally close", () => {
    expect(closestCommand('hlp', 'nl')).toEqual({ command: 'help', word: 'hulp' });
    expect(closestCommand('hlp', 'en')).toEqual({ command: 'help', word: 'help' });
  });

  it('completes the start of a word', () => {
    expect(closestCommand('overz')).toEqual({ command: 'digest', word: 'overzicht' });
    expect(closestCommand('rota')).toEqual({ command: 'rotation', word: 'rotation' });
  });

  it('suggests nothing when no command is close', () => {
    expect(closestCommand('xyz')).toBeUndefined();
    expect(closestCommand('banaan')).toBeUndefined();
    expect(closestCommand('')).toBeUndefined();
  });

  it('answers a pasted wall of text at once: it blocked the server for over a second (issue 8)', () => {
    const started = performance.now();
    expect(closestCommand('x'.repeat(120_000))).toBeUndefined();
    expect(closestCommand('😀'.repeat(60_000))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(100);
    expect(closestCommand('hlepp')).toEqual({ command: 'help', word: 'help' });
  });
});

describe('command words', () => {
  it('gives every command a word in both languages', () => {
    for (const id of COMMAND_IDS) {
      expect(commandWord(id, 'nl')).toMatch(/^[a-z]+$/);
      expect(commandWord(id, 'en')).toMatch(/^[a-z]+$/);
    }
    expect(commandWord('actions', 'nl')).toBe('acties');
  });

  it('maps every word to exactly one command', () => {
    for (const word of allCommandWords()) {
      expect(parseCommand(word).command).toBeDefined();
    }
    expect(new Set(allCommandWords()).size).toBe(allCommandWords().length);
  });

  it('knows which language a word belongs to, if only one', () => {
    expect(languageOfWord('acties')).toBe('nl');
    expect(languageOfWord('actions')).toBe('en');
    expect(languageOfWord('plan')).toBeUndefined();
    expect(languageOfWord('help')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('help', 'help')).toBe(0);
    expect(editDistance('hlp', 'help')).toBe(1);
    expect(editDistance('helpp', 'help')).toBe(1);
    expect(editDistance('hulp', 'help')).toBe(1);
    expect(editDistance('hlep', 'help')).toBe(1);
    expect(editDistance('', 'plan')).toBe(4);
  });
});
