import { initialTransition, transition } from 'xstate';
import { renderView } from '../../cards/render';
import type { Translate } from '../../cards/view';
import { policeFirstStepsFlow } from '../../dialogs/police/policeFirstSteps.flow';
import { liveOf } from '../support/catalogue';
import { journeyView } from '../../dialogs/views';
import { pathwayStep, pathwaySteps, changesOf } from '../../knowledge/pathways';
import { policePathwaySteps } from '../../knowledge/pathways/police';
import { flagInputsSchema, policeFirstStepsEventSchema, rationaleInputsSchema, policeFirstStepsMachine, type PoliceFirstStepsContext } from '../../machines/policeFirstSteps.machine';
import { plain } from '../../dialogs/forms/display';
import { messagesOf } from '../../dialogs/forms/messages';
import { policeFlagQuestions, policeRationaleQuestions, policeSignQuestions } from '../../dialogs/police/policeFlags.questions';
import { allText } from '../support/assistant';
import { strictT } from '../support/i18n';

/**
 * The officer's pathway (section 6; Appendix D, D2 to D9), step by step with the pure transition(),
 * then what each view says for the answers given: the category is the officer's, ownership is
 * what section 6 says and no more, and the summary's steps follow from the answers.
 */

interface Step {
  type: string;
  value?: string;
  inputs?: Record<string, string>;
}

/** Each event parsed as the flow parses what a card sends (so a note is trimmed), then sent. */
function run(events: Step[]) {
  let [snapshot] = initialTransition(policeFirstStepsMachine, undefined);
  for (const event of events) [snapshot] = transition(policeFirstStepsMachine, snapshot, policeFirstStepsEventSchema.parse(event));
  return { state: snapshot.value, context: snapshot.context, done: snapshot.status === 'done' };
}

const noRisk: Step = { type: 'answer.immediateRisk', value: 'no' };
const noCrime: Step = { type: 'answer.crimeAlleged', value: 'no' };
const signs = (inputs: Record<string, string> = {}): Step => ({ type: 'answer.signs', inputs });
const rationale = (inputs: Record<string, string> = {}): Step => ({ type: 'answer.rationale', inputs });
const flags = (inputs: Record<string, string> = {}): Step => ({ type: 'answer.flags', inputs });
/** The three recording cards, each left as it is. */
const recording = (): Step[] => [signs(), rationale(), flags()];
const answer = (type: string, value: string): Step => ({ type, value });
const toSummary = (lookedAfter = 'no', missing = 'no', trafficking = 'no'): Step[] => [
  answer('answer.lookedAfter', lookedAfter),
  answer('answer.missing', missing),
  answer('answer.trafficking', trafficking),
  { type: 'investigation.acknowledged' },
];

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const base: PoliceFirstStepsContext = { immediateRisk: 'no', crimeAlleged: 'no', otherFlags: [], lookedAfter: 'no', missing: 'no', trafficking: 'no' };
const view = (value: string, context: Partial<PoliceFirstStepsContext> = {}) => policeFirstStepsFlow.view({ value, context: { ...base, ...context } }, { contacts: {} });
const cardText = (value: string, context: Partial<PoliceFirstStepsContext> = {}): string => {
  const active = { flowId: policeFirstStepsFlow.id, machineVersion: policeFirstStepsFlow.version, instanceId: 'i-1', revision: 1, snapshot: { value, context: { ...base, ...context } }, history: [] };
  return allText(journeyView(liveOf(active), { facts: { contacts: {} } }).map((v) => renderView(v, t)));
};
const keys = (refs: Array<{ key: string }> | undefined): string[] => (refs ?? []).map((r) => r.key.replace(/^police:summarisingActions\./, ''));

describe('the states, in order', () => {
  it.each([
    ['immediate risk: police protection first', [answer('answer.immediateRisk', 'yes')], 'consideringPoliceProtection'],
    ['then the recording', [answer('answer.immediateRisk', 'yes'), { type: 'protection.acknowledged' }], 'askingCrimeAlleged'],
    ['no immediate risk: straight to the recording', [noRisk], 'askingCrimeAlleged'],
    ['a crime: the warning signs', [noRisk, answer('answer.crimeAlleged', 'yes')], 'recordingSigns'],
    ['no crime: the warning signs as well (587/00 is flagged ES too)', [noRisk, noCrime], 'recordingSigns'],
    ['then the rest of the signs and the rationale', [noRisk, noCrime, signs()], 'recordingRationale'],
    ['then the flags', [noRisk, noCrime, signs(), rationale()], 'selectingFlags'],
    ['the flags left as they are: the officer may leave the category blank', [noRisk, noCrime, ...recording()], 'askingLookedAfter'],
    ['then a missing child', [noRisk, noCrime, ...recording(), answer('answer.lookedAfter', 'notKnown')], 'askingMissing'],
    ['then trafficking', [noRisk, noCrime, ...recording(), answer('answer.lookedAfter', 'yes'), answer('answer.missing', 'yes')], 'askingTrafficking'],
    ['then Appendix J', [noRisk, noCrime, ...recording(), ...toSummary().slice(0, 3)], 'planningInvestigation'],
    ['then the summary', [noRisk, noCrime, ...recording(), ...toSummary()], 'summarisingActions'],
    ['an answer for another step changes nothing', [answer('answer.trafficking', 'yes')], 'askingImmediateRisk'],
    ['the flags before the signs change nothing', [noRisk, noCrime, flags({ category: 'la' })], 'recordingSigns'],
  ])('%s', (_name, events, expected) => {
    expect(run(events).state).toBe(expected);
  });

  it('ends in the summary, a final state, with every answer recorded', () => {
    const result = run([
      answer('answer.immediateRisk', 'yes'),
      { type: 'protection.acknowledged' },
      answer('answer.crimeAlleged', 'yes'),
      signs({ 'area.gangs-groups': 'seen' }),
      rationale({ 'area.distrust': 'notSure', note: '  Older man collects her from school.  ' }),
      flags({ category: 'lb', eu: 'yes', ga: 'no', ge: 'yes' }),
      ...toSummary('notKnown', 'yes', 'yes'),
    ]);
    expect(result).toEqual({
      state: 'summarisingActions',
      done: true,
      context: {
        immediateRisk: 'yes',
        crimeAlleged: 'yes',
        signAreas: { 'gangs-groups': 'seen', distrust: 'notSure' },
        categoryFlag: 'lb',
        otherFlags: ['eu', 'ge'],
        rationaleNote: 'Older man collects her from school.',
        lookedAfter: 'notKnown',
        missing: 'yes',
        trafficking: 'yes',
      },
    });
  });
});

describe('what the recording cards may send', () => {
  it.each([
    [{}, true],
    [{ category: '' }, true],
    [{ category: 'la', eu: 'yes', ga: 'no', ge: 'no' }, true],
    [{ category: 'ld' }, false],
    [{ category: 'LA' }, false],
    [{ eu: 'maybe' }, false],
  ])('the flags card: %j is %s', (inputs, valid) => {
    expect(flagInputsSchema.safeParse(inputs).success).toBe(valid);
  });

  it.each([
    [{}, true],
    [{ 'area.technology': 'seen', note: 'ok' }, true],
    [{ 'area.technology': 'often' }, false],
    [{ note: 'x'.repeat(501) }, false],
    [{ note: `  ${'x'.repeat(500)}  ` }, true],
  ])('the rationale card: %j is %s', (inputs, valid) => {
    expect(rationaleInputsSchema.safeParse(inputs).success).toBe(valid);
  });

  it('a blank category is recorded as none selected, and a blank note as none', () => {
    expect(run([noRisk, noCrime, signs(), rationale({ note: '   ' }), flags({ category: '', eu: 'no' })]).context).toEqual({ immediateRisk: 'no', crimeAlleged: 'no', otherFlags: [] });
  });

  it('sending a card again replaces what it recorded, and only that', () => {
    const first = run([noRisk, noCrime, signs({ 'area.absence': 'seen', 'area.family-home': 'notSure' }), rationale({ 'area.technology': 'seen', note: 'first' }), flags({ category: 'lc', ga: 'yes' })]);
    expect(first.context).toMatchObject({ signAreas: { absence: 'seen', 'family-home': 'notSure', technology: 'seen' }, categoryFlag: 'lc', otherFlags: ['ga'], rationaleNote: 'first' });
    const again = (value: string, event: Step) => transition(policeFirstStepsMachine, policeFirstStepsMachine.resolveState({ value, context: first.context }), policeFirstStepsEventSchema.parse(event))[0].context;
    expect(again('selectingFlags', flags({ eu: 'yes' }))).toEqual({ ...first.context, categoryFlag: undefined, otherFlags: ['eu'] });
    expect(again('recordingSigns', signs({ 'area.gangs-groups': 'seen' }))).toEqual({ ...first.context, signAreas: { 'gangs-groups': 'seen', technology: 'seen' } });
    expect(again('recordingRationale', rationale({}))).toEqual({ ...first.context, signAreas: { absence: 'seen', 'family-home': 'notSure' }, rationaleNote: undefined });
  });

  it('a signs card records only its own areas, whatever else it is sent', () => {
    expect(run([noRisk, noCrime, signs({ 'area.technology': 'seen' }), rationale({ 'area.absence': 'seen' })]).context.signAreas).toBeUndefined();
  });
});

describe('the recording cards: the officer selects, the assistant never does', () => {
  it('shows the three category definitions in the protocol words, with nothing preselected', () => {
    const body = view('selectingFlags', { otherFlags: [] });
    const category = body.inputs?.find((i) => i.id === 'category');
    expect(category).toMatchObject({ kind: 'field', value: '', required: false, control: { type: 'choice', multiSelect: false, choices: [{ value: 'la' }, { value: 'lb' }, { value: 'lc' }] } });
    const text = cardText('selectingFlags');
    for (const phrase of [
      'ES always goes on the report',
      'the assistant does not choose or suggest one',
      'LA, Police category 1:** A vulnerable child or young person, where there are concerns they are being targeted and groomed',
      'LB, Police category 2:** Evidence a child or young person is being targeted for opportunistic abuse',
      'LC, Police category 3:** A child or young person whose sexual exploitation is habitual',
      'EU flag: online sexual exploitation',
      'GA flag: exploitive gang',
      'GE flag: exploitive group',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(cardText('recordingRationale')).toContain('Your rationale for the DETS page');
  });

  const shownCases: Array<[string, Partial<PoliceFirstStepsContext>, Record<string, string>]> = [
    ['nothing selected', {}, { category: '', eu: 'no', ga: 'no', ge: 'no', note: '' }],
    ['what was selected, on going back', { categoryFlag: 'lb', otherFlags: ['eu'], rationaleNote: 'mine' }, { category: 'lb', eu: 'yes', ga: 'no', ge: 'no', note: 'mine' }],
  ];
  it.each(shownCases)('shows %s', (_name, context, values) => {
    const shown = Object.fromEntries(['recordingRationale', 'selectingFlags'].flatMap((state) => view(state, context).inputs ?? []).filter((i) => !i.id.startsWith('area.')).map((i) => [i.id, i.value]));
    expect(shown).toEqual(values);
  });

  it('asks the SAFEGUARD areas first, five then four, none marked until the officer marks them, and keeps them on going back', () => {
    const areas = (state: string, context: Partial<PoliceFirstStepsContext>) => (view(state, context).inputs ?? []).filter((i) => i.id.startsWith('area.')).map((i) => [i.id, i.value]);
    expect(areas('recordingSigns', {}).map(([id]) => id)).toEqual(['area.sexual-health', 'area.absence', 'area.family-home', 'area.emotional-health', 'area.gangs-groups']);
    expect(areas('recordingRationale', {}).map(([id]) => id)).toEqual(['area.technology', 'area.alcohol-substances', 'area.gifts-money', 'area.distrust']);
    expect(areas('selectingFlags', {})).toEqual([]);
    expect(new Set([...areas('recordingSigns', {}), ...areas('recordingRationale', {})].map(([, v]) => v))).toEqual(new Set(['notSeen']));
    expect(areas('recordingSigns', { signAreas: { 'gangs-groups': 'seen' } })).toContainEqual(['area.gangs-groups', 'seen']);
    expect(areas('recordingRationale', { signAreas: { distrust: 'notSure' } })).toContainEqual(['area.distrust', 'notSure']);
  });

  it('assembles the DETS rationale from the signs recorded, then the flags, then the officer\'s words', () => {
    const result = run([noRisk, noCrime, signs({ 'area.gangs-groups': 'seen' }), rationale({ 'area.technology': 'notSure', note: 'fictional note' }), flags({ eu: 'yes' })]);
    expect(result.context).toMatchObject({ signAreas: { 'gangs-groups': 'seen', technology: 'notSure' }, otherFlags: ['eu'], rationaleNote: 'fictional note' });
    const record = view('summarisingActions', { signAreas: { 'gangs-groups': 'seen', technology: 'notSure' }, otherFlags: ['eu'] }).record;
    expect(record?.items.map((i) => i.title)).toEqual(['G: Gangs, groups, age gaps and crime', 'U: Use of technology and sexual bullying', 'ES flag: suspicion of CSE', 'EU flag: online sexual exploitation']);
  });
});

describe('the recording cards ask with the form vocabulary', () => {
  const context = { immediateRisk: 'no', crimeAlleged: 'no', otherFlags: [] };
  const atFlags = { value: 'selectingFlags', context };
  const atRationale = { value: 'recordingRationale', context };
  const refused = async (inputs: Record<string, string>, at = atFlags, type = 'answer.flags') => {
    const result = await policeFirstStepsFlow.step(at, { type, inputs });
    return result.ok === false && result.reason === 'invalidInput' ? { errors: result.errors, messages: Object.values(result.messages ?? {}).map((ref) => plain(t, ref)) } : result;
  };

  it('draws every input as a form question, card by card: its label, what it shows, never required, its choices in words', () => {
    const described = (state: string) =>
      (view(state).inputs ?? []).map((i) =>
        i.kind === 'field' ? [i.id, plain(t, i.label), i.value, i.required, i.control.type === 'choice' ? i.control.choices.map((c) => plain(t, c.label)) : i.control] : i.kind,
      );
    const signs = ['Seen or told', 'Not sure', 'Not seen'];
    const applies = ['Enter this flag', 'Does not apply'];
    expect(described('recordingSigns')).toEqual([
      ['area.sexual-health', 'S: Sexual identity, wellbeing and choice', 'notSeen', false, signs],
      ['area.absence', 'A: Absence, truancy and going missing', 'notSeen', false, signs],
      ['area.family-home', 'F: Family and home', 'notSeen', false, signs],
      ['area.emotional-health', 'E: Emotional and physical health', 'notSeen', false, signs],
      ['area.gangs-groups', 'G: Gangs, groups, age gaps and crime', 'notSeen', false, signs],
    ]);
    expect(described('recordingRationale')).toEqual([
      ['area.technology', 'U: Use of technology and sexual bullying', 'notSeen', false, signs],
      ['area.alcohol-substances', 'A: Alcohol and substances', 'notSeen', false, signs],
      ['area.gifts-money', 'R: Receipt of unexplained gifts or money', 'notSeen', false, signs],
      ['area.distrust', 'D: Distrust of authority figures', 'notSeen', false, signs],
      ['note', 'Your rationale for the DETS page', '', false, { type: 'text', multiline: true, maxLength: 500 }],
    ]);
    expect(described('selectingFlags')).toEqual([
      ['category', 'Category flag: LA, LB or LC', '', false, ['LA: police category 1', 'LB: police category 2', 'LC: police category 3']],
      ['eu', 'EU flag: online sexual exploitation', 'no', false, applies],
      ['ga', 'GA flag: exploitive gang', 'no', false, ['Does not apply']], // after No to a crime alleged (the context here): Appendix E
      ['ge', 'GE flag: exploitive group', 'no', false, ['Does not apply']],
    ]);
    const note = view('recordingRationale').inputs?.find((i) => i.id === 'note');
    expect(note?.kind === 'field' && note.hint !== undefined ? plain(t, note.hint) : undefined).toBe(
      'In your own words: why you suspect CSE and the warning signs you identified. You may leave it blank.',
    );
  });

  it.each([
    ['a category that is not LA, LB or LC', { category: 'ld' }, 'category', 'Category flag: LA, LB or LC must be one of the choices given'],
    ['a category in capitals', { category: 'LA' }, 'category', 'Category flag: LA, LB or LC must be one of the choices given'],
    ['two categories at once', { category: 'la,lb' }, 'category', 'Category flag: LA, LB or LC must be one of the choices given'],
    ['another flag as maybe', { eu: 'maybe' }, 'eu', 'EU flag: online sexual exploitation must be one of the choices given'],
  ])('the flags card refuses %s, on that input, with the words a form uses', async (_name, inputs, id, message) => {
    expect(await refused(inputs)).toEqual({ errors: { [id]: 'invalid' }, messages: [message] });
  });

  it.each([
    ['a SAFEGUARD area as something else', { 'area.distrust': 'often' }, 'area.distrust', 'D: Distrust of authority figures must be one of the choices given'],
    ['a rationale of 501 characters', { note: 'x'.repeat(501) }, 'note', 'Your rationale for the DETS page must be 500 characters or fewer'],
  ])('the rationale card refuses %s, on that input, with the words a form uses', async (_name, inputs, id, message) => {
    expect(await refused(inputs, atRationale, 'answer.rationale')).toEqual({ errors: { [id]: 'invalid' }, messages: [message] });
  });

  it('refuses an area of the first signs card as something else', async () => {
    expect(await refused({ 'area.gangs-groups': 'often' }, { value: 'recordingSigns', context }, 'answer.signs')).toEqual({
      errors: { 'area.gangs-groups': 'invalid' },
      messages: ['G: Gangs, groups, age gaps and crime must be one of the choices given'],
    });
  });

  it('refuses every problem at once, each beside its own input, in the card order', async () => {
    expect(await refused({ category: 'lx', ga: 'sometimes' })).toEqual({
      errors: { category: 'invalid', ga: 'invalid' },
      messages: ['Category flag: LA, LB or LC must be one of the choices given', 'GA flag: exploitive gang must be one of the choices given'],
    });
    expect(await refused({ note: 'x'.repeat(501), 'area.technology': 'often' }, atRationale, 'answer.rationale')).toEqual({
      errors: { 'area.technology': 'invalid', note: 'invalid' },
      messages: ['U: Use of technology and sexual bullying must be one of the choices given', 'Your rationale for the DETS page must be 500 characters or fewer'],
    });
  });

  it('has words for every message each question can raise', () => {
    for (const set of [policeSignQuestions, policeRationaleQuestions, policeFlagQuestions]) for (const question of set.questions) for (const message of messagesOf(set, question)) expect(plain(t, message)).not.toBe('');
  });

  it('passes a valid card on to the statechart as the officer left it: a blank category stays blank, the note trimmed', async () => {
    const rationaleGiven = await policeFirstStepsFlow.step(atRationale, { type: 'answer.rationale', inputs: { 'area.technology': 'seen', 'area.distrust': 'notSeen', note: `  ${'x'.repeat(500)}  ` } });
    expect(rationaleGiven.ok && rationaleGiven.journey).toEqual({ value: 'selectingFlags', context: { ...context, signAreas: { technology: 'seen' }, rationaleNote: 'x'.repeat(500) } });
    const result = await policeFirstStepsFlow.step(atFlags, { type: 'answer.flags', inputs: { category: '', eu: 'yes', ga: 'no' } });
    expect(result.ok && result.journey).toEqual({ value: 'askingLookedAfter', context: { ...context, otherFlags: ['eu'] } });
  });

  // The fifth exploratory test: GA and GE were offered after "Has a crime been alleged? No". Appendix E: they
  // identify criminal investigations whose offence appears to be an exploitative gang's (GA) or group's (GE).
  it('offers GA and GE only after a crime was alleged, and says why after No', () => {
    const choices = (crimeAlleged: 'yes' | 'no', id: string) => {
      const input = view('selectingFlags', { crimeAlleged }).inputs?.find((i) => i.id === id);
      return input?.kind === 'field' && input.control.type === 'choice' ? input.control.choices.map((c) => plain(t, c.label)) : [];
    };
    for (const id of ['ga', 'ge']) {
      expect(choices('no', id)).toEqual(['Does not apply']);
      expect(choices('yes', id)).toEqual(['Enter this flag', 'Does not apply']);
    }
    expect(choices('no', 'eu')).toEqual(['Enter this flag', 'Does not apply']);
    expect(cardText('selectingFlags', { crimeAlleged: 'no' })).toContain('You said no crime has been alleged, so GA and GE do not apply');
    expect(cardText('selectingFlags', { crimeAlleged: 'yes' })).not.toContain('You said no crime has been alleged');
  });

  it('refuses GA or GE entered after No to a crime alleged, beside the flag; records them after Yes', async () => {
    expect(await refused({ category: 'lc', ga: 'yes', ge: 'yes' })).toEqual({
      errors: { ga: 'invalid', ge: 'invalid' },
      messages: ['GA flag: exploitive gang must be one of the choices given', 'GE flag: exploitive group must be one of the choices given'],
    });
    const result = await policeFirstStepsFlow.step({ value: 'selectingFlags', context: { ...context, crimeAlleged: 'yes' } }, { type: 'answer.flags', inputs: { ga: 'yes', ge: 'yes' } });
    expect(result.ok && result.journey.context).toMatchObject({ crimeAlleged: 'yes', otherFlags: ['ga', 'ge'] });
  });

  it('records the category only when the officer selected one', async () => {
    const result = await policeFirstStepsFlow.step(atFlags, { type: 'answer.flags', inputs: { category: 'lc' } });
    expect(result.ok && result.journey.context).toEqual({ immediateRisk: 'no', crimeAlleged: 'no', otherFlags: [], categoryFlag: 'lc' });
  });
});

describe('who owns it: section 6, no more', () => {
  const ownershipCases: Array<[string, Partial<PoliceFirstStepsContext>, string[]]> = [
    ['LA', { categoryFlag: 'la' }, ['ownership.la', 'ownership.elsewhere', 'ownership.iat']],
    ['LB', { categoryFlag: 'lb' }, ['ownership.lb', 'ownership.elsewhere', 'ownership.iat']],
    ['LC: the protocol is silent', { categoryFlag: 'lc' }, ['ownership.lc', 'ownership.elsewhere', 'ownership.iat']],
    ['no category selected', {}, ['ownership.none', 'ownership.elsewhere', 'ownership.iat']],
    ['a looked-after child: the CP procedures, whatever the category', { categoryFlag: 'la', lookedAfter: 'yes' }, ['ownership.lookedAfter', 'ownership.iat']],
    ['not known whether looked after', { categoryFlag: 'la', lookedAfter: 'notKnown' }, ['ownership.la', 'ownership.elsewhere', 'ownership.ifLookedAfter', 'ownership.iat']],
  ];
  it.each(ownershipCases)('%s', (_name, context, expected) => {
    expect(keys(view('summarisingActions', context).lines)).toEqual(expected);
  });

  const silenceCases: Array<[PoliceFirstStepsContext['categoryFlag'], string]> = [
    ['lc', 'The protocol does not say who owns category 3 cases.'],
    ['lb', 'it does not say who owns other category 2 cases'],
    ['la', 'responsibility for category 1 investigations and interventions rests with borough police and partner agencies where the child resides'],
  ];
  it.each(silenceCases)('%s says what the protocol says', (categoryFlag, phrase) => {
    expect(cardText('summarisingActions', { categoryFlag })).toContain(phrase);
  });
});

describe('the summary: what to do now, in order, then the deadlines', () => {
  it('the fewest steps: no risk, no crime, not looked after, not missing, no trafficking', () => {
    expect(keys(view('summarisingActions').steps)).toEqual(['pac', 'reportConcern', 'socialCare', 'strategy', 'mase', 'close', 'deadlines']);
  });

  it('every step the answers call for, in order: a missing child’s trigger plan among the five shown first', () => {
    const body = view('summarisingActions', { immediateRisk: 'yes', crimeAlleged: 'yes', lookedAfter: 'yes', missing: 'yes', trafficking: 'yes' });
    expect(keys(body.steps)).toEqual(['pac', 'reportCrime', 'triggerPlan', 'socialCare', 'strategyLookedAfter', 'outOfBorough', 'nrm', 'mase', 'close', 'deadlinesProtection', 'deadlines']);
  });

  it('names the flags the officer selected, ES first, and no others', () => {
    const steps = view('summarisingActions', { categoryFlag: 'lc', otherFlags: ['eu', 'ge'] }).steps ?? [];
    expect(steps[1]).toEqual({ key: 'police:summarisingActions.reportConcern', values: { flags: 'ES, LC, EU, GE' } });
    expect(view('summarisingActions').steps?.[1]?.values).toEqual({ flags: 'ES' });
  });

  it.each([
    ['the 45 working days, where the protocol puts it', 'within 45 working days of the referral to children\'s social care'],
    ['the supervisor review every 10 days', 'the supervisor reviews the investigation every 10 days'],
    ['the PNC marker review every six months', 'the PNC marker is reviewed every six months'],
    ['the revisit after six months', 'revisit after six months if there is no disclosure'],
    ['MASE at most six-weekly', 'MASE meets monthly, six-weekly at most'],
    ['no consent needed for an NRM referral', "you do not need the child's consent"],
    ['the trafficking crime report', 'create a police crime report for trafficking'],
    ['the trigger plan on Crimint and PNC', "Crimint titled 'CSE Missing Trigger Plan', and on PNC"],
  ])('says %s', (_name, phrase) => {
    expect(cardText('summarisingActions', { missing: 'yes', trafficking: 'yes' })).toContain(phrase);
  });

  it('shows back the rationale for the DETS page: the flags and the officer words, escaped', () => {
    const body = view('summarisingActions', { categoryFlag: 'la', otherFlags: ['ga'], rationaleNote: 'Seen with *older* men' });
    expect(body.record?.items.map((i) => [i.title, i.answer.key])).toEqual([
      ['ES flag: suspicion of CSE', 'police:rationale.always'],
      ['LA flag: police category 1 enquiry', 'police:rationale.selected'],
      ['GA flag: exploitive gang', 'police:rationale.selected'],
    ]);
    const text = cardText('summarisingActions', { categoryFlag: 'la', otherFlags: ['ga'], rationaleNote: 'Seen with *older* men' });
    expect(text).toContain('Rationale for the DETS page');
    expect(text).toContain('Seen with \\\\*older\\\\* men');
  });
});

describe('Appendix J and the outcome codes', () => {
  it('gives the checklists with their review points, and the codes with their meanings', () => {
    const text = cardText('planningInvestigation');
    for (const phrase of [
      'Supervise and review every 10 days',
      'reviewed every six months or on a significant change',
      'revisit them six months later',
      'a closing report',
      'MI: positive intervention for the victim',
      'FP: order served on the suspect',
      'FO: Sexual Harm Prevention Order served',
      'FQ: positive disruption of the suspect',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(view('planningInvestigation').citations.map((c) => c.section)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Appendix J/), expect.stringMatching(/^Appendix E: Outcome codes/)]),
    );
  });
});

describe('citations', () => {
  it('every police pathway step is the protocol own (P), and is loaded', () => {
    for (const step of policePathwaySteps) {
      expect({ id: step.id, marker: step.marker }).toEqual({ id: step.id, marker: 'P' });
      expect(pathwaySteps.some((s) => s.id === step.id)).toBe(true);
    }
  });

  it.each([
    ['the categories', 'pathway.d5.category-flags', 'removed the CSE category levels'],
    ['587/00, Merlin and CRIS', 'pathway.d3.merlin-and-cris', "'Merlin PAC', '587/00' and the CRIS screens"],
    ['MASE', 'pathway.d8.mase', 'MACE'],
    ['the IAT', 'pathway.d6.iat-categorises', 'Initial Assessment Team categorisation'],
  ])('carries the since-2017 note on %s', (_name, id, phrase) => {
    expect(changesOf(pathwayStep(id)).some((c) => c.what.includes(phrase))).toBe(true);
  });

  it('every card cites the protocol, and only as the protocol', async () => {
    for (const state of policeFirstStepsFlow.stateNames) {
      const citations = view(state).citations;
      expect({ state, cites: citations.length > 0, generalPractice: citations.some((c) => c.generalPractice) }).toEqual({ state, cites: true, generalPractice: false });
    }
  });
});
