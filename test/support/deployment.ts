import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '../../bot/storage/types';
import type { AssistantWiring } from '../../bot/app';
import { dropDatabase, openStore, startTestAssistant, type StoreKind, type TestAssistant } from './assistant';

/**
 * One deployment over HTTP: as many assistants as a test starts, one per development identity, all on
 * one store, and that store opened beside them as an operator would (with the test data keys). Set up
 * and torn down with the describe block that calls it; on MongoDB its database is dropped at the end.
 */
export interface Deployment {
  /** Starts one more assistant on the deployment's store, as the development identity named. */
  start(identity: string): Promise<TestAssistant>;
  /** The store beside the assistants: opened before the first test. */
  side(): Storage;
  /** The assistants started so far, oldest first. */
  started(): readonly TestAssistant[];
}

/** What every assistant of a deployment starts with besides its identity: settings (environment) and test wiring. */
export interface DeploymentOptions {
  settings?: Record<string, string>;
  wiring?: AssistantWiring;
}

export function deploymentOnOneStore(store: StoreKind, name: string, { settings = {}, wiring = {} }: DeploymentOptions = {}): Deployment {
  const apps: TestAssistant[] = [];
  let side: Storage | undefined;
  const database = `${name}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const dataFile = join(mkdtempSync(join(tmpdir(), `cse-${name}-`)), 'assistant.db');
  const shared: Record<string, string> = store === 'embedded' ? { DATA_FILE: dataFile } : { MONGODB_DB: database };

  beforeAll(async () => {
    side = await openStore(store, dataFile, database);
  });
  afterAll(async () => {
    await side?.close();
    for (const app of apps) await app.stop();
    await dropDatabase(store, database);
  });

  return {
    async start(identity: string): Promise<TestAssistant> {
      const app = await startTestAssistant(store, { ...settings, ...shared, DEV_IDENTITY: identity }, database, wiring);
      apps.push(app);
      return app;
    },
    started: () => apps,
    side(): Storage {
      if (side === undefined) throw new Error('the store beside the assistants is opened in beforeAll');
      return side;
    },
  };
}
