import { DeliveryError } from '../../app/ports/messenger.ts';
import type { Backoff } from '../jobs/backoff.ts';
import { jobErrorKind, maxErrorLength } from '../jobs/job-error.ts';

export interface FailureDecision {
  /** For OutboxMessage.lastError: the failure kind and the messenger's message, never the view or target. */
  lastError: string;
  /** Kind for logs. */
  kind: string;
  /** When to try again; null to give up (permanent, or out of attempts). */
  retryAt: Date | null;
}

/**
 * What to do after attempt number `attempt` (1-based) failed. Permanent failures (no conversation reference,
 * channel gone, token revoked) will not heal by waiting. Everything else is retried: 429 no earlier than the
 * platform's Retry-After, 5xx, Teams' 412 and network trouble with exponential backoff (floored by a
 * Retry-After if one came along). An error that is not a DeliveryError is a messenger that did not classify
 * it; it is retried like a network failure and recorded by its class only, since its message is unvetted.
 */
export function decideAfterFailure(
  error: unknown,
  {
    attempt,
    maxAttempts,
    now,
    backoff,
  }: { attempt: number; maxAttempts: number; now: Date; backoff: Backoff },
): FailureDecision {
  if (!(error instanceof DeliveryError)) {
    const kind = 'unexpected';
    return { kind, lastError: `${kind}: ${jobErrorKind(error)}`, retryAt: retryAt(backoff(attempt)) };
  }
  const { failure, retryAfterMs } = error;
  const lastError = truncate(`${failure}: ${error.message}`);
  if (failure === 'permanent') return { kind: failure, lastError, retryAt: null };
  const afterMs = validMs(retryAfterMs);
  const delayMs =
    failure === 'rate-limited' && afterMs !== undefined ? afterMs : Math.max(backoff(attempt), afterMs ?? 0);
  return { kind: failure, lastError, retryAt: retryAt(delayMs) };

  function retryAt(delayMs: number): Date | null {
    return attempt < maxAttempts ? new Date(now.getTime() + delayMs) : null;
  }
}

function validMs(ms: number | undefined): number | undefined {
  return ms !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

function truncate(text: string): string {
  return text.length > maxErrorLength ? `${text.slice(0, maxErrorLength - 1)}…` : text;
}
