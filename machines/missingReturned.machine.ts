import { assign, setup } from 'xstate';
import { z } from 'zod';
import { dangerAnswerSchema, dangerCheckStates, dangerEventSchemas } from './dangerCheck.states';

/**
 * A missing child has come back (section 9): immediate danger first, then the two answers that
 * change what happens next: where the child lives (who must make sure the independent return
 * home interview happens within 72 hours) and whether the police prevention interview has been
 * done. Pure: no I/O and no user-facing text.
 */

export const MISSING_RETURNED_VERSION = 1;

export const livingSituationAnswerSchema = z.enum(['lookedAfter', 'atHome', 'notKnown']);
export const preventionInterviewAnswerSchema = z.enum(['done', 'notDone', 'notKnown']);

export const missingReturnedContextSchema = z.object({
  danger: dangerAnswerSchema.optional(),
  livingSituation: livingSituationAnswerSchema.optional(),
  preventionInterview: preventionInterviewAnswerSchema.optional(),
});
export type MissingReturnedContext = z.infer<typeof missingReturnedContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const missingReturnedEventSchema = z.discriminatedUnion('type', [
  ...dangerEventSchemas,
  z.object({ type: z.literal('answer.livingSituation'), value: livingSituationAnswerSchema }),
  z.object({ type: z.literal('answer.preventionInterview'), value: preventionInterviewAnswerSchema }),
]);
export type MissingReturnedEvent = z.infer<typeof missingReturnedEventSchema>;

export const missingReturnedMachine = setup({
  types: {
    context: {} as MissingReturnedContext,
    events: {} as MissingReturnedEvent,
  },
  guards: {
    // "Not sure" is treated as danger: if you think a child may be in immediate danger, call 999.
    isPossibleDanger: ({ event }) => event.type === 'answer.danger' && event.value !== 'no',
  },
  actions: {
    recordDanger: assign({ danger: ({ event, context }) => (event.type === 'answer.danger' ? event.value : context.danger) }),
    recordLivingSituation: assign({
      livingSituation: ({ event, context }) => (event.type === 'answer.livingSituation' ? event.value : context.livingSituation),
    }),
    recordPreventionInterview: assign({
      preventionInterview: ({ event, context }) => (event.type === 'answer.preventionInterview' ? event.value : context.preventionInterview),
    }),
  },
}).createMachine({
  id: 'missingReturned',
  initial: 'askingDanger',
  context: {},
  states: {
    ...dangerCheckStates('askingLivingSituation'),
    askingLivingSituation: {
      on: { 'answer.livingSituation': { target: 'askingPreventionInterview', actions: 'recordLivingSituation' } },
    },
    askingPreventionInterview: {
      on: { 'answer.preventionInterview': { target: 'arrangingReturnInterview', actions: 'recordPreventionInterview' } },
    },
    arrangingReturnInterview: { type: 'final' },
  },
});
