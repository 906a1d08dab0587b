import { z } from 'zod';

/**
 * A journey as it is stored: its statechart's state name and its context, never XState internals, so
 * what is stored is validated on every load and read again by a later version of its flow.
 */
export const persistedJourneySchema = z.object({ value: z.string(), context: z.record(z.string(), z.unknown()) });
export type PersistedJourney = z.infer<typeof persistedJourneySchema>;
