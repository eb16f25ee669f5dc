/** An expected infrastructure failure with a stable code (as Bolt's CodedError), for logs, CLI and tests. */
export class CodedError extends Error {
  /** The values in the message, so the CLI can say it again in the user's language. */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown; params?: Readonly<Record<string, string | number>> },
  ) {
    super(message, options);
    this.name = 'CodedError';
    this.params = options?.params ?? {};
  }
}
