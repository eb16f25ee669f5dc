import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { describeForLog, type Logger } from '../../infra/logger.ts';

/**
 * Bolt and its WebClient log through this adapter into our structured logger. Bolt's debug lines can carry
 * whole request bodies (`ack() call begins (body: …)`), and bodies hold care data, so debug is dropped and
 * the other levels keep only a short first line and error names/codes (describeForLog): Bolt also logs
 * `${error}` inside its sentences, and an error's later lines can be a stack trace or quoted data.
 * https://docs.slack.dev/tools/bolt-js/concepts/logging
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const forward =
    (at: 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) =>
      logger[at](`slack: ${describeForLog(parts)}`);
  return {
    debug() {},
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
    setLevel(next) {
      level = next;
    },
    getLevel: () => level,
    setName() {},
  };
}
