import { DeliveryError } from '../../app/ports/messenger.ts';

/**
 * A failed Bot Connector call as a DeliveryError the outbox can act on. The connector client throws
 * @azure/core-rest-pipeline's RestError: `statusCode` for HTTP answers, `code` such as REQUEST_SEND_ERROR
 * or ECONNREFUSED when no answer came. Status codes of the Connector API:
 * https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis
 */
export function toDeliveryError(error: unknown, nowMs: number): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const { statusCode, code, retryAfter } = describe(error);
  const options = { cause: error };
  if (statusCode === 429) {
    return new DeliveryError(
      'rate-limited',
      'Teams is throttling casus',
      retryAfterMs(retryAfter, nowMs),
      options,
    );
  }
  if (statusCode === 412)
    return new DeliveryError('precondition', 'Teams refused: precondition failed', undefined, options);
  if (statusCode !== undefined && statusCode >= 500) {
    return new DeliveryError(
      'server',
      `Teams answered ${statusCode}`,
      retryAfterMs(retryAfter, nowMs),
      options,
    );
  }
  // 400, 401, 403 (bot removed from the conversation), 404 (conversation gone): trying again won't help.
  if (statusCode !== undefined)
    return new DeliveryError('permanent', `Teams answered ${statusCode}`, undefined, options);
  if (code !== undefined)
    return new DeliveryError('network', `Teams could not be reached (${code})`, undefined, options);
  return new DeliveryError('server', 'sending to Teams failed', undefined, options);
}

interface Described {
  statusCode: number | undefined;
  code: string | undefined;
  retryAfter: string | undefined;
}

function describe(error: unknown): Described {
  if (typeof error !== 'object' || error === null)
    return { statusCode: undefined, code: undefined, retryAfter: undefined };
  const e = error as { statusCode?: unknown; code?: unknown; response?: { headers?: { get?: unknown } } };
  const get = e.response?.headers?.get;
  const retryAfter =
    typeof get === 'function' ? (get.call(e.response?.headers, 'retry-after') as unknown) : undefined;
  return {
    statusCode: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    code: typeof e.code === 'string' ? e.code : undefined,
    retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
  };
}

/** Retry-After is seconds or an HTTP date: https://www.rfc-editor.org/rfc/rfc9110#field.retry-after */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
