/**
 * A small structured logger: one JSON line per event on stderr. Log ids and codes, never secrets or care
 * data (no household details, no message text).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const log =
    (at: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (order[at] < order[level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields }));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Long enough for an SDK's own sentence, short enough that a stray payload cannot land in the log whole. */
const MAX_DESCRIPTION = 200;

/**
 * What an SDK handed its logger or console.*, in a form safe for ours: strings by their first line only
 * (a stack trace, or a request body an SDK appended, stays out), errors by name and code (their messages
 * can quote query arguments or payloads), anything else by its type.
 */
export function describeForLog(parts: readonly unknown[]): string {
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part.trim().split('\n', 1)[0] ?? '';
      if (part instanceof Error) return errorName(part);
      return typeof part;
    })
    .join(' ');
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION)}…` : text;
}

/** An error as log fields: its name and code, never its message or stack. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return { error: error.name, code: typeof code === 'string' || typeof code === 'number' ? code : undefined };
}

function errorName(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} (${code})` : error.name;
}
