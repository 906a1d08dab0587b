import type { UrgentAudience, UrgentReader } from '../../cards/view';
import type { FlowCatalogue } from '../catalogue';
import type { ConversationState } from '../conversationState.schema';
import type { RoleId } from '../router';
import type { LiveJourney } from '../turn';
import { selfIdentifiedRole } from '../../knowledge/roleWords';
import { roleIdOf } from '../situation';
import { workplaceOf, type JourneyRecord } from './workplace';

/**
 * Who the 999 card speaks to. Business staff and taxi drivers need what to do at the scene, as fits where
 * they work (dialogs/danger/workplace.ts); officers need police protection; school staff tell their
 * safeguarding lead, health staff their named nurse or doctor or the trust's safeguarding team; social workers convene
 * the strategy discussion with the police (Section 7); anyone
 * else gets words that fit anyone. The role comes from how the message introduces its writer ("im a
 * cab driver"), else from the running or last journey (its role is the catalogue's: FlowCatalogue.roleOf).
 */

const AUDIENCE_OF_ROLE: Record<RoleId, UrgentAudience> = {
  business: 'business',
  police: 'police',
  school: 'professional',
  health: 'health',
  socialCare: 'socialCare',
};

export function audienceOf(role: RoleId | undefined): UrgentAudience {
  return role === undefined ? 'anyone' : AUDIENCE_OF_ROLE[role];
}

/** The reader of the 999 card: the role's audience, and for business staff where they work, from the message and the journey running or last run. */
export function readerOf(role: RoleId | undefined, known: { text?: string; journey?: JourneyRecord }): UrgentReader {
  const audience = audienceOf(role);
  const workplace = audience === 'business' ? workplaceOf(known) : undefined;
  return workplace === undefined ? { audience } : { audience, workplace };
}

/** The role a message's writer gives themselves ("officer here", "im a cab driver"), if any: the same words the search reads (knowledge/roleWords.ts). */
export function speakerOf(text: string): RoleId | undefined {
  const self = selfIdentifiedRole(text);
  return self === undefined ? undefined : roleIdOf(self.role);
}

/** The role of the running or last journey. */
function roleOf(state: ConversationState, live: LiveJourney | undefined, catalogue: FlowCatalogue): ConversationState['role'] {
  return (live === undefined ? undefined : catalogue.roleOf(live.active.flowId)) ?? state.role;
}

/**
 * Who reads the 999 card: the role a typed message gives its writer, else the journey's or the conversation's; for
 * business staff, where they work, from the message and what the journey recorded (dialogs/danger/workplace.ts).
 */
export function urgentReaderOf(state: ConversationState, live: LiveJourney | undefined, catalogue: FlowCatalogue, typed?: string): UrgentReader {
  const role = (typed === undefined ? undefined : speakerOf(typed)) ?? roleOf(state, live, catalogue);
  const journey = live === undefined ? undefined : { flowId: live.active.flowId, context: live.journey.context };
  return readerOf(role, { ...(typed === undefined ? {} : { text: typed }), ...(journey === undefined ? {} : { journey }) });
}
