import { assign, setup } from 'xstate';
import { z } from 'zod';
import { dangerAnswerSchema, dangerCheckStates, dangerEventSchemas } from './dangerCheck.states';

/**
 * The first steps for children's social care, the MASH and MASE (sections 6 and 7): immediate
 * danger first; the referral desk (allocated social worker or the MASH); the strategy discussion
 * (required in CSE cases even without cause to suspect significant harm); organised and complex
 * abuse; the conditions a case meets before MASE; a looked-after child placed out of borough or
 * gone missing; the move to adulthood; trafficking. Each question is asked only where its answer
 * changes what to do. Pure: no I/O and no user-facing text.
 */

/** Continues the numbering of the flow id 'socialCare.firstSteps', which ran on the referral machine up to version 2. */
export const SOCIAL_CARE_FIRST_STEPS_VERSION = 4;

export const scSocialWorkerAnswerSchema = z.enum(['yes', 'no', 'notKnown']);
export const significantHarmAnswerSchema = z.enum(['yes', 'no', 'notSure']);
export const cseSuspectedAnswerSchema = z.enum(['yes', 'no']);
export const organisedAbuseAnswerSchema = z.enum(['yes', 'no']);
export const lookedAfterAnswerSchema = z.enum(['no', 'inBorough', 'placedKnownAtRisk', 'atRiskAfterPlacement']);
export const lookedAfterMissingAnswerSchema = z.enum(['yes', 'no']);
export const seventeenOrOverAnswerSchema = z.enum(['yes', 'no']);
export const traffickingConcernAnswerSchema = z.enum(['yes', 'no', 'notSure']);

/** Each condition before MASE, as the user ticks it: met, not yet, or not known. Never a score. */
export const preconditionAnswerSchema = z.enum(['met', 'notMet', 'notKnown']);
export const MASE_PRECONDITIONS = ['cpProcedures', 'strategyMeeting', 'crisNumber'] as const;
export type MasePrecondition = (typeof MASE_PRECONDITIONS)[number];

/** What a card input posts: one of the answers, or nothing (an untouched or empty input is "not known", never "met"). */
const postedPreconditionSchema = z
  .union([preconditionAnswerSchema, z.literal('')])
  .optional()
  .transform((value) => (value === undefined || value === '' ? 'notKnown' : value));

export const masePreconditionsInputsSchema = z.object({
  cpProcedures: postedPreconditionSchema,
  strategyMeeting: postedPreconditionSchema,
  crisNumber: postedPreconditionSchema,
});
const masePreconditionsSchema = z.object({ cpProcedures: preconditionAnswerSchema, strategyMeeting: preconditionAnswerSchema, crisNumber: preconditionAnswerSchema });
export type MasePreconditions = z.infer<typeof masePreconditionsSchema>;

export const socialCareFirstStepsContextSchema = z.object({
  danger: dangerAnswerSchema.optional(),
  socialWorker: scSocialWorkerAnswerSchema.optional(),
  significantHarm: significantHarmAnswerSchema.optional(),
  /** Asked only when there is no cause to suspect significant harm: CSE cases need a strategy discussion all the same. */
  cseSuspected: cseSuspectedAnswerSchema.optional(),
  organisedAbuse: organisedAbuseAnswerSchema.optional(),
  /** Present only when the user checked the case against the conditions for MASE. */
  masePreconditions: masePreconditionsSchema.optional(),
  lookedAfter: lookedAfterAnswerSchema.optional(),
  /** Asked only for a looked-after child: whether they have gone missing. */
  missing: lookedAfterMissingAnswerSchema.optional(),
  seventeenOrOver: seventeenOrOverAnswerSchema.optional(),
  trafficking: traffickingConcernAnswerSchema.optional(),
});
export type SocialCareFirstStepsContext = z.infer<typeof socialCareFirstStepsContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const socialCareFirstStepsEventSchema = z.discriminatedUnion('type', [
  ...dangerEventSchemas,
  z.object({ type: z.literal('answer.socialWorker'), value: scSocialWorkerAnswerSchema }),
  z.object({ type: z.literal('answer.significantHarm'), value: significantHarmAnswerSchema }),
  z.object({ type: z.literal('answer.cseSuspected'), value: cseSuspectedAnswerSchema }),
  z.object({ type: z.literal('answer.organisedAbuse'), value: organisedAbuseAnswerSchema }),
  z.object({ type: z.literal('answer.masePreconditions'), inputs: masePreconditionsInputsSchema }),
  z.object({ type: z.literal('mase.notNow') }),
  z.object({ type: z.literal('answer.lookedAfter'), value: lookedAfterAnswerSchema }),
  z.object({ type: z.literal('answer.missing'), value: lookedAfterMissingAnswerSchema }),
  z.object({ type: z.literal('answer.seventeenOrOver'), value: seventeenOrOverAnswerSchema }),
  z.object({ type: z.literal('answer.trafficking'), value: traffickingConcernAnswerSchema }),
]);
export type SocialCareFirstStepsEvent = z.infer<typeof socialCareFirstStepsEventSchema>;

export const socialCareFirstStepsMachine = setup({
  types: {
    context: {} as SocialCareFirstStepsContext,
    events: {} as SocialCareFirstStepsEvent,
  },
  guards: {
    // "Not sure" is treated as danger: if you think a child may be in immediate danger, call 999.
    isPossibleDanger: ({ event }) => event.type === 'answer.danger' && event.value !== 'no',
    isNoSignificantHarm: ({ event }) => event.type === 'answer.significantHarm' && event.value === 'no',
    // MASE takes only cases that have had a strategy discussion: one is held where there is cause to suspect significant harm, or CSE is suspected (section 7).
    mayGoToMase: ({ context }) => context.significantHarm !== 'no' || context.cseSuspected === 'yes',
    isLookedAfter: ({ event }) => event.type === 'answer.lookedAfter' && event.value !== 'no',
  },
  actions: {
    recordDanger: assign({ danger: ({ event, context }) => (event.type === 'answer.danger' ? event.value : context.danger) }),
    recordSocialWorker: assign({ socialWorker: ({ event, context }) => (event.type === 'answer.socialWorker' ? event.value : context.socialWorker) }),
    recordSignificantHarm: assign({ significantHarm: ({ event, context }) => (event.type === 'answer.significantHarm' ? event.value : context.significantHarm) }),
    recordCseSuspected: assign({ cseSuspected: ({ event, context }) => (event.type === 'answer.cseSuspected' ? event.value : context.cseSuspected) }),
    recordOrganisedAbuse: assign({ organisedAbuse: ({ event, context }) => (event.type === 'answer.organisedAbuse' ? event.value : context.organisedAbuse) }),
    recordMasePreconditions: assign({ masePreconditions: ({ event, context }) => (event.type === 'answer.masePreconditions' ? { ...event.inputs } : context.masePreconditions) }),
    forgetMasePreconditions: assign({ masePreconditions: () => undefined }),
    recordLookedAfter: assign({ lookedAfter: ({ event, context }) => (event.type === 'answer.lookedAfter' ? event.value : context.lookedAfter) }),
    recordMissing: assign({ missing: ({ event, context }) => (event.type === 'answer.missing' ? event.value : context.missing) }),
    recordSeventeenOrOver: assign({ seventeenOrOver: ({ event, context }) => (event.type === 'answer.seventeenOrOver' ? event.value : context.seventeenOrOver) }),
    recordTrafficking: assign({ trafficking: ({ event, context }) => (event.type === 'answer.trafficking' ? event.value : context.trafficking) }),
  },
}).createMachine({
  id: 'socialCareFirstSteps',
  initial: 'askingDanger',
  context: {},
  states: {
    ...dangerCheckStates('askingSocialWorker'),
    askingSocialWorker: {
      on: { 'answer.socialWorker': { target: 'askingSignificantHarm', actions: 'recordSocialWorker' } },
    },
    askingSignificantHarm: {
      on: {
        'answer.significantHarm': [
          { guard: 'isNoSignificantHarm', target: 'askingCseSuspected', actions: 'recordSignificantHarm' },
          { target: 'askingOrganisedAbuse', actions: 'recordSignificantHarm' },
        ],
      },
    },
    askingCseSuspected: {
      on: { 'answer.cseSuspected': { target: 'askingOrganisedAbuse', actions: 'recordCseSuspected' } },
    },
    askingOrganisedAbuse: {
      on: {
        'answer.organisedAbuse': [
          { guard: 'mayGoToMase', target: 'checkingMasePreconditions', actions: 'recordOrganisedAbuse' },
          { target: 'askingLookedAfter', actions: 'recordOrganisedAbuse' },
        ],
      },
    },
    checkingMasePreconditions: {
      on: {
        'answer.masePreconditions': { target: 'askingLookedAfter', actions: 'recordMasePreconditions' },
        'mase.notNow': { target: 'askingLookedAfter', actions: 'forgetMasePreconditions' },
      },
    },
    askingLookedAfter: {
      on: {
        'answer.lookedAfter': [
          { guard: 'isLookedAfter', target: 'askingMissing', actions: 'recordLookedAfter' },
          { target: 'askingSeventeenOrOver', actions: 'recordLookedAfter' },
        ],
      },
    },
    askingMissing: {
      on: { 'answer.missing': { target: 'askingSeventeenOrOver', actions: 'recordMissing' } },
    },
    askingSeventeenOrOver: {
      on: { 'answer.seventeenOrOver': { target: 'askingTrafficking', actions: 'recordSeventeenOrOver' } },
    },
    askingTrafficking: {
      on: { 'answer.trafficking': { target: 'planningNextSteps', actions: 'recordTrafficking' } },
    },
    planningNextSteps: { type: 'final' },
  },
});
