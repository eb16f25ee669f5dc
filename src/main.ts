import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './infra/logger.ts';
import { routeProcessOutputToLogger } from './infra/process-output.ts';
import { startCasus } from './server.ts';

// Entry point of `npm start`. Configuration problems are printed one per line and stop startup.
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error('casus cannot start, the configuration has problems:');
  for (const problem of error.problems) console.error(`  ${problem}`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
// From here on every line on stderr is JSON: SDK console output, Node warnings, uncaught errors.
routeProcessOutputToLogger(logger, (code) => process.exit(code));
let casus: Awaited<ReturnType<typeof startCasus>>;
try {
  casus = await startCasus(config, logger);
} catch (error) {
  logger.error('casus could not start', {
    code: (error as { code?: string }).code,
    error: error instanceof Error ? error.message.split('\n')[0] : String(error),
  });
  process.exit(1);
}

let signals = 0;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    signals += 1;
    if (signals > 1) {
      logger.warn('second stop signal: exiting at once');
      process.exit(1);
    }
    logger.info('stopping', { signal });
    casus.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('stop failed', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  });
}
