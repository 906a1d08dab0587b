import type { PathwayStepInput } from '../pathways';

/** The pathway steps the police journey cites (see knowledge/pathways.ts for markers). */
export const policePathwaySteps: PathwayStepInput[] = [];
