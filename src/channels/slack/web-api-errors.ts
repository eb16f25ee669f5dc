import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../app/ports/messenger.ts';

/** Slack-side trouble reported with HTTP 200 and ok:false; worth trying again later. */
const SERVER = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/**
 * A Web API failure as the outbox's DeliveryError. Anything else (a bug in rendering, say) is returned
 * unchanged: it is ours to fix, not the outbox's to classify.
 */
export function toDeliveryError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const options = { cause: error };
  switch (code) {
    case webApi.ErrorCode.RateLimitedError: {
      const seconds = (error as webApi.WebAPIRateLimitedError).retryAfter;
      return new DeliveryError('rate-limited', 'Slack rate limit', seconds * 1000, options);
    }
    case webApi.ErrorCode.RequestError:
      return new DeliveryError('network', 'Slack could not be reached', undefined, options);
    case webApi.ErrorCode.HTTPError: {
      const status = (error as webApi.WebAPIHTTPError).statusCode;
      const failure = status >= 500 ? 'server' : 'permanent';
      return new DeliveryError(failure, `Slack answered HTTP ${status}`, undefined, options);
    }
    case webApi.ErrorCode.PlatformError: {
      const slackError = (error as webApi.WebAPIPlatformError).data.error;
      if (slackError === 'ratelimited')
        return new DeliveryError('rate-limited', slackError, undefined, options);
      if (SERVER.has(slackError)) return new DeliveryError('server', slackError, undefined, options);
      // channel_not_found, not_in_channel, account_inactive, invalid_auth, token_revoked and every other
      // error code (invalid_blocks, msg_too_long…) come back the same on every retry: give up.
      // https://docs.slack.dev/reference/methods/chat.postMessage#errors
      return new DeliveryError('permanent', slackError, undefined, options);
    }
    default:
      return error;
  }
}
