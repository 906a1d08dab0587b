import { assign, setup } from 'xstate';
import { z } from 'zod';
import { makesafeSectorSchema, signsOfSector, type MakesafeSector } from '../knowledge/makesafeSigns';

/**
 * Operation Makesafe for business staff (section 11): is the child there now or in danger (999
 * first), then the sector, that sector's signs (prompts, never a score), the details a call
 * handler asks for, and the read-out: 999, or 101 quoting Operation Makesafe. The route is decided
 * by the first answer alone; the rest only builds what the caller says. Pure: no I/O and no
 * user-facing text. The details are personal data: kept in the (encrypted) context, never logged.
 */

export const MAKESAFE_FIRST_STEPS_VERSION = 2;

export const childPresentAnswerSchema = z.enum(['yes', 'no', 'notSure']);

/** What one signs card posts: each sign seen or heard, not sure, or not seen. */
export const makesafeSignAnswerSchema = z.enum(['seen', 'notSure', 'notSeen']);
export const makesafeSignsInputsSchema = z.object({}).catchall(makesafeSignAnswerSchema);
const recordedSignSchema = z.enum(['seen', 'notSure']);

/** The details, in the order a call handler needs them (where first, so officers can be sent). */
export const DETAIL_FIELDS = ['where', 'when', 'seenOrHeard', 'who', 'vehicles', 'payment', 'bookingName'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export const DETAIL_MAX_LENGTH: Record<DetailField, number> = {
  where: 300,
  when: 200,
  seenOrHeard: 1000,
  who: 500,
  vehicles: 200,
  payment: 100,
  bookingName: 100,
};

/** Only what the sector can know: no booking name in a takeaway, no payment in a care home. */
export const DETAIL_FIELDS_OF_SECTOR: Record<MakesafeSector, readonly DetailField[]> = {
  hotel: DETAIL_FIELDS,
  taxi: DETAIL_FIELDS,
  fastFood: ['where', 'when', 'seenOrHeard', 'who', 'vehicles', 'payment'],
  licensedPremises: ['where', 'when', 'seenOrHeard', 'who', 'vehicles', 'payment'],
  careHome: ['where', 'when', 'seenOrHeard', 'who', 'vehicles'],
  other: ['where', 'when', 'seenOrHeard', 'who', 'vehicles', 'payment'],
};

const detailText = (field: DetailField) => z.string().trim().max(DETAIL_MAX_LENGTH[field]).optional();

/** What the details card posts: every box optional, each within its length. */
export const makesafeDetailsInputsSchema = z.object({
  where: detailText('where'),
  when: detailText('when'),
  seenOrHeard: detailText('seenOrHeard'),
  who: detailText('who'),
  vehicles: detailText('vehicles'),
  payment: detailText('payment'),
  bookingName: detailText('bookingName'),
});

export const makesafeFirstStepsContextSchema = z.object({
  childPresent: childPresentAnswerSchema.optional(),
  sector: makesafeSectorSchema.optional(),
  /** Signs recorded as seen or not sure, by sign id: the reasons, never a score. */
  signs: z.record(z.string(), recordedSignSchema).default({}),
  /** What the user typed, by field; empty boxes are not kept. */
  details: z.partialRecord(z.enum(DETAIL_FIELDS), z.string()).default({}),
});
export type MakesafeFirstStepsContext = z.infer<typeof makesafeFirstStepsContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const makesafeFirstStepsEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.childPresent'), value: childPresentAnswerSchema }),
  z.object({ type: z.literal('danger.acknowledged') }),
  z.object({ type: z.literal('answer.sector'), value: makesafeSectorSchema }),
  z.object({ type: z.literal('answer.signs'), inputs: makesafeSignsInputsSchema }),
  z.object({ type: z.literal('answer.details'), inputs: makesafeDetailsInputsSchema }),
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
      return { sector: event.value, signs: {}, details: {} };
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
    recordDetails: assign(({ event, context }) => {
      if (event.type !== 'answer.details' || context.sector === undefined) return {};
      const details: MakesafeFirstStepsContext['details'] = {};
      for (const field of DETAIL_FIELDS_OF_SECTOR[context.sector]) {
        const text = (event.inputs[field] ?? '').trim();
        if (text !== '') details[field] = text;
      }
      return { details };
    }),
  },
}).createMachine({
  id: 'makesafeFirstSteps',
  initial: 'askingChildPresent',
  context: { signs: {}, details: {} },
  states: {
    askingChildPresent: {
      on: {
        'answer.childPresent': [
          { guard: 'isChildPresentOrInDanger', target: 'callingEmergency', actions: 'recordChildPresent' },
          { target: 'askingSector', actions: 'recordChildPresent' },
        ],
      },
    },
    // 999 comes first; what to tell the police is built after the call is made.
    callingEmergency: {
      on: { 'danger.acknowledged': 'askingSector' },
    },
    askingSector: {
      on: { 'answer.sector': { target: 'recordingSigns', actions: 'recordSector' } },
    },
    recordingSigns: {
      on: { 'answer.signs': { target: 'recordingDetails', actions: 'recordSigns' } },
    },
    recordingDetails: {
      on: {
        'answer.details': [
          { guard: 'wasChildPresentOrInDanger', target: 'reportingEmergency', actions: 'recordDetails' },
          { target: 'reportingNonEmergency', actions: 'recordDetails' },
        ],
      },
    },
    reportingEmergency: { type: 'final' },
    reportingNonEmergency: { type: 'final' },
  },
});
