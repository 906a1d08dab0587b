import { startAssistant } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger, routeConsoleTo } from './logger';

/** Start-up: parse the environment once, start, and stop gracefully on SIGTERM or SIGINT. */

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  routeConsoleTo(logger);
  const assistant = await startAssistant(config, logger);
  // Alerts to the people a submitted record is routed to (docs/roles-and-alerts.md); stopped by assistant.stop().
  assistant.alerts.start(config.alerts.intervalMs);
  logger.info({ port: assistant.port, host: assistant.host, storage: assistant.storageKind, node: process.version }, 'assistant listening');
  if (config.auth === undefined) {
    logger.warn(`no MICROSOFT_APP_ID: listening on ${assistant.host} only, with the local web chat at http://localhost:${assistant.port}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new requests; finishing turns in flight');
    await assistant.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    // Start-up handles no conversation yet, so its error message carries no personal data.
    process.stderr.write(`The assistant could not start: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}\n`);
  }
  process.exit(1);
});
