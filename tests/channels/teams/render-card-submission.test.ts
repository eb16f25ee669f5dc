import { describe, expect, it } from 'vitest';
import { cardDataOf, parseCardSubmission } from '../../../src/channels/teams/adaptive-card-submission.ts';
import type {
  CardContainer,
  CardElement,
  ExecuteAction,
} from '../../../src/channels/teams/adaptive-card-types.ts';
import { renderAdaptiveCard } from '../../../src/channels/teams/render-adaptive-card.ts';
import { decodeActionValue, encodeActionValue } from '../../../src/views/action-payload.ts';
import { button, buttons, createView, type Form, form } from '../../../src/views/view-model.ts';

const conferenceForm: Form = {
  formId: 'conference.plan',
  title: 'Plan een casusoverleg',
  submitLabel: 'Plannen',
  fields: [
    { id: 'household', kind: 'text', label: 'Huishouden', required: true },
    { id: 'question', kind: 'textarea', label: 'Vraag', required: false, initial: 'Wat is er nodig?' },
    {
      id: 'domain',
      kind: 'select',
      label: 'Leefgebied',
      required: true,
      options: [
        { value: 'housing', label: 'Wonen' },
        { value: 'money', label: 'Geld' },
      ],
    },
    { id: 'due', kind: 'date', label: 'Uiterlijk', required: false, initial: '2025-03-30' },
    { id: 'people', kind: 'number', label: 'Aantal', required: true, min: 1, max: 12 },
    { id: 'minutes', kind: 'number', label: 'Minuten', required: false },
  ],
};

function formOf(card: { body: CardElement[] }): CardContainer {
  const [container] = card.body;
  if (container?.type !== 'Container') throw new Error('expected the form container');
  return container;
}

function submitOf(container: CardContainer): ExecuteAction {
  const actionSet = container.items.at(-1);
  if (actionSet?.type !== 'ActionSet' || !actionSet.actions[0]) throw new Error('expected a submit button');
  return actionSet.actions[0];
}

/** What Teams sends for Action.Execute: an invoke with the data (inputs merged in) under value.action. */
function executeInvoke(action: ExecuteAction, inputs: Record<string, unknown> = {}) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelId: 'msteams',
    id: 'f:4b5b2f1c-0000-4000-8000-000000000001',
    timestamp: '2025-03-03T09:15:02.123Z',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:1AbCdEf', name: 'Sanne de Vries', aadObjectId: '6f1e6c2a-0000-4000-8000-00000000000a' },
    recipient: { id: '28:bot-app-id', name: 'casus' },
    conversation: { conversationType: 'personal', tenantId: 'tenant-1', id: 'a:1XyZ' },
    replyToId: '1741000000000',
    channelData: { tenant: { id: 'tenant-1' }, source: { name: 'message' } },
    value: {
      action: {
        type: 'Action.Execute',
        id: 'action-1',
        verb: action.verb,
        data: { ...action.data, ...inputs },
      },
      trigger: 'manual',
    },
  };
}

/** What older clients send for the Action.Submit fallback: a message whose value is the data plus inputs. */
function submitMessage(action: ExecuteAction, inputs: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channelId: 'msteams',
    id: '1741000000123',
    from: { id: '29:1AbCdEf', name: 'Sanne de Vries' },
    conversation: { conversationType: 'personal', tenantId: 'tenant-1', id: 'a:1XyZ' },
    replyToId: '1741000000000',
    channelData: { tenant: { id: 'tenant-1' }, source: { name: 'message' }, legacy: { replyToId: '1:abc' } },
    value: { ...action.fallback.data, ...inputs },
  };
}

describe('renderAdaptiveCard: forms', () => {
  const container = formOf(renderAdaptiveCard(createView('f', [form(conferenceForm)]), 'nl'));
  const inputs = container.items.filter((item) => item.type.startsWith('Input.'));

  it('maps each field to an input with a label, a derived id and isRequired', () => {
    expect(
      inputs.map((input) => ('id' in input ? [input.type, input.id, input.label, input.isRequired] : [])),
    ).toEqual([
      ['Input.Text', 'field.household', 'Huishouden', true],
      ['Input.Text', 'field.question', 'Vraag', false],
      ['Input.ChoiceSet', 'field.domain', 'Leefgebied', true],
      ['Input.Date', 'field.due', 'Uiterlijk', false],
      ['Input.Number', 'field.people', 'Aantal', true],
      ['Input.Number', 'field.minutes', 'Minuten', false],
    ]);
  });

  it('gives required and number fields a translated error message', () => {
    expect(inputs[0]).toMatchObject({ errorMessage: "Vul 'Huishouden' in." });
    expect(inputs[1]).not.toHaveProperty('errorMessage');
    expect(inputs[4]).toMatchObject({
      min: 1,
      max: 12,
      errorMessage: "Vul bij 'Aantal' een getal in van 1 tot en met 12.",
    });
    expect(inputs[5]).toMatchObject({ errorMessage: "Vul een getal in bij 'Minuten'." });
  });

  it('makes a textarea multiline, a select a dropdown, and keeps initial values', () => {
    expect(inputs[0]).not.toHaveProperty('isMultiline');
    expect(inputs[1]).toMatchObject({ isMultiline: true, value: 'Wat is er nodig?' });
    expect(inputs[2]).toMatchObject({
      style: 'compact',
      isMultiSelect: false,
      choices: [
        { title: 'Wonen', value: 'housing' },
        { title: 'Geld', value: 'money' },
      ],
    });
    expect(inputs[3]).toMatchObject({ value: '2025-03-30' });
  });

  it('submits with Action.Execute form.submit, the form id in the data, the inputs associated, and a fallback', () => {
    const submit = submitOf(container);
    expect(submit).toMatchObject({
      type: 'Action.Execute',
      verb: 'form.submit',
      title: 'Plannen',
      data: { formId: 'conference.plan' },
      associatedInputs: 'auto',
      style: 'positive',
    });
    expect(submit.fallback).toMatchObject({
      type: 'Action.Submit',
      data: submit.data,
      associatedInputs: 'auto',
    });
  });
});

describe('renderAdaptiveCard: multiselect', () => {
  const options = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ value: `o${index}`, label: `Optie ${index}` }));
  const inputOf = (field: Form['fields'][number]) => {
    const card = renderAdaptiveCard(
      createView('f', [form({ formId: 'f', title: 't', submitLabel: 'ok', fields: [field] })]),
      'nl',
    );
    return formOf(card).items.find((item) => item.type === 'Input.ChoiceSet');
  };

  it('is a ChoiceSet that takes several, checkboxes for a few options, the initial ones comma-joined', () => {
    const input = inputOf({
      id: 'domains',
      kind: 'multiselect',
      label: 'Leefgebieden',
      required: true,
      options: [
        { value: 'housing', label: 'Wonen' },
        { value: 'money', label: 'Geld' },
        { value: 'health', label: 'Gezondheid' },
      ],
      initial: ['health', 'housing', 'gone'],
    });
    expect(input).toEqual({
      type: 'Input.ChoiceSet',
      id: 'field.domains',
      label: 'Leefgebieden',
      isRequired: true,
      errorMessage: "Vul 'Leefgebieden' in.",
      style: 'expanded',
      isMultiSelect: true,
      choices: [
        { title: 'Wonen', value: 'housing' },
        { title: 'Geld', value: 'money' },
        { title: 'Gezondheid', value: 'health' },
      ],
      value: 'housing,health',
    });
  });

  it('is a dropdown for many options, at most 100, and has no value when nothing is chosen', () => {
    const input = inputOf({
      id: 'm',
      kind: 'multiselect',
      label: 'l',
      required: false,
      options: options(150),
    });
    expect(input).toMatchObject({ style: 'compact', isMultiSelect: true });
    expect(input && 'choices' in input ? input.choices : []).toHaveLength(100);
    expect(input).not.toHaveProperty('value', expect.anything());
  });

  it('reads a submitted multiselect back as the comma-joined values, and none chosen as not filled in', () => {
    const data = { formId: 'f', 'field.domains': 'housing,health', 'field.other': '' };
    expect(parseCardSubmission(data)).toEqual({
      kind: 'form',
      formId: 'f',
      fields: { domains: 'housing,health', other: undefined },
    });
  });
});

describe('parseCardSubmission', () => {
  const value = encodeActionValue('action.snooze', { actionItemId: 'ai-7', days: 3 });
  const card = renderAdaptiveCard(
    createView('f', [buttons([button('action.snooze', 'Later', { value })]), form(conferenceForm)]),
    'nl',
  );
  const [buttonSet] = card.body;
  if (buttonSet?.type !== 'ActionSet' || !buttonSet.actions[0]) throw new Error('expected the buttons first');
  const snooze = buttonSet.actions[0];
  const container = card.body[1];
  if (container?.type !== 'Container') throw new Error('expected the form second');
  const submit = submitOf(container);

  it('reads a button press from an Action.Execute invoke, and the value decodes', () => {
    const submission = parseCardSubmission(cardDataOf(executeInvoke(snooze)));
    expect(submission).toEqual({ kind: 'action', actionId: 'action.snooze', value });
    if (submission?.kind !== 'action') throw new Error('expected an action');
    expect(decodeActionValue('action.snooze', submission.value)).toMatchObject({
      ok: true,
      payload: { actionItemId: 'ai-7', days: 3 },
    });
  });

  it('reads the same button press from the Action.Submit fallback message', () => {
    expect(parseCardSubmission(cardDataOf(submitMessage(snooze)))).toEqual({
      kind: 'action',
      actionId: 'action.snooze',
      value,
    });
  });

  it('reads a button without a value', () => {
    const help = renderAdaptiveCard(createView('f', [buttons([button('help.show', 'Help')])]), 'en').body[0];
    if (help?.type !== 'ActionSet' || !help.actions[0]) throw new Error('expected a button');
    expect(parseCardSubmission(cardDataOf(executeInvoke(help.actions[0])))).toEqual({
      kind: 'action',
      actionId: 'help.show',
    });
  });

  it('ignores form inputs an old client merged into a button press', () => {
    const data = cardDataOf(submitMessage(snooze, { 'field.household': 'HH-12' }));
    expect(parseCardSubmission(data)).toEqual({ kind: 'action', actionId: 'action.snooze', value });
  });

  it('reads a form submission from an Action.Execute invoke, keyed by field id', () => {
    const inputs = {
      'field.household': 'HH-12',
      'field.question': '',
      'field.domain': 'money',
      'field.due': '2025-04-01',
      'field.people': '4',
    };
    expect(parseCardSubmission(cardDataOf(executeInvoke(submit, inputs)))).toEqual({
      kind: 'form',
      formId: 'conference.plan',
      fields: { household: 'HH-12', question: undefined, domain: 'money', due: '2025-04-01', people: '4' },
    });
  });

  it('reads a form submission from the Action.Submit fallback, numbers sent as JSON numbers included', () => {
    const data = cardDataOf(submitMessage(submit, { 'field.household': 'HH-12', 'field.people': 4 }));
    expect(parseCardSubmission(data)).toEqual({
      kind: 'form',
      formId: 'conference.plan',
      fields: { household: 'HH-12', people: '4' },
    });
  });

  it('keeps a field called __proto__ a plain field', () => {
    const submission = parseCardSubmission({ formId: 'f', 'field.__proto__': 'x' });
    if (submission?.kind !== 'form') throw new Error('expected a form');
    expect(Object.getPrototypeOf(submission.fields)).toBe(Object.prototype);
    expect(Object.hasOwn(submission.fields, '__proto__')).toBe(true);
  });

  it('reads an automatic refresh', () => {
    const refresh = renderAdaptiveCard(createView('f', []), 'en', { refreshUserIds: ['29:1'] }).refresh;
    const data = {
      ...executeInvoke(snooze).value.action,
      verb: refresh?.action.verb,
      data: refresh?.action.data,
    };
    const invoke = { ...executeInvoke(snooze), value: { action: data, trigger: 'automatic' } };
    expect(parseCardSubmission(cardDataOf(invoke))).toEqual({ kind: 'refresh' });
  });

  it.each([
    ['nothing', undefined],
    ['a string', '{"actionId":"help.show"}'],
    ['an empty object', {}],
    ['an empty action id', { actionId: '' }],
    ['a value that is not a string', { actionId: 'help.show', value: { command: 'plan' } }],
    ['a value longer than a button can carry', { actionId: 'help.show', value: 'x'.repeat(2_001) }],
    ['a form field holding an object', { formId: 'f', 'field.a': { nested: true } }],
    ['a form field far too long', { formId: 'f', 'field.a': 'x'.repeat(10_001) }],
    [
      'too many form fields',
      { formId: 'f', ...Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`field.${i}`, 'x'])) },
    ],
  ])('refuses %s', (_name, data) => {
    expect(parseCardSubmission(data)).toBeUndefined();
  });

  it('finds no card data in an ordinary message or another invoke', () => {
    expect(cardDataOf({ type: 'message', text: 'help' })).toBeUndefined();
    expect(cardDataOf({ type: 'invoke', name: 'task/fetch', value: { data: {} } })).toBeUndefined();
    expect(cardDataOf(null)).toBeUndefined();
  });
});
