import type { ViewOutput } from '@slack/bolt';
import type { InputBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { parseModalSubmission } from '../../../src/channels/slack/render-form.ts';
import { renderModal } from '../../../src/channels/slack/render-modal.ts';
import { createView, type Form, type FormField, form, header, text } from '../../../src/views/view-model.ts';

const FIELDS: FormField[] = [
  { id: 'title', kind: 'text', label: 'Titel', required: true, initial: 'Jansen & <@U1>' },
  { id: 'notes', kind: 'textarea', label: 'Notities', required: false },
  {
    id: 'domain',
    kind: 'select',
    label: 'Leefgebied',
    required: true,
    options: [
      { value: 'housing', label: 'Wonen' },
      { value: 'money', label: 'Geld & schulden' },
    ],
    initial: 'money',
  },
  { id: 'due', kind: 'date', label: 'Uiterlijk', required: false, initial: '2025-03-01' },
  { id: 'days', kind: 'number', label: 'Dagen', required: false, initial: 7, min: 1, max: 30 },
];

const editForm = (overrides: Partial<Form> = {}): Form => ({
  formId: 'household.edit',
  title: 'Huishouden wijzigen',
  submitLabel: 'Opslaan',
  fields: FIELDS,
  ...overrides,
});

const modalOf = (value: Form, options?: Parameters<typeof renderModal>[2]) =>
  renderModal(createView('Wijzig', [text('Vul in.'), form(value)]), 'nl', options);

const inputsOf = (modal: ReturnType<typeof renderModal>) =>
  modal.blocks.filter((block): block is InputBlock => block.type === 'input');

describe('renderModal', () => {
  it('turns form fields into the matching input elements', () => {
    const inputs = inputsOf(modalOf(editForm()));
    expect(inputs.map((input) => [input.block_id, input.optional, input.element.type])).toEqual([
      ['field:title', false, 'plain_text_input'],
      ['field:notes', true, 'plain_text_input'],
      ['field:domain', false, 'static_select'],
      ['field:due', true, 'datepicker'],
      ['field:days', true, 'number_input'],
    ]);
    expect(inputs.map((input) => input.element.action_id)).toEqual(FIELDS.map((field) => field.id));
    expect(inputs[0]?.element).toMatchObject({ initial_value: 'Jansen & <@U1>' });
    expect(inputs[1]?.element).toMatchObject({ multiline: true });
    expect(inputs[2]?.element).toMatchObject({
      initial_option: { value: 'money', text: { type: 'plain_text', text: 'Geld &amp; schulden' } },
    });
    expect(inputs[3]?.element).toMatchObject({ initial_date: '2025-03-01' });
    expect(inputs[4]?.element).toMatchObject({
      is_decimal_allowed: false,
      initial_value: '7',
      min_value: '1',
      max_value: '30',
    });
  });

  it('uses the form for title and submit, a translated close, and the form id as callback_id', () => {
    const modal = modalOf(editForm({ title: 'Huishouden & gezin wijzigen', submitLabel: 'Opslaan' }));
    expect(modal).toMatchObject({
      type: 'modal',
      callback_id: 'household.edit',
      title: { type: 'plain_text', text: 'Huishouden &amp; gezin…' },
      submit: { type: 'plain_text', text: 'Opslaan' },
      close: { type: 'plain_text', text: 'Annuleren' },
    });
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
  });

  it('passes callback_id and private_metadata through untouched', () => {
    const privateMetadata = JSON.stringify({ householdRef: 'HH-1&2' });
    const modal = modalOf(editForm(), { callbackId: 'edit', privateMetadata });
    expect(modal.callback_id).toBe('edit');
    expect(modal.private_metadata).toBe(privateMetadata);
  });

  it('refuses private_metadata over 3,000 characters with a coded error instead of cutting it', () => {
    expect(() => modalOf(editForm(), { privateMetadata: 'x'.repeat(3001) })).toThrow(
      expect.objectContaining({ code: 'private-metadata-too-long', details: { length: 3001, limit: 3000 } }),
    );
    expect(() => modalOf(editForm(), { privateMetadata: 'x'.repeat(3000) })).not.toThrow();
  });

  it('refuses two forms in one modal and duplicate field ids', () => {
    const view = createView('x', [form(editForm()), form(editForm())]);
    expect(() => renderModal(view, 'nl')).toThrow(expect.objectContaining({ code: 'several-forms' }));
    const twice = editForm({ fields: [FIELDS[0]!, FIELDS[0]!] });
    expect(() => modalOf(twice)).toThrow(expect.objectContaining({ code: 'duplicate-field-id' }));
  });

  it('leaves out initial values Slack would reject', () => {
    const inputs = inputsOf(
      modalOf(
        editForm({
          fields: [
            { id: 'due', kind: 'date', label: 'Datum', required: true, initial: '2025-02-30' },
            { id: 'days', kind: 'number', label: 'Dagen', required: true, initial: 40, min: 1, max: 30 },
            {
              id: 'pick',
              kind: 'select',
              label: 'Kies',
              required: true,
              options: [{ value: 'a', label: 'A' }],
              initial: 'z',
            },
          ],
        }),
      ),
    );
    expect(inputs[0]?.element).not.toHaveProperty('initial_date');
    expect(inputs[1]?.element).not.toHaveProperty('initial_value');
    expect(inputs[2]?.element).not.toHaveProperty('initial_option');
  });

  it('offers more than 100 options in groups of at most 100', () => {
    const options = Array.from({ length: 230 }, (_, index) => ({
      value: `o${index}`,
      label: `Optie ${index}`,
    }));
    const [input] = inputsOf(
      modalOf(
        editForm({
          fields: [{ id: 'pick', kind: 'select', label: 'Kies', required: true, options, initial: 'o150' }],
        }),
      ),
    );
    expect(input?.element).toMatchObject({ initial_option: { value: 'o150' } });
    const groups = input?.element.type === 'static_select' ? (input.element.option_groups ?? []) : [];
    expect(groups.map((group) => [group.label.text, group.options.length])).toEqual([
      ['1–100', 100],
      ['101–200', 100],
      ['201–230', 30],
    ]);
  });

  it('renders a multiselect as multi_static_select with its initial options', () => {
    const [input] = inputsOf(
      modalOf(
        editForm({
          fields: [
            {
              id: 'domains',
              kind: 'multiselect',
              label: 'Leefgebieden',
              required: false,
              options: [
                { value: 'housing', label: 'Wonen' },
                { value: 'money', label: 'Geld & schulden' },
                { value: 'health', label: 'Gezondheid' },
              ],
              initial: ['health', 'housing', 'gone'],
            },
          ],
        }),
      ),
    );
    expect(input).toMatchObject({ block_id: 'field:domains', optional: true });
    const text = (value: string) => ({ type: 'plain_text', text: value, emoji: true });
    expect(input?.element).toEqual({
      type: 'multi_static_select',
      action_id: 'domains',
      options: [
        { text: text('Wonen'), value: 'housing' },
        { text: text('Geld &amp; schulden'), value: 'money' },
        { text: text('Gezondheid'), value: 'health' },
      ],
      // Only options Slack offers, in the options' order; 'gone' would make Slack reject the modal.
      initial_options: [
        { text: text('Wonen'), value: 'housing' },
        { text: text('Gezondheid'), value: 'health' },
      ],
    });
  });

  it('offers a multiselect of more than 100 options in groups of 100, and refuses a value with a comma', () => {
    const options = Array.from({ length: 150 }, (_, index) => ({
      value: `o${index}`,
      label: `Optie ${index}`,
    }));
    const field: FormField = { id: 'many', kind: 'multiselect', label: 'Kies', required: true, options };
    const [input] = inputsOf(modalOf(editForm({ fields: [{ ...field, initial: ['o120'] }] })));
    const element = input?.element.type === 'multi_static_select' ? input.element : undefined;
    expect(element?.options).toBeUndefined();
    expect(element?.option_groups?.map((group) => [group.label.text, group.options.length])).toEqual([
      ['1–100', 100],
      ['101–150', 50],
    ]);
    expect(element?.initial_options?.map((option) => option.value)).toEqual(['o120']);

    const comma = { ...field, options: [{ value: 'a,b', label: 'A en B' }] };
    expect(() => modalOf(editForm({ fields: [comma] }))).toThrow(
      expect.objectContaining({ code: 'option-value-invalid' }),
    );
  });

  it('renders a view without a form as a modal with only a close button', () => {
    const modal = renderModal(createView('Info', [header('Uitleg'), text('Zo werkt het.')]), 'en');
    expect(modal.title.text).toBe('Uitleg');
    expect(modal.submit).toBeUndefined();
    expect(modal.close?.text).toBe('Cancel');
    expect(modal.blocks.some((block) => block.type === 'input')).toBe(false);
  });
});

describe('parseModalSubmission', () => {
  /** The state.values of a real view_submission, typed as Bolt hands it to a listener. */
  const values: ViewOutput['state']['values'] = {
    'field:title': { title: { type: 'plain_text_input', value: 'Jansen & <@U1>' } },
    'field:notes': { notes: { type: 'plain_text_input', value: null } },
    'field:domain': {
      domain: {
        type: 'static_select',
        selected_option: {
          text: { type: 'plain_text', text: 'Geld &amp; schulden', emoji: true },
          value: 'money',
        },
      },
    },
    'field:due': { due: { type: 'datepicker', selected_date: '2025-03-01' } },
    'field:days': { days: { type: 'number_input', value: '7' } },
    unrelated: { something: { type: 'plain_text_input', value: 'ignored' } },
  };

  it('reads every field back by its id', () => {
    expect(parseModalSubmission(values)).toEqual({
      title: 'Jansen & <@U1>',
      notes: undefined,
      domain: 'money',
      due: '2025-03-01',
      days: '7',
    });
  });

  it('reads back what renderModal produced: block ids and action ids line up', () => {
    const inputs = inputsOf(modalOf(editForm()));
    const submitted = Object.fromEntries(
      inputs.map((input) => [
        input.block_id ?? '',
        {
          [input.element.action_id ?? '']: {
            type: input.element.type,
            value: 'x',
            selected_date: 'x',
            selected_option: { value: 'x' },
          },
        },
      ]),
    );
    expect(parseModalSubmission(submitted)).toEqual(
      Object.fromEntries(FIELDS.map((field) => [field.id, 'x'])),
    );
  });

  it('treats an empty optional select and a cleared input as not filled in', () => {
    expect(
      parseModalSubmission({
        'field:domain': { domain: { type: 'static_select', selected_option: null } },
        'field:days': { days: { type: 'number_input', value: '' } },
      }),
    ).toEqual({ domain: undefined, days: undefined });
  });

  it("joins a multiselect's chosen values with ',' in Slack's order, and reads none chosen as not filled in", () => {
    const option = (value: string, text: string) => ({ text: { type: 'plain_text' as const, text }, value });
    expect(
      parseModalSubmission({
        'field:domains': {
          domains: {
            type: 'multi_static_select',
            selected_options: [option('money', 'Geld &amp; schulden'), option('housing', 'Wonen')],
          },
        },
        'field:none': { none: { type: 'multi_static_select', selected_options: [] } },
      }),
    ).toEqual({ domains: 'money,housing', none: undefined });
  });

  it('reads back a multiselect that renderModal produced, with its initial options as submitted', () => {
    const field: FormField = {
      id: 'domains',
      kind: 'multiselect',
      label: 'Leefgebieden',
      required: true,
      options: [
        { value: 'housing', label: 'Wonen' },
        { value: 'money', label: 'Geld' },
      ],
      initial: ['housing', 'money'],
    };
    const [input] = inputsOf(modalOf(editForm({ fields: [field] })));
    const element = input?.element.type === 'multi_static_select' ? input.element : undefined;
    // Slack submits an untouched multiselect with its initial options selected.
    const submitted = {
      [input?.block_id ?? '']: {
        [element?.action_id ?? '']: { type: element?.type, selected_options: element?.initial_options },
      },
    };
    expect(parseModalSubmission(submitted)).toEqual({ domains: 'housing,money' });
  });
});
