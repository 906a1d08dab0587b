import type { PathwayStepInput } from '../pathways';

/** The pathway steps the makesafe journey cites (see knowledge/pathways.ts for markers). */
export const makesafePathwaySteps: PathwayStepInput[] = [];
