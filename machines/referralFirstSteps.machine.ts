import { assign, setup } from 'xstate';
import { z } from 'zod';

/**
 * The first steps of the multi-agency referral pathway (Appendix C as reconstructed, steps C2
 * to C4) for schools, health and social care: immediate danger first, then who to tell now.
 * Schools and health ask whether the user is their agency's safeguarding lead; social care
 * does not. Pure: no I/O and no user-facing text.
 */

export const REFERRAL_FIRST_STEPS_VERSION = 1;

export const dangerAnswerSchema = z.enum(['yes', 'no', 'notSure']);
export const leadAnswerSchema = z.enum(['lead', 'staff']);
export const socialWorkerAnswerSchema = z.enum(['yes', 'no', 'notKnown']);

export const referralFirstStepsInputSchema = z.object({ asksRole: z.boolean() });
export type ReferralFirstStepsInput = z.infer<typeof referralFirstStepsInputSchema>;

export const referralFirstStepsContextSchema = referralFirstStepsInputSchema.extend({
  danger: dangerAnswerSchema.optional(),
  role: leadAnswerSchema.optional(),
  socialWorker: socialWorkerAnswerSchema.optional(),
});
export type ReferralFirstStepsContext = z.infer<typeof referralFirstStepsContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const referralFirstStepsEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.danger'), value: dangerAnswerSchema }),
  z.object({ type: z.literal('danger.acknowledged') }),
  z.object({ type: z.literal('answer.role'), value: leadAnswerSchema }),
  z.object({ type: z.literal('answer.socialWorker'), value: socialWorkerAnswerSchema }),
]);
export type ReferralFirstStepsEvent = z.infer<typeof referralFirstStepsEventSchema>;

export const referralFirstStepsMachine = setup({
  types: {
    context: {} as ReferralFirstStepsContext,
    events: {} as ReferralFirstStepsEvent,
    input: {} as ReferralFirstStepsInput,
  },
  guards: {
    // "Not sure" is treated as danger: if you think a child may be in immediate danger, call 999.
    isPossibleDanger: ({ event }) => event.type === 'answer.danger' && event.value !== 'no',
    asksRole: ({ context }) => context.asksRole,
    isSafeguardingLead: ({ event }) => event.type === 'answer.role' && event.value === 'lead',
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
  id: 'referralFirstSteps',
  initial: 'askingDanger',
  context: ({ input }) => ({ asksRole: input.asksRole }),
  states: {
    askingDanger: {
      on: {
        'answer.danger': [
          { guard: 'isPossibleDanger', target: 'callingEmergency', actions: 'recordDanger' },
          { guard: 'asksRole', target: 'askingRole', actions: 'recordDanger' },
          { target: 'askingSocialWorker', actions: 'recordDanger' },
        ],
      },
    },
    callingEmergency: {
      on: {
        'danger.acknowledged': [{ guard: 'asksRole', target: 'askingRole' }, { target: 'askingSocialWorker' }],
      },
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
