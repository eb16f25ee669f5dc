import { CodedError } from '../coded-error.ts';

export const maxErrorLength = 1000;

/**
 * What `lastError` keeps of a failure: the code and message only, truncated. Never the payload, the stack or a
 * thrown non-Error value, which may carry care data.
 */
export function describeJobError(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error value thrown (${typeof error})`;
  const text = error instanceof CodedError ? `${error.code}: ${error.message}` : error.message || error.name;
  return text.length > maxErrorLength ? `${text.slice(0, maxErrorLength - 1)}…` : text;
}

/** For logs, which must not carry care data: the error's code or class, never its message. */
export function jobErrorKind(error: unknown): string {
  if (error instanceof CodedError) return error.code;
  return error instanceof Error ? error.name : typeof error;
}
