import { and, assign, setup } from 'xstate';
import { z } from 'zod';
import { CHECKLISTS } from '../knowledge/signChecklist';
import { dangerAnswerSchema, dangerCheckStates, dangerEventSchemas } from './dangerCheck.states';

/**
 * The first steps of the multi-agency referral pathway (Appendix C as reconstructed, steps C2
 * to C4) for schools and health: immediate danger first; the warning signs area by area
 * (health settings for health, SAFEGUARD, then the vulnerability factors), recorded as the
 * reasons, never scored; for schools, the image-sharing branch of section 3; then who to tell now,
 * for staff or for the safeguarding lead. Pure: no I/O and no user-facing text.
 */

export const REFERRAL_FIRST_STEPS_VERSION = 3;

export const leadAnswerSchema = z.enum(['lead', 'staff']);
export const socialWorkerAnswerSchema = z.enum(['yes', 'no', 'notKnown']);

export const referralFirstStepsInputSchema = z.object({
  asksImagery: z.boolean(),
  /** Which list of signs: SAFEGUARD, or health settings first and then SAFEGUARD. */
  checklist: z.enum(['safeguard', 'health']).default('safeguard'),
});

/** Section 3, youth-produced sexual imagery: how it was shared decides who manages it. */
export const imageryAnswerSchema = z.enum(['none', 'consensual', 'aggravating', 'notSure']);

/** What one checklist card posts: each item seen, not sure or not seen, and an optional note for the area. */
export const NOTE_MAX_LENGTH = 500;
export const signAnswerSchema = z.enum(['seen', 'notSure', 'notSeen']);
export const checklistInputsSchema = z
  .object({ note: z.string().trim().max(NOTE_MAX_LENGTH).optional() })
  .catchall(signAnswerSchema);
const recordedSignSchema = z.enum(['seen', 'notSure']);

export const referralFirstStepsContextSchema = referralFirstStepsInputSchema.extend({
  danger: dangerAnswerSchema.optional(),
  role: leadAnswerSchema.optional(),
  socialWorker: socialWorkerAnswerSchema.optional(),
  imagery: imageryAnswerSchema.optional(),
  /** Which checklist area the next card shows. */
  areaIndex: z.number().int().min(0).default(0),
  /** Items recorded as seen or not sure, by knowledge id: the reasons, never a score. */
  signs: z.record(z.string(), recordedSignSchema).default({}),
  /** The user's own note for an area, by area id. */
  notes: z.record(z.string(), z.string()).default({}),
});
export type ReferralFirstStepsContext = z.infer<typeof referralFirstStepsContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const referralFirstStepsEventSchema = z.discriminatedUnion('type', [
  ...dangerEventSchemas,
  z.object({ type: z.literal('answer.role'), value: leadAnswerSchema }),
  z.object({ type: z.literal('answer.socialWorker'), value: socialWorkerAnswerSchema }),
  z.object({ type: z.literal('answer.checklist'), inputs: checklistInputsSchema }),
  /** Skipping still posts the open area's marks and note, and they are kept. */
  z.object({ type: z.literal('checklist.skipped'), inputs: checklistInputsSchema.optional() }),
  z.object({ type: z.literal('answer.imagery'), value: imageryAnswerSchema }),
  z.object({ type: z.literal('imagery.acknowledged') }),
]);
export type ReferralFirstStepsEvent = z.infer<typeof referralFirstStepsEventSchema>;

export const referralFirstStepsMachine = setup({
  types: {
    context: {} as ReferralFirstStepsContext,
    events: {} as ReferralFirstStepsEvent,
    input: {} as z.input<typeof referralFirstStepsInputSchema>,
  },
  guards: {
    // "Not sure" is treated as danger: if you think a child may be in immediate danger, call 999.
    isPossibleDanger: ({ event }) => event.type === 'answer.danger' && event.value !== 'no',
    asksImagery: ({ context }) => context.asksImagery,
    isNoImagery: ({ event }) => event.type === 'answer.imagery' && event.value === 'none',
    isConsensualImagery: ({ event }) => event.type === 'answer.imagery' && event.value === 'consensual',
    isLastArea: ({ context }) => context.areaIndex >= CHECKLISTS[context.checklist].length - 1,
    isSafeguardingLead: ({ event }) => event.type === 'answer.role' && event.value === 'lead',
    hasAllocatedSocialWorker: ({ event }) => event.type === 'answer.socialWorker' && event.value === 'yes',
  },
  actions: {
    recordDanger: assign({ danger: ({ event, context }) => (event.type === 'answer.danger' ? event.value : context.danger) }),
    recordRole: assign({ role: ({ event, context }) => (event.type === 'answer.role' ? event.value : context.role) }),
    recordChecklist: assign(({ event, context }) => {
      const area = CHECKLISTS[context.checklist][context.areaIndex];
      if ((event.type !== 'answer.checklist' && event.type !== 'checklist.skipped') || event.inputs === undefined || area === undefined) return {};
      // A skip from a card that sent nothing (a typed or older card) leaves what was recorded alone.
      if (event.type === 'checklist.skipped' && Object.keys(event.inputs).length === 0) return {};
      const signs = { ...context.signs };
      for (const itemId of area.itemIds) {
        const answer = event.inputs[itemId];
        if (answer === 'seen' || answer === 'notSure') signs[itemId] = answer;
        else delete signs[itemId];
      }
      const notes = { ...context.notes };
      const note = (event.inputs.note ?? '').trim();
      if (note === '') delete notes[area.id];
      else notes[area.id] = note;
      return { signs, notes, areaIndex: context.areaIndex + 1 };
    }),
    recordImagery: assign({ imagery: ({ event, context }) => (event.type === 'answer.imagery' ? event.value : context.imagery) }),
    recordSocialWorker: assign({
      socialWorker: ({ event, context }) => (event.type === 'answer.socialWorker' ? event.value : context.socialWorker),
    }),
  },
}).createMachine({
  id: 'referralFirstSteps',
  initial: 'askingDanger',
  context: ({ input }) => ({
    asksImagery: input.asksImagery,
    checklist: input.checklist ?? 'safeguard',
    areaIndex: 0,
    signs: {},
    notes: {},
  }),
  states: {
    ...dangerCheckStates('recordingSigns'),
    recordingSigns: {
      on: {
        'answer.checklist': [
          { guard: and(['isLastArea', 'asksImagery']), target: 'askingImagery', actions: 'recordChecklist' },
          { guard: 'isLastArea', target: 'askingRole', actions: 'recordChecklist' },
          // The next area: the same state, one card further on.
          { actions: 'recordChecklist' },
        ],
        // Never delay a referral: the signs can wait, who to tell cannot. What was recorded is kept.
        'checklist.skipped': [{ guard: 'asksImagery', target: 'askingImagery', actions: 'recordChecklist' }, { target: 'askingRole', actions: 'recordChecklist' }],
      },
    },
    askingImagery: {
      on: {
        'answer.imagery': [
          { guard: 'isNoImagery', target: 'askingRole', actions: 'recordImagery' },
          { guard: 'isConsensualImagery', target: 'imageryManagedBySchool', actions: 'recordImagery' },
          // Aggravating factors, or not sure: the police (section 3).
          { target: 'imageryToPolice', actions: 'recordImagery' },
        ],
      },
    },
    imageryManagedBySchool: {
      on: { 'imagery.acknowledged': 'askingRole' },
    },
    imageryToPolice: {
      on: { 'imagery.acknowledged': 'askingRole' },
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
