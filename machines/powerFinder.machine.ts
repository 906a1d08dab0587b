import { assign, setup } from 'xstate';
import { z } from 'zod';
import { caseFactsSchema, CIRCUMSTANCE_FACTS, factSchemas, QUESTION_IDS, type CaseFacts, type QuestionId } from '../knowledge/powerFinder/facts';
import { neededFacts, nextQuestion } from '../knowledge/powerFinder/evaluate';

/**
 * The Appendix I finder ("Powers and tactics"): asks only the facts the remaining options turn on,
 * in a set order, skipping any question no option still depends on, then shows the options. Facts
 * recorded in an earlier journey arrive as input and are not asked again. Pure: no I/O and no
 * user-facing text.
 */

export const POWER_FINDER_VERSION = 1;

export const powerFinderContextSchema = caseFactsSchema;
export type PowerFinderContext = CaseFacts;

/** The circumstances card: each fact yes, no or not known; one left untouched stays "not known". */
const circumstanceAnswerSchema = z.union([factSchemas.hotel, z.literal('')]).optional();
export const circumstancesInputsSchema = z.object(
  Object.fromEntries(CIRCUMSTANCE_FACTS.map((p) => [p, circumstanceAnswerSchema])) as Record<(typeof CIRCUMSTANCE_FACTS)[number], typeof circumstanceAnswerSchema>,
);

export const powerFinderEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.age'), value: factSchemas.age }),
  z.object({ type: z.literal('answer.legalStatus'), value: factSchemas.legalStatus }),
  z.object({ type: z.literal('answer.suspect'), value: factSchemas.suspect }),
  z.object({ type: z.literal('answer.sexualAct'), value: factSchemas.sexualAct }),
  z.object({ type: z.literal('answer.foundWith'), value: factSchemas.foundWith }),
  z.object({ type: z.literal('answer.circumstances'), inputs: circumstancesInputsSchema }),
  z.object({ type: z.literal('text.requested') }),
]);
export type PowerFinderEvent = z.infer<typeof powerFinderEventSchema>;

/** The state that asks each question. */
export const QUESTION_STATE: Record<QuestionId, string> = {
  age: 'askingAge',
  legalStatus: 'askingLegalStatus',
  suspect: 'askingSuspect',
  sexualAct: 'askingSexualAct',
  foundWith: 'askingFoundWith',
  circumstances: 'askingCircumstances',
};

/** What an answer adds to the facts. */
export function withAnswer(context: CaseFacts, event: PowerFinderEvent): CaseFacts {
  switch (event.type) {
    case 'answer.circumstances': {
      // Only the facts the card asked (those still needed) are recorded; the rest stay unasked.
      const needed = neededFacts(context);
      const given = CIRCUMSTANCE_FACTS.filter((f) => needed.has(f)).map((f) => [f, event.inputs[f] === undefined || event.inputs[f] === '' ? 'notKnown' : event.inputs[f]]);
      return { ...context, ...Object.fromEntries(given) };
    }
    case 'text.requested':
      return context;
    default: {
      const fact = event.type.slice('answer.'.length);
      return { ...context, [fact]: event.value };
    }
  }
}

/**
 * From a question answered (or carried in): on to the next one needed, or to the options. Only later
 * questions: an earlier one was answered or not needed, and what is needed only shrinks as facts come in.
 */
const onwardFrom = (self: QuestionId) => [
  ...QUESTION_IDS.slice(QUESTION_IDS.indexOf(self) + 1).map((q) => ({ guard: { type: 'isNext' as const, params: { question: q } }, target: QUESTION_STATE[q] })),
  { guard: 'nothingLeft' as const, target: 'showingOptions' },
];

const asking = (question: QuestionId, event: PowerFinderEvent['type']) => ({
  always: onwardFrom(question),
  on: { [event]: { actions: 'recordAnswer' as const } },
});

export const powerFinderMachine = setup({
  types: {
    context: {} as PowerFinderContext,
    events: {} as PowerFinderEvent,
    input: {} as { carried?: CaseFacts } | undefined,
  },
  guards: {
    isNext: ({ context }, params: { question: QuestionId }) => nextQuestion(context) === params.question,
    nothingLeft: ({ context }) => nextQuestion(context) === undefined,
  },
  actions: {
    recordAnswer: assign(({ context, event }) => withAnswer(context, event)),
  },
}).createMachine({
  id: 'powerFinder',
  initial: 'askingAge',
  context: ({ input }) => caseFactsSchema.parse(input?.carried ?? {}),
  states: {
    askingAge: asking('age', 'answer.age'),
    askingLegalStatus: asking('legalStatus', 'answer.legalStatus'),
    askingSuspect: asking('suspect', 'answer.suspect'),
    askingSexualAct: asking('sexualAct', 'answer.sexualAct'),
    askingFoundWith: asking('foundWith', 'answer.foundWith'),
    askingCircumstances: asking('circumstances', 'answer.circumstances'),
    showingOptions: { on: { 'text.requested': 'copyingText' } },
    copyingText: { type: 'final' },
  },
});
