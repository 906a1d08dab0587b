import { MongoClient, ObjectId } from 'mongodb';
import { post, timed } from './client';

/**
 * The floor of a stored turn on MongoDB: the echo bot's turn plus one read and one write of a
 * single document by _id on the same server, one after another, as a stored turn at best would do.
 */

export interface MongoFloor {
  turn(worker: number): Promise<number>;
  close(): Promise<void>;
}

export async function mongoFloor(uri: string, echoUrl: string, workers: number): Promise<MongoFloor> {
  const client = new MongoClient(uri);
  await client.connect();
  const collection = client.db(`bench_floor_${Date.now()}`).collection<{ _id: ObjectId; n: number; text: string }>('floor');
  const ids = Array.from({ length: workers }, () => new ObjectId());
  await collection.insertMany(ids.map((_id) => ({ _id, n: 0, text: 'x'.repeat(2000) })));
  return {
    async turn(worker) {
      const _id = ids[worker % ids.length];
      if (_id === undefined) throw new Error('no such worker');
      const { ms } = await timed(async () => {
        await post(echoUrl, `bench-floor-${worker}`, `bench-floor-user-${worker}`, { text: 'No' });
        const found = await collection.findOne({ _id });
        await collection.updateOne({ _id }, { $set: { n: (found?.n ?? 0) + 1 } });
      });
      return ms;
    },
    close: () => client.close(),
  };
}
