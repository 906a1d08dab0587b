import type { PathwayStepInput } from '../pathways';

/** The pathway steps the socialCare journey cites (see knowledge/pathways.ts for markers). */
export const socialCarePathwaySteps: PathwayStepInput[] = [];
