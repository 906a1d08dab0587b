import { buildCatalogue } from '../../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../../dialogs/catalogue.content';
import type { ActiveFlow } from '../../dialogs/conversationState.schema';
import { loadJourney } from '../../dialogs/journeys';
import type { LiveJourney } from '../../dialogs/turn';

/** The catalogue built as bot/app.ts builds it, for tests that call the engine directly. */
export const catalogue = buildCatalogue(CATALOGUE_ENTRIES);

/** A stored journey read as a turn reads it; a test's journey that does not restore is a mistake in the test. */
export function liveOf(active: ActiveFlow): LiveJourney {
  const live = loadJourney(active, catalogue);
  if (live === undefined) throw new Error(`journey ${active.flowId} does not restore`);
  return live;
}
