/**
 * A view the Slack renderers cannot turn into valid Block Kit without losing meaning: a machine value that
 * would have to be cut (metadata, a button or option value, an id). Text is shortened instead, so these
 * are bugs in the code that built the view, never something a user typed.
 */
export type SlackRenderErrorCode =
  | 'private-metadata-too-long'
  | 'callback-id-too-long'
  | 'button-value-too-long'
  | 'option-value-invalid'
  | 'field-id-invalid'
  | 'duplicate-field-id'
  | 'select-without-options'
  | 'several-forms'
  | 'too-many-fields';

export class SlackRenderError extends Error {
  override readonly name = 'SlackRenderError';
  readonly code: SlackRenderErrorCode;
  /** Sizes and ids only, never content: content can be care data and ends up in logs. */
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: SlackRenderErrorCode, details: Readonly<Record<string, string | number>> = {}) {
    super(code);
    this.code = code;
    this.details = details;
  }
}
