import type { Block, Button, Field, Form, FormField, ListItem, View } from '../../views/view-model.ts';
import { escapeHtml, inlineHtml } from './html-text.ts';
import { chartSvg } from './render-chart-svg.ts';

/**
 * The try-out renderer: one view → one HTML fragment, pure and total like the Block Kit and Adaptive
 * Card renderers. Every string is escaped (text can echo user input); `*bold*` becomes <strong>.
 *
 * The fallback text names the message for assistive technology, the way Slack and Teams use it for
 * notifications. Markup carries classes only, never inline styles, so the page's CSP can stay strict.
 */
export function renderViewHtml(view: View): string {
  const blocks = view.blocks.map(renderBlock).join('');
  return `<article class="casus-view" aria-label="${escapeHtml(view.fallbackText)}">${blocks}</article>`;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'header':
      return `<h2 class="view-header">${escapeHtml(block.text)}</h2>`;
    case 'text':
      return `<p class="view-text">${inlineHtml(block.text)}</p>`;
    case 'section':
      return `<section class="view-section">${titleHtml(block.title)}<p class="view-text">${inlineHtml(block.text)}</p></section>`;
    case 'fields':
      return `<dl class="view-fields">${block.fields.map(fieldHtml).join('')}</dl>`;
    case 'buttons':
      return `<div class="view-buttons">${block.buttons.map(buttonHtml).join('')}</div>`;
    case 'list':
      return `<section class="view-list">${titleHtml(block.title)}<ul>${block.items.map(listItemHtml).join('')}</ul></section>`;
    case 'form':
      return formHtml(block.form);
    case 'divider':
      return '<hr class="view-divider">';
    case 'context':
      return `<p class="view-context"><small>${inlineHtml(block.text)}</small></p>`;
    case 'chart':
      return chartSvg(block);
    default:
      // Unreachable for typed callers; a block kind from a newer core renders as nothing, not a crash.
      return unknownBlock(block);
  }
}

function unknownBlock(_block: never): string {
  return '';
}

function titleHtml(title: string | undefined): string {
  return title ? `<h3 class="view-title">${escapeHtml(title)}</h3>` : '';
}

function fieldHtml(field: Field): string {
  return `<div><dt>${escapeHtml(field.label)}</dt><dd>${inlineHtml(field.value)}</dd></div>`;
}

function listItemHtml(item: ListItem): string {
  const meta = item.meta ? ` <span class="view-meta">${escapeHtml(item.meta)}</span>` : '';
  return `<li>${inlineHtml(item.text)}${meta}</li>`;
}

/** The page's script posts data-action-id and data-value to /tryout/action; a missing value sends none. */
function buttonHtml(button: Button): string {
  const style = button.style ? ` ${button.style}` : '';
  const value = button.value === undefined ? '' : ` data-value="${escapeHtml(button.value)}"`;
  return `<button type="button" class="view-button${style}" data-action-id="${escapeHtml(button.actionId)}"${value}>${escapeHtml(button.label)}</button>`;
}

/** Labels wrap their control, so the fragment needs no element ids that a second copy would duplicate. */
function formHtml(form: Form): string {
  const fields = form.fields.map(formFieldHtml).join('');
  return (
    `<form class="view-form" data-form-id="${escapeHtml(form.formId)}">` +
    `<fieldset><legend>${escapeHtml(form.title)}</legend>${fields}` +
    `<button type="submit" class="view-button primary">${escapeHtml(form.submitLabel)}</button>` +
    '</fieldset></form>'
  );
}

function formFieldHtml(field: FormField): string {
  const marker = field.required ? ' <span class="required" aria-hidden="true">*</span>' : '';
  const label = `${escapeHtml(field.label)}${marker}`;
  if (field.kind === 'multiselect') return choicesHtml(field, label);
  return `<label class="view-field"><span class="view-field-label">${label}</span>${controlHtml(field)}</label>`;
}

/**
 * A multiselect as a group of checkboxes sharing the field's name; the page's script joins the checked
 * values with ','. HTML cannot say "at least one of these", so a required group carries data-required and
 * the script asks for a choice before it sends.
 */
function choicesHtml(field: Extract<FormField, { kind: 'multiselect' }>, label: string): string {
  const initial = new Set(field.initial ?? []);
  const required = field.required ? ' data-required' : '';
  const boxes = field.options
    .map((option) => {
      const checked = initial.has(option.value) ? ' checked' : '';
      return `<label class="view-choice"><input type="checkbox" name="${escapeHtml(field.id)}" value="${escapeHtml(option.value)}"${checked}> ${escapeHtml(option.label)}</label>`;
    })
    .join('');
  return `<fieldset class="view-field view-choices" data-choices="${escapeHtml(field.id)}"${required}><legend class="view-field-label">${label}</legend>${boxes}</fieldset>`;
}

function controlHtml(field: Exclude<FormField, { kind: 'multiselect' }>): string {
  const name = `name="${escapeHtml(field.id)}"${field.required ? ' required' : ''}`;
  switch (field.kind) {
    case 'text':
      return `<input type="text" ${name}${valueAttr(field.initial)}>`;
    case 'date':
      return `<input type="date" ${name}${valueAttr(field.initial)}>`;
    case 'number': {
      const min = field.min === undefined ? '' : ` min="${field.min}"`;
      const max = field.max === undefined ? '' : ` max="${field.max}"`;
      return `<input type="number" ${name}${min}${max}${valueAttr(field.initial?.toString())}>`;
    }
    case 'textarea':
      return `<textarea ${name} rows="3">${escapeHtml(field.initial ?? '')}</textarea>`;
    case 'select': {
      // An empty first option when nothing is chosen yet, so `required` really asks for a choice.
      const empty = field.initial === undefined ? '<option value=""></option>' : '';
      const options = field.options
        .map((option) => {
          const selected = option.value === field.initial ? ' selected' : '';
          return `<option value="${escapeHtml(option.value)}"${selected}>${escapeHtml(option.label)}</option>`;
        })
        .join('');
      return `<select ${name}>${empty}${options}</select>`;
    }
  }
}

function valueAttr(value: string | undefined): string {
  return value === undefined ? '' : ` value="${escapeHtml(value)}"`;
}
