import { isDangerUrgent } from '../../dialogs/danger';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { protocolKnowledge, testTurnRunner } from '../support/turnRunner';

jest.mock('../../dialogs/danger', () => {
  const actual: typeof import('../../dialogs/danger') = jest.requireActual('../../dialogs/danger');
  return { ...actual, isDangerUrgent: jest.fn(actual.isDangerUrgent) };
});

/**
 * Issue 14: a typed message is routed once a turn. The runner asks what to load for it (records,
 * submissions, the problem profile) and the dialog answers it; all of them share the turn's routing,
 * so the danger detector reads the words once, and still reads them every turn.
 */

const runTurn = testTurnRunner(openEmbeddedStorage(':memory:'), { knowledge: protocolKnowledge() });
// What a turn asks the danger detector (dialogs/urgency.ts): whether the words are urgent.
const detected = jest.mocked(isDangerUrgent);

it.each([
  ['a question', 'how long does an SRO last', 'answer'],
  ['danger', 'she is with him right now', 'urgent'],
  ['a command the runner loads for', 'my submissions', 'notice'],
  ['the problem profile', 'problem profile', 'notice'],
])('%s is read by the danger detector once a turn', async (_what, text, firstView) => {
  for (const turn of [1, 2]) {
    detected.mockClear();
    const views = await runTurn({ conversationId: 'conv-fictional-route', ownerKey: 'owner-fictional-route', activityId: `route-${text}-${turn}`, event: { event: 'message.received', text } });
    expect(views[0]?.kind).toBe(firstView);
    expect(detected.mock.calls).toEqual([[text]]);
  }
});
