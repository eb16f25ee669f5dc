/**
 * View text to Adaptive Card markdown. TextBlocks and facts in Teams are markdown (bold, italic, lists,
 * links): https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format
 * Text can echo what a user typed, so every markdown-significant character is backslash-escaped and
 * `[x](http://evil)` stays literal text. `<` and `>` are escaped too, so the string `<at>` never reaches
 * Teams: card mentions are `<at>name</at>` text plus an `msteams.entities` entry, and we send neither.
 *
 * Backslash escapes are CommonMark; older Teams mobile clients showed the backslash instead of hiding it
 * (https://github.com/microsoft/AdaptiveCards/issues/5590, fixed in
 * https://github.com/microsoft/Teams-AdaptiveCards-Mobile/pull/58). A visible backslash beats a link.
 */

/** Characters that start or end markup anywhere in a line, `\` first so escapes cannot be undone. */
const SIGNIFICANT = /[\\*_[\]`#<>&~|]/g;
/** List items, setext headings and rules only count at the start of a line. */
const LINE_START_MARKER = /^[-+=]/;
const LINE_START_ORDERED = /^(\d+)([.)])/;

/** `*bold*` as in view-model.ts, but not `2 * 3 * 4`: markdown does not bold text with spaces inside. */
const BOLD = /\*([^*\s](?:[^*\n]*[^*\s])?)\*/g;

/** Markdown only breaks a line on an empty line, so one newline in a view becomes two in the card. */
const NEWLINE = /\r\n|\r|\n/;
const PARAGRAPH = '\n\n';

/** `value` as literal text in markdown: no markup at all. */
export function escapeMarkdown(value: string): string {
  return lines(value)
    .map((line) => escapeSegment(line, true))
    .join(PARAGRAPH);
}

/** `value` with `*bold*` turned into `**bold**` and everything else literal. */
export function inlineMarkdown(value: string): string {
  return lines(value).map(inlineLine).join(PARAGRAPH);
}

/**
 * At most `max` characters, ending in "…" when cut. Cuts before escaping, so an escape is never split;
 * never splits a surrogate pair, so an emoji cannot become a broken character.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max - 1);
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

/** Leading spaces would make an indented code block; blank lines would stack up empty paragraphs. */
function lines(value: string): string[] {
  return value
    .split(NEWLINE)
    .map((line) => line.trimStart())
    .filter((line) => line !== '');
}

function inlineLine(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(BOLD)) {
    const start = match.index ?? 0;
    out += escapeSegment(line.slice(last, start), last === 0);
    out += `**${escapeSegment(match[1] ?? '', false)}**`;
    last = start + match[0].length;
  }
  return out + escapeSegment(line.slice(last), last === 0);
}

function escapeSegment(segment: string, atLineStart: boolean): string {
  const escaped = segment.replace(SIGNIFICANT, '\\$&');
  if (!atLineStart) return escaped;
  return escaped.replace(LINE_START_MARKER, '\\$&').replace(LINE_START_ORDERED, '$1\\$2');
}
