import type { MrkdwnElement, PlainTextElement } from '@slack/types';

/**
 * Markdown-light to Slack text. Slack reads `&`, `<` and `>` as control characters in every text object
 * (`<!channel>` pings a channel, `<@U123>` a person), so they are always escaped; `*bold*` is the one
 * markup we pass on. https://docs.slack.dev/messaging/formatting-message-text#escaping
 *
 * Escaping maps every character to a fixed string, so a text's length after escaping is the sum of its
 * characters' lengths. Cutting and splitting therefore work per code point on the source text: a cut can
 * never land inside `&amp;` or between the halves of a surrogate pair.
 */

export const ELLIPSIS = '…';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The same rule as the try-out page: `*text*` on one line; an unpaired `*` stays a literal asterisk. */
const BOLD = /\*([^*\n]+)\*/g;

export function escapeSlack(value: string): string {
  return value.replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
}

export function escapedLength(value: string): number {
  return escapeSlack(value).length;
}

/** Escaped mrkdwn for markdown-light text. Bold markers map one to one, so the length is `escapedLength`. */
export function toMrkdwn(value: string): string {
  return escapeSlack(value);
}

/**
 * `verbatim` stops Slack from turning bare `@channel`, `#channel` or URLs into mentions and links, so
 * text that echoes user input cannot notify anyone.
 * https://docs.slack.dev/reference/block-kit/composition-objects/text-object
 */
export function mrkdwn(value: string): MrkdwnElement {
  return { type: 'mrkdwn', text: value, verbatim: true };
}

export function plainText(value: string): PlainTextElement {
  return { type: 'plain_text', text: value, emoji: true };
}

/** Escaped plain text of at most `max` characters, ending in "…" when cut. */
export function truncatePlain(value: string, max: number): string {
  const full = escapeSlack(value);
  if (full.length <= max) return full;
  return `${takeEscaped(value, max - ELLIPSIS.length).text.trimEnd()}${ELLIPSIS}`;
}

/** Escaped mrkdwn of at most `max` characters. A cut inside bold closes the bold after the "…". */
export function truncateMrkdwn(value: string, max: number): string {
  const full = toMrkdwn(value);
  if (full.length <= max) return full;
  let out = '';
  for (const { text, bold } of segments(value)) {
    const marker = bold ? '*' : '';
    const room = max - out.length - 2 * marker.length - ELLIPSIS.length;
    const kept = takeEscaped(text, room);
    if (kept.complete) {
      out += `${marker}${kept.text}${marker}`;
      continue;
    }
    const body = kept.text.trimEnd();
    if (bold && body !== '') return `${out}*${body}${ELLIPSIS}*`;
    return `${(out + body).trimEnd()}${ELLIPSIS}`;
  }
  return out;
}

/**
 * Source text in chunks whose escaped length is at most `max`: at paragraph breaks if possible, then at
 * line breaks, then between words, and only as a last resort inside a word. Empty chunks are dropped.
 */
export function splitText(value: string, max: number): string[] {
  return split(value, max)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
}

const SEPARATORS = ['\n\n', '\n', ' '] as const;

function split(value: string, max: number): string[] {
  if (escapedLength(value) <= max) return [value];
  for (const separator of SEPARATORS) {
    const parts = value.split(separator);
    if (parts.length > 1) return pack(parts, separator, max);
  }
  return hardSplit(value, max);
}

/** Greedily joins parts while they fit; a part too long on its own is split at a finer boundary. */
function pack(parts: readonly string[], separator: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let currentLength = -1; // -1: nothing collected yet
  for (const part of parts) {
    const partLength = escapedLength(part);
    if (currentLength >= 0 && currentLength + separator.length + partLength <= max) {
      current += separator + part;
      currentLength += separator.length + partLength;
      continue;
    }
    if (currentLength >= 0) chunks.push(current);
    if (partLength <= max) {
      current = part;
      currentLength = partLength;
    } else {
      chunks.push(...split(part, max));
      current = '';
      currentLength = -1;
    }
  }
  if (currentLength >= 0) chunks.push(current);
  return chunks;
}

function hardSplit(value: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = value;
  while (rest !== '') {
    const { source } = takeEscaped(rest, Math.max(max, 5));
    chunks.push(source);
    rest = rest.slice(source.length);
  }
  return chunks;
}

/** The longest prefix of `value`, whole code points only, whose escaped form fits in `room`. */
function takeEscaped(value: string, room: number): { text: string; source: string; complete: boolean } {
  let text = '';
  let source = '';
  for (const char of value) {
    const escaped = ESCAPES[char] ?? char;
    if (text.length + escaped.length > room) return { text, source, complete: false };
    text += escaped;
    source += char;
  }
  return { text, source, complete: true };
}

function segments(value: string): { text: string; bold: boolean }[] {
  const result: { text: string; bold: boolean }[] = [];
  let last = 0;
  for (const match of value.matchAll(BOLD)) {
    const start = match.index ?? 0;
    if (start > last) result.push({ text: value.slice(last, start), bold: false });
    result.push({ text: match[1] ?? '', bold: true });
    last = start + match[0].length;
  }
  if (last < value.length) result.push({ text: value.slice(last), bold: false });
  return result;
}
