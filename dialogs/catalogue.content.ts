import { makesafeFirstStepsFlow } from './business/makesafeFirstSteps.flow';
import type { CatalogueEntry } from './catalogue';
import { FORM_FLOWS } from './forms';
import { FORM_WORDS_EN_GB } from './formWords.en-GB';
import { policeFirstStepsFlow } from './police/policeFirstSteps.flow';
import { healthFirstStepsFlow, schoolFirstStepsFlow } from './referral/referralFlows';
import { socialCareFirstStepsFlow } from './socialCare/socialCareFirstSteps.flow';
import { missingReturnedFlow } from './situations/missingReturned.flow';
import { traffickingFlow } from './situations/trafficking.flow';
import { powerFinderFlow } from './tactics/powerFinder.flow';

/**
 * Every journey and form the assistant runs: the content the engine is given at wiring
 * (bot/app.ts builds the catalogue from it). A new form is one line here: `{ kind: 'form', flow }`, and its
 * name in words in dialogs/formWords.en-GB.ts. Which roles fill a form in is not written here: it is read from the
 * journeys that offer it (their summaries' `formOffers`), a situation journey's counting for the roles that run it.
 */
export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = [
  { kind: 'roleJourney', role: 'school', flow: schoolFirstStepsFlow },
  { kind: 'roleJourney', role: 'health', flow: healthFirstStepsFlow },
  { kind: 'roleJourney', role: 'business', flow: makesafeFirstStepsFlow },
  { kind: 'roleJourney', role: 'police', flow: policeFirstStepsFlow },
  { kind: 'roleJourney', role: 'socialCare', flow: socialCareFirstStepsFlow },
  { kind: 'situation', flow: missingReturnedFlow, runBy: ['socialCare'] },
  { kind: 'situation', flow: traffickingFlow },
  { kind: 'situation', flow: powerFinderFlow, runBy: ['police'] },
  ...FORM_FLOWS.map((flow) => {
    const typedAs = FORM_WORDS_EN_GB[flow.id];
    return typedAs === undefined ? { kind: 'form' as const, flow } : { kind: 'form' as const, flow, typedAs };
  }),
];
