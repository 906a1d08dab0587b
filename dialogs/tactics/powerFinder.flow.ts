import { APPENDIX_I_SECTIONS } from '../../knowledge/entries/text';
import { POWER_FINDER_VERSION, powerFinderContextSchema, powerFinderEventSchema, powerFinderMachine } from '../../machines/powerFinder.machine';
import { defineFlow } from '../defineFlow';
import { carriedFacts } from './carryIn';
import { closingReportFromFinder, maseFormFromFinder } from './powerFinderOffers';
import { circumstancesStep, optionsStep, questionStep, textStep } from './powerFinder.views';

export const POWER_FINDER_FLOW_ID = 'tactics.powerFinder';

/** "Powers and tactics": from the facts of a case to the Appendix I options to consider. */
export const powerFinderFlow = defineFlow({
  id: POWER_FINDER_FLOW_ID,
  version: POWER_FINDER_VERSION,
  titleKey: 'powerFinder:title',
  machine: powerFinderMachine,
  contextSchema: powerFinderContextSchema,
  answerSchema: powerFinderEventSchema,
  carryIn: (from) => ({ carried: carriedFacts(from) }),
  // The result is the finder's summary: from it, the options can be added to a form as the options considered.
  summaryStates: ['showingOptions', 'copyingText'],
  formOffers: [closingReportFromFinder, maseFormFromFinder],
  views: {
    askingAge: () => questionStep('age', APPENDIX_I_SECTIONS.otherOrders),
    askingLegalStatus: () => questionStep('legalStatus', APPENDIX_I_SECTIONS.otherOrders),
    askingSuspect: () => questionStep('suspect', APPENDIX_I_SECTIONS.otherOrders),
    askingSexualAct: () => questionStep('sexualAct', APPENDIX_I_SECTIONS.otherOrders),
    askingFoundWith: () => questionStep('foundWith', APPENDIX_I_SECTIONS.offenders),
    askingCircumstances: (context) => circumstancesStep(context),
    showingOptions: (context) => optionsStep(context),
    copyingText: (context) => textStep(context),
  },
});
