import { z } from 'zod';
import type { ConversationState } from '../conversationState.schema';
import { withDangerTold } from '../dangerTold';
import { staleCard, whereIWas } from '../journeys';
import type { LiveJourney, TurnDeps, TurnOutcome } from '../turn';
import { urgentView } from '../views';
import { urgentReaderOf } from './audience';

/**
 * The answers that say a child may be in danger now: "yes" or "not sure" to a journey's immediate
 * danger question (Appendix C, step C2), to Makesafe's "is the child with you now, or in danger
 * now", or to the officer's "is the child at immediate risk of significant harm".
 */
const dangerPressSchema = z.object({ type: z.enum(['answer.danger', 'answer.childPresent', 'answer.immediateRisk']), value: z.enum(['yes', 'notSure']) });

export function isDangerPress(answer: { type: string; value?: string | undefined }): boolean {
  return dangerPressSchema.safeParse(answer).success;
}

/**
 * A press of "yes" or "not sure" to immediate danger always counts: on a card that is out of date it
 * still brings the 999 card first, then where the user is now, as any stale card does.
 */
export function staleDangerPress(state: ConversationState, live: LiveJourney | undefined, deps: TurnDeps): TurnOutcome {
  const stale = staleCard(state, live, deps);
  // Danger pressed while a journey runs is told in it, as danger typed is (dialogs/dangerTold.ts).
  const open = whereIWas(live, deps.catalogue);
  const outcome = open === undefined ? stale : withDangerTold(stale, open.active.instanceId, open.flow);
  return { ...outcome, views: [urgentView(open === undefined ? undefined : outcome.state.flow, urgentReaderOf(state, live, deps.catalogue)), ...outcome.views] };
}
