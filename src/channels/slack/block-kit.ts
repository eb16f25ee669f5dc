/**
 * The Block Kit renderers the Slack channel uses, in one place: listeners and the messenger import them
 * from here, so the transport code never depends on how rendering is split over files.
 */

export { type ModalStateValues, parseModalSubmission } from './render-form.ts';
export { renderHome } from './render-home.ts';
export { renderMessage, type SlackMessage } from './render-message.ts';
export { renderModal } from './render-modal.ts';
