import { LEADING_STEPS } from '../../cards/step.card';
import type { TextRef } from '../../cards/view';
import { nextStepsView } from '../../dialogs/socialCare/nextSteps.views';
import type { SocialCareFirstStepsContext } from '../../machines/socialCareFirstSteps.machine';

/** The social care summary puts what the social worker said first where they will read it: the steps shown before "Show details". */

const facts = { contacts: {} };
const lead = (context: SocialCareFirstStepsContext): string[] => (nextStepsView(context, facts).steps ?? []).slice(0, LEADING_STEPS).map((step: TextRef) => step.key);

// The fullest lead before trafficking: danger, an unknown social worker (check, then the MASH and its report).
const BUSIEST: SocialCareFirstStepsContext = { danger: 'notSure', socialWorker: 'notKnown', significantHarm: 'notSure', organisedAbuse: 'no', lookedAfter: 'no' };

it.each([
  ['yes', 'socialCare:step.trafficking.nrm'],
  ['notSure', 'socialCare:step.trafficking.consider'],
] as const)('trafficking answered %s is among the steps shown first, however busy the summary (the third exploratory test)', (trafficking, step) => {
  expect(lead({ ...BUSIEST, trafficking })).toContain(step);
});

it("keeps the police's categorisation, which is not the user's to do, after the user's own steps", () => {
  const steps = (nextStepsView({ ...BUSIEST, trafficking: 'no' }, facts).steps ?? []).map((step) => step.key);
  expect(steps.at(-1)).toBe('socialCare:step.iat');
  expect(lead({ ...BUSIEST, trafficking: 'no' })).not.toContain('socialCare:step.iat');
});
