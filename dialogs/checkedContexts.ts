import type { z } from 'zod';
import type { PersistedJourney } from './persistedJourney.schema';

/**
 * The checked context of each stored journey a flow or form has read or made, so a turn parses it once:
 * `remember` a journey made from a context already checked, `contextOf` a journey's context, parsed only
 * when this flow has not seen that journey object before. Stored journeys are never changed in place.
 */
export function checkedContexts<TContext extends Record<string, unknown>>(stateNames: readonly string[], schema: z.ZodType<TContext>) {
  const checked = new WeakMap<PersistedJourney, TContext>();

  const remember = (value: string, context: TContext): PersistedJourney => {
    const journey = { value, context };
    checked.set(journey, context);
    return journey;
  };

  const contextOf = (journey: PersistedJourney): TContext | undefined => {
    const known = checked.get(journey);
    if (known !== undefined) return known;
    if (!stateNames.includes(journey.value)) return undefined;
    const parsed = schema.safeParse(journey.context);
    if (!parsed.success) return undefined;
    checked.set(journey, parsed.data);
    return parsed.data;
  };

  return { remember, contextOf };
}
