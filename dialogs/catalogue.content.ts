import { makesafeFirstStepsFlow } from './business/makesafeFirstSteps.flow';
import type { CatalogueEntry } from './catalogue';
import { FORM_FLOWS } from './forms';
import { policeFirstStepsFlow } from './police/policeFirstSteps.flow';
import { healthFirstStepsFlow, schoolFirstStepsFlow } from './referral/referralFlows';
import { socialCareFirstStepsFlow } from './socialCare/socialCareFirstSteps.flow';
import { missingReturnedFlow } from './situations/missingReturned.flow';
import { traffickingFlow } from './situations/trafficking.flow';
import { powerFinderFlow } from './tactics/powerFinder.flow';

/**
 * Every journey and form the assistant runs: the content the engine is given at wiring
 * (bot/app.ts builds the catalogue from it). A new form is one line here: `{ kind: 'form', flow }`.
 */
export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = [
  { kind: 'roleJourney', role: 'school', flow: schoolFirstStepsFlow },
  { kind: 'roleJourney', role: 'health', flow: healthFirstStepsFlow },
  { kind: 'roleJourney', role: 'business', flow: makesafeFirstStepsFlow },
  { kind: 'roleJourney', role: 'police', flow: policeFirstStepsFlow },
  { kind: 'roleJourney', role: 'socialCare', flow: socialCareFirstStepsFlow },
  { kind: 'situation', flow: missingReturnedFlow },
  { kind: 'situation', flow: traffickingFlow },
  { kind: 'situation', flow: powerFinderFlow },
  ...FORM_FLOWS.map((flow) => ({ kind: 'form' as const, flow })),
];
