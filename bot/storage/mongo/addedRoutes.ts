import type { Collection } from 'mongodb';
import { z } from 'zod';
import { isDuplicateKey, retrying } from './resilience';

/**
 * Routes added to a stored record after it was submitted (an escalation to the next contact), one
 * document per (record, route) under a unique index. Not an update of the submission: FerretDB's
 * updateOne is not atomic under concurrent writers (two instances escalating one record to different
 * next contacts could lose one), and an insert under a unique key is, on every backend.
 */

export interface AddedRouteDoc {
  schemaVersion: number;
  reference: string;
  routeKey: string;
  /** The record's form and submission time: Records for me lists by them. */
  kind: string;
  createdAt: Date;
}

const addedRead = z.object({ reference: z.string(), routeKey: z.string() });

export function mongoAddedRoutes(docs: Collection<AddedRouteDoc>, schemaVersion: number, maxTimeMS: number) {
  return {
    /** Adds each route once; one already there (added before, or at once by another instance) is left as it is. */
    async add(signal: AbortSignal, record: { reference: string; kind: string; createdAt: Date }, routeKeys: readonly string[]): Promise<void> {
      for (const routeKey of routeKeys) {
        try {
          await retrying(signal, () => docs.insertOne({ schemaVersion, reference: record.reference, routeKey, kind: record.kind, createdAt: record.createdAt }));
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
        }
      }
    },
    /** The added route keys of these records, by reference. */
    async of(signal: AbortSignal, references: readonly string[]): Promise<Map<string, string[]>> {
      const found = new Map<string, string[]>();
      if (references.length === 0) return found;
      const rows = await retrying(signal, () => docs.find({ reference: { $in: [...references] } }, { maxTimeMS, signal }).toArray());
      for (const row of rows.map((r) => addedRead.parse(r))) found.set(row.reference, [...(found.get(row.reference) ?? []), row.routeKey]);
      return found;
    },
    /** The references of the records routed to these keys by an added route, newest first, at most `limit`. */
    async referencesRoutedTo(signal: AbortSignal, routeKeys: readonly string[], limit: number, kind?: string): Promise<string[]> {
      const filter = kind === undefined ? { routeKey: { $in: [...routeKeys] } } : { routeKey: { $in: [...routeKeys] }, kind };
      const rows = await retrying(signal, () => docs.find(filter, { sort: { createdAt: -1 }, limit, maxTimeMS, signal }).toArray());
      return [...new Set(rows.map((r) => addedRead.parse(r).reference))];
    },
    /** Removes a deleted record's added routes (ids only). */
    async removeOf(signal: AbortSignal, reference: string): Promise<void> {
      await retrying(signal, () => docs.deleteMany({ reference }));
    },
  };
}

/** The added routes of one store, as mongoSubmissions reads and writes them. */
export type AddedRoutes = ReturnType<typeof mongoAddedRoutes>;
