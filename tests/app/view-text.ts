import type { Block, View } from '../../src/views/view-model.ts';

/** Every word a user can see in a view, to assert on what people actually read. */
export function visibleText(view: View): string {
  return view.blocks.flatMap(blockText).join('\n');
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'header':
    case 'text':
    case 'context':
      return [block.text];
    case 'section':
      return [block.title ?? '', block.text];
    case 'fields':
      return block.fields.flatMap((field) => [field.label, field.value]);
    case 'buttons':
      return block.buttons.map((button) => button.label);
    case 'list':
      return [block.title ?? '', ...block.items.flatMap((item) => [item.text, item.meta ?? ''])];
    case 'form':
      return [block.form.title, block.form.submitLabel, ...block.form.fields.map((field) => field.label)];
    case 'divider':
      return [];
    case 'chart':
      return [block.title, block.summary];
  }
}

export function buttonsOf(view: View) {
  return view.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : []));
}
