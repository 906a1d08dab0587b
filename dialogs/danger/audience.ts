import type { UrgentAudience, UrgentReader } from '../../cards/view';
import type { RoleId } from '../router';
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
