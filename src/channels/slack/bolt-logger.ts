import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../infra/logger.ts';

/** Long enough for Bolt's own sentences, short enough that a stray payload cannot land in the log whole. */
const MAX_MESSAGE = 200;

/**
 * Bolt and its WebClient log through this adapter into our structured logger. Bolt's debug lines can carry
 * whole request bodies (`ack() call begins (body: …)`), and bodies hold care data, so debug is dropped and
 * the other levels keep only short text and error names/codes.
 * https://docs.slack.dev/tools/bolt-js/concepts/logging
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const forward =
    (at: 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) =>
      logger[at](`slack: ${describe(parts)}`);
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

function describe(parts: unknown[]): string {
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part instanceof Error) {
        const code = (part as { code?: unknown }).code;
        return typeof code === 'string' ? `${part.name} (${code})` : part.name;
      }
      return typeof part;
    })
    .join(' ');
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}
