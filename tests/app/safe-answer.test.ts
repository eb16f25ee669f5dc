import { describe, expect, it } from 'vitest';
import { safeAnswer } from '../../src/app/safe-answer.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { createView } from '../../src/views/view-model.ts';
import { visibleText } from './view-text.ts';

describe('safeAnswer', () => {
  it('passes a view through', async () => {
    const view = createView('ok', []);
    expect(await safeAnswer('nl', () => view)).toBe(view);
  });

  it('turns a domain error into its translated message with a pointer to the help', async () => {
    const view = await safeAnswer('nl', () => {
      throw new DomainError('unknown-household', { reference: 'H-12' });
    });
    expect(visibleText(view)).toBe(
      "Ik kan huishouden 'H-12' niet vinden. Klopt het kenmerk?\nTyp 'hulp' om te zien wat ik kan.",
    );
    expect(view.fallbackText).toContain('H-12');
  });

  it('answers an unexpected failure generically, reports it and shows no details', async () => {
    const reported: unknown[] = [];
    const failure = new Error('connection refused at db.internal:5432');
    const view = await safeAnswer(
      'en',
      async () => {
        throw failure;
      },
      (error) => reported.push(error),
    );
    expect(view.fallbackText).toBe('Something went wrong on our side. Please try again later.');
    expect(visibleText(view)).not.toContain('5432');
    expect(reported).toEqual([failure]);
  });
});
