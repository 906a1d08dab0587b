import { route, routerForOneTurn } from '../../dialogs/router';
import { isUrgent } from '../../dialogs/urgency';

describe('urgent danger is recognised however it is said', () => {
  it.each([
    "she's with him right now",
    'She is with him now',
    "he's going to hurt her",
    'in danger now',
    'the girl is in danger',
    'I think a child is in immediate danger',
    'EMERGENCY',
    'should I call 999',
    'they are with an older man in a car right now',
    'a boy is being attacked outside',
    'she is being taken away in a van',
    'he has a knife',
    "he won't let her leave",
    'she is locked in a room',
    'two men forced her into a car',
    'she is unconscious',
    'he threatened to kill her',
    'my pupil is with some men in a flat right now',
    'help now please',
    'a child has been kidnapped',
    'pupil being raped',
    'the kid is with them at the moment',
    'Shes with him rn at the hotel right now',
  ])('%s', (text) => {
    expect(isUrgent(text)).toBe(true);
    expect(route(text)).toEqual({ kind: 'urgent' });
  });
});

describe('ordinary questions are not mistaken for danger', () => {
  it.each([
    'how long does a sexual risk order last?',
    'what is a CAWN',
    'who chairs the MASE',
    'a year 9 girl has an older boyfriend and a new phone',
    'she is not in danger but I am worried',
    'no immediate danger, she is at home with her mum',
    'what is the return home interview',
    'how long does an emergency protection order last',
    'who applies for an EPO',
  ])('%s', (text) => {
    expect(isUrgent(text)).toBe(false);
  });

  it('but a denial does not hide other danger in the same message', () => {
    expect(isUrgent('she is not in danger now but he has a knife')).toBe(true);
  });
});

describe('commands and roles', () => {
  it.each([
    ['menu', { kind: 'command', command: 'menu' }],
    ['Hello', { kind: 'command', command: 'menu' }],
    ['back', { kind: 'command', command: 'back' }],
    ['cancel', { kind: 'command', command: 'cancel' }],
    ['start again', { kind: 'command', command: 'restart' }],
    ['save for later', { kind: 'command', command: 'saveForLater' }],
    ['ask a question', { kind: 'command', command: 'ask' }],
    ['School', { kind: 'role', role: 'school' }],
    ['hotel', { kind: 'role', role: 'business' }],
    ['police officer', { kind: 'role', role: 'police' }],
    ['MASH', { kind: 'role', role: 'socialCare' }],
    ['GP', { kind: 'role', role: 'health' }],
    ['what is an SRO', { kind: 'question', text: 'what is an SRO' }],
  ])('%s', (text, expected) => {
    expect(route(text)).toEqual(expected);
  });
});

describe("a turn's router", () => {
  it.each(['she is with him right now', 'menu', 'how long does an SRO last', 'my submissions', 'school'])('routes %p as route does, once', (text) => {
    const routeText = routerForOneTurn();
    const first = routeText(text);
    expect(first).toEqual(route(text));
    // The second ask is answered from the first: the same object, not routed again.
    expect(routeText(text)).toBe(first);
    expect(routerForOneTurn()(text)).not.toBe(first);
  });
});

// The fifth exploratory test: typed requests to start a form got an entry about it instead.
describe('a form asked for in words', () => {
  it.each(['i want to fill in a concern form', 'start the rhi form', 'can i do the makesafe report', 'return home interview form please', 'i want to fill in a form', 'complete the MASE form'])(
    '%s is a form request',
    (text) => {
      expect(route(text)).toEqual({ kind: 'formRequested', text });
    },
  );

  // The sixth exploratory test: "start the return home interview" got the entry about it. A form's name after a verb of starting is enough.
  it.each(['start the return home interview', 'Begin the RHI.', 'fill in the concern', 'i want to do the mase', 'start an out of borough notification please', 'submit the return home interview'])('%s, a form named without the word "form", is a form request', (text) => {
    expect(route(text)).toEqual({ kind: 'formRequested', text });
  });

  it.each(['what is a return home interview', 'what is the mase form', 'how do i fill in the mase form', 'should i still log it, do i record it', 'i want to report a man hanging round the school', 'can i report this anonymously', 'is the return home interview done by the police', 'start the journey', 'do the school run', 'return home interview'])(
    '%s is not',
    (text) => {
      expect(route(text).kind).not.toBe('formRequested');
    },
  );
});
