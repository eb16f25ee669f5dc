/**
 * Slack's Block Kit limits, in one place, each with where Slack documents it. Slack rejects a whole
 * message or view (`invalid_blocks`) when one value is over, so the renderers build within these numbers
 * instead of checking afterwards. Lengths are counted in UTF-16 code units (`string.length`), which is
 * never less than Slack's character count, so we err on the safe side.
 */

/** https://docs.slack.dev/reference/block-kit/blocks */
export const MAX_BLOCKS_PER_MESSAGE = 50;
/** https://docs.slack.dev/surfaces/modals and https://docs.slack.dev/surfaces/app-home */
export const MAX_BLOCKS_PER_VIEW = 100;

/** https://docs.slack.dev/reference/block-kit/blocks/section-block */
export const MAX_SECTION_TEXT = 3000;
export const MAX_SECTION_FIELDS = 10;
export const MAX_SECTION_FIELD_TEXT = 2000;

/** Any text object: https://docs.slack.dev/reference/block-kit/composition-objects/text-object */
export const MAX_TEXT_OBJECT = 3000;

/** plain_text only: https://docs.slack.dev/reference/block-kit/blocks/header-block */
export const MAX_HEADER_TEXT = 150;

/** https://docs.slack.dev/reference/block-kit/blocks/actions-block */
export const MAX_ACTIONS_ELEMENTS = 25;

/** https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const MAX_BUTTON_TEXT = 75;
export const MAX_BUTTON_VALUE = 2000;

/** https://docs.slack.dev/reference/block-kit/blocks/context-block */
export const MAX_CONTEXT_ELEMENTS = 10;

/** https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#static_select */
export const MAX_SELECT_OPTIONS = 100;
export const MAX_SELECT_OPTION_GROUPS = 100;
/** https://docs.slack.dev/reference/block-kit/composition-objects/option-object */
export const MAX_OPTION_TEXT = 75;
export const MAX_OPTION_VALUE = 150;
/** https://docs.slack.dev/reference/block-kit/composition-objects/option-group-object */
export const MAX_OPTION_GROUP_LABEL = 75;

/** https://docs.slack.dev/reference/block-kit/blocks/input-block */
export const MAX_INPUT_LABEL = 2000;
/** The highest `max_length` Slack accepts: https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element */
export const MAX_PLAIN_TEXT_INPUT = 3000;

/** block_id and action_id: https://docs.slack.dev/reference/block-kit/blocks */
export const MAX_BLOCK_ID = 255;
export const MAX_ACTION_ID = 255;

/** https://docs.slack.dev/reference/views (title, submit, close, private_metadata, callback_id) */
export const MAX_MODAL_TITLE = 24;
export const MAX_MODAL_BUTTON = 24;
export const MAX_PRIVATE_METADATA = 3000;
export const MAX_CALLBACK_ID = 255;

/**
 * Slack truncates a message `text` over 40,000 characters, but advises at most 4,000 for readable
 * notifications: https://docs.slack.dev/reference/methods/chat.postMessage#truncating
 */
export const MAX_MESSAGE_TEXT = 40_000;
export const FALLBACK_TEXT_LENGTH = 4000;

/**
 * Not documented: chat.postMessage answers `msg_blocks_too_long` once the text of all blocks together
 * passes roughly 12,000 characters, and people report it below that (11,341):
 * https://github.com/slackapi/bolt-js/issues/2509 and https://github.com/slackapi/bolt-js/issues/2867
 * We stay well under by counting the text of every text object in a message.
 */
export const MESSAGE_TEXT_BUDGET = 8000;
