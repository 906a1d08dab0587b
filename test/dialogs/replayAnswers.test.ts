import type { ActiveFlow } from '../../dialogs/conversationState.schema';
import type { FlowDialog, PersistedJourney } from '../../dialogs/flow';
import { catalogue } from '../support/catalogue';

/**
 * The general rule (dialogs/replayAnswers.ts) every journey built by defineFlow is carried over by: a
 * journey stored by a version whose statechart was in fact the same comes back exactly where it was,
 * at every step of every path walked here; one whose statechart asks something new stops at that
 * question, keeping the answers before it; a step the user had not yet taken is not taken for them.
 */

const FACTS = { contacts: {} };
/**
 * A made-up older version: no journey has a rule of its own for it (the police journey has one for 3,
 * Makesafe for 2, tested in their own files), so every journey, theirs too, is carried by the walk.
 */
const OLDER = 0;
const journeys = catalogue.flows.filter((flow) => !catalogue.forms.includes(flow.id));

interface Walked {
  journey: PersistedJourney;
  history: PersistedJourney[];
  pages: NonNullable<ActiveFlow['pageInputs']>;
}

/** Every prefix of one path through the flow, its choices taken by `pick`, with what each page held as the engine keeps it. */
async function walk(flow: FlowDialog, pick: (depth: number, count: number) => number): Promise<Walked[]> {
  let at: Walked = { journey: flow.start(), history: [], pages: {} };
  const prefixes: Walked[] = [at];
  for (let depth = 0; depth < 30 && !flow.isFinal(at.journey); depth += 1) {
    const card = flow.view(at.journey, FACTS);
    const values = Object.fromEntries((card.inputs ?? []).flatMap((input) => (input.value === undefined || input.value === '' ? [] : [[input.id, input.value]])));
    const choice = card.choices[pick(depth, card.choices.length)];
    if (choice === undefined) break;
    const stepped = await flow.step(at.journey, { ...choice.answer, inputs: values }, { now: new Date('2026-12-04T10:00:00Z'), facts: FACTS });
    if (!stepped.ok) break;
    const pages = Object.keys(values).length === 0 ? at.pages : { ...at.pages, [String(at.history.length)]: { state: at.journey.value, values } };
    at = { journey: stepped.journey, history: [...at.history, at.journey], pages };
    prefixes.push(at);
  }
  return prefixes;
}

const PICKS: Array<[string, (depth: number, count: number) => number]> = [
  ['the first choice', () => 0],
  ['the last choice', (_, count) => count - 1],
  ['choices in turn', (depth, count) => depth % count],
];

describe.each(journeys.map((flow) => [flow.id, flow] as const))('%s at an older version with the same statechart', (_id, flow) => {
  it.each(PICKS)('comes back exactly where it was at every step, taking %s', async (_how, pick) => {
    const prefixes = await walk(flow, pick);
    expect(prefixes.length).toBeGreaterThan(1);
    for (const { journey, history, pages } of prefixes) {
      const carried = flow.carryOver?.(journey, { fromVersion: OLDER, history, pages });
      expect({ at: history.length, carried }).toEqual({ at: history.length, carried: { value: journey.value, context: journey.context } });
    }
  });
});

describe('a statechart that asks something new', () => {
  const school = catalogue.byId('school.firstSteps');
  if (school === undefined) throw new Error('no school journey');

  it('stops at a question the old journey was never asked, keeping the answers before it', async () => {
    const prefixes = await walk(school, (_, count) => count - 1);
    const changedBy = (d: number) => {
      const before = prefixes[d]?.journey.context ?? {};
      const after = prefixes[d + 1]?.journey.context ?? {};
      return Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]));
    };
    // The second question that records something is taken as new: the old journey never recorded its answer.
    const asked = prefixes.map((_, d) => d).filter((d) => d + 1 < prefixes.length && changedBy(d).length > 0);
    const newAt = asked[1];
    const last = prefixes.at(-1);
    if (newAt === undefined || last === undefined) throw new Error('the walk was too short');
    const unasked = (journey: PersistedJourney): PersistedJourney => {
      const context = { ...journey.context };
      for (const key of changedBy(newAt)) delete context[key];
      return { value: journey.value, context };
    };
    const history = last.history.map((journey, d) => (d > newAt ? unasked(journey) : journey));
    const carried = school.carryOver?.(unasked(last.journey), { fromVersion: OLDER, history, pages: last.pages });
    expect(carried).toEqual(prefixes[newAt]?.journey);
    expect(newAt).toBeGreaterThan(0);
  });

  it('takes no step the user had not taken: a journey at its first question stays there', () => {
    const start = school.start();
    expect(school.carryOver?.(start, { fromVersion: OLDER, history: [] })).toEqual(start);
  });

  it('cannot carry a journey whose stored shape it cannot read', () => {
    expect(school.carryOver?.({ value: 3 }, { fromVersion: OLDER, history: [] })).toBeUndefined();
    expect(school.carryOver?.({ value: 'askingNothingAnyMore', context: {} }, { fromVersion: OLDER, history: [] })).toBeUndefined();
  });
});
