import type { StepView } from '../../cards/view';
import type { ActiveFlow } from '../../dialogs/conversationState.schema';
import { afterAnswer, withOpeningNote } from '../../dialogs/openingNote';
import { route } from '../../dialogs/router';
import { asksSomething, describedSituation, forUser, whatToDoEntry } from '../../dialogs/situation';
import type { RoleId } from '../../dialogs/router';
import { SITUATION_JOURNEY_IDS } from '../../dialogs/journeyIds';
import { allEntries } from '../../knowledge/entries';

describe('a situation described in plain words is offered its journey', () => {
  it.each([
    ['I work at a hotel and something looks wrong with a young girl and older men, who do I call', 'business.firstSteps', true],
    ['i work at a hotel something looks wrong with a young girl and older men who do i call', 'business.firstSteps', true],
    ["I'm a cab driver and a girl I picked up looked scared", 'business.firstSteps', false],
    ['a guest checked in with two teenage girls and paid cash', 'business.firstSteps', false],
    ["I'm a teacher and worried about a pupil", 'school.firstSteps', false],
    'a pupil told me her uncle makes her meet his friends',
    ['a 14 year old asked for the morning-after pill again', 'health.firstSteps', false],
    ['GP here - a patient came in with an older man who answered for her', 'health.firstSteps', false],
    ["I'm a police officer and I stopped a car with a 13 year old girl and two adult men", 'police.firstSteps', false],
    ["I'm a social worker and a girl on my caseload came back from missing last night", 'situations.missingReturned', false],
    ['she came back after three days and will not say where she was', 'situations.missingReturned', false],
    ['I think he is being moved around to sell drugs for older boys', 'situations.trafficking', false],
    // A question after the introduction, with no question mark: answered beside the offer (found by the exploratory test).
    ['im security at a shopping centre, whats the signs of cse to look out for', 'business.firstSteps', true],
    ["I'm a teacher, what are the signs of cse", 'school.firstSteps', true],
    // A missing child found, or back where she lives with the child left unsaid (found by the exploratory test).
    ['attended a missing from care found at an address, no disclosure. next steps?', 'situations.missingReturned', true],
    ['misper located at a house in the next borough, what now', 'situations.missingReturned', false],
    ['no disclosure, back at her placement now', 'situations.missingReturned', false],
    // A child who came back to her carers has returned; a reply that never came is not a return (below).
    ['she came back to us last night and will not say where she was', 'situations.missingReturned', false],
    // Questions in the writer's voice with no mark, or opening the message (the second exploratory test).
    ['im a school nurse can i refer straight to mash or does it have to go through the dsl', 'health.firstSteps', true],
    ['whats online cse, girl in yr 8 being asked for pics on snapchat by someone she met on a game', 'school.firstSteps', true],
    ["two months ago a pupil told me an older man gave her a lift home, she's fine now, should i still log it", 'school.firstSteps', true],
  ].map((c) => (typeof c === 'string' ? [c, 'school.firstSteps', false] : c)))('%s → %s', (text, flowId, asks) => {
    const situation = describedSituation(String(text));
    expect(situation?.flowId).toBe(flowId);
    expect(situation?.keepNote).toBe(true);
    expect(situation?.asks).toBe(asks);
    // One the danger detector reads as danger now is routed urgent: the 999 card comes first and the
    // same journey is offered after it (dialogs/typedMessage.ts, and the described-situations transcripts).
    const routed = route(String(text));
    if (routed.kind !== 'urgent') expect(routed).toMatchObject({ kind: 'described', situation: { flowId } });
  });

  it('never gives the writer a role they say they do not have', () => {
    for (const text of ['im not nurse, a girl in yr 9 told me her bf is 25', "i'm not a nurse but a girl at the clinic told me her bf is 25"]) {
      const situation = describedSituation(text);
      expect([text, situation?.roleGiven === true ? situation.role : undefined]).toEqual([text, undefined]);
    }
    expect(describedSituation('im not nurse, a girl in yr 9 told me her bf is 25')?.flowId).toBe('school.firstSteps');
    expect(describedSituation('not a teacher, a patient told me her bf is 25')?.flowId).toBe('health.firstSteps');
  });

  it('offers the role journey, with nothing to keep, to someone who only says who they are', () => {
    expect(describedSituation('im a teacher')).toEqual({ flowId: 'school.firstSteps', role: 'school', roleGiven: true, keepNote: false, asks: true });
    expect(describedSituation('I work at a hotel')?.flowId).toBe('business.firstSteps');
  });

  it.each([
    'what is county lines',
    'what happens when a child comes back from missing',
    'do we tell the parents?',
    'the child told me not to tell anyone',
    'how long does an SRO last',
    'what flags do I put on CRIS',
    'should i look at the photo to check',
    // "Notice" the noun, not the verb: a hotel's, a closure's (found by the exploratory test).
    'what is a hotel notice',
    'how do i serve a hotel notice',
    // A reply that never came is not a child come back.
    'the police never came back to me after i rang 101, what now',
    // A question about a child found with something, or brought in, is still a question.
    'what happens if a 15yo is found with drugs',
    'can a 14 year old brought into custody have an appropriate adult',
    'is there a leaflet about cse for parents',
  ])('leaves a question a question: %s', (text) => {
    expect(describedSituation(text)).toBeUndefined();
    expect(route(text)).toEqual({ kind: 'question', text });
  });
});

describe('the situation as this user is offered it', () => {
  it('keeps the role of a user who chose one over a setting their words only point to', () => {
    const hotel = describedSituation('a guest checked in with two teenage girls and paid cash');
    if (hotel === undefined) throw new Error('not a situation');
    expect(hotel).toMatchObject({ flowId: 'business.firstSteps', role: 'business', roleGiven: false });
    expect(forUser(hotel, 'police')).toMatchObject({ flowId: 'police.firstSteps', role: 'police' });
    expect(forUser(hotel, undefined)).toBe(hotel);
  });

  it('keeps a role the writer gives, and a situation journey whoever asks', () => {
    const given = describedSituation("I'm a cab driver and a girl I picked up looked scared");
    const returned = describedSituation('she came back after three days and will not say where she was');
    if (given === undefined || returned === undefined) throw new Error('not a situation');
    expect(forUser(given, 'school')).toMatchObject({ flowId: 'business.firstSteps', role: 'business' });
    expect(forUser(returned, 'socialCare')).toMatchObject({ flowId: 'situations.missingReturned', role: 'social-care' });
  });

  // The fifth exploratory test: after School, a nurse's "pt 14 in a&e…" was offered the School journey.
  it.each([
    ["pt 14 in a&e again with an older bf, drunk, wont say where she's been", 'school', 'health.firstSteps', 'health'],
    ['my patient, 15, came in with an older man who answered for her', 'police', 'health.firstSteps', 'health'],
    ['one of my pupils has a new phone and an older boyfriend', 'business', 'school.firstSteps', 'school'],
    ['a girl on my caseload has a new phone and an older boyfriend', 'school', 'socialCare.firstSteps', 'social-care'],
  ])('follows a role the words clearly name over the role chosen: %s', (text, chosen, flowId, role) => {
    const described = describedSituation(text);
    if (described === undefined) throw new Error('not a situation');
    expect(forUser(described, chosen as RoleId)).toMatchObject({ flowId, role });
  });

  it('keeps the role chosen when the words only point to a setting: a teacher telling of a pupil taken to A&E', () => {
    const described = describedSituation('a pupil was taken to a&e again with an older boyfriend');
    if (described === undefined) throw new Error('not a situation');
    expect(forUser(described, 'school')).toMatchObject({ flowId: 'school.firstSteps', role: 'school' });
  });

  // The fifth exploratory test: a police officer's custody description was read as a question.
  it.each(['15yo brought into custody for shoplifting, found with 2 phones and cash', '15yo brought into custody for shoplifting, found with 2 phones and cash, older males waiting outside'])(
    'reads a description with no word of telling as one: %s',
    (text) => {
      expect(describedSituation(text)).toMatchObject({ flowId: 'police.firstSteps', role: 'police', keepNote: true, asks: false });
    },
  );

  // The fifth exploratory test: a child who keeps going missing and comes back, with a question and no mark.
  it.each(['she keeps going missing and comes back with new stuff is there a leaflet', 'sw here, 13yo she keeps going missing and comes back with new stuff is there a leaflet'])(
    'reads a child who keeps going missing and coming back as missing and returned, and its question as asked: %s',
    (text) => {
      expect(describedSituation(text)).toMatchObject({ flowId: 'situations.missingReturned', keepNote: true, asks: true });
    },
  );

  it('does not read a child not yet back as returned', () => {
    expect(describedSituation('she is not back at her placement and her phone is off')?.flowId).not.toBe('situations.missingReturned');
  });
});

describe('the opening note', () => {
  const active: ActiveFlow = { flowId: 'health.firstSteps', machineVersion: 1, instanceId: 'i-1', revision: 0, snapshot: {}, history: [], openingNote: 'A fictional note' };
  const noteBox = { kind: 'text' as const, id: 'note', label: { key: 'x' }, value: '', maxLength: 10, errorKey: 'errors:checklist.note' };
  const step = (extra: Partial<StepView>): StepView => ({ kind: 'step', tone: 'question', title: { key: 't' }, lines: [], choices: [], citations: [], navigation: [], ...extra });

  it('fills the first empty note box, within its length, and leaves a box the user filled alone', () => {
    const filled = withOpeningNote(step({ inputs: [noteBox, { ...noteBox, id: 'seenOrHeard' }] }), active, false);
    expect(filled.inputs?.map((i) => i.value)).toEqual(['A fictiona', '']);
    expect(withOpeningNote(step({ inputs: [{ ...noteBox, value: 'mine' }] }), active, false).inputs?.[0]?.value).toBe('mine');
  });

  it('is shown in the summary until it has gone into a note box', () => {
    const summary = withOpeningNote(step({ tone: 'summary' }), active, true);
    expect(summary.record?.notes).toEqual([{ heading: { key: 'common:openingNote.label' }, text: 'A fictional note' }]);
    const placed = { ...active, ...afterAnswer(active, { type: 'answer.area', inputs: { note: 'changed by the user' } }, [noteBox]) };
    expect(placed.openingNotePlaced).toBe(true);
    expect(withOpeningNote(step({ tone: 'summary' }), placed, true).record).toBeUndefined();
    expect(withOpeningNote(step({ inputs: [noteBox] }), placed, false).inputs?.[0]?.value).toBe('');
  });

  it('is not placed by an answer without a note box, and does nothing for a journey without a note', () => {
    expect(afterAnswer(active, { type: 'answer.danger', value: 'no' }, [])).toEqual({ openingNotePlaced: false });
    const { openingNote: _none, ...plain } = active;
    expect(afterAnswer(plain, { type: 'answer.area', inputs: { note: 'x' } }, [noteBox])).toEqual({});
    const s = step({ inputs: [noteBox] });
    expect(withOpeningNote(s, plain, true)).toBe(s);
  });
});

describe('the opening note and a note on one part of the journey', () => {
  const active: ActiveFlow = { flowId: 'school.firstSteps', machineVersion: 1, instanceId: 'i-1', revision: 1, snapshot: {}, history: [], openingNote: 'A fictional note' };
  const areaNote = { kind: 'text' as const, id: 'note', label: { key: 'x' }, value: '', maxLength: 100, errorKey: 'errors:checklist.note', aboutPart: true as const };
  const step = (extra: Partial<StepView>): StepView => ({ kind: 'step', tone: 'question', title: { key: 't' }, lines: [], choices: [], citations: [], navigation: [], ...extra });

  it('never goes into a warning-sign area\'s box, and an area\'s note sent does not count as placing it: the summary still shows it', () => {
    expect(withOpeningNote(step({ inputs: [areaNote] }), active, false).inputs?.[0]?.value).toBe('');
    const answered = { ...active, ...afterAnswer(active, { type: 'answer.checklist', inputs: { note: 'what was seen in this area' } }, [areaNote]) };
    expect(answered.openingNotePlaced).toBe(false);
    expect(withOpeningNote(step({ tone: 'summary' }), answered, true).record?.notes).toEqual([{ heading: { key: 'common:openingNote.label' }, text: 'A fictional note' }]);
  });
});

describe('whether a message asks anything', () => {
  it.each([
    'how long does a sexual risk order last',
    'he is forcing her to have sex with his friends tonight, how long does a sexual risk order last?',
    'shes with him now what do i do',
    'a man is outside the school now, who do I call',
    'hes got her in his car rn and what happens next',
    'a man has got her in his car right now, whats my next step',
    'is this CSE',
    'can I refer without consent',
    'she is at his flat now?',
    // A request with no question word opening a clause.
    'hes got her in his car rn, need the number for the MASH',
    'a man is outside the school now tell me who to call',
    'shes being held in a flat, advice please',
    'girl in room 9 with two men, not sure what to do',
    "she's at a party and can't stand up, I don't know who to call",
    // A question in the writer's voice, run on with no mark before it.
    'taxi driver here, girl in the back maybe 14, im still driving what do i do',
    'girl in room 9 with 2 men who do i call',
    // A contact wanted, with no verb.
    'hes got her in his car rn, the number for the MASH',
    'girl in room 9 with two older men. contact for the police pls',
    'number for childrens social care',
  ])('%s asks', (text) => {
    expect(asksSomething(text)).toBe(true);
  });

  it.each([
    'a man is coming to pick her up from school in 10 mins',
    'hes got her in his car rn',
    'a man has locked her in a flat',
    "she's being sexually assaulted at a party",
    'im a cab driver, young girl in the back, im driving now',
    'girl about 14 checking in with two older men right now',
    // The child's words, or someone else's not knowing, are not the writer asking.
    'my daughter is in a stranger\'s car right now she wont tell me where',
    'GP: 13 yr old on the phone saying shes at a mans flat and doesnt know how to get home',
    'foster carer: just got a text from my 14 yr old "help me pls he wont let me leave"',
    'we dont know where she is, she went off with him an hour ago',
    // A relative "who", and someone else's question, are not the writer asking.
    'the men who took her are outside now',
    'hes got her in his car and she doesnt know what to do',
    // A contact told of, not wanted.
    'help, my 15yo just texted "hes got my phone now" from her friends number',
    'shes in his car now, he has the number for her school',
    'shes in his car now, he took her phone and the number for her school',
  ])('%s tells, asking nothing', (text) => {
    expect(asksSomething(text)).toBe(false);
  });
});

describe('what answers "what do I do" in a situation', () => {
  const roles = [undefined, 'school', 'health', 'business', 'police', 'social-care'] as const;
  const ids = new Set(allEntries.map((e) => e.id));

  it.each(SITUATION_JOURNEY_IDS.flatMap((flowId) => roles.map((role) => [flowId, role ?? 'no role'] as const)))('%s, %s: an entry there is', (flowId, role) => {
    const entry = whatToDoEntry(role === 'no role' ? { flowId, roleGiven: false, keepNote: true, asks: true } : { flowId, role, roleGiven: true, keepNote: true, asks: true });
    if (entry !== undefined) expect(ids).toContain(entry.entryId);
  });

  it("is the situation's own section for those whose work it is, first; anyone else's route", () => {
    const of = (flowId: string, role?: (typeof roles)[number]) => whatToDoEntry(role === undefined ? { flowId, roleGiven: false, keepNote: true, asks: true } : { flowId, role, roleGiven: true, keepNote: true, asks: true });
    expect(of('situations.missingReturned', 'social-care')).toEqual({ entryId: 'section.9.missing-children', first: true });
    expect(of('situations.missingReturned')).toEqual({ entryId: 'section.9.missing-children', first: true });
    expect(of('situations.trafficking', 'police')).toEqual({ entryId: 'section.10.trafficking-and-nrm', first: true });
    expect(of('situations.missingReturned', 'school')).toEqual({ entryId: 'route.referral-pathway', first: false });
    expect(of('business.firstSteps', 'business')).toEqual({ entryId: 'makesafe.how-to-report', first: false });
    expect(of('business.firstSteps')).toBeUndefined();
  });
});
