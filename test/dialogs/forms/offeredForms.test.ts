import { makesafeReportPrefill } from '../../../dialogs/business/makesafeReportPrefill';
import { FORM_FLOWS } from '../../../dialogs/forms';
import { returnHomeInterviewPrefill } from '../../../dialogs/situations/returnHomeInterviewPrefill';
import { FICTIONAL_ADULT } from '../../support/personalTestValues';

/** What a journey's summary fills in when it offers a form: each answer in the form's own question, and only what fits. */

const answersOf = (formId: string, start: ReturnType<typeof makesafeReportPrefill>) => {
  const flow = FORM_FLOWS.find((f) => f.id === formId);
  return flow?.start(start).context.answers;
};

describe('the Operation Makesafe report from the Makesafe journey', () => {
  it("puts a taxi driver's earlier details into the report's questions", () => {
    const journey = {
      value: 'reportingEmergency',
      context: {
        childPresent: 'yes',
        sector: 'taxi',
        signs: { 'makesafe-sign.taxi.far-away': 'seen', 'makesafe-sign.taxi.travelling-alone': 'notSure' },
        // Typed on the details card of a draft saved before the details moved to the report.
        earlierDetails: { where: 'Picked up at a fictional station', when: 'About 23:00', seenOrHeard: 'He paid for her', who: FICTIONAL_ADULT.name, vehicles: 'A blue car', payment: 'Cash', bookingName: 'J Fictional' },
      },
    };
    expect(answersOf('form.makesafeReport', makesafeReportPrefill(journey))).toEqual({
      premisesType: 'taxi',
      childPresent: 'yes',
      destination: 'Picked up at a fictional station',
      otherTimes: 'About 23:00',
      vehicles: [{ vehicleDescription: 'A blue car' }],
      bookingName: 'J Fictional',
      paymentDetails: 'Cash',
      seenOrHeard: `He paid for her\nWho: ${FICTIONAL_ADULT.name}`,
      signsSeenTaxi: ['taxi-far-away'],
      signsNotSureTaxi: ['taxi-travelling-alone'],
    });
    expect(makesafeReportPrefill(journey).prefill).toEqual({ signs: ['makesafe-sign.taxi.far-away', 'makesafe-sign.taxi.travelling-alone'], sector: 'taxi', childPresent: 'yes' });
  });

  it("puts a care home's where into where on the premises, and no booking", () => {
    const journey = { value: 'reportingNonEmergency', context: { childPresent: 'no', sector: 'careHome', signs: {}, earlierDetails: { where: 'The back garden', bookingName: 'left over' } } };
    expect(answersOf('form.makesafeReport', makesafeReportPrefill(journey))).toEqual({ premisesType: 'careHome', childPresent: 'no', whereOnPremises: 'The back garden' });
  });

  it('fills in nothing from a journey it cannot read', () => {
    expect(makesafeReportPrefill({ value: 'reportingEmergency', context: { sector: 'castle' } })).toEqual({});
  });
});

describe('the return home interview record from the missing-and-returned journey', () => {
  it('fills in where the child lives and the prevention interview, and keeps the danger answer with the submission', () => {
    const start = returnHomeInterviewPrefill({ value: 'arrangingReturnInterview', context: { danger: 'notSure', livingSituation: 'atHome', preventionInterview: 'done' } });
    expect(answersOf('form.returnHomeInterview', start)).toEqual({ livingSituation: 'atHome', preventionInterview: 'done' });
    expect(start.prefill).toEqual({ danger: 'notSure', livingSituation: 'atHome', preventionInterview: 'done' });
  });
});
