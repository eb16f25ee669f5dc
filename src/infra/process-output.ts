import { describeForLog, errorFields, type Logger } from './logger.ts';

/**
 * Makes everything the server process writes to stderr a JSON line of our logger (README: logs are JSON
 * lines, without care data). The SDKs print on their own: botbuilder's JWT validation and the Bot Framework
 * adapters use console.error with whole error objects (stack traces), Node prints its warnings, and an error
 * nobody caught would end in a stack trace. Only for the server: the CLI keeps printing for people.
 */
export function routeProcessOutputToLogger(logger: Logger, exit: (code: number) => void): void {
  const toLog =
    (at: 'debug' | 'warn' | 'error') =>
    (...parts: unknown[]) =>
      logger[at](`console: ${describeForLog(parts)}`);
  // console.log/info/debug are what SDKs use for chatter (some log whole activities): debug level.
  console.log = toLog('debug');
  console.info = toLog('debug');
  console.debug = toLog('debug');
  console.trace = toLog('debug');
  console.warn = toLog('warn');
  console.error = toLog('error');

  // Node prints warnings through a 'warning' listener of its own; replacing it keeps them as JSON.
  // https://nodejs.org/api/process.html#event-warning
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn('node warning', { warning: warning.name }));

  // A stray rejection is a bug to log, not a reason to stop serving everyone else.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', errorFields(reason)));
  // After an uncaught exception the process state is unknown: log it, then stop (the supervisor restarts).
  // https://nodejs.org/api/process.html#warning-using-uncaughtexception-correctly
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception, stopping', errorFields(error));
    exit(1);
  });
}
