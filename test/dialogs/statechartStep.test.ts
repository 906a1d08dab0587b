import { assign, createActor, fromPromise, setup } from 'xstate';
import { z } from 'zod';
import { type StepBody } from '../../dialogs/flow';
import { defineFlow } from '../../dialogs/defineFlow';
import { statechartStep } from '../../dialogs/statechartStep';

/**
 * A journey's statechart moved without an actor per step (dialogs/statechartStep.ts): the same next
 * state an actor reaches, for a machine that only assigns; and for one that does more (an action of
 * its own, an invoked actor), no pure step, so defineFlow runs it by an actor that carries it out.
 */

const answerSchema = z.object({ type: z.literal('answer.go'), value: z.enum(['left', 'right']) });
type Go = z.infer<typeof answerSchema>;
const go = (value: Go['value']): Go => ({ type: 'answer.go', value });
const contextSchema = z.object({ turns: z.number().int(), last: z.string() });
type Counted = z.infer<typeof contextSchema>;

const assigning = setup({
  types: { context: {} as Counted, events: {} as Go, input: {} as { last?: string } },
  actions: { recordTurn: assign({ turns: ({ context }) => context.turns + 1, last: ({ event }) => event.value }) },
  guards: { wentRight: ({ event }) => event.value === 'right' },
}).createMachine({
  id: 'fictionalMaze',
  context: ({ input }) => ({ turns: 0, last: input.last ?? 'none' }),
  initial: 'atTheGate',
  states: {
    atTheGate: { on: { 'answer.go': [{ guard: 'wentRight', target: 'inTheGarden', actions: 'recordTurn' }, { actions: 'recordTurn' }] } },
    inTheGarden: { type: 'final' },
  },
});

const view = (): StepBody => ({ tone: 'question', title: { key: 'common:nav.menu' }, lines: [], choices: [], citations: [] });

describe('statechartStep', () => {
  it('reaches the state an actor reaches, from the start and step by step', () => {
    const step = statechartStep(assigning);
    const input = { last: 'Quirkfield' };
    const actor = createActor(assigning, { input }).start();
    const initial = step.initial(input);
    expect({ value: initial?.value, context: initial?.context }).toEqual({ value: actor.getSnapshot().value, context: actor.getSnapshot().context });
    let pure = initial;
    for (const value of ['left', 'left', 'right'] as const) {
      if (pure === undefined) throw new Error('no pure step');
      pure = step.next(pure, go(value));
      actor.send({ type: 'answer.go', value });
      expect({ value: pure?.value, context: pure?.context }).toEqual({ value: actor.getSnapshot().value, context: actor.getSnapshot().context });
    }
    expect(pure?.value).toBe('inTheGarden');
    actor.stop();
  });

  it('gives no pure step for a transition that runs an action of its own, so nothing it does is skipped', () => {
    const rang: string[] = [];
    const ringing = assigning.provide({ actions: { recordTurn: ({ event }) => void rang.push(event.value) } });
    const step = statechartStep(ringing);
    const initial = step.initial({});
    if (initial === undefined) throw new Error('the start only assigns');
    expect(step.next(initial, go('left'))).toBeUndefined();
    // The pure attempt carried nothing out: the actor that runs the step does, once.
    expect(rang).toEqual([]);
  });

  it('gives no pure step for a transition that starts an invoked actor, and a fresh scope after it', () => {
    const invoking = setup({
      types: { context: {} as Counted, events: {} as Go },
      actors: { lookUp: fromPromise(async () => 'found') },
    }).createMachine({
      id: 'fictionalLookUp',
      context: { turns: 0, last: 'none' },
      initial: 'idle',
      states: {
        idle: { on: { 'answer.go': 'lookingUp' } },
        lookingUp: { invoke: { src: 'lookUp', systemId: 'fictionalLookUp', onDone: { target: 'found', actions: assign({ last: ({ event }) => event.output }) } } },
        found: { type: 'final' },
      },
    });
    const step = statechartStep(invoking);
    const initial = step.initial(undefined);
    if (initial === undefined) throw new Error('the start only assigns');
    // Twice: an actor registered in the first attempt's system would clash with the second's.
    expect(step.next(initial, go('left'))).toBeUndefined();
    expect(step.next(initial, go('left'))).toBeUndefined();
  });
});

describe('defineFlow with a step that does more than assign', () => {
  it('runs it by an actor: its own action is carried out once, and the state it reaches is stored', async () => {
    const rang: string[] = [];
    const ringing = assigning.provide({
      actions: {
        recordTurn: assign(({ context, event }) => {
          rang.push(event.value);
          return { turns: context.turns + 1, last: event.value };
        }),
      },
    });
    const sideEffect = ringing.provide({ actions: { recordTurn: ({ event }) => void rang.push(`said ${event.value}`) } });
    for (const [machine, expected] of [
      [ringing, { rang: ['right'], context: { turns: 1, last: 'right' } }],
      [sideEffect, { rang: ['said right'], context: { turns: 0, last: 'none' } }],
    ] as const) {
      rang.length = 0;
      const flow = defineFlow({ id: 'fictional.maze', version: 1, titleKey: 'common:nav.menu', machine, input: {}, contextSchema, answerSchema, views: { atTheGate: view, inTheGarden: view } });
      const result = await flow.step(flow.start(), { type: 'answer.go', value: 'right' });
      expect({ rang: [...rang], result }).toEqual({ rang: expected.rang, result: { ok: true, journey: { value: 'inTheGarden', context: expected.context } } });
    }
  });
});
