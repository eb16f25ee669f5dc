import type { Logger } from '../../infra/logger.ts';

/**
 * POSTs to a response_url as Bolt's respond() does. True when Slack took it; false when the URL no longer
 * works (4xx: expired after 30 minutes or used 5 times), so the caller can answer another way.
 * A server or network failure throws, so that a job tries again later.
 * https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export async function postToResponseUrl(logger: Logger, url: string, body: unknown): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (response.ok) return true;
  if (response.status >= 500 || response.status === 429)
    throw new Error(`response_url answered ${response.status}`);
  logger.warn('slack: response_url refused the answer', { status: response.status });
  return false;
}

/** A short note only the presser sees; best effort, since it is itself the answer to a failure. */
export async function postNote(deps: { logger: Logger }, url: string, note: string): Promise<void> {
  try {
    await postToResponseUrl(deps.logger, url, {
      response_type: 'ephemeral',
      replace_original: false,
      text: note,
    });
  } catch {
    deps.logger.warn('slack: note to the presser could not be sent');
  }
}
