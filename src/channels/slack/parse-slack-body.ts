/**
 * Slack posts three body shapes to one URL: JSON for the Events API, a form for slash commands, and a form
 * with one `payload` field holding JSON for interactivity (buttons, modals).
 * https://docs.slack.dev/interactivity/handling-user-interaction#payloads
 */
export type SlackTransport = 'events' | 'command' | 'interactivity';

export type ParsedBody =
  | { ok: true; transport: SlackTransport; body: Record<string, unknown> }
  | { ok: false; reason: string };

const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Slack's deepest payloads (a block_actions repeating a message with rich text) nest about a dozen levels;
 * anything far deeper is not from Slack, and walking it would risk the stack.
 */
export const MAX_JSON_DEPTH = 64;

export function parseSlackBody(contentType: string | undefined, rawBody: string): ParsedBody {
  if (FORM.test(contentType ?? '')) {
    const form = new URLSearchParams(rawBody);
    const payload = form.get('payload');
    if (payload !== null) return parseJsonObject('interactivity', payload);
    const fields = Object.fromEntries(form);
    return Object.keys(fields).length > 0
      ? { ok: true, transport: 'command', body: fields }
      : fail('empty form');
  }
  if (JSON_TYPE.test(contentType ?? '')) return parseJsonObject('events', rawBody);
  return fail('unsupported content type');
}

function parseJsonObject(transport: SlackTransport, text: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  if (depthExceeds(value, MAX_JSON_DEPTH)) return fail('nested too deeply');
  return { ok: true, transport, body: value as Record<string, unknown> };
}

/** Iterative, so a hostile nesting cannot overflow the stack while being measured. */
function depthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

function fail(reason: string): ParsedBody {
  return { ok: false, reason };
}

/**
 * Slack's `ssl_check=1` probe is the one request Bolt answers without a signature: it carries nothing to
 * act on. https://docs.slack.dev/interactivity/implementing-slash-commands#ssl
 */
export function isSslCheck(contentType: string | undefined, rawBody: string): boolean {
  return FORM.test(contentType ?? '') && new URLSearchParams(rawBody).get('ssl_check') === '1';
}
