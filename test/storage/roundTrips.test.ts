import { cardEventSchema, type DomainEvent } from '../../dialogs/events.schema';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import type { TurnRequest } from '../../bot/turnRunner';
import type { View } from '../../cards/view';
import { encryptedTurnRunner, protocolKnowledge } from '../support/turnRunner';
import { countingStorage } from './countingStorage';

/**
 * Issue 14: the store round trips of one turn, counted on the store under encryption, as wired in
 * bot/app.ts. A journey step: at most two (one read, one conditional write); a typed question: at most one.
 */

function setUp() {
  const counting = countingStorage(openEmbeddedStorage(':memory:'));
  const { runTurn } = encryptedTurnRunner(counting.storage, { knowledge: protocolKnowledge() });
  let activity = 0;
  const turn = async (event: DomainEvent, conversationId = 'conv-fictional-1'): Promise<{ views: View[]; calls: string[] }> => {
    counting.reset();
    activity += 1;
    const request: TurnRequest = { conversationId, ownerKey: 'owner-fictional-1', activityId: `activity-${activity}`, event };
    const views = await runTurn(request);
    return { views, calls: counting.calls() };
  };
  return { turn, counting };
}

/** The event a step card's action sends, as a host would post it: "No", or a navigation action by its event. */
function pressed(views: View[], which: 'no' | 'flow.backRequested' | 'flow.savedForLater'): DomainEvent {
  const step = views.find((v) => v.kind === 'step');
  if (step?.kind !== 'step') throw new Error('no step card');
  const action =
    which === 'no' ? step.choices.find((c) => JSON.stringify(c.data).includes('"value":"no"')) : step.navigation.find((c) => c.data.event === which);
  if (action === undefined) throw new Error(`no ${which} on the step card`);
  return cardEventSchema.parse(action.data);
}

const savedDraftsCount = (views: View[]): unknown[] =>
  views.flatMap((v) => (v.kind === 'welcome' ? v.resumable.filter((a) => a.data.event === 'drafts.requested').map((a) => a.label) : []));

describe('store round trips per turn', () => {
  it('a journey step, answer and Back alike: one read and one conditional write', async () => {
    const { turn } = setUp();
    const started = await turn({ event: 'message.received', text: 'school' });
    const answered = await turn(pressed(started.views, 'no'));
    const back = await turn(pressed(answered.views, 'flow.backRequested'));
    expect(answered.calls).toEqual(['conversations.load', 'conversations.save']);
    expect(back.calls).toEqual(['conversations.load', 'conversations.save']);
  });

  it('a typed question: one read, and nothing written', async () => {
    const { turn } = setUp();
    const question = await turn({ event: 'message.received', text: 'how long does an SRO last' });
    expect(question.views.length).toBeGreaterThan(0);
    expect(question.calls).toEqual(['conversations.load']);
  });

  it('the welcome: a read of the conversation and of the drafts it offers, nothing written', async () => {
    const { turn } = setUp();
    const welcome = await turn({ event: 'conversation.started' });
    expect(welcome.views.map((v) => v.kind)).toEqual(['welcome']);
    expect(welcome.calls).toEqual(['conversations.load', 'drafts.list']);
  });

  it('a turn that turns out to show the drafts reads them: the menu asked for in words lists a parked journey', async () => {
    const { turn } = setUp();
    const started = await turn({ event: 'message.received', text: 'school' });
    const parked = await turn(pressed(started.views, 'flow.savedForLater'));
    expect(parked.calls).toContain('drafts.put');
    const menu = await turn({ event: 'message.received', text: 'menu' });
    expect(menu.calls).toEqual(['conversations.load', 'drafts.list']);
    expect(savedDraftsCount(menu.views)).toEqual([{ key: 'welcome:savedDrafts', values: { count: 1 } }]);
  });
});
