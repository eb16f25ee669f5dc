import type { ActionId } from './action-ids.ts';

/**
 * One platform-neutral message. Slack Block Kit, Teams Adaptive Cards and the try-out HTML page each
 * render it with a pure function, so use cases never see a platform schema.
 *
 * Text is "markdown-light": `*bold*` is the only markup. Renderers escape everything else, because text
 * can echo what a user typed (Slack would otherwise expand `<!channel>`).
 */
export interface View {
  /** Plain text for notifications, screen readers and clients that cannot show blocks. Never empty. */
  fallbackText: string;
  blocks: readonly Block[];
  /**
   * 'error': the answer says the request failed (an unknown or stale button, a failure of ours). A press on a
   * message shared in a channel then gets it privately, instead of replacing that message for everyone.
   */
  kind?: 'error';
}

export type Block =
  | HeaderBlock
  | TextBlock
  | SectionBlock
  | FieldsBlock
  | ButtonsBlock
  | ListBlock
  | FormBlock
  | DividerBlock
  | ContextBlock
  | ChartBlock;

export interface HeaderBlock {
  type: 'header';
  text: string;
}

export interface TextBlock {
  type: 'text';
  text: string;
}

export interface SectionBlock {
  type: 'section';
  title?: string;
  text: string;
}

export interface Field {
  label: string;
  value: string;
}

export interface FieldsBlock {
  type: 'fields';
  fields: readonly Field[];
}

export interface Button {
  actionId: ActionId;
  label: string;
  /** An encoded payload (see action-payload.ts), at most 2000 characters because of Slack. */
  value?: string;
  style?: 'primary' | 'danger';
}

export interface ButtonsBlock {
  type: 'buttons';
  buttons: readonly Button[];
}

export interface ListItem {
  text: string;
  /** Small print next to the item, such as a date or "coming soon". */
  meta?: string;
}

export interface ListBlock {
  type: 'list';
  title?: string;
  items: readonly ListItem[];
}

interface FormFieldBase {
  id: string;
  label: string;
  required: boolean;
}

export type FormField =
  | (FormFieldBase & { kind: 'text'; initial?: string })
  | (FormFieldBase & { kind: 'textarea'; initial?: string })
  | (FormFieldBase & {
      kind: 'select';
      options: readonly { value: string; label: string }[];
      initial?: string;
    })
  /** Dates as 'YYYY-MM-DD' in Europe/Amsterdam: a due date is a day, not an instant. */
  | (FormFieldBase & { kind: 'date'; initial?: string })
  | (FormFieldBase & { kind: 'number'; initial?: number; min?: number; max?: number })
  /** Several of the options; submitted as their values joined by ','. Option values never contain ','. */
  | (FormFieldBase & {
      kind: 'multiselect';
      options: readonly { value: string; label: string }[];
      initial?: readonly string[];
    });

export interface Form {
  /** Routes the submission: `<kind>` or `<kind>:<subject>` (see app/feature.ts splitFormId). */
  formId: string;
  title: string;
  submitLabel: string;
  fields: readonly FormField[];
}

export interface FormBlock {
  type: 'form';
  form: Form;
}

export interface DividerBlock {
  type: 'divider';
}

export interface ContextBlock {
  type: 'context';
  text: string;
}

/** One bar or point of a chart: a label (a week, "W49") and its value; null when there is nothing to measure. */
export interface ChartPoint {
  label: string;
  value: number | null;
}

/**
 * A small trend (one series, oldest first) that each platform draws as well as it can: an SVG on the try-out
 * page, a chart element in a Teams card, text bars in Slack. `summary` is the accessible text fallback (one
 * sentence with the figures that matter), shown or read where the chart cannot be, and `unit` follows each
 * value in text ("%", " days").
 */
export interface ChartBlock {
  type: 'chart';
  title: string;
  /** Appended to a value in text, e.g. '%' or ' d'; '' for a count. */
  unit: string;
  summary: string;
  series: readonly ChartPoint[];
  /** Write decimals with a comma (Dutch: 3,4) instead of a point. */
  decimalComma?: boolean;
}

export function createView(fallbackText: string, blocks: readonly Block[]): View {
  if (fallbackText.trim() === '') throw new Error('A view needs a plain-text fallback');
  return { fallbackText, blocks };
}

export const header = (text: string): HeaderBlock => ({ type: 'header', text });
export const text = (text: string): TextBlock => ({ type: 'text', text });
export const section = (text: string, title?: string): SectionBlock => ({ type: 'section', title, text });
export const fields = (fields: readonly Field[]): FieldsBlock => ({ type: 'fields', fields });
export const buttons = (buttons: readonly Button[]): ButtonsBlock => ({ type: 'buttons', buttons });
export const list = (items: readonly ListItem[], title?: string): ListBlock => ({
  type: 'list',
  title,
  items,
});
export const form = (form: Form): FormBlock => ({ type: 'form', form });
export const divider = (): DividerBlock => ({ type: 'divider' });
export const context = (text: string): ContextBlock => ({ type: 'context', text });
export const chart = (chart: Omit<ChartBlock, 'type'>): ChartBlock => ({ type: 'chart', ...chart });

/**
 * A chart point's value as text: '–' when there is none, at most one decimal (with a comma when
 * `decimalComma`, as Dutch writes it), then the unit.
 */
export function chartValueText(value: number | null, unit: string, decimalComma = false): string {
  if (value === null) return '–';
  const number = String(Math.round(value * 10) / 10);
  return `${decimalComma ? number.replace('.', ',') : number}${unit}`;
}

export function button(
  actionId: ActionId,
  label: string,
  options: { value?: string; style?: Button['style'] } = {},
): Button {
  return { actionId, label, ...options };
}

/** `*text*`, the one markup that text blocks understand. */
export function bold(value: string): string {
  return `*${value}*`;
}
