import { ActionIds } from '../../src/views/action-ids.ts';
import {
  type Block,
  button,
  buttons,
  chart,
  context,
  fields,
  form,
  header,
  list,
  section,
  text,
} from '../../src/views/view-model.ts';

/**
 * Every place a view can put text a user typed, each as a one-block view holding `input`: the cases for
 * the Slack and try-out renderers' escaping tests, so both check the same places. A renderer with more
 * places (the try-out's form fields) adds its own.
 */
export function textPlaces(input: string): [string, Block][] {
  return [
    ['header', header(input)],
    ['text', text(input)],
    ['section text', section(input)],
    ['section title', section('body', input)],
    ['field label', fields([{ label: input, value: 'v' }])],
    ['field value', fields([{ label: 'l', value: input }])],
    ['button label', buttons([button(ActionIds.helpShow, input)])],
    ['list title', list([{ text: 'item' }], input)],
    ['list item', list([{ text: input }])],
    ['list meta', list([{ text: 'item', meta: input }])],
    ['context', context(input)],
    ['form title', form({ formId: 'f', title: input, submitLabel: 'ok', fields: [] })],
    ['chart title', chart({ title: input, unit: '', summary: 's', series: [{ label: 'W1', value: 1 }] })],
    ['chart summary', chart({ title: 't', unit: '', summary: input, series: [{ label: 'W1', value: 1 }] })],
    ['chart label', chart({ title: 't', unit: '', summary: 's', series: [{ label: input, value: 1 }] })],
  ];
}
