import { z } from 'zod';

/**
 * The immediate-danger check that opens a journey (Appendix C, step C2): yes or not sure goes to
 * the 999 card, then on; no goes straight on. A machine spreads these states into its own and
 * provides the guard `isPossibleDanger` and the action `recordDanger`.
 */

export const dangerAnswerSchema = z.enum(['yes', 'no', 'notSure']);

export const dangerEventSchemas = [
  z.object({ type: z.literal('answer.danger'), value: dangerAnswerSchema }),
  z.object({ type: z.literal('danger.acknowledged') }),
] as const;

export function dangerCheckStates<const TNext extends string>(next: TNext) {
  return {
    askingDanger: {
      on: {
        'answer.danger': [
          { guard: 'isPossibleDanger', target: 'callingEmergency', actions: 'recordDanger' },
          { target: next, actions: 'recordDanger' },
        ],
      },
    },
    callingEmergency: {
      on: { 'danger.acknowledged': next },
    },
  } as const;
}
