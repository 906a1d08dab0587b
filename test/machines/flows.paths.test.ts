import { getShortestPaths } from '@xstate/graph';
import { renderView } from '../../cards/render';
import type { InputView, Translate } from '../../cards/view';
import { catalogue, liveOf } from '../support/catalogue';
import { questionsOf } from '../../dialogs/forms/conditions';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { messageOf } from '../../dialogs/forms/messages';
import { journeyView } from '../../dialogs/views';
import { cardProblems } from '../support/adaptiveCards';
import { allAnswers, explore } from '../support/flowGraph';
import { pageVariants, walkEffects, walkForm } from '../support/formWalk';
import type { Answer, PersistedJourney } from '../../dialogs/flow';
import type { FormDefinition } from '../../dialogs/forms/vocabulary';
import { strictT } from '../support/i18n';

/**
 * Every journey along every path: each reachable state renders a valid Adaptive Card 1.5 with
 * every text translated, each final state cites a protocol section, and every event a state
 * accepts is taken at least once.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const noContacts = { contacts: {} };
const withContacts = { contacts: { mash: { label: 'Fictional Borough MASH', phone: '020 0000 0000' } } };

const FORM_IDS = new Set(FORM_DEFINITIONS.map((d) => d.id));
const JOURNEYS = catalogue.flows.filter((f) => !FORM_IDS.has(f.id));

describe.each(JOURNEYS.map((flow) => [flow.id, flow] as const))('%s', (_id, flow) => {
  const answers = allAnswers(flow.answerSchema);

  it('reaches every state the @xstate/graph shortest paths reach, and no other', async () => {
    const paths = getShortestPaths(flow.machine, { events: answers.map((a) => ({ ...a })), input: flow.input });
    const graphStates = new Set(paths.map((p) => String(p.state.value)));
    const { states } = await explore(flow, answers);
    expect(new Set(states.keys())).toEqual(graphStates);
  });

  it('takes every event each reachable state accepts', async () => {
    const { states, edges } = await explore(flow, answers);
    for (const name of states.keys()) {
      const accepted = Object.keys(flow.machine.root.states[name]?.config.on ?? {});
      const taken = new Set(edges.filter((e) => e.from === name).map((e) => e.answer.type));
      expect([...taken].sort()).toEqual([...accepted].sort());
    }
  });

  it('renders every reachable state as a valid Adaptive Card 1.5, with and without local contacts', async () => {
    const { states } = await explore(flow, answers);
    for (const [name, journey] of states) {
      for (const facts of [noContacts, withContacts]) {
        const active = { flowId: flow.id, machineVersion: flow.version, instanceId: 'i-1', revision: 3, snapshot: journey, history: [journey] };
        for (const view of journeyView(liveOf(active), { facts })) {
          expect({ state: name, problems: cardProblems(renderView(view, t)) }).toEqual({ state: name, problems: [] });
        }
      }
    }
  });

  it('ends every path in a final state that cites a protocol section and says what to do, in order', async () => {
    const { states } = await explore(flow, answers);
    const finals = [...states.values()].filter((j) => flow.isFinal(j));
    expect(finals.length).toBeGreaterThan(0);
    for (const journey of finals) {
      const body = flow.view(journey, noContacts);
      expect(body.citations.some((c) => !c.generalPractice)).toBe(true);
      expect(body.steps?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('has every error message its inputs can raise, for every kind of input', async () => {
    const { states } = await explore(flow, answers);
    const ISSUES = { choice: ['invalid'], text: ['tooLong', 'invalid'] } as const;
    for (const journey of states.values()) {
      for (const input of flow.view(journey, noContacts).inputs ?? []) {
        // A form question's messages are proven by the forms' structural check (test/dialogs/forms/structure.test.ts).
        if (input.kind === 'field') continue;
        for (const issue of ISSUES[input.kind]) expect(t(`${input.errorKey}.${issue}`, { max: 1 })).not.toContain(input.errorKey);
      }
    }
  });

  it('stores only what it reads back: every step from every state, inputs untouched or at their limits, is read from its stored JSON as it was made', async () => {
    // A step's context is not parsed again where the statechart made it (dialogs/defineFlow.ts): this proves what it makes is what the next turn reads.
    const { states } = await explore(flow, answers);
    for (const journey of states.values()) {
      for (const answer of answers) {
        const filled = answer.inputs === undefined ? [answer] : [answer, { ...answer, inputs: atTheirLimits(flow.view(journey, noContacts).inputs ?? []) }];
        for (const given of filled) {
          const result = await flow.step(journey, given);
          if (!result.ok) continue;
          const stored: unknown = JSON.parse(JSON.stringify(result.journey));
          expect({ from: journey.value, answer: given.type, read: flow.restore(stored) }).toEqual({ from: journey.value, answer: given.type, read: result.journey });
        }
      }
    }
  });

  it('never lets a card answer for another state through', async () => {
    const start = flow.start();
    const foreign = answers.filter((a) => !Object.keys(flow.machine.root.states[start.value]?.config.on ?? {}).includes(a.type));
    for (const answer of foreign) expect(await flow.step(start, answer)).toEqual({ ok: false, reason: 'notAccepted' });
    expect(await flow.step(start, { type: 'answer.madeUp', value: 'x' })).toEqual({ ok: false, reason: 'invalidAnswer' });
  });
});

/** Every input of a card as full as it may be: each note at its longest (with characters JSON and Markdown treat specially), each choice its last. */
function atTheirLimits(inputs: readonly InputView[]): Record<string, string> {
  const note = (max: number) => 'Fizzlewick said "quoted" \\ *stars* $t(x) {{y}} \u00e9 '.repeat(Math.ceil(max / 40)).slice(0, max);
  return Object.fromEntries(
    inputs.flatMap((input): Array<[string, string]> => {
      if (input.kind === 'text') return [[input.id, note(input.maxLength)]];
      if (input.kind === 'choice') return [[input.id, input.choices.at(-1)?.value ?? '']];
      return [];
    }),
  );
}

describe('shared statecharts', () => {
  it('between them, the flows reach every state of every machine they use', async () => {
    const reached = new Map<string, Set<string>>();
    for (const flow of JOURNEYS) {
      const { states } = await explore(flow, allAnswers(flow.answerSchema));
      const set = reached.get(flow.machine.id) ?? new Set<string>();
      for (const s of states.keys()) set.add(s);
      reached.set(flow.machine.id, set);
    }
    for (const flow of JOURNEYS) expect([...(reached.get(flow.machine.id) ?? [])].sort()).toEqual([...flow.stateNames].sort());
  });
});


/**
 * Every form along every path: each page reached, each conditional page and question both asked and
 * not asked, check-your-answers and the confirmation reached, and every state a valid card, with and
 * without a problem beside every input.
 */
describe.each(FORM_DEFINITIONS.map((definition) => [definition.id, definition] as const))('%s', (id, definition) => {
  const flow = catalogue.byId(id);
  if (flow === undefined) throw new Error(`${id} is not in the catalogue`);

  it('reaches every page, check-your-answers and the confirmation', async () => {
    const walk = await walkForm(definition, flow);
    expect([...walk.pagesSeen].sort()).toEqual(definition.pages.map((p) => p.id).sort());
    expect(new Set(walk.journeys.map((j) => j.value))).toEqual(new Set(['editingPage', 'checkingAnswers', 'submitted']));
  });

  it('asks and drops every conditional question, and keeps every other', async () => {
    const walk = await walkForm(definition, flow);
    for (const page of definition.pages) {
      for (const q of questionsOf(page)) {
        expect({ question: q.id, asked: walk.asked.has(q.id) }).toEqual({ question: q.id, asked: true });
        const conditional = q.condition !== undefined || page.condition !== undefined;
        expect({ question: q.id, droppedWhenNotAsked: walk.skipped.has(q.id) }).toEqual({ question: q.id, droppedWhenNotAsked: conditional });
      }
    }
  });

  it('renders every state as a valid Adaptive Card 1.5, and every page with a problem beside each input', async () => {
    const walk = await walkForm(definition, flow);
    for (const journey of walk.journeys) {
      const active = { flowId: flow.id, machineVersion: flow.version, instanceId: 'i-1', revision: 3, snapshot: journey, history: [journey] };
      for (const view of journeyView(liveOf(active), { facts: noContacts })) {
        expect({ state: journey.value, page: journey.context.page, problems: cardProblems(renderView(view, t)) }).toEqual({ state: journey.value, page: journey.context.page, problems: [] });
      }
      if (journey.value !== 'editingPage') continue;
      const page = definition.pages.find((p) => p.id === journey.context.page);
      if (page === undefined) throw new Error('a page the form does not have');
      const messages = Object.fromEntries(questionsOf(page).map((q) => [q.id, messageOf(definition, q, 'required')]));
      for (const view of journeyView(liveOf(active), { facts: noContacts }, { values: {}, errors: {}, messages })) {
        expect(cardProblems(renderView(view, t))).toEqual([]);
      }
    }
  });

  it('counts only the pages asked in its progress', async () => {
    const walk = await walkForm(definition, flow);
    for (const journey of walk.journeys.filter((j) => j.value === 'editingPage')) {
      const progress = flow.view(journey, noContacts).progress;
      const { n, of } = progress?.values ?? {};
      expect(Number(n)).toBeGreaterThanOrEqual(1);
      expect(Number(n)).toBeLessThanOrEqual(Number(of));
      expect(Number(of)).toBeLessThanOrEqual(definition.pages.length);
    }
  });

  it('stores only what it reads back: every step and Back from every state walked is read from its stored JSON as it was made', async () => {
    // A form's step is not parsed again where the statechart made it (dialogs/forms/defineForm.ts): this proves what it makes is what the next turn reads.
    const walk = await walkForm(definition, flow);
    let compared = 0;
    for (const journey of walk.journeys) {
      const made = [...(await Promise.all(everyAnswer(definition, journey).map((answer) => flow.step(journey, answer, walkEffects)))).flatMap((r) => (r.ok ? [r.journey] : [])), flow.back?.(journey)];
      for (const next of made) {
        if (next === undefined) continue;
        const stored: unknown = JSON.parse(JSON.stringify(next));
        expect({ from: journey.value, page: journey.context.page, read: flow.restore(stored) }).toEqual({ from: journey.value, page: journey.context.page, read: next });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(walk.journeys.length);
  });

  it('lets Back, Start again and Cancel leave a page whose required inputs are empty; Continue and Save for later send them', () => {
    const journey = flow.start();
    const active = { flowId: flow.id, machineVersion: flow.version, instanceId: 'i-1', revision: 3, snapshot: journey, history: [journey] };
    const [view] = journeyView(liveOf(active), { facts: noContacts });
    const card = JSON.stringify(view === undefined ? {} : renderView(view, t));
    for (const title of ['Back', 'Start again', 'Cancel']) expect(card).toContain(`"title":"${title}"`);
    const actions = JSON.parse(card).actions as Array<{ title: string; associatedInputs?: string }>;
    expect(Object.fromEntries(actions.map((a) => [a.title, a.associatedInputs ?? 'auto']))).toEqual({ Back: 'none', 'Save for later': 'auto', 'Start again': 'none', Cancel: 'none' });
  });
});

/**
 * Every answer a form's card may send from this state: on a page, each way to fill it (sent on, and on a
 * group's page as one more item), the page left blank, and a Remove of every item its group may hold; on check-your-answers,
 * a change of every question, a change and a removal of every item, and the submission.
 */
function everyAnswer(definition: FormDefinition, journey: PersistedJourney): Answer[] {
  const groups = definition.pages.flatMap((p) => ('group' in p ? [p.group] : []));
  const items = (max: number) => Array.from({ length: max }, (_, i) => String(i));
  if (journey.value === 'checkingAnswers') {
    const changes = definition.pages.flatMap((p) => questionsOf(p).map((q): Answer => ({ type: 'form.change', value: q.id })));
    const itemRefs = groups.flatMap((g) => items(g.max).flatMap((i): Answer[] => [{ type: 'form.removeItem', value: `${g.id}@${i}` }, ...g.questions.map((q): Answer => ({ type: 'form.changeItem', value: `${q.id}@${i}` }))]));
    return [...changes, ...itemRefs, { type: 'form.submit' }];
  }
  const page = definition.pages.find((p) => p.id === journey.context.page);
  if (journey.value !== 'editingPage' || page === undefined) return [];
  const ways: Array<'continue' | 'addAnother'> = 'group' in page ? ['continue', 'addAnother'] : ['continue'];
  const filled = pageVariants(definition, page, (journey.context.answers ?? {}) as Record<string, unknown>).flatMap((inputs) => ways.map((value): Answer => ({ type: 'form.page', value, inputs })));
  const removals = 'group' in page ? items(page.group.max).flatMap((i): Answer[] => [{ type: 'form.remove', value: i }, { type: 'form.changeOnPage', value: i }]) : [];
  return [...filled, { type: 'form.page', value: 'continue', inputs: {} }, ...removals];
}
