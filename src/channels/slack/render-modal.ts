import type { ModalView } from '@slack/types';
import { translate } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Form, View } from '../../views/view-model.ts';
import {
  MAX_BLOCKS_PER_VIEW,
  MAX_CALLBACK_ID,
  MAX_MODAL_BUTTON,
  MAX_MODAL_TITLE,
  MAX_PRIVATE_METADATA,
} from './block-kit-limits.ts';
import { SlackRenderError } from './render-error.ts';
import { renderFormFields } from './render-form.ts';
import { renderSurfaceBlocks } from './render-surface.ts';
import { ELLIPSIS, plainText, truncatePlain } from './render-text.ts';

export interface ModalOptions {
  /** Routes the view_submission; at most 255 characters. Defaults to the form's id. */
  callbackId?: string;
  /** Comes back untouched with every interaction; at most 3,000 characters, never cut. */
  privateMetadata?: string;
}

/**
 * A view as a modal for views.open / views.push / views.update. The view's one form becomes input blocks
 * and the modal's submit button; read the submission back with `parseModalSubmission`. A view without a
 * form becomes a modal with only a close button.
 * https://docs.slack.dev/surfaces/modals
 */
export function renderModal(view: View, locale: Locale, options: ModalOptions = {}): ModalView {
  const forms = view.blocks.flatMap((block) => (block.type === 'form' ? [block.form] : []));
  // One modal has one submit button and one callback_id, so it can carry one form.
  if (forms.length > 1) throw new SlackRenderError('several-forms', { forms: forms.length });
  const form = forms[0];
  const callbackId = options.callbackId ?? form?.formId;
  checkMachineValues(callbackId, options.privateMetadata);

  const blocks = renderSurfaceBlocks(view, locale, {
    maxBlocks: MAX_BLOCKS_PER_VIEW,
    renderForm: (f) => ({ pieces: renderFormFields(f.fields), pinned: true }),
  });
  return {
    type: 'modal',
    ...(callbackId === undefined ? {} : { callback_id: callbackId }),
    ...(options.privateMetadata === undefined ? {} : { private_metadata: options.privateMetadata }),
    title: plainText(modalText(modalTitle(view, form, locale), MAX_MODAL_TITLE)),
    close: plainText(modalText(translate(locale, 'slack.modal.close'), MAX_MODAL_BUTTON)),
    ...(form === undefined ? {} : { submit: plainText(modalText(form.submitLabel, MAX_MODAL_BUTTON)) }),
    blocks,
  };
}

/** Metadata and callback ids are machine values: cutting them would corrupt them, so we refuse instead. */
function checkMachineValues(callbackId: string | undefined, privateMetadata: string | undefined): void {
  if (privateMetadata !== undefined && privateMetadata.length > MAX_PRIVATE_METADATA) {
    throw new SlackRenderError('private-metadata-too-long', {
      length: privateMetadata.length,
      limit: MAX_PRIVATE_METADATA,
    });
  }
  if (callbackId !== undefined && callbackId.length > MAX_CALLBACK_ID) {
    throw new SlackRenderError('callback-id-too-long', { length: callbackId.length, limit: MAX_CALLBACK_ID });
  }
}

function modalTitle(view: View, form: Form | undefined, locale: Locale): string {
  const header = view.blocks.find((block) => block.type === 'header')?.text;
  const candidates = [form?.title, header, view.fallbackText, translate(locale, 'slack.fallback')];
  return candidates.find((candidate) => candidate !== undefined && candidate.trim() !== '') ?? 'casus';
}

/** Titles and button labels are one short line; Slack rejects an empty one. */
function modalText(value: string, max: number): string {
  const text = truncatePlain(value.replace(/\s+/g, ' ').trim(), max);
  return text === '' ? ELLIPSIS : text;
}
