import { ObjectId, type Collection } from 'mongodb';
import { z } from 'zod';
import { parseJsonObject, SCHEMA_VERSION } from '../mongo/documents';
import { isDuplicateKey, retrying, type KeyedRun } from '../mongo/resilience';
import { recordEventKeys } from '../queryKeys';
import { checkReferences, type RecordEvent, type RecordEventStore } from './recordEvent.types';

/**
 * The record events on MongoDB: one document per event under a unique (reference, eventKey)
 * index, so an event is added once whoever races to add it (an insert guarded by a unique index
 * is atomic on every backend, FerretDB included). `details` is stored as JSON text, so what a lead
 * typed never becomes a document key.
 */

export interface RecordEventDoc {
  _id: ObjectId;
  schemaVersion: number;
  seq: number;
  reference: string;
  eventKey: string;
  kind: string;
  actorKey: string;
  at: Date;
  detailsJson: string;
}

const eventRead = z.object({
  _id: z.instanceof(ObjectId),
  reference: z.string(),
  eventKey: z.string(),
  kind: z.string(),
  actorKey: z.string(),
  at: z.date(),
  detailsJson: z.string(),
});

let lastEventSeq = 0;
/** Microseconds since the epoch, forced strictly increasing in this process: a record's events in the order appended. */
function nextEventSeq(): number {
  lastEventSeq = Math.max(lastEventSeq + 1, Date.now() * 1000);
  return lastEventSeq;
}

export function mongoRecordEvents(events: Collection<RecordEventDoc>, deps: { keyedRun: KeyedRun; maxTimeMS: number }): RecordEventStore {
  const { keyedRun, maxTimeMS } = deps;
  return {
    append(event: RecordEvent) {
      const doc: RecordEventDoc = {
        _id: new ObjectId(),
        schemaVersion: SCHEMA_VERSION,
        seq: nextEventSeq(),
        reference: event.reference,
        eventKey: event.eventKey,
        kind: event.kind,
        actorKey: event.actorKey,
        at: event.at,
        detailsJson: JSON.stringify(event.details),
      };
      return keyedRun(recordEventKeys(event), async (signal) => {
        try {
          await retrying(signal, () => events.insertOne(doc));
          return { created: true };
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          // Ours if a throttled attempt was in fact applied; otherwise the key was already there.
          const holder = await retrying(signal, () => events.findOne({ reference: event.reference, eventKey: event.eventKey }, { maxTimeMS, signal }));
          return { created: holder !== null && eventRead.parse(holder)._id.equals(doc._id) };
        }
      });
    },
    listFor(references: readonly string[]) {
      try {
        checkReferences(references);
      } catch (error) {
        return Promise.reject(error);
      }
      return keyedRun(Object.fromEntries(references.map((r, i) => [`reference${i}`, r])), async (signal) => {
        if (references.length === 0) return [];
        const found = await retrying(signal, () => events.find({ reference: { $in: [...references] } }, { sort: { seq: 1, _id: 1 }, maxTimeMS, signal }).toArray());
        return found.map((doc) => {
          const row = eventRead.parse(doc);
          return { reference: row.reference, eventKey: row.eventKey, kind: row.kind, actorKey: row.actorKey, at: row.at, details: parseJsonObject(row.detailsJson) };
        });
      });
    },
    removeFor(reference: string) {
      return keyedRun({ reference }, async (signal) => {
        // Retrying is safe: a delete applied before a throttled reply leaves nothing for the retry to find.
        await retrying(signal, () => events.deleteMany({ reference }));
      });
    },
  };
}
