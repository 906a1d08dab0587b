import type { View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import type { ConversationState } from '../../dialogs/conversationState.schema';
import type { DomainEvent } from '../../dialogs/events.schema';
import type { ParkedJourney, TurnDeps, TurnOutcome } from '../../dialogs/turn';
import { protocolIndex, turnKnowledge } from '../../bot/turnKnowledge';
import { testTurnDeps } from '../support/turnDeps';

/** The turn as a pure function: stale cards, duplicates, back, save for later, questions mid-journey. */

let ids = 0;
const deps = (drafts: ParkedJourney[] = []): TurnDeps =>
  testTurnDeps(drafts, {
    now: new Date('2026-01-01T10:00:00Z'),
    newId: () => `instance-${(ids += 1)}`,
    knowledge: { answer: () => ({ confident: false, views: [{ kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'notices:notSure.title' }, lines: [], actions: [] }] }), open: () => [] },
  });

const titles = (views: View[]) => views.map((v) => (v.kind === 'step' || v.kind === 'notice' ? v.title.key : v.kind));

async function play(events: DomainEvent[], start?: ConversationState, d = deps()): Promise<TurnOutcome> {
  let state: unknown = start;
  let last: TurnOutcome | undefined;
  for (const [i, event] of events.entries()) {
    last = await handleTurn(state, event, `activity-${i}-${ids}`, d);
    state = last.state;
  }
  if (last === undefined) throw new Error('no events');
  return last;
}

const startSchool: DomainEvent = { event: 'flow.startRequested', flowId: 'school.firstSteps' };
const answer = (o: TurnOutcome, type: string, value?: string): DomainEvent => {
  const flow = o.state.flow;
  if (flow === undefined) throw new Error('no journey');
  return { event: 'flow.answered', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision, answer: value === undefined ? { type } : { type, value } };
};

describe('a conversation turn', () => {
  it('welcomes a new conversation without storing anything', async () => {
    const outcome = await handleTurn(undefined, { event: 'conversation.started' }, undefined, deps());
    expect(titles(outcome.views)).toEqual(['welcome']);
    expect(outcome.changed).toBe(false);
  });

  it('starts a journey and moves on with each answer', async () => {
    const started = await play([startSchool]);
    expect(titles(started.views)).toEqual(['referral:askingDanger.title']);
    const next = await handleTurn(started.state, answer(started, 'answer.danger', 'no'), 'a2', deps());
    expect(titles(next.views)).toEqual(['referral:recordingSigns.title']);
    expect(next.state.flow?.revision).toBe(1);
  });

  it('refuses a stale card kindly and shows where the user is', async () => {
    const started = await play([startSchool]);
    const stale = answer(started, 'answer.danger', 'no');
    const moved = await handleTurn(started.state, stale, 'a2', deps());
    const again = await handleTurn(moved.state, stale, 'a3', deps());
    expect(titles(again.views)).toEqual(['notices:staleCard.title', 'referral:recordingSigns.title']);
    expect(again.state.flow?.revision).toBe(1);
  });

  it('answers a duplicate delivery without applying it twice', async () => {
    const started = await play([startSchool]);
    const once = await handleTurn(started.state, answer(started, 'answer.danger', 'no'), 'same-id', deps());
    const twice = await handleTurn(once.state, answer(started, 'answer.danger', 'no'), 'same-id', deps());
    expect(twice.changed).toBe(false);
    expect(twice.state).toEqual(once.state);
    expect(titles(twice.views)).toEqual(['referral:recordingSigns.title']);
  });

  it('keeps the 50 newest activity ids, oldest dropped first, so a retry within them is still refused', async () => {
    const started = await play([startSchool]);
    const full: ConversationState = { ...started.state, seenActivityIds: Array.from({ length: 50 }, (_, i) => `seen-${i}`) };
    const next = await handleTurn(full, answer(started, 'answer.danger', 'no'), 'newest', deps());
    expect(next.state.seenActivityIds).toHaveLength(50);
    expect(next.state.seenActivityIds[0]).toBe('seen-1');
    expect(next.state.seenActivityIds.at(-1)).toBe('newest');
    const retried = await handleTurn(next.state, answer(started, 'answer.danger', 'no'), 'seen-1', deps());
    expect(retried.changed).toBe(false);
    const fewer = await handleTurn({ ...started.state, seenActivityIds: ['only'] }, answer(started, 'answer.danger', 'no'), 'second', deps());
    expect(fewer.state.seenActivityIds).toEqual(['only', 'second']);
  });

  it.each([
    ['51 activity ids', Array.from({ length: 51 }, (_, i) => `seen-${i}`)],
    ['an id that is not text', ['seen-0', 7]],
    ['ids that are not a list', 'seen-0'],
  ])('starts afresh, with a notice, from a stored state holding %s', async (_, seenActivityIds) => {
    const started = await play([startSchool]);
    const outcome = await handleTurn({ ...started.state, seenActivityIds }, { event: 'conversation.started' }, 'a9', deps());
    // Where it had got to could not be read: nothing says a journey was open, or that it changed.
    expect(titles(outcome.views)).toEqual(['notices:conversationReset.title', 'welcome']);
    expect(outcome.state.flow).toBeUndefined();
    expect(outcome.state.seenActivityIds).toEqual(['a9']);
  });

  it('goes back one step, and back again to the start', async () => {
    const started = await play([startSchool]);
    const two = await handleTurn(started.state, answer(started, 'answer.danger', 'no'), 'a2', deps());
    const flow = two.state.flow;
    if (flow === undefined) throw new Error('no journey');
    const back = await handleTurn(two.state, { event: 'flow.backRequested', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision }, 'a3', deps());
    expect(titles(back.views)).toEqual(['referral:askingDanger.title']);
    const typedBack = await handleTurn(back.state, { event: 'message.received', text: 'back' }, 'a4', deps());
    expect(titles(typedBack.views)).toEqual(['notices:nothingToGoBackTo.title', 'referral:askingDanger.title']);
  });

  it('interrupts any journey with 999 guidance, and offers to carry on', async () => {
    const started = await play([startSchool]);
    const urgent = await handleTurn(started.state, { event: 'message.received', text: "she's with him right now" }, 'a2', deps());
    expect(urgent.views.map((v) => v.kind)).toEqual(['urgent']);
    const view = urgent.views[0];
    expect(view?.kind === 'urgent' && view.resume?.data).toEqual({ event: 'flow.resumed', flowId: 'school.firstSteps', instanceId: started.state.flow?.instanceId });
    const resumed = await handleTurn(urgent.state, { event: 'flow.resumed', flowId: 'school.firstSteps', instanceId: started.state.flow?.instanceId ?? '' }, 'a3', deps());
    expect(titles(resumed.views)).toEqual(['referral:askingDanger.title']);
  });

  // The sixth exploratory test: an answer card after the 999 card gave a taxi driver "refuse the fare and call 101". A
  // question asked with the danger gets who first, with what the search found on it as buttons, never its answer card.
  it('puts 999 first when a question carries danger, then who first with the entries found, not the answer card', async () => {
    const found = [{ label: { key: 'answers:openEntry', values: { title: 'Fictional entry' } }, data: { event: 'entry.requested', entryId: 'route.referral-pathway' } }];
    const confident: TurnDeps = { ...deps(), knowledge: { answer: () => ({ confident: true, views: [{ kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'notices:askQuestion.title' }, lines: [], actions: [] }], nearest: found }), open: () => [] } };
    const outcome = await handleTurn(undefined, { event: 'message.received', text: 'what do I do, a boy is being attacked outside' }, 'a1', confident);
    expect(titles(outcome.views)).toEqual(['urgent', 'notices:callFirst.title']);
    const whoFirst = outcome.views[1];
    expect(whoFirst?.kind === 'notice' ? whoFirst.lines.map((l) => l.key) : []).toEqual(['notices:callFirst.line1', 'urgent:anyone.afterwards']);
    expect(whoFirst?.kind === 'notice' ? whoFirst.groups?.[0]?.actions : []).toEqual(found);
  });

  // Issue 8 ("the 999 card as the first reply, then whatever else answers the message"): a cab driver's "girl in school
  // uniform got in my cab with 2 older blokes…" got the 999 card alone. Told without a question, danger gets no knowledge
  // entry about its words, but the journey of the role the message gives or points to ("my cab"), or of the role known,
  // comes after the card, as it would without the danger; mid-journey, the card offers to carry on instead.
  it('gives danger told without a question the 999 card, then the journey its words point to, never the knowledge search', async () => {
    let asked = 0;
    const confident: TurnDeps = {
      ...deps(),
      knowledge: {
        answer: () => {
          asked += 1;
          return { confident: true, views: [{ kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'notices:askQuestion.title' }, lines: [], actions: [] }] };
        },
        open: () => [],
      },
    };
    const started = await play([startSchool]);
    const told = 'a man is coming to pick her up from school in 10 mins';
    const fresh = await handleTurn(undefined, { event: 'message.received', text: told }, 'told-fresh', confident);
    expect(titles(fresh.views)).toEqual(['urgent', 'notices:journeyOffered.title']);
    expect(fresh.state.offer).toEqual({ flowId: 'school.firstSteps', note: told });
    // A setting the words point to is not a role given: it is not kept as the user's.
    expect(fresh.state.role).toBeUndefined();
    const cab = 'a girl in school uniform just got in my cab with 2 older blokes, going to a flat now';
    const driver = await handleTurn(undefined, { event: 'message.received', text: cab }, 'told-cab', confident);
    expect(titles(driver.views)).toEqual(['urgent', 'notices:journeyOffered.title']);
    expect(driver.state.offer?.flowId).toBe('business.firstSteps');
    const officer = await handleTurn({ schemaVersion: 1, seenActivityIds: [], role: 'police' }, { event: 'message.received', text: cab }, 'told-officer', confident);
    expect(officer.state.offer?.flowId).toBe('police.firstSteps');
    expect(titles((await handleTurn(started.state, { event: 'message.received', text: told }, 'told-mid', confident)).views)).toEqual(['urgent']);
    expect(titles((await handleTurn(undefined, { event: 'message.received', text: 'she is unconscious and not breathing' }, 'told-none', confident)).views)).toEqual(['urgent']);
    expect(asked).toBe(0);
    const question = await handleTurn(started.state, { event: 'message.received', text: 'a man is coming to pick her up from school in 10 mins, who do I call' }, 'asked', confident);
    expect(titles(question.views)).toEqual(['urgent', 'notices:callFirst.title']);
    expect(asked).toBe(1);
    const request = await handleTurn(started.state, { event: 'message.received', text: 'a man is coming to pick her up from school in 10 mins, need the number for the MASH' }, 'requested', confident);
    expect(titles(request.views)).toEqual(['urgent', 'notices:callFirst.title']);
    expect(asked).toBe(2);
  });

  // What they ask is never left behind the 999 card (the fourth exploratory test): who first (not the route, whose desks
  // and 101 are for afterwards: the sixth), and the role journey after it when their role is known.
  it('offers the writer\'s role journey after the 999 card and who first when they ask what to do, their words kept as its first note', async () => {
    const text = 'a man has got her in his car right now, whats my next step';
    const police = await handleTurn({ schemaVersion: 1, seenActivityIds: [], role: 'police' }, { event: 'message.received', text }, 'n1', deps());
    expect(titles(police.views)).toEqual(['urgent', 'notices:callFirst.policeTitle', 'notices:journeyOffered.title']);
    expect(police.state.offer).toEqual({ flowId: 'police.firstSteps', note: text });
    const spoken = await handleTurn(undefined, { event: 'message.received', text: `social worker, ${text}` }, 'n2', deps());
    expect(spoken.state.offer?.flowId).toBe('socialCare.firstSteps');
    // No role known, or a journey running (the 999 card offers to carry on with it): the 999 card and who first, no journey offered.
    expect(titles((await handleTurn(undefined, { event: 'message.received', text }, 'n3', deps())).views)).toEqual(['urgent', 'notices:callFirst.title']);
    const started = await play([startSchool]);
    expect(titles((await handleTurn({ ...started.state, role: 'school' }, { event: 'message.received', text }, 'n4', deps())).views)).toEqual(['urgent', 'notices:callFirst.title']);
  });

  it("answers a described situation that asks what to do, when no entry answers it, with the writer's route beside the journey", async () => {
    const opened: string[] = [];
    const unsure: TurnDeps = {
      ...deps(),
      knowledge: {
        answer: () => ({ confident: false, views: [] }),
        open: (id) => {
          opened.push(id);
          return [{ kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'notices:askQuestion.title' }, lines: [], actions: [] }];
        },
      },
    };
    const nurse = await handleTurn(undefined, { event: 'message.received', text: 'practice nurse here, a 15 year old asked for the morning after pill again, not sure what to do' }, 'w1', unsure);
    expect(titles(nurse.views)).toEqual(['notices:askQuestion.title', 'notices:journeyOffered.title']);
    expect(opened).toEqual(['route.referral-pathway']);
    // No question in it: the journey alone.
    const told = await handleTurn(undefined, { event: 'message.received', text: 'a guest checked in with two teenage girls and paid cash' }, 'w2', unsure);
    expect(titles(told.views)).toEqual(['notices:journeyOffered.title']);
    expect(opened).toEqual(['route.referral-pathway']);
  });

  it("answers what to do in a situation with its own section for those whose work it is (before any entry found), and with anyone else's route", async () => {
    const opened: string[] = [];
    const asked: string[] = [];
    const sure: TurnDeps = {
      ...deps(),
      knowledge: {
        answer: (text) => {
          asked.push(text);
          return { confident: true, views: [{ kind: 'notice', tone: 'info', safetyLine: false, title: { key: 'notices:cancelled.title' }, lines: [], actions: [] }] };
        },
        open: (id) => {
          opened.push(id);
          return [{ kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'notices:askQuestion.title' }, lines: [], actions: [] }];
        },
      },
    };
    const said = async (text: string, id: string) => titles((await handleTurn(undefined, { event: 'message.received', text }, id, sure)).views);
    // A social worker's looked-after child back from missing (the second exploratory test): Section 9, not the referral desks.
    expect(await said('sw here, my 15yo LAC came back this morning after 3 days missing, wont say where she was. what do i need to do', 's1')).toEqual(['notices:askQuestion.title', 'notices:journeyOffered.title']);
    expect(await said('she came back after three days, what do i do', 's2')).toEqual(['notices:askQuestion.title', 'notices:journeyOffered.title']);
    expect(await said('pc here, i think she has been trafficked from up north, what do i do', 's3')).toEqual(['notices:askQuestion.title', 'notices:journeyOffered.title']);
    expect(opened).toEqual(['section.9.missing-children', 'section.9.missing-children', 'section.10.trafficking-and-nrm']);
    expect(asked).toEqual([]);
    // A teacher's part is to tell the safeguarding lead: an entry that answers them, else their route.
    expect(await said('im a teacher, a pupil came back after going missing for 2 days, who do i tell', 's4')).toEqual(['notices:cancelled.title', 'notices:journeyOffered.title']);
    expect(asked).toHaveLength(1);
  });

  // The fourth exploratory test: a described situation that no entry answers got the journey offer alone.
  it('shows a described situation the search\'s nearest entries as what may help, before the offer, and never as the answer', async () => {
    const nearest = [{ label: { key: 'answers:openEntry', values: { title: 'Missing from home or care' } }, data: { event: 'entry.requested' as const, entryId: 'sign.missing' } }];
    const knowing = (confident: boolean): TurnDeps => ({
      ...deps(),
      knowledge: { answer: () => ({ confident, views: [{ kind: 'notice', tone: 'info', safetyLine: false, title: { key: 'notices:cancelled.title' }, lines: [], actions: [] }], nearest }), open: () => [] },
    });
    const told = 'sw here, 15yo keeps going missing from her placement and comes back with new clothes and money';
    for (const confident of [false, true]) {
      const described = await handleTurn(undefined, { event: 'message.received', text: told }, `h-${String(confident)}`, knowing(confident));
      expect(titles(described.views)).toEqual(['notices:mayHelp.title', 'notices:journeyOffered.title']);
      const notice = described.views[0];
      expect(notice?.kind === 'notice' ? [notice.lines, notice.groups?.[0]?.actions] : undefined).toEqual([[{ key: 'notices:mayHelp.line1' }], nearest]);
    }
    // Asked and not answered: said so. Only who they are: nothing to look up.
    const asked = await handleTurn(undefined, { event: 'message.received', text: `${told}, is this CSE?` }, 'h-asked', knowing(false));
    expect(asked.views[0]?.kind === 'notice' ? asked.views[0].lines : undefined).toEqual([{ key: 'notices:mayHelp.asked' }]);
    expect(titles((await handleTurn(undefined, { event: 'message.received', text: "I'm a teacher" }, 'h-role', knowing(false))).views)).toEqual(['notices:journeyOffered.title']);
  });

  it('keeps a role the writer gives with a situation, so the 999 card in its journey is for that role', async () => {
    const told = await handleTurn(undefined, { event: 'message.received', text: 'sw here, my 15yo came back this morning after 3 days missing' }, 'k1', deps());
    expect(told.state).toMatchObject({ role: 'socialCare', offer: { flowId: 'situations.missingReturned' } });
    const started = await handleTurn(told.state, { event: 'flow.startRequested', flowId: 'situations.missingReturned' }, 'k2', deps());
    const urgent = await handleTurn(started.state, { event: 'message.received', text: 'she has just got in a car with the same men, happening now' }, 'k3', deps());
    expect(urgent.views.map((v) => (v.kind === 'urgent' ? v.audience : v.kind))).toEqual(['socialCare']);
  });

  it('offers a user who chose a role their own journey for a setting their words only point to', async () => {
    const hotel = 'a guest checked in with two teenage girls and paid cash';
    const officer = await handleTurn({ schemaVersion: 1, seenActivityIds: [], role: 'police' }, { event: 'message.received', text: hotel }, 'r1', deps());
    expect(officer.state.offer).toEqual({ flowId: 'police.firstSteps', note: hotel });
  });

  it('stores a described situation\'s offer once: the same words again change nothing, other words or none replace it', async () => {
    const typed = (state: ConversationState | undefined, text: string, id: string) => handleTurn(state, { event: 'message.received', text }, id, deps());
    const hotel = 'a guest checked in with two teenage girls and paid cash';
    const first = await typed(undefined, hotel, 'd1');
    expect(first.changed).toBe(true);
    expect(first.state.offer).toEqual({ flowId: 'business.firstSteps', note: hotel });
    const again = await typed(first.state, hotel, 'd2');
    expect(again.changed).toBe(false);
    expect(again.state).toEqual(first.state);
    expect(again.views).toEqual(first.views);
    const other = await typed(first.state, 'a guest checked in with a teenage girl and paid cash', 'd3');
    expect(other.changed).toBe(true);
    expect(other.state.offer?.note).toBe('a guest checked in with a teenage girl and paid cash');
    const whoOnly = await typed(first.state, 'im a teacher', 'd4');
    expect(whoOnly.changed).toBe(true);
    expect(whoOnly.state.offer).toBeUndefined();
    expect((await typed(whoOnly.state, 'im a teacher', 'd5')).changed).toBe(false);
  });

  it('answers a question mid-journey without losing the place', async () => {
    const started = await play([startSchool]);
    const asked = await handleTurn(started.state, { event: 'message.received', text: 'what is a CAWN' }, 'a2', deps());
    expect(titles(asked.views)).toEqual(['notices:notSure.title']);
    // The way back is the answer's own first button, not a card of its own after it.
    const [notSure] = asked.views;
    expect(notSure?.kind === 'notice' && notSure.actions[0]?.data).toEqual({ event: 'flow.resumed', flowId: 'school.firstSteps', instanceId: started.state.flow?.instanceId });
    expect(asked.state.flow).toEqual(started.state.flow);
  });

  it('parks a journey for later, then resumes it with its answers', async () => {
    const started = await play([startSchool]);
    const two = await handleTurn(started.state, answer(started, 'answer.danger', 'no'), 'a2', deps());
    const saved = await handleTurn(two.state, { event: 'message.received', text: 'save for later' }, 'a3', deps());
    expect(saved.state.flow).toBeUndefined();
    const park = saved.effects.find((e) => e.type === 'draft.park');
    if (park?.type !== 'draft.park') throw new Error('not parked');
    expect(park.flow).toEqual(two.state.flow);
    const drafts = [{ draftId: park.draftId, flowId: park.flow.flowId, flow: park.flow, updatedAt: new Date(), expiresAt: new Date(Date.now() + 28 * 86_400_000) }];
    const menu = await handleTurn(saved.state, { event: 'menu.requested' }, 'a4', deps(drafts));
    const welcome = menu.views[0];
    // The welcome card offers the list of saved drafts, where each is told apart and can be resumed or deleted.
    expect(welcome?.kind === 'welcome' && welcome.resumable.map((a) => a.data)).toEqual([{ event: 'drafts.requested' }]);
    const listed = await handleTurn(menu.state, { event: 'drafts.requested' }, 'a4b', deps(drafts));
    const list = listed.views[0];
    expect(list?.kind === 'notice' && list.groups?.map((g) => g.actions.map((a) => a.data))).toEqual([[{ event: 'draft.resumed', draftId: park.draftId }, { event: 'draft.deleteRequested', draftId: park.draftId }]]);
    const resumed = await handleTurn(menu.state, { event: 'draft.resumed', draftId: park.draftId }, 'a5', deps(drafts));
    expect(titles(resumed.views)).toEqual(['referral:recordingSigns.title']);
    expect(resumed.effects).toContainEqual({ type: 'draft.remove', draftId: park.draftId });
  });

  it('cancels, keeping nothing of the journey', async () => {
    const started = await play([startSchool]);
    const cancelled = await handleTurn(started.state, { event: 'message.received', text: 'cancel' }, 'a2', deps());
    expect(cancelled.state.flow).toBeUndefined();
    expect(titles(cancelled.views)).toEqual(['notices:cancelled.title']);
  });

  it('retires a stored journey it cannot read, kindly, instead of failing', async () => {
    const broken = { schemaVersion: 1, seenActivityIds: [], flow: { flowId: 'school.firstSteps', machineVersion: 1, instanceId: 'x', revision: 0, snapshot: { value: 'noSuchState', context: {} }, history: [] } };
    const outcome = await handleTurn(broken, { event: 'message.received', text: 'back' }, 'a1', deps());
    expect(titles(outcome.views)).toEqual(['notices:journeyRetired.title', 'notices:noJourney.title']);
    expect(outcome.changed).toBe(true);
    expect(outcome.state.flow).toBeUndefined();
  });

  it('starts afresh a stored state that does not read as a conversation, saying where it had got to could not be read, not that a journey changed', async () => {
    const garbage = await handleTurn({ nonsense: true }, { event: 'conversation.started' }, 'a2', deps());
    expect(titles(garbage.views)).toEqual(['notices:conversationReset.title', 'welcome']);
    expect(garbage.views[0]?.kind === 'notice' && garbage.views[0].safetyLine).toBe(true);
  });

  it('audits a conversation whose whole stored state it cannot read once, naming nothing read from it', async () => {
    const unreadable = { schemaVersion: 'Fizzlewick', seenActivityIds: 'a1', flow: { instanceId: 'instance-quirkfield' } };
    const reset = await handleTurn(unreadable, { event: 'menu.requested' }, 'a1', deps());
    expect(reset.changed).toBe(true);
    expect(reset.effects).toEqual([{ type: 'audit', action: 'conversation.reset', subject: 'conversation:unreadableState' }]);
    const again = await handleTurn(reset.state, { event: 'menu.requested' }, 'a1', deps());
    const next = await handleTurn(again.state, { event: 'menu.requested' }, 'a2', deps());
    expect([again.effects, next.effects]).toEqual([[], []]);
  });

  it('tells and audits once a conversation whose stored state the store could not decrypt, naming only why', async () => {
    const reset = await handleTurn(undefined, { event: 'menu.requested' }, 'a1', deps(), { undecryptable: true });
    expect(reset.changed).toBe(true);
    expect(titles(reset.views)).toEqual(['notices:conversationReset.title', 'welcome']);
    expect(reset.effects).toEqual([{ type: 'audit', action: 'conversation.reset', subject: 'conversation:undecryptable' }]);
    // Delivered again, the fresh state is what the store decrypts: nothing is told or audited again.
    const again = await handleTurn(reset.state, { event: 'menu.requested' }, 'a1', deps());
    expect([titles(again.views), again.effects, again.changed]).toEqual([['welcome'], [], false]);
  });

  it.each([
    ['could not decrypt', undefined, { undecryptable: true }],
    ['could not read', { nonsense: true }, {}],
  ])('puts 999 first on the turn that starts afresh a conversation the store %s, its reset notice after it', async (_, stored, options) => {
    const reset = await handleTurn(stored, { event: 'message.received', text: "she's with him right now" }, 'a1', deps(), options);
    expect(titles(reset.views)).toEqual(['urgent', 'notices:conversationReset.title']);
  });

  describe('the reset notice says it starts again from the menu, and its Menu button is there unless the reply already offers the menu', () => {
    const menuOn = (view: View | undefined) => (view?.kind === 'notice' ? view.actions.map((a) => a.data.event) : undefined);
    const resetOf = (views: View[]) => views.find((v) => v.kind === 'notice' && v.title.key === 'notices:conversationReset.title');
    const protocolDeps = (): TurnDeps => {
      const d = deps();
      return { ...d, knowledge: turnKnowledge(protocolIndex(), d.facts, d.catalogue) };
    };

    it.each([
      ['could not decrypt', undefined, { undecryptable: true }],
      ['could not read', { nonsense: true }, {}],
    ])('on a press whose reply has no menu (the store %s): the notice carries Menu', async (_, stored, options) => {
      const asked = await handleTurn(stored, { event: 'question.requested' }, 'a1', deps(), options);
      expect(titles(asked.views)).toEqual(['notices:conversationReset.title', 'notices:askQuestion.title']);
      expect(menuOn(asked.views[0])).toEqual(['menu.requested']);
      // A journey started from a card or by name: its first page has no Menu of its own.
      const started = await handleTurn(stored, { event: 'message.received', text: 'school' }, 'a2', deps(), options);
      expect(started.views.map((v) => v.kind)).toEqual(['notice', 'step']);
      expect(menuOn(resetOf(started.views))).toEqual(['menu.requested']);
    });

    it('on a typed question: the answer carries Menu, so the notice does not add a second', async () => {
      const answered = await handleTurn({ nonsense: true }, { event: 'message.received', text: 'what is child sexual exploitation' }, 'a1', protocolDeps());
      expect(answered.views[0]).toBe(resetOf(answered.views));
      expect(menuOn(resetOf(answered.views))).toEqual([]);
      expect(answered.views.slice(1).some((v) => (v.kind === 'answer' || v.kind === 'notice') && v.actions.some((a) => a.data.event === 'menu.requested'))).toBe(true);
    });

    it('on a stale button and on the menu: the reply is the menu, so the notice adds none', async () => {
      const stale = await handleTurn({ nonsense: true }, { event: 'flow.answered', flowId: 'school.firstSteps', instanceId: 'gone', revision: 3, answer: { type: 'answer.danger', value: 'no' } }, 'a1', deps());
      expect(titles(stale.views)).toEqual(['notices:conversationReset.title', 'notices:staleCard.title', 'welcome']);
      expect(menuOn(stale.views[0])).toEqual([]);
      const menu = await handleTurn(undefined, { event: 'menu.requested' }, 'a1', deps(), { undecryptable: true });
      expect(menuOn(menu.views[0])).toEqual([]);
    });

    it('on a 999 message: the notice stays after the 999 card, which carries Menu, and adds none', async () => {
      const reset = await handleTurn({ nonsense: true }, { event: 'message.received', text: "she's with him right now" }, 'a1', deps());
      expect(titles(reset.views)).toEqual(['urgent', 'notices:conversationReset.title']);
      expect(reset.views[0]?.kind === 'urgent' && reset.views[0].menu.data.event).toBe('menu.requested');
      expect(menuOn(reset.views[1])).toEqual([]);
    });
  });

  it('refuses attachments with guidance, storing nothing of them', async () => {
    const outcome = await handleTurn(undefined, { event: 'attachment.received' }, 'a1', deps());
    expect(titles(outcome.views)).toEqual(['notices:attachmentRefused.title']);
    expect(JSON.stringify(outcome.state)).not.toContain('attachment');
  });
});
