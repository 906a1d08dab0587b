import { createKnowledgeIndex } from '../knowledge/search';
import { allEntries } from '../knowledge/entries';
import { openEntry, answerQuestion } from '../dialogs/question';
import { createAdapter } from './adapter';
import { AssistantBot } from './assistantBot';
import { ConfigError, loadConfig } from './config';
import { createI18n } from './i18n';
import { createLogger } from './logger';
import { createServer } from './server';
import { openStorage } from './storage/open';
import { createTurnRunner } from './turnRunner';

/** The composition root: config → storage → i18n → adapter → handler → routes. Nothing else. */

const SWEEP_EVERY_MS = 15 * 60_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const storage = await openStorage(config.storage);
  const i18n = await createI18n();
  const knowledge = createKnowledgeIndex(allEntries);
  const runTurn = createTurnRunner({
    storage,
    logger,
    facts: { contacts: config.localContacts },
    conversationTtlMs: config.conversationTtlMs,
    draftTtlMs: config.draftTtlMs,
    knowledge: { answer: (text) => answerQuestion(text, knowledge), open: (id) => openEntry(id, knowledge) },
  });
  const adapter = createAdapter(config, i18n, logger);
  const bot = new AssistantBot(runTurn, i18n, logger);
  const server = createServer({ config, logger, adapter, bot, storage });
  const { port, host } = await server.listen();
  logger.info({ port, host, storage: storage.kind }, 'assistant listening');
  if (config.auth === undefined) {
    logger.warn(`no MICROSOFT_APP_ID: listening on ${host} only, with the local web chat at http://localhost:${port}`);
  }

  const sweep = setInterval(() => {
    storage.sweepExpired(new Date()).catch(() => logger.warn('sweep of expired drafts failed; it will be retried'));
  }, SWEEP_EVERY_MS);
  sweep.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new requests; finishing turns in flight');
    clearInterval(sweep);
    await server.close();
    await storage.close();
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
