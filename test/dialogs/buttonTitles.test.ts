import type { Answer, FlowDialog, PersistedJourney } from '../../dialogs/flow';
import { catalogue } from '../support/catalogue';
import { allAnswers, explore } from '../support/flowGraph';
import { strictT } from '../support/i18n';

/**
 * A button that moves a journey on says where it goes: its title names the next card, in about 30
 * characters (the protocol review found "Next: who to tell" opening the warning-signs checklist).
 * Each row presses the button by its title and checks the card it leads to.
 */

const MAX_TITLE = 30;

async function reach(flow: FlowDialog, answers: Answer[]): Promise<PersistedJourney> {
  let journey = flow.start();
  for (const answer of answers) {
    const result = await flow.step(journey, answer);
    if (!result.ok) throw new Error(`${flow.id}: ${JSON.stringify(answer)} refused (${result.reason})`);
    journey = result.journey;
  }
  return journey;
}

const danger: Answer = { type: 'answer.danger', value: 'yes' };
const noDanger: Answer = { type: 'answer.danger', value: 'no' };
const policeRecording: Answer[] = [{ type: 'answer.immediateRisk', value: 'no' }, { type: 'answer.crimeAlleged', value: 'no' }, { type: 'answer.signs', inputs: {} }, { type: 'answer.rationale', inputs: {} }];
const signsCards = (count: number): Answer[] => Array.from({ length: count }, () => ({ type: 'answer.checklist', inputs: {} }));

it.each<[string, Answer[], string, string, string]>([
  ['school.firstSteps', [danger], 'Next: the warning signs', 'recordingSigns', 'Warning signs 1 of'],
  ['health.firstSteps', [danger], 'Next: the warning signs', 'recordingSigns', 'Warning signs 1 of'],
  ['school.firstSteps', [noDanger], 'Skip to the images question', 'askingImagery', 'Is the concern about nude or sexual images of a young person?'],
  ['health.firstSteps', [noDanger], 'Skip to who to tell now', 'askingRole', 'Are you a safeguarding lead for your organisation?'],
  ['school.firstSteps', [noDanger, { type: 'checklist.skipped' }, { type: 'answer.imagery', value: 'aggravating' }], 'Next: your safeguarding role', 'askingRole', 'Are you the designated safeguarding lead?'],
  ['school.firstSteps', [noDanger, { type: 'checklist.skipped' }, { type: 'answer.imagery', value: 'consensual' }], 'Next: your safeguarding role', 'askingRole', 'Are you the designated safeguarding lead?'],
  ['socialCare.firstSteps', [danger], 'Next: allocated social worker', 'askingSocialWorker', 'Does the child have an allocated social worker?'],
  ['situations.trafficking', [danger], 'Next: who refers to the NRM', 'askingResponder', 'Are you a police officer or a social worker?'],
  ['situations.missingReturned', [danger], 'Next: where the child lives', 'askingLivingSituation', 'Is the child looked after, or living at home?'],
  ['police.firstSteps', [{ type: 'answer.immediateRisk', value: 'yes' }], 'Next: was a crime alleged?', 'askingCrimeAlleged', 'Has a crime been alleged or disclosed?'],
  ['business.firstSteps', [{ type: 'answer.childPresent', value: 'yes' }], 'Next: where you work', 'askingSector', 'Where do you work?'],
  ['school.firstSteps', [noDanger], 'Next: warning signs 2 of 10', 'recordingSigns', 'Warning signs 2 of 10'],
  ['school.firstSteps', [noDanger, ...signsCards(9)], 'Next: the images question', 'askingImagery', 'Is the concern about nude or sexual images of a young person?'],
  ['health.firstSteps', [noDanger, ...signsCards(10)], 'Next: your safeguarding role', 'askingRole', 'Are you a safeguarding lead for your organisation?'],
  ['business.firstSteps', [{ type: 'answer.childPresent', value: 'no' }, { type: 'answer.sector', value: 'taxi' }], 'Next: who to call', 'reportingNonEmergency', 'Call 101 and say “Operation Makesafe”'],
  ['police.firstSteps', [{ type: 'answer.immediateRisk', value: 'no' }, { type: 'answer.crimeAlleged', value: 'no' }], 'Next: more signs, rationale', 'recordingRationale', 'Warning signs: SAFEGUARD areas U to D, and your rationale for the DETS page'],
  ['police.firstSteps', [...policeRecording.slice(0, 3)], 'Next: the flags', 'selectingFlags', 'Flags for the CRIS report'],
  ['police.firstSteps', policeRecording, 'Next: is the child in care?', 'askingLookedAfter', 'Is the child looked after (in care)?'],
  [
    'socialCare.firstSteps',
    [noDanger, { type: 'answer.socialWorker', value: 'no' }, { type: 'answer.significantHarm', value: 'yes' }, { type: 'answer.organisedAbuse', value: 'no' }],
    'Next: looked after?',
    'askingLookedAfter',
    'Is the child looked after, and placed out of borough?',
  ],
])('%s, after %j: "%s" opens %s', async (flowId, answers, title, nextState, nextTitle) => {
  const t = await strictT();
  const flow = catalogue.byId(flowId);
  if (flow === undefined) throw new Error(`no flow ${flowId}`);
  const journey = await reach(flow, answers);
  const card = flow.view(journey, { contacts: {} });
  const button = card.choices.find((c) => t(c.label.key, c.label.values) === title);
  expect(button).toBeDefined();
  expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
  // A card with inputs posts them with its button, as a host does: left untouched here.
  const answer = button?.answer ?? { type: 'none' };
  const pressed = await flow.step(journey, card.inputs === undefined ? answer : { ...answer, inputs: {} });
  const next = pressed.ok ? pressed.journey : journey;
  expect(next.value).toBe(nextState);
  const nextView = flow.view(next, { contacts: {} });
  expect(t(nextView.title.key, nextView.title.values)).toContain(nextTitle);
});

/** The same check from any reachable path to the state: every "Next: …" button in the en-GB locales is in one table or the other. */
it.each<[string, string, string, string, string]>([
  ['police.firstSteps', 'planningInvestigation', 'Next: what to do now', 'summarisingActions', 'What to do now, in order'],
  ['tactics.powerFinder', 'askingCircumstances', 'Next: the options', 'showingOptions', 'Options that may fit'],
])('%s, at %s: "%s" opens %s', async (flowId, fromState, title, nextState, nextTitle) => {
  const t = await strictT();
  const flow = catalogue.byId(flowId);
  if (flow === undefined) throw new Error(`no flow ${flowId}`);
  const journey = (await explore(flow, allAnswers(flow.answerSchema))).states.get(fromState);
  if (journey === undefined) throw new Error(`${flowId} never reaches ${fromState}`);
  const card = flow.view(journey, { contacts: {} });
  const button = card.choices.find((c) => t(c.label.key, c.label.values) === title);
  expect(button).toBeDefined();
  expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
  const answer = button?.answer ?? { type: 'none' };
  const pressed = await flow.step(journey, card.inputs === undefined ? answer : { ...answer, inputs: {} });
  expect(pressed.ok && pressed.journey.value).toBe(nextState);
  const nextView = flow.view(pressed.ok ? pressed.journey : journey, { contacts: {} });
  expect(t(nextView.title.key, nextView.title.values)).toContain(nextTitle);
});
