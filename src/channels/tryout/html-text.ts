/**
 * Text to HTML for the try-out page. Everything a view says can echo what a user typed, so every string
 * goes through `escapeHtml` before it reaches markup; these two functions are the only way in.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** `*bold*` on one line, the one markup the view model knows (see view-model.ts). */
const BOLD = /\*([^*\n]+)\*/g;

/** An http(s) address up to whitespace or a character that cannot end one in running text. */
const URL = /https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)]/g;

/**
 * Escapes `value`, turns `*bold*` into <strong> (an unpaired `*` stays a literal asterisk) and http(s)
 * addresses into links, as Slack and Teams do, so an invitation's calendar link can be clicked.
 */
export function inlineHtml(value: string): string {
  let html = '';
  let last = 0;
  for (const match of value.matchAll(BOLD)) {
    const start = match.index ?? 0;
    html += linkedHtml(value.slice(last, start));
    html += `<strong>${linkedHtml(match[1] ?? '')}</strong>`;
    last = start + match[0].length;
  }
  return html + linkedHtml(value.slice(last));
}

function linkedHtml(value: string): string {
  let html = '';
  let last = 0;
  for (const match of value.matchAll(URL)) {
    const start = match.index ?? 0;
    const address = escapeHtml(match[0]);
    html += escapeHtml(value.slice(last, start));
    html += `<a href="${address}" rel="noopener noreferrer" target="_blank">${address}</a>`;
    last = start + match[0].length;
  }
  return html + escapeHtml(value.slice(last));
}
