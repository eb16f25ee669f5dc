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

/** Escapes `value` and turns `*bold*` into <strong>; an unpaired `*` stays a literal asterisk. */
export function inlineHtml(value: string): string {
  let html = '';
  let last = 0;
  for (const match of value.matchAll(BOLD)) {
    const start = match.index ?? 0;
    html += escapeHtml(value.slice(last, start));
    html += `<strong>${escapeHtml(match[1] ?? '')}</strong>`;
    last = start + match[0].length;
  }
  return html + escapeHtml(value.slice(last));
}
