import { assign, setup } from 'xstate';
import { z } from 'zod';

/**
 * Operation Makesafe for business staff (section 11): is the child there now or in danger,
 * then 999, or 101 quoting Operation Makesafe. Pure: no I/O and no user-facing text.
 */

export const MAKESAFE_FIRST_STEPS_VERSION = 1;

export const childPresentAnswerSchema = z.enum(['yes', 'no', 'notSure']);

export const makesafeFirstStepsContextSchema = z.object({ childPresent: childPresentAnswerSchema.optional() });
export type MakesafeFirstStepsContext = z.infer<typeof makesafeFirstStepsContextSchema>;

export const makesafeFirstStepsEventSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('answer.childPresent'), value: childPresentAnswerSchema })]);
export type MakesafeFirstStepsEvent = z.infer<typeof makesafeFirstStepsEventSchema>;

export const makesafeFirstStepsMachine = setup({
  types: {
    context: {} as MakesafeFirstStepsContext,
    events: {} as MakesafeFirstStepsEvent,
  },
  guards: {
    // Not sure whether the child is still there or in danger: treat it as an emergency.
    isChildPresentOrInDanger: ({ event }) => event.value !== 'no',
  },
  actions: {
    recordChildPresent: assign({ childPresent: ({ event }) => event.value }),
  },
}).createMachine({
  id: 'makesafeFirstSteps',
  initial: 'askingChildPresent',
  context: {},
  states: {
    askingChildPresent: {
      on: {
        'answer.childPresent': [
          { guard: 'isChildPresentOrInDanger', target: 'callingEmergency', actions: 'recordChildPresent' },
          { target: 'reportingNonEmergency', actions: 'recordChildPresent' },
        ],
      },
    },
    callingEmergency: { type: 'final' },
    reportingNonEmergency: { type: 'final' },
  },
});
