import { assign, setup } from 'xstate';
import { z } from 'zod';

/**
 * A frontline officer's first steps (section 6, police officer reporting pathway; Appendix D as
 * reconstructed): immediate risk first (police protection), then the Merlin PAC and the CRIS
 * report, crime or non-crime. Pure: no I/O and no user-facing text.
 */

export const POLICE_FIRST_STEPS_VERSION = 1;

export const yesNoSchema = z.enum(['yes', 'no']);

export const policeFirstStepsContextSchema = z.object({
  immediateRisk: yesNoSchema.optional(),
  crimeAlleged: yesNoSchema.optional(),
});
export type PoliceFirstStepsContext = z.infer<typeof policeFirstStepsContextSchema>;

export const policeFirstStepsEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.immediateRisk'), value: yesNoSchema }),
  z.object({ type: z.literal('protection.acknowledged') }),
  z.object({ type: z.literal('answer.crimeAlleged'), value: yesNoSchema }),
]);
export type PoliceFirstStepsEvent = z.infer<typeof policeFirstStepsEventSchema>;

export const policeFirstStepsMachine = setup({
  types: {
    context: {} as PoliceFirstStepsContext,
    events: {} as PoliceFirstStepsEvent,
  },
  guards: {
    isImmediateRisk: ({ event }) => event.type === 'answer.immediateRisk' && event.value === 'yes',
    isCrimeAlleged: ({ event }) => event.type === 'answer.crimeAlleged' && event.value === 'yes',
  },
  actions: {
    recordImmediateRisk: assign({ immediateRisk: ({ event, context }) => (event.type === 'answer.immediateRisk' ? event.value : context.immediateRisk) }),
    recordCrimeAlleged: assign({ crimeAlleged: ({ event, context }) => (event.type === 'answer.crimeAlleged' ? event.value : context.crimeAlleged) }),
  },
}).createMachine({
  id: 'policeFirstSteps',
  initial: 'askingImmediateRisk',
  context: {},
  states: {
    askingImmediateRisk: {
      on: {
        'answer.immediateRisk': [
          { guard: 'isImmediateRisk', target: 'consideringPoliceProtection', actions: 'recordImmediateRisk' },
          { target: 'askingCrimeAlleged', actions: 'recordImmediateRisk' },
        ],
      },
    },
    consideringPoliceProtection: {
      on: { 'protection.acknowledged': 'askingCrimeAlleged' },
    },
    askingCrimeAlleged: {
      on: {
        'answer.crimeAlleged': [
          { guard: 'isCrimeAlleged', target: 'recordingCrime', actions: 'recordCrimeAlleged' },
          { target: 'recordingConcern', actions: 'recordCrimeAlleged' },
        ],
      },
    },
    recordingCrime: { type: 'final' },
    recordingConcern: { type: 'final' },
  },
});
