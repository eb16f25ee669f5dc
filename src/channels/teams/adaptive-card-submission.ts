import { z } from 'zod';
import { MAX_VALUE_LENGTH } from '../../views/action-payload.ts';

/**
 * What a card sends back when someone presses a button or submits a form, and how to read it.
 *
 * Teams delivers the same `data` two ways: Action.Execute arrives as an `adaptiveCard/action` invoke with
 * the data in `value.action.data`; its Action.Submit fallback (older clients) as a message activity
 * with the data in `value`. Both merge the card's input values into the data, keyed by input id:
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
 * Clients can send anything, so everything is checked here and again by the use case.
 */

/** The verb of every form's submit button; the form is told apart by `formId` in the data. */
export const FORM_SUBMIT_VERB = 'form.submit';
/** The verb Teams calls for an automatic refresh (user-specific views). */
export const REFRESH_VERB = 'card.refresh';

/**
 * Input ids carry a prefix so they can never collide with `actionId`, `formId` or `value` in the data
 * they are merged into. A card holds one set of input ids, so a view should hold one form.
 */
const INPUT_ID_PREFIX = 'field.';

export function inputIdOf(fieldId: string): string {
  return `${INPUT_ID_PREFIX}${fieldId}`;
}

export type CardSubmission =
  | { kind: 'action'; actionId: string; value?: string }
  | { kind: 'form'; formId: string; fields: Record<string, string | undefined> }
  | { kind: 'refresh' };

/** Far above any form we render (see MAX_INPUT_CHARS in adaptive-card-form.ts), far below harm. */
const MAX_SUBMITTED_CHARS = 10_000;
const MAX_SUBMITTED_FIELDS = 50;

const id = z.string().min(1).max(200);
/** Some clients send numbers and toggles as strings, others as JSON values; all become strings. */
const inputValue = z.union([z.string().max(MAX_SUBMITTED_CHARS), z.number().finite(), z.boolean()]);

// Passthrough: old clients ignore `associatedInputs: 'none'` and merge a form's inputs into button data.
const actionData = z
  .object({ actionId: id, value: z.string().max(MAX_VALUE_LENGTH).optional() })
  .passthrough();
const formData = z.object({ formId: id }).passthrough();
const refreshData = z.object({ refresh: z.literal(true) }).passthrough();

/**
 * The `data` of a pressed button or submitted form, or undefined when it is not one of ours. A form's
 * `fields` are keyed by the view's field ids; an empty input reads as undefined, because clients differ
 * in whether they send "" or leave the key out.
 */
export function parseCardSubmission(data: unknown): CardSubmission | undefined {
  const form = formData.safeParse(data);
  if (form.success) {
    const fields = formFields(form.data);
    return fields && { kind: 'form', formId: form.data.formId, fields };
  }
  const action = actionData.safeParse(data);
  if (action.success) {
    const { actionId, value } = action.data;
    return value === undefined ? { kind: 'action', actionId } : { kind: 'action', actionId, value };
  }
  return refreshData.safeParse(data).success ? { kind: 'refresh' } : undefined;
}

function formFields(data: Record<string, unknown>): Record<string, string | undefined> | undefined {
  const entries = Object.entries(data).filter(([key]) => key.startsWith(INPUT_ID_PREFIX));
  if (entries.length > MAX_SUBMITTED_FIELDS) return undefined;
  const fields: [string, string | undefined][] = [];
  for (const [key, raw] of entries) {
    const parsed = inputValue.safeParse(raw);
    if (!parsed.success) return undefined;
    const text = String(parsed.data);
    fields.push([key.slice(INPUT_ID_PREFIX.length), text === '' ? undefined : text]);
  }
  // fromEntries defines own properties, so a field called `__proto__` stays a plain key.
  return Object.fromEntries(fields);
}

const invokeActivity = z.object({
  type: z.literal('invoke'),
  name: z.literal('adaptiveCard/action'),
  value: z.object({ action: z.object({ type: z.literal('Action.Execute'), data: z.unknown() }) }),
});
const submitActivity = z.object({ type: z.literal('message'), value: z.record(z.unknown()) });

/**
 * Where the card data sits in a Teams activity, or undefined for an activity that carries none
 * (an ordinary message, another invoke).
 */
export function cardDataOf(activity: unknown): unknown {
  const invoke = invokeActivity.safeParse(activity);
  if (invoke.success) return invoke.data.value.action.data;
  const submit = submitActivity.safeParse(activity);
  return submit.success ? submit.data.value : undefined;
}
