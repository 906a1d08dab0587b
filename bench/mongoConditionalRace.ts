import { MongoClient } from 'mongodb';

/**
 * `MONGODB_URI=... node --import tsx bench/mongoConditionalRace.ts`: whether a conditional write of
 * one document by `_id` and revision is atomic on the server, which is what a conversation store
 * could use instead of an insert per revision. Two clients (as two instances would) race
 * `updateOne({_id, revision: r})` and `findOneAndUpdate({_id, revision: r})` from the same revision,
 * ROUNDS times each; on an atomic server exactly one wins every round. Prints the counts; exits 1
 * when any round had two winners. The database is its own and is dropped afterwards.
 */

const ROUNDS = Number(process.env.ROUNDS ?? 500);

interface HeadDoc {
  _id: string;
  revision: number;
  writer: string;
}

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (uri === undefined || uri === '') throw new Error('set MONGODB_URI');
  const [a, b] = [new MongoClient(uri), new MongoClient(uri)];
  await Promise.all([a.connect(), b.connect()]);
  const database = `bench_race_${Date.now()}`;
  const [ca, cb] = [a, b].map((client) => client.db(database).collection<HeadDoc>('heads'));
  if (ca === undefined || cb === undefined) throw new Error('no collections');
  try {
    await ca.insertOne({ _id: 'c', revision: 0, writer: '' });
    const tally = { updateOne: [0, 0, 0], findOneAndUpdate: [0, 0, 0] };
    for (let r = 0; r < ROUNDS; r += 1) {
      const [x, y] = await Promise.all(
        [ca, cb].map((c, i) => c.updateOne({ _id: 'c', revision: r }, { $set: { revision: r + 1, writer: `${i}-${r}` } })),
      );
      const wins = (x?.modifiedCount ?? 0) + (y?.modifiedCount ?? 0);
      tally.updateOne[wins] = (tally.updateOne[wins] ?? 0) + 1;
      if (wins === 0) break;
    }
    await ca.updateOne({ _id: 'c' }, { $set: { revision: 0 } });
    for (let r = 0; r < ROUNDS; r += 1) {
      const [x, y] = await Promise.all(
        [ca, cb].map((c, i) => c.findOneAndUpdate({ _id: 'c', revision: r }, { $set: { revision: r + 1, writer: `${i}-${r}` } })),
      );
      const wins = (x === null ? 0 : 1) + (y === null ? 0 : 1);
      tally.findOneAndUpdate[wins] = (tally.findOneAndUpdate[wins] ?? 0) + 1;
      if (wins === 0) break;
    }
    const line = (name: string, [none, one, both]: number[]) => `${name}: one winner ${one ?? 0}, two winners ${both ?? 0}, none ${none ?? 0}`;
    process.stdout.write(`${ROUNDS} rounds, two clients\n${line('updateOne', tally.updateOne)}\n${line('findOneAndUpdate', tally.findOneAndUpdate)}\n`);
    if ((tally.updateOne[2] ?? 0) > 0 || (tally.findOneAndUpdate[2] ?? 0) > 0) process.exitCode = 1;
  } finally {
    await a.db(database).dropDatabase().catch(() => undefined);
    await Promise.all([a.close(), b.close()]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
