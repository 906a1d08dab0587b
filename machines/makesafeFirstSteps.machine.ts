import { assign, setup } from 'xstate';
import { z } from 'zod';
import { makesafeSectorSchema, signsOfSector } from '../knowledge/makesafeSigns';

/**
 * Operation Makesafe for business staff (section 11): is the child there now or in danger (999
 * first), then the sector, that sector's signs (prompts, never a score), and who to call: 999, or
 * 101 quoting Operation Makesafe. The details a call handler asks for are the Makesafe report's
 * questions, offered from the summary, and the read-out for the call is drawn from its answers: a
 * detail is asked once, in one place. The route is decided by the first answer alone. Pure: no I/O
 * and no user-facing text.
 */

/** 3: the details card left the journey for the Makesafe report; journeys stored by 2 are carried over by a rule of their own (makesafeDraftCarryOver.ts), by any other version by the general walk. */
export const MAKESAFE_FIRST_STEPS_VERSION = 3;

export const childPresentAnswerSchema = z.enum(['yes', 'no', 'notSure']);

/** What one signs card posts: each sign seen or heard, not sure, or not seen. */
export const makesafeSignAnswerSchema = z.enum(['seen', 'notSure', 'notSeen']);
export const makesafeSignsInputsSchema = z.object({}).catchall(makesafeSignAnswerSchema);
const recordedSignSchema = z.enum(['seen', 'notSure']);

/** The boxes of the details card of version 2, still read from its drafts so what was typed reaches the report. */
export const EARLIER_DETAIL_FIELDS = ['where', 'when', 'seenOrHeard', 'who', 'vehicles', 'payment', 'bookingName'] as const;

export const makesafeFirstStepsContextSchema = z.object({
  childPresent: childPresentAnswerSchema.optional(),
  sector: makesafeSectorSchema.optional(),
  /** Signs recorded as seen or not sure, by sign id: the reasons, never a score. */
  signs: z.record(z.string(), recordedSignSchema).default({}),
  /** Typed on the details card of a version 2 draft (personal data, kept encrypted): carried into the report, never asked again. */
  earlierDetails: z.partialRecord(z.enum(EARLIER_DETAIL_FIELDS), z.string()).optional(),
});
export type MakesafeFirstStepsContext = z.infer<typeof makesafeFirstStepsContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const makesafeFirstStepsEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.childPresent'), value: childPresentAnswerSchema }),
  z.object({ type: z.literal('danger.acknowledged') }),
  z.object({ type: z.literal('answer.sector'), value: makesafeSectorSchema }),
  z.object({ type: z.literal('answer.signs'), inputs: makesafeSignsInputsSchema }),
]);
export type MakesafeFirstStepsEvent = z.infer<typeof makesafeFirstStepsEventSchema>;

export const makesafeFirstStepsMachine = setup({
  types: {
    context: {} as MakesafeFirstStepsContext,
    events: {} as MakesafeFirstStepsEvent,
  },
  guards: {
    // Not sure whether the child is still there or in danger: treat it as an emergency.
    isChildPresentOrInDanger: ({ event }) => event.type === 'answer.childPresent' && event.value !== 'no',
    wasChildPresentOrInDanger: ({ context }) => context.childPresent !== 'no',
  },
  actions: {
    recordChildPresent: assign({ childPresent: ({ event, context }) => (event.type === 'answer.childPresent' ? event.value : context.childPresent) }),
    // Another sector asks other signs and details: what was recorded for the old one is dropped.
    recordSector: assign(({ event, context }) => {
      if (event.type !== 'answer.sector' || event.value === context.sector) return {};
      return { sector: event.value, signs: {}, earlierDetails: undefined };
    }),
    recordSigns: assign(({ event, context }) => {
      if (event.type !== 'answer.signs' || context.sector === undefined) return {};
      const signs: MakesafeFirstStepsContext['signs'] = {};
      for (const { id } of signsOfSector(context.sector)) {
        const answer = event.inputs[id];
        if (answer === 'seen' || answer === 'notSure') signs[id] = answer;
      }
      return { signs };
    }),
  },
}).createMachine({
  id: 'makesafeFirstSteps',
  initial: 'askingChildPresent',
  context: { signs: {} },
  states: {
    askingChildPresent: {
      on: {
        'answer.childPresent': [
          { guard: 'isChildPresentOrInDanger', target: 'callingEmergency', actions: 'recordChildPresent' },
          { target: 'askingSector', actions: 'recordChildPresent' },
        ],
      },
    },
    // 999 comes first; what to tell the police is written after the call is made.
    callingEmergency: {
      on: { 'danger.acknowledged': 'askingSector' },
    },
    askingSector: {
      on: { 'answer.sector': { target: 'recordingSigns', actions: 'recordSector' } },
    },
    recordingSigns: {
      on: {
        'answer.signs': [
          { guard: 'wasChildPresentOrInDanger', target: 'reportingEmergency', actions: 'recordSigns' },
          { target: 'reportingNonEmergency', actions: 'recordSigns' },
        ],
      },
    },
    // Who to call, and the report (its read-out for the call) on one button.
    reportingEmergency: { type: 'final' },
    reportingNonEmergency: { type: 'final' },
  },
});
