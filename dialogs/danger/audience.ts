import type { UrgentAudience } from '../../cards/view';
import { ROLE_IDS, type RoleId } from '../router';
import { simplify } from './normalise';
import type { CueSet } from './cueSet.schema';
import { CUES_EN_GB } from './cues.en-GB';

/**
 * Who the 999 card speaks to. Business staff and taxi drivers need what to do at the scene; officers
 * need police protection; school, health and social-care staff tell their safeguarding lead; anyone
 * else gets words that fit anyone. The role comes from how the message introduces its writer ("im a
 * cab driver"), else from the running or last journey.
 */

const AUDIENCE_OF_ROLE: Record<RoleId, UrgentAudience> = {
  business: 'business',
  police: 'police',
  school: 'professional',
  health: 'professional',
  socialCare: 'professional',
};

export function audienceOf(role: RoleId | undefined): UrgentAudience {
  return role === undefined ? 'anyone' : AUDIENCE_OF_ROLE[role];
}

/** The role whose journey this is ("school.firstSteps" is the school's); situations belong to no role. */
export function roleOfFlow(flowId: string): RoleId | undefined {
  return ROLE_IDS.find((role) => flowId.startsWith(`${role}.`));
}

export interface SpeakerFinder {
  speakerOf(text: string): RoleId | undefined;
}

export function createSpeakerFinder(cues: CueSet): SpeakerFinder {
  const patterns = ROLE_IDS.map((role) => ({ role, patterns: (cues.speakers[role] ?? []).map((source) => new RegExp(source)) }));
  return {
    speakerOf(text) {
      // Contractions expanded as the cues expect them: "im" -> "i am".
      const words = simplify(text).split(' ').map((w) => cues.rewrites[w] ?? w).join(' ');
      return patterns.find(({ patterns: ps }) => ps.some((p) => p.test(words)))?.role;
    },
  };
}

let speakers: SpeakerFinder | undefined;

/** The role a message's writer gives themselves ("officer here", "im a cab driver"), if any. */
export function speakerOf(text: string): RoleId | undefined {
  speakers ??= createSpeakerFinder(CUES_EN_GB);
  return speakers.speakerOf(text);
}
