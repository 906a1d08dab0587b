import type { Storage } from '../storage/types';
import type { PurgeRelated } from './purge';

/**
 * What the purge removes with a record: its lead events (what the people it was routed to did and
 * wrote, encrypted) and its alert outbox entries with their attempt claims (ids and the form only).
 * Both removals are idempotent, so a purge run twice, or by two instances, removes nothing twice
 * and fails on nothing. The only caller of the stores' removals: to everyone else they only grow.
 */
export function removeRelatedOf(storage: Pick<Storage, 'recordEvents' | 'alerts'>): PurgeRelated {
  return async (record) => {
    await storage.alerts.removeByKey(record.idempotencyKey);
    await storage.recordEvents.removeFor(record.reference);
  };
}
