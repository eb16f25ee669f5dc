import { describe, expect, it } from 'vitest';
import { bold, button, createView, list, section, text } from '../../src/views/view-model.ts';

describe('view model', () => {
  it('builds a view from small blocks', () => {
    const view = createView('Acties: 1', [
      text(`${bold('Acties')} deze week`),
      section('Bel de woningcorporatie', 'H-12'),
      list([{ text: 'Schuldhulp aanvragen', meta: 'vrijdag' }]),
    ]);
    expect(view.blocks.map((block) => block.type)).toEqual(['text', 'section', 'list']);
    expect(view.blocks[0]).toEqual({ type: 'text', text: '*Acties* deze week' });
  });

  it('refuses a view without plain-text fallback', () => {
    expect(() => createView('  ', [])).toThrow(/fallback/);
  });

  it('leaves out button options that were not given', () => {
    expect(button('help.show', 'Hulp')).toEqual({ actionId: 'help.show', label: 'Hulp' });
  });
});
