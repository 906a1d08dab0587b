import { allText, assistantForEachTest, chat, headings } from '../support/assistant';
import { messageBeside, shownValues } from '../support/formConversation';
import { fillPages, inputIds } from '../support/formTranscript';
import { toPoliceClosingReport } from '../support/policeClosingReport';

/**
 * Issue 8, the eighth exploratory test, as an officer writes the closing report through the real handler: danger told in
 * a box brings the 999 card, and the confirmation then speaks to an officer (the radio), not "ask for the police"; with no
 * perpetrator identified, FO and FQ are refused beside the flags, the answers kept, and the suspect's PNC review is not asked.
 */

jest.setTimeout(120_000);

const CALL_999_NOW = 'Call 999 now';
const RADIO = 'call for urgent assistance on your radio';


describe('the police closing report (issue 8)', () => {
  const assistant = assistantForEachTest('embedded');

  it('after danger told, refuses FO and FQ with no perpetrator, asks no suspect PNC review, and tells the officer to use the radio', async () => {
    const c = chat(assistant.url);
    const family = await c.press(await toPoliceClosingReport(c), 'Continue', { crisReportKind: 'nonCrime587' });
    const told = await c.press(family, 'Continue', { familyMakeUp: 'A fictional mother; her ex-partner is outside the house now with a knife', siblingRisk: 'no' });
    expect(headings(told)).toEqual([CALL_999_NOW, 'Summary of the investigation']);
    expect(allText(told)).toContain(RADIO);
    const victim = await c.press(told, 'Continue', { investigationSummary: 'A fictional summary with the school' });
    const pnc = await fillPages(c, victim, [
      ['The victim', { residentialStatus: 'atHome', currentRisk: 'Reduced', victimEngaged: 'yes', vriGiven: 'no', familyEngaged: 'yes', positiveIntervention: 'yes', positiveInterventionDetail: 'Moved school', safeguardingPlan: 'A fictional plan' }],
      ['Organised crime, perpetrators and venues', { organisedCrimeLinks: 'no', perpetratorIdentified: 'no', positiveDisruption: 'yes', venueIdentified: 'yes', venueAction: 'Closure notice on a fictional flat' }],
      ['Options considered', {}],
    ]);
    expect(headings(pnc)).toEqual(['PNC markers']);
    expect(inputIds(pnc)).not.toContain('suspectPncReviewMonths');
    expect(inputIds(pnc)).not.toContain('suspectPncMarker');
    const outcome = await c.press(pnc, 'Continue', { victimPncMarker: 'yes', victimPncReviewMonths: '6' });
    expect(headings(outcome)).toEqual(['Outcome code']);
    const refused = await c.press(outcome, 'Continue', { outcomeCodes: 'mi,fo', outcomeNotes: 'Fictional notes' });
    expect(headings(refused)).toEqual(['Outcome code']);
    expect(allText(refused)).toContain('but you answered No to whether a perpetrator was identified');
    // The ninth exploratory test: FQ, a flag for the suspect's page (Appendix E), was taken with no perpetrator.
    const fq = await c.press(refused, 'Continue', { outcomeCodes: 'mi,fq', outcomeNotes: 'Fictional notes' });
    expect(headings(fq)).toEqual(['Outcome code']);
    expect(messageBeside(fq, 'outcomeCodes')).toMatch(/“FQ[^”]*” is ticked .* but you answered No to whether a perpetrator was identified/);
    expect(shownValues(fq)).toMatchObject({ outcomeCodes: 'mi,fq', outcomeNotes: 'Fictional notes' });
    const check = await c.press(fq, 'Continue', { outcomeCodes: 'mi', outcomeNotes: 'Fictional notes' });
    expect(headings(check)).toEqual(['Check your answers before submitting']);
    const done = await c.press(check, 'Submit');
    expect(headings(done)).toEqual(['Police closing report submitted']);
    expect(allText(done)).toContain(RADIO);
    expect(allText(done)).not.toContain('ask for the police');
  });
});
