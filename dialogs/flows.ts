import { makesafeFirstStepsFlow } from './business/makesafeFirstSteps.flow';
import type { FlowDialog } from './flow';
import { FORM_FLOWS } from './forms';
import { policeFirstStepsFlow } from './police/policeFirstSteps.flow';
import type { RoleId } from './router';
import { healthFirstStepsFlow, schoolFirstStepsFlow } from './referral/referralFlows';
import { socialCareFirstStepsFlow } from './socialCare/socialCareFirstSteps.flow';
import { missingReturnedFlow } from './situations/missingReturned.flow';
import { traffickingFlow } from './situations/trafficking.flow';

/** Every journey the assistant runs, the first journey of each role on the menu, and the situations offered after it. */
export const FLOWS: FlowDialog[] = [
  schoolFirstStepsFlow,
  healthFirstStepsFlow,
  makesafeFirstStepsFlow,
  policeFirstStepsFlow,
  socialCareFirstStepsFlow,
  missingReturnedFlow,
  traffickingFlow,
  ...FORM_FLOWS,
];

export const FIRST_FLOW_OF_ROLE: Record<RoleId, string> = {
  school: 'school.firstSteps',
  health: 'health.firstSteps',
  business: 'business.firstSteps',
  police: 'police.firstSteps',
  socialCare: 'socialCare.firstSteps',
};

/** Journeys that start from what has happened rather than from the user's role, in menu order. */
export const SITUATION_FLOWS = ['situations.missingReturned', 'situations.trafficking'] as const;

export function flowById(id: string): FlowDialog | undefined {
  return FLOWS.find((f) => f.id === id);
}
