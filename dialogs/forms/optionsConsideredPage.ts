import type { Page } from './vocabulary';

/**
 * The free-text "Options considered" page the MASE information form and the police closing report
 * both end with. Only the protocol passage it answers differs, so each form passes its own source.
 */
export function optionsConsideredPage(source: string): Page {
  return {
    id: 'optionsConsidered',
    intro: true,
    questions: [{ id: 'optionsConsidered', kind: 'longText', required: false, personal: true, hint: true, source }],
  };
}
