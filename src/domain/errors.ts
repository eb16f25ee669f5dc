/**
 * Expected failures, each with a code and the values its message needs. The edge turns them into a
 * catalogue message (`error.<code>`), so users never see a stack trace.
 */
export type ErrorParams = {
  'unknown-command': { word: string };
  'missing-argument': { command: string; example: string };
  'unknown-household': { reference: string };
  'invalid-action-payload': Record<string, never>;
  'unknown-action': { actionId: string };
  'not-available-yet': { command: string };
};

export type ErrorCode = keyof ErrorParams;

export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'DomainError';
  readonly code: C;
  readonly params: ErrorParams[C];

  constructor(code: C, params: ErrorParams[C], options?: { cause?: unknown }) {
    // Only the code goes into `message`: params can hold user input, which must not end up in logs.
    super(code, options);
    this.code = code;
    this.params = params;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
