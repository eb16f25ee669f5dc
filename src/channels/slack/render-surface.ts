import type { KnownBlock } from '@slack/types';
import { translate } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { button, buttons, type Form, type View } from '../../views/view-model.ts';
import { MAX_TEXT_OBJECT } from './block-kit-limits.ts';
import { contextBlock, type Piece, renderContent, section, titleLine } from './render-content.ts';
import { fitBlocks, type Group } from './render-fit.ts';
import { truncateMrkdwn } from './render-text.ts';

export interface SurfaceOptions {
  maxBlocks: number;
  maxText?: number;
  /** How this surface shows a form: inputs in a modal, a note elsewhere. */
  renderForm: (form: Form) => Group;
}

/** A view's blocks for one surface, within its limits, ending in a translated note if something was left out. */
export function renderSurfaceBlocks(view: View, locale: Locale, options: SurfaceOptions): KnownBlock[] {
  const groups = view.blocks.map(
    (block): Group =>
      block.type === 'form' ? options.renderForm(block.form) : { pieces: renderContent(block) },
  );
  return fitBlocks(groups, {
    maxBlocks: options.maxBlocks,
    maxText: options.maxText,
    summary: (hidden) => leftOutNote(locale, hidden),
  });
}

/**
 * Messages and the Home tab have no submit button, so a form there is its title and a note; the form
 * itself belongs in a modal (renderModal).
 */
export function formNote(locale: Locale) {
  return (form: Form): Group => {
    const pieces: Piece[] = [
      { block: section(titleLine(form.title)), items: 0 },
      {
        block: contextBlock(truncateMrkdwn(translate(locale, 'slack.form.not-here'), MAX_TEXT_OBJECT)),
        items: 0,
      },
    ];
    return { pieces: form.title.trim() === '' ? pieces.slice(1) : pieces };
  };
}

/**
 * A form in a message someone can answer from (a DM or mention reply): its title and a button that opens
 * it in a modal. `value` is the encoded `form.open` payload the button carries.
 */
export function formOpenButton(locale: Locale, value: string) {
  return (form: Form): Group => {
    const title: Piece[] =
      form.title.trim() === '' ? [] : [{ block: section(titleLine(form.title)), items: 0 }];
    const open = button(ActionIds.formOpen, translate(locale, 'slack.form.open'), {
      value,
      style: 'primary',
    });
    return { pieces: [...title, ...renderContent(buttons([open]))] };
  };
}

function leftOutNote(locale: Locale, hidden: number): KnownBlock {
  const text =
    hidden > 0
      ? translate(locale, 'slack.more-items', { count: hidden })
      : translate(locale, 'slack.more-content');
  return contextBlock(truncateMrkdwn(text, MAX_TEXT_OBJECT));
}
