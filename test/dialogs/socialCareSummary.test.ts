import { DETAILS_ID, LEADING_STEPS, stepCard } from '../../cards/step.card';
import type { TextRef } from '../../cards/view';
import { nextStepsView } from '../../dialogs/socialCare/nextSteps.views';
import type { SocialCareFirstStepsContext } from '../../machines/socialCareFirstSteps.machine';
import { strictT } from '../support/i18n';

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

describe('a looked-after child gone missing, placed out of borough and at risk since (the fifth exploratory test)', () => {
  // The tester's answers: an allocated social worker, cause to suspect significant harm, procedures followed but no
  // strategy meeting yet, out of borough and at risk since, gone missing, under 17, trafficking not sure.
  const TESTER: SocialCareFirstStepsContext = {
    danger: 'no',
    socialWorker: 'yes',
    significantHarm: 'yes',
    organisedAbuse: 'no',
    masePreconditions: { cpProcedures: 'met', strategyMeeting: 'notMet', crisNumber: 'notKnown' },
    lookedAfter: 'atRiskAfterPlacement',
    missing: 'yes',
    seventeenOrOver: 'no',
    trafficking: 'notSure',
  };

  it('shows reporting the child missing to the police among the first steps, after the referral and before the NRM (sections 6, 9, 10)', () => {
    expect(lead(TESTER)).toEqual([
      'socialCare:step.asw',
      'socialCare:step.asw87a',
      'socialCare:step.missing.report',
      'socialCare:step.trafficking.consider',
      'socialCare:step.strategy.convene',
    ]);
  });

  it('keeps every step it had, only moving the missing report up: the rest in the protocol\'s order, the IAT last', () => {
    const steps = (nextStepsView(TESTER, facts).steps ?? []).map((step) => step.key.replace('socialCare:step.', ''));
    expect(steps).toEqual([
      'asw',
      'asw87a',
      'missing.report',
      'trafficking.consider',
      'strategy.convene',
      'strategy.attendees',
      'strategy.fostering',
      'strategy.tasks',
      'strategy.crossReference',
      'strategy.record',
      'mase.strategyMeeting',
      'mase.crisNumber',
      'mase.form',
      'lac.notifyStrategy',
      'lac.primacy',
      'missingReturned:arrangingReturnInterview.within72',
      'missingReturned:arrangingReturnInterview.responsibleLookedAfter',
      'missing.triggerPlan',
      'missing.cawn',
      'missing.journey',
      'trafficking.journey',
      'iat',
    ]);
  });

  it('shows the 24-hour out-of-borough notification and the missing report on the first screen, not behind "Show details"', async () => {
    const t = await strictT();
    const { tone, title, lines, steps, deadlines, citations } = nextStepsView(TESTER, facts);
    const card = stepCard({ kind: 'step', tone, title, lines, steps, deadlines, citations, choices: [], navigation: [] }, t);
    const firstScreen = JSON.stringify(card.body.filter((element) => element.id !== DETAILS_ID));
    expect(firstScreen).toContain('the notification form must be completed within 24 hours of the strategy meeting');
    expect(firstScreen).toContain('Make sure the child has been reported missing to the police, at the earliest opportunity');
  });
});

it('with danger, an unknown social worker and a missing child, the missing report keeps its place among the first five and the NRM step is the sixth', () => {
  const steps = (nextStepsView({ ...BUSIEST, lookedAfter: 'inBorough', missing: 'yes', trafficking: 'notSure' }, facts).steps ?? []).map((step) => step.key);
  expect(steps.indexOf('socialCare:step.missing.report')).toBe(4);
  expect(steps.indexOf('socialCare:step.trafficking.consider')).toBe(LEADING_STEPS);
});
