/**
 * Slack posts three body shapes to one URL: JSON for the Events API, a form for slash commands, and a form
 * with one `payload` field holding JSON for interactivity (buttons, modals).
 * https://docs.slack.dev/interactivity/handling-user-interaction#payloads
 */
export type ParsedBody = { ok: true; body: Record<string, unknown> } | { ok: false; reason: string };

const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const JSON_TYPE = /^application\/json\s*(;|$)/i;

export function parseSlackBody(contentType: string | undefined, rawBody: string): ParsedBody {
  if (FORM.test(contentType ?? '')) {
    const form = new URLSearchParams(rawBody);
    const payload = form.get('payload');
    if (payload !== null) return parseJsonObject(payload);
    const fields = Object.fromEntries(form);
    return Object.keys(fields).length > 0 ? { ok: true, body: fields } : fail('empty form');
  }
  if (JSON_TYPE.test(contentType ?? '')) return parseJsonObject(rawBody);
  return fail('unsupported content type');
}

function parseJsonObject(text: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  return { ok: true, body: value as Record<string, unknown> };
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
