import { assign, setup } from 'xstate';
import { z } from 'zod';
import { dangerAnswerSchema, dangerCheckStates, dangerEventSchemas } from './dangerCheck.states';

/**
 * Trafficking and county lines (sections 3 and 10): immediate danger first, then whether the
 * user is a first responder (a police officer or a social worker), who makes the NRM referral,
 * or anyone else (a teacher, health or business staff), who tells them. Pure: no I/O and no
 * user-facing text.
 */

export const TRAFFICKING_VERSION = 1;

export const responderAnswerSchema = z.enum(['firstResponder', 'otherAgency']);

export const traffickingContextSchema = z.object({
  danger: dangerAnswerSchema.optional(),
  responder: responderAnswerSchema.optional(),
});
export type TraffickingContext = z.infer<typeof traffickingContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const traffickingEventSchema = z.discriminatedUnion('type', [
  ...dangerEventSchemas,
  z.object({ type: z.literal('answer.responder'), value: responderAnswerSchema }),
]);
export type TraffickingEvent = z.infer<typeof traffickingEventSchema>;

export const traffickingMachine = setup({
  types: {
    context: {} as TraffickingContext,
    events: {} as TraffickingEvent,
  },
  guards: {
    // "Not sure" is treated as danger: if you think a child may be in immediate danger, call 999.
    isPossibleDanger: ({ event }) => event.type === 'answer.danger' && event.value !== 'no',
    isFirstResponder: ({ event }) => event.type === 'answer.responder' && event.value === 'firstResponder',
  },
  actions: {
    recordDanger: assign({ danger: ({ event, context }) => (event.type === 'answer.danger' ? event.value : context.danger) }),
    recordResponder: assign({ responder: ({ event, context }) => (event.type === 'answer.responder' ? event.value : context.responder) }),
  },
}).createMachine({
  id: 'trafficking',
  initial: 'askingDanger',
  context: {},
  states: {
    ...dangerCheckStates('askingResponder'),
    askingResponder: {
      on: {
        'answer.responder': [
          { guard: 'isFirstResponder', target: 'referringToNrm', actions: 'recordResponder' },
          { target: 'tellingFirstResponders', actions: 'recordResponder' },
        ],
      },
    },
    referringToNrm: { type: 'final' },
    tellingFirstResponders: { type: 'final' },
  },
});
