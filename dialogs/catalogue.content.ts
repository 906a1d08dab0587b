import { makesafeFirstStepsFlow } from './business/makesafeFirstSteps.flow';
import type { CatalogueEntry } from './catalogue';
import type { RoleId } from './router';
import { FORM_FLOWS } from './forms';
import { policeFirstStepsFlow } from './police/policeFirstSteps.flow';
import { healthFirstStepsFlow, schoolFirstStepsFlow } from './referral/referralFlows';
import { socialCareFirstStepsFlow } from './socialCare/socialCareFirstSteps.flow';
import { missingReturnedFlow } from './situations/missingReturned.flow';
import { traffickingFlow } from './situations/trafficking.flow';
import { powerFinderFlow } from './tactics/powerFinder.flow';

/**
 * How each form is named when asked for in words, and the roles whose journeys offer it (their summaries' form offers:
 * the referral journeys the concern record, Makesafe its report, the police journey and the finder the closing report
 * and the MASE form, the social care journey the MASE form and the out-of-borough notification, and the missing-and-
 * returned journey, which social care runs, the return home interview record).
 */
const FORMS_IN_WORDS: Readonly<Record<string, { typedAs: RegExp; filledInBy: readonly RoleId[] }>> = {
  'form.concernRecord': { typedAs: /\bconcern\b/i, filledInBy: ['school', 'health'] },
  'form.makesafeReport': { typedAs: /\bmake\s?safe\b/i, filledInBy: ['business'] },
  'form.outOfBoroughNotification': { typedAs: /\bout\s+of\s+borough\b|\boob\b|\bplaced\s+out\b/i, filledInBy: ['socialCare'] },
  'form.returnHomeInterview': { typedAs: /\brhi\b|\breturn\s+home\b/i, filledInBy: ['socialCare'] },
  'form.maseInformation': { typedAs: /\bmase\b|\bvolt\b/i, filledInBy: ['socialCare', 'police'] },
  'form.policeClosingReport': { typedAs: /\bclosing\b/i, filledInBy: ['police'] },
};

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
  ...FORM_FLOWS.map((flow) => ({ kind: 'form' as const, flow, ...FORMS_IN_WORDS[flow.id] })),
];
