import type {
  Datepicker,
  InputBlock,
  InputBlockElement,
  MultiStaticSelect,
  NumberInput,
  PlainTextElement,
  PlainTextInput,
  PlainTextOption,
  StaticSelect,
} from '@slack/types';
import type { FormField } from '../../views/view-model.ts';
import {
  MAX_ACTION_ID,
  MAX_BLOCK_ID,
  MAX_INPUT_LABEL,
  MAX_OPTION_GROUP_LABEL,
  MAX_OPTION_TEXT,
  MAX_OPTION_VALUE,
  MAX_PLAIN_TEXT_INPUT,
  MAX_SELECT_OPTION_GROUPS,
  MAX_SELECT_OPTIONS,
} from './block-kit-limits.ts';
import type { Piece } from './render-content.ts';
import { SlackRenderError } from './render-error.ts';
import { ELLIPSIS, plainText, truncatePlain } from './render-text.ts';

/**
 * Form fields as modal input blocks. Each field's block_id is `field:<id>` and its action_id is the id
 * itself, so a `view_submission` reads back without knowing the form, and `response_action: 'errors'`
 * can point at a field: https://docs.slack.dev/surfaces/modals#displaying_errors
 */
const BLOCK_ID_PREFIX = 'field:';

export function fieldBlockId(fieldId: string): string {
  return BLOCK_ID_PREFIX + fieldId;
}

export function renderFormFields(fields: readonly FormField[]): Piece[] {
  const seen = new Set<string>();
  return fields.map((field) => {
    checkFieldId(field.id, seen);
    const block: InputBlock = {
      type: 'input',
      block_id: fieldBlockId(field.id),
      label: plainText(field.label.trim() === '' ? ELLIPSIS : truncatePlain(field.label, MAX_INPUT_LABEL)),
      optional: !field.required,
      element: inputElement(field),
    };
    return { block, items: 1 };
  });
}

function checkFieldId(id: string, seen: Set<string>): void {
  if (id === '' || id.length > MAX_ACTION_ID || fieldBlockId(id).length > MAX_BLOCK_ID) {
    throw new SlackRenderError('field-id-invalid', { length: id.length });
  }
  if (seen.has(id)) throw new SlackRenderError('duplicate-field-id', { fieldId: id });
  seen.add(id);
}

function inputElement(field: FormField): InputBlockElement {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return textInput(field.id, field.kind === 'textarea', field.initial);
    case 'select':
      return selectInput(field.id, field.options, field.initial);
    case 'date':
      return dateInput(field.id, field.initial);
    case 'number':
      return numberInput(field.id, field.initial, field.min, field.max);
    case 'multiselect':
      return multiSelectInput(field.id, field.options, field.initial);
  }
}

/**
 * Initial values are not escaped: Slack shows input values as typed and never parses them for mentions,
 * and escaping would hand `&amp;` back on submit.
 */
function textInput(id: string, multiline: boolean, initial: string | undefined): PlainTextInput {
  const value =
    initial === undefined || initial === '' ? undefined : cutCodePoints(initial, MAX_PLAIN_TEXT_INPUT);
  return {
    type: 'plain_text_input',
    action_id: id,
    ...(multiline ? { multiline: true } : {}),
    ...(value === undefined ? {} : { initial_value: value }),
  };
}

type SelectOption = { value: string; label: string };

/** Over 100 options go into numbered groups of 100, Slack's way to offer more in one static select. */
function selectInput(
  id: string,
  options: readonly SelectOption[],
  initial: string | undefined,
): StaticSelect {
  const choices = slackChoices(id, options);
  const initialOption = choices.all.find((option) => option.value === initial);
  return {
    type: 'static_select',
    action_id: id,
    ...(initialOption === undefined ? {} : { initial_option: initialOption }),
    ...choices.shown,
  };
}

/**
 * Several options, grouped like a static select's. Initial options Slack does not offer are left out (it
 * rejects the view otherwise). Values are joined by ',' on submit, so one containing ',' is refused.
 * https://docs.slack.dev/reference/block-kit/block-elements/multi-select-menu-element#static_multi_select
 */
function multiSelectInput(
  id: string,
  options: readonly SelectOption[],
  initial: readonly string[] | undefined,
): MultiStaticSelect {
  const comma = options.find((option) => option.value.includes(','));
  if (comma) throw new SlackRenderError('option-value-invalid', { length: comma.value.length });
  const choices = slackChoices(id, options);
  const chosen = new Set(initial ?? []);
  const initialOptions = choices.all.filter((option) => chosen.has(option.value ?? ''));
  return {
    type: 'multi_static_select',
    action_id: id,
    ...(initialOptions.length === 0 ? {} : { initial_options: initialOptions }),
    ...choices.shown,
  };
}

type ShownOptions =
  | { options: PlainTextOption[] }
  | { option_groups: { label: PlainTextElement; options: PlainTextOption[] }[] };

/** At most 100 × 100 options: up to 100 as they are, more in numbered groups of 100. */
function slackChoices(
  id: string,
  options: readonly SelectOption[],
): { all: PlainTextOption[]; shown: ShownOptions } {
  if (options.length === 0) throw new SlackRenderError('select-without-options', { fieldId: id });
  const all = options.slice(0, MAX_SELECT_OPTIONS * MAX_SELECT_OPTION_GROUPS).map(slackOption);
  if (all.length <= MAX_SELECT_OPTIONS) return { all, shown: { options: all } };
  const groups = [];
  for (let start = 0; start < all.length; start += MAX_SELECT_OPTIONS) {
    const group = all.slice(start, start + MAX_SELECT_OPTIONS);
    const label = `${start + 1}–${start + group.length}`.slice(0, MAX_OPTION_GROUP_LABEL);
    groups.push({ label: plainText(label), options: group });
  }
  return { all, shown: { option_groups: groups } };
}

function slackOption(option: SelectOption): PlainTextOption {
  if (option.value === '' || option.value.length > MAX_OPTION_VALUE) {
    throw new SlackRenderError('option-value-invalid', { length: option.value.length });
  }
  const label = option.label.trim() === '' ? ELLIPSIS : truncatePlain(option.label, MAX_OPTION_TEXT);
  return { text: plainText(label), value: option.value };
}

/** Slack rejects the whole view for an initial date it cannot read, so a bad one is left out. */
function dateInput(id: string, initial: string | undefined): Datepicker {
  return {
    type: 'datepicker',
    action_id: id,
    ...(initial !== undefined && isCalendarDate(initial) ? { initial_date: initial } : {}),
  };
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Bounds and initial value only when Slack would accept them: finite, min ≤ max, initial in range. */
function numberInput(id: string, initial?: number, min?: number, max?: number): NumberInput {
  const finite = (value: number | undefined) =>
    value !== undefined && Number.isFinite(value) ? value : undefined;
  let low = finite(min);
  let high = finite(max);
  if (low !== undefined && high !== undefined && low > high) [low, high] = [undefined, undefined];
  const start = finite(initial);
  const inRange =
    start !== undefined && (low === undefined || start >= low) && (high === undefined || start <= high);
  const decimal = [start, low, high].some((value) => value !== undefined && !Number.isInteger(value));
  return {
    type: 'number_input',
    action_id: id,
    is_decimal_allowed: decimal,
    ...(inRange ? { initial_value: String(start) } : {}),
    ...(low === undefined ? {} : { min_value: String(low) }),
    ...(high === undefined ? {} : { max_value: String(high) }),
  };
}

function cutCodePoints(value: string, max: number): string {
  let out = '';
  for (const char of value) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** One input's state in `view.state.values`, as Bolt's `ViewStateValue` has it (only what we read). */
export interface SubmittedInput {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: readonly { value?: string }[] | null;
}

export type ModalStateValues = Readonly<Record<string, Readonly<Record<string, SubmittedInput>>>>;

/**
 * Field id → submitted value, for every input of a rendered form; `undefined` for an empty optional one.
 * Blocks that are not form fields are ignored.
 * https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 */
export function parseModalSubmission(values: ModalStateValues): Record<string, string | undefined> {
  const entries: [string, string | undefined][] = [];
  for (const [blockId, actions] of Object.entries(values)) {
    if (!blockId.startsWith(BLOCK_ID_PREFIX)) continue;
    const fieldId = blockId.slice(BLOCK_ID_PREFIX.length);
    const input = Object.hasOwn(actions, fieldId) ? actions[fieldId] : undefined;
    entries.push([fieldId, input === undefined ? undefined : submittedValue(input)]);
  }
  return Object.fromEntries(entries);
}

function submittedValue(input: SubmittedInput): string | undefined {
  const raw = rawValue(input);
  return raw === null || raw === undefined || raw === '' ? undefined : raw;
}

function rawValue(input: SubmittedInput): string | null | undefined {
  switch (input.type) {
    case 'plain_text_input':
    case 'number_input':
      return input.value;
    case 'datepicker':
      return input.selected_date;
    case 'static_select':
      return input.selected_option?.value;
    case 'multi_static_select':
      return joinValues(input.selected_options);
    default:
      return undefined;
  }
}

/** A multiselect's chosen values in the order Slack lists them, joined by ','; none chosen reads as ''. */
function joinValues(selected: readonly { value?: string }[] | null | undefined): string {
  return (selected ?? [])
    .map((option) => option.value)
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join(',');
}
