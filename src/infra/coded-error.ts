/** An expected infrastructure failure with a stable code (as Bolt's CodedError), for logs, CLI and tests. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CodedError';
  }
}
