import { makesafeFirstStepsFlow } from './business/makesafeFirstSteps.flow';
import type { FlowDialog } from './flow';
import { policeFirstStepsFlow } from './police/policeFirstSteps.flow';
import type { RoleId } from './router';
import { healthFirstStepsFlow, schoolFirstStepsFlow, socialCareFirstStepsFlow } from './referral/referralFlows';

/** Every journey the assistant runs, and the first journey of each role on the menu. */
export const FLOWS: FlowDialog[] = [schoolFirstStepsFlow, healthFirstStepsFlow, makesafeFirstStepsFlow, policeFirstStepsFlow, socialCareFirstStepsFlow];

export const FIRST_FLOW_OF_ROLE: Record<RoleId, string> = {
  school: 'school.firstSteps',
  health: 'health.firstSteps',
  business: 'business.firstSteps',
  police: 'police.firstSteps',
  socialCare: 'socialCare.firstSteps',
};

export function flowById(id: string): FlowDialog | undefined {
  return FLOWS.find((f) => f.id === id);
}
