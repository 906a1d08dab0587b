import { assign, setup } from 'xstate';
import { z } from 'zod';

/**
 * A school's first steps (Appendix C as reconstructed, steps C2 to C4): is the child in
 * immediate danger, then who to tell now. Pure: no I/O and no user-facing text.
 */

export const SCHOOL_FIRST_STEPS_VERSION = 1;

export const dangerAnswerSchema = z.enum(['yes', 'no', 'notSure']);
export const schoolRoleSchema = z.enum(['dsl', 'staff']);
export const socialWorkerAnswerSchema = z.enum(['yes', 'no', 'notKnown']);

export const schoolFirstStepsContextSchema = z.object({
  danger: dangerAnswerSchema.optional(),
  role: schoolRoleSchema.optional(),
  socialWorker: socialWorkerAnswerSchema.optional(),
});
export type SchoolFirstStepsContext = z.infer<typeof schoolFirstStepsContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const schoolFirstStepsEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.danger'), value: dangerAnswerSchema }),
  z.object({ type: z.literal('danger.acknowledged') }),
  z.object({ type: z.literal('answer.role'), value: schoolRoleSchema }),
  z.object({ type: z.literal('answer.socialWorker'), value: socialWorkerAnswerSchema }),
]);
export type SchoolFirstStepsEvent = z.infer<typeof schoolFirstStepsEventSchema>;

export const schoolFirstStepsMachine = setup({
  types: {
    context: {} as SchoolFirstStepsContext,
    events: {} as SchoolFirstStepsEvent,
  },
  guards: {
    // "Not sure" is treated as danger: if you think a child may be in immediate danger, call 999.
    isPossibleDanger: ({ event }) => event.type === 'answer.danger' && event.value !== 'no',
    isSafeguardingLead: ({ event }) => event.type === 'answer.role' && event.value === 'dsl',
    hasAllocatedSocialWorker: ({ event }) => event.type === 'answer.socialWorker' && event.value === 'yes',
  },
  actions: {
    recordDanger: assign({ danger: ({ event, context }) => (event.type === 'answer.danger' ? event.value : context.danger) }),
    recordRole: assign({ role: ({ event, context }) => (event.type === 'answer.role' ? event.value : context.role) }),
    recordSocialWorker: assign({
      socialWorker: ({ event, context }) => (event.type === 'answer.socialWorker' ? event.value : context.socialWorker),
    }),
  },
}).createMachine({
  id: 'schoolFirstSteps',
  initial: 'askingDanger',
  context: {},
  states: {
    askingDanger: {
      on: {
        'answer.danger': [
          { guard: 'isPossibleDanger', target: 'callingEmergency', actions: 'recordDanger' },
          { target: 'askingRole', actions: 'recordDanger' },
        ],
      },
    },
    callingEmergency: {
      on: { 'danger.acknowledged': 'askingRole' },
    },
    askingRole: {
      on: {
        'answer.role': [
          { guard: 'isSafeguardingLead', target: 'askingSocialWorker', actions: 'recordRole' },
          { target: 'tellingSafeguardingLead', actions: 'recordRole' },
        ],
      },
    },
    askingSocialWorker: {
      on: {
        'answer.socialWorker': [
          { guard: 'hasAllocatedSocialWorker', target: 'tellingSocialWorker', actions: 'recordSocialWorker' },
          { target: 'referringToMash', actions: 'recordSocialWorker' },
        ],
      },
    },
    tellingSafeguardingLead: { type: 'final' },
    tellingSocialWorker: { type: 'final' },
    referringToMash: { type: 'final' },
  },
});
