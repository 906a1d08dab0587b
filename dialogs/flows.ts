import type { FlowDialog } from './flow';
import type { RoleId } from './router';
import { schoolFirstStepsFlow } from './school/schoolFirstSteps.flow';

/** Every journey the assistant runs, and the first journey of each role on the menu. */
export const FLOWS: FlowDialog[] = [schoolFirstStepsFlow];

export const FIRST_FLOW_OF_ROLE: Partial<Record<RoleId, string>> = {
  school: 'school.firstSteps',
};

export function flowById(id: string): FlowDialog | undefined {
  return FLOWS.find((f) => f.id === id);
}
