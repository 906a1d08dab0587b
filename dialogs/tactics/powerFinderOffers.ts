import { caseFactsSchema, type CaseFacts } from '../../knowledge/powerFinder/facts';
import type { FlowStart, FormOffer, OfferContext, PersistedJourney } from '../flow';
import { optionsConsideredSummary } from './optionsConsidered';

/**
 * The finder's result, added to the police closing report or the MASE information form as the
 * options considered (issue 13): the form starts with a short summary the officer edits, and the
 * facts weighed go with it as its pre-fill record. The closing report is the police's (Appendix J);
 * the MASE form is completed in the police or children's social care (Section 7). A user whose role
 * is not known yet is offered both.
 */

const mayWrite = (roles: readonly string[]) => (_journey: PersistedJourney, { role }: OfferContext) => role === undefined || roles.includes(role);

function withOptionsConsidered(journey: PersistedJourney, context?: OfferContext): FlowStart {
  const facts = caseFactsSchema.safeParse(journey.context);
  if (!facts.success) return {};
  const prefill = factsRecord(facts.data);
  // Without the turn's language there are no words to fill in: the form starts with the question empty.
  if (context?.t === undefined) return { prefill };
  return { answers: { optionsConsidered: optionsConsideredSummary(facts.data, context.t) }, prefill };
}

/** The facts the options were weighed on, as answered. */
function factsRecord(facts: CaseFacts): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [fact, value] of Object.entries(facts)) if (typeof value === 'string') record[`powerFinder.${fact}`] = value;
  return record;
}

export const closingReportFromFinder: FormOffer = {
  formId: 'form.policeClosingReport',
  label: { key: 'powerFinder:considered.addToClosingReport' },
  fits: mayWrite(['police']),
  prefill: withOptionsConsidered,
};

export const maseFormFromFinder: FormOffer = {
  formId: 'form.maseInformation',
  label: { key: 'powerFinder:considered.addToMaseForm' },
  fits: mayWrite(['police', 'socialCare']),
  prefill: withOptionsConsidered,
};
