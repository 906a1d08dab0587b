import type { RoleId } from './router';

/**
 * The journeys free text can lead to, by id: the router's and situation.ts's words name them, while
 * the journeys themselves come from the catalogue given at wiring (test/dialogs/catalogue.test.ts
 * checks that these ids are the catalogue's).
 */

export const ROLE_JOURNEY_IDS: Record<RoleId, string> = {
  school: 'school.firstSteps',
  health: 'health.firstSteps',
  business: 'business.firstSteps',
  police: 'police.firstSteps',
  socialCare: 'socialCare.firstSteps',
};

/** Journeys that start from what has happened rather than from the user's role. */
export const SITUATION_JOURNEY_IDS = ['situations.missingReturned', 'situations.trafficking', 'tactics.powerFinder'] as const;
export type SituationJourneyId = (typeof SITUATION_JOURNEY_IDS)[number];
export const isSituationJourney = (id: string): id is SituationJourneyId => (SITUATION_JOURNEY_IDS as readonly string[]).includes(id);
