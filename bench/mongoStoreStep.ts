import { performance } from 'node:perf_hooks';
import { openMongoStorage } from '../bot/storage/mongo.storage';
import { ms, summarise } from './stats';

/**
 * `MONGODB_URI=... node --import tsx bench/mongoStoreStep.ts`: a journey step's store work alone
 * (one load, one save) on MongoDB, with BENCH_CONVERSATIONS (default 200) conversations of three
 * revisions each already stored, in a database of its own that is dropped afterwards. On FerretDB
 * 1.24 every lookup reads the whole collection, so the figures grow with what is stored.
 * Two passes: "warm", by the instance that stored them (as the instance serving a conversation);
 * "cold", by a second instance that has not read them before (after a restart, or another instance).
 */

const STEPS = 200;

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (uri === undefined || uri === '') throw new Error('set MONGODB_URI');
  const conversations = Number(process.env.BENCH_CONVERSATIONS ?? 200);
  const database = `bench_store_${Date.now()}`;
  const storage = await openMongoStorage({ uri, database });
  const later = new Date(Date.now() + 86_400_000);
  const state = { step: 'fictional', padding: 'x'.repeat(2_000) };
  try {
    for (let c = 0; c < conversations; c += 1) {
      for (let revision = 0; revision < 3; revision += 1) await storage.conversations.save(`conv-bench-${c}`, revision, state, later, new Date());
    }
    // The heads moved after the stored revisions' answers have landed before anything is timed.
    const conversationStore: object = storage.conversations;
    if ('settled' in conversationStore && typeof conversationStore.settled === 'function') await (conversationStore.settled as () => Promise<void>)();
    const pass = async (by: typeof storage, name: string): Promise<void> => {
      const loads: number[] = [];
      const saves: number[] = [];
      for (let i = 0; i < STEPS; i += 1) {
        const id = `conv-bench-${i % conversations}`;
        const start = performance.now();
        const { revision } = await by.conversations.load(id, new Date());
        const loaded = performance.now();
        const saved = await by.conversations.save(id, revision, state, later, new Date());
        if (!saved.ok) throw new Error('unexpected conflict: nothing else writes here');
        loads.push(loaded - start);
        saves.push(performance.now() - loaded);
      }
      const load = summarise(loads);
      const save = summarise(saves);
      process.stdout.write(`${name}, ${conversations} conversations stored: load p50 ${ms(load.p50)}, save p50 ${ms(save.p50)}, step p50 ${ms(load.p50 + save.p50)} (n ${STEPS})\n`);
    };
    await pass(storage, 'warm');
    const other = await openMongoStorage({ uri, database });
    try {
      await pass(other, 'cold');
    } finally {
      await other.close();
    }
  } finally {
    await storage.close();
    const { MongoClient } = await import('mongodb');
    const client = new MongoClient(uri);
    await client.db(database).dropDatabase().finally(() => client.close());
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
