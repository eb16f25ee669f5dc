import { translate } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Form, FormField } from '../../views/view-model.ts';
import { executeAction } from './adaptive-card-actions.ts';
import { MAX_CHOICES, MAX_LABEL_CHARS, MAX_TITLE_CHARS } from './adaptive-card-limits.ts';
import { FORM_SUBMIT_VERB, inputIdOf } from './adaptive-card-submission.ts';
import { escapeMarkdown, truncate } from './adaptive-card-text.ts';
import type { CardChoice, CardContainer, CardElement } from './adaptive-card-types.ts';

/** Typing limits in the card; the parser accepts more, so a client that ignores them is still read. */
const MAX_TEXT_INPUT_CHARS = 500;
const MAX_TEXTAREA_CHARS = 2_000;
/** A multiselect with at most this many options shows checkboxes; a longer one a dropdown that takes several. */
const MAX_CHECKBOXES = 6;

/**
 * A form as inputs plus one submit button. Teams checks `isRequired` (and a number's min and max)
 * before it sends anything and shows `errorMessage` under the input:
 * https://learn.microsoft.com/adaptive-cards/authoring-cards/input-validation
 * Labels, choices and error messages are plain text in a card, so they are not markdown-escaped.
 */
export function formContainer(form: Form, locale: Locale): CardContainer {
  const title: CardElement = {
    type: 'TextBlock',
    text: escapeMarkdown(truncate(form.title, MAX_TITLE_CHARS)),
    wrap: true,
    weight: 'Bolder',
  };
  const submit = executeAction({
    title: truncate(form.submitLabel, MAX_LABEL_CHARS),
    verb: FORM_SUBMIT_VERB,
    data: { formId: form.formId },
    style: 'positive',
    associatedInputs: 'auto',
  });
  return {
    type: 'Container',
    items: [
      title,
      ...form.fields.map((field) => formInput(field, locale)),
      { type: 'ActionSet', actions: [submit] },
    ],
  };
}

function formInput(field: FormField, locale: Locale): CardElement {
  const label = truncate(field.label, MAX_LABEL_CHARS);
  const base = { id: inputIdOf(field.id), label, isRequired: field.required };
  const required = field.required
    ? { errorMessage: translate(locale, 'card.field-required', { field: label }) }
    : {};
  switch (field.kind) {
    case 'text':
      return {
        type: 'Input.Text',
        ...base,
        ...required,
        maxLength: MAX_TEXT_INPUT_CHARS,
        value: field.initial,
      };
    case 'textarea':
      return {
        type: 'Input.Text',
        ...base,
        ...required,
        isMultiline: true,
        maxLength: MAX_TEXTAREA_CHARS,
        value: field.initial,
      };
    case 'date':
      return { type: 'Input.Date', ...base, ...required, value: field.initial };
    case 'select':
      return {
        type: 'Input.ChoiceSet',
        ...base,
        ...required,
        style: 'compact',
        isMultiSelect: false,
        choices: cardChoices(field.options),
        value: field.initial,
      };
    case 'multiselect': {
      const choices = cardChoices(field.options);
      // Only values the card offers, in the options' order; none chosen leaves `value` out.
      const initial = new Set(field.initial ?? []);
      const value = choices
        .filter((choice) => initial.has(choice.value))
        .map((choice) => choice.value)
        .join(',');
      return {
        type: 'Input.ChoiceSet',
        ...base,
        ...required,
        style: choices.length <= MAX_CHECKBOXES ? 'expanded' : 'compact',
        isMultiSelect: true,
        choices,
        value: value === '' ? undefined : value,
      };
    }
    case 'number': {
      const { min, max } = field;
      const errorMessage =
        min !== undefined && max !== undefined
          ? translate(locale, 'card.number-range', { field: label, min, max })
          : translate(locale, 'card.number-invalid', { field: label });
      return { type: 'Input.Number', ...base, errorMessage, min, max, value: field.initial };
    }
  }
}

function cardChoices(options: readonly { value: string; label: string }[]): CardChoice[] {
  return options
    .slice(0, MAX_CHOICES)
    .map((option) => ({ title: truncate(option.label, MAX_LABEL_CHARS), value: option.value }));
}
