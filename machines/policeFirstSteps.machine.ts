import { assign, setup } from 'xstate';
import { z } from 'zod';
import { CHECKLIST_AREAS } from '../knowledge/signChecklist';

/**
 * A frontline officer's pathway (section 6, police officer reporting pathway; Appendix D as
 * reconstructed, D2 to D9): immediate risk first (police protection), then the Merlin PAC and the
 * CRIS report, crime or non-crime; the warning signs by SAFEGUARD area and the officer's own rationale
 * for the DETS page (two cards), then the flags the officer selects (a third); then only the answers that change what follows: a looked-after child (ownership,
 * out-of-borough notification), a missing child (trigger plan), trafficking (NRM); then Appendix J
 * and the summary. The category is the officer's choice, never the machine's. Pure: no I/O and no
 * user-facing text.
 */

/** 4: the one flags card became three (signs, signs and rationale, flags); journeys stored by 3 are carried over by a rule of their own (policeDraftCarryOver.ts), by any other version by the general walk. */
export const POLICE_FIRST_STEPS_VERSION = 4;

export const yesNoSchema = z.enum(['yes', 'no']);
export const lookedAfterAnswerSchema = z.enum(['yes', 'no', 'notKnown']);
/** The LA, LB and LC flags (police categories 1 to 3), by their knowledge ids `flag.<value>`. */
export const categoryFlagSchema = z.enum(['la', 'lb', 'lc']);
/** The flags that apply as they fit: EU (online), GA (gang), GE (group). */
export const otherFlagSchema = z.enum(['eu', 'ga', 'ge']);
export const OTHER_FLAGS = otherFlagSchema.options;

export const RATIONALE_MAX_LENGTH = 500;
/** The SAFEGUARD areas an officer marks, as inputs `area.<area id>`: the signs the rationale is assembled from. */
export const SIGN_AREA_IDS = CHECKLIST_AREAS.filter((a) => a.letter !== undefined).map((a) => a.id);
/** The areas each signs card asks, in SAFEGUARD order: S, A, F, E, G on the first; U, A, R, D (with the rationale) on the second. */
export const FIRST_SIGN_AREA_IDS = SIGN_AREA_IDS.slice(0, 5);
export const RATIONALE_SIGN_AREA_IDS = SIGN_AREA_IDS.slice(5);
export const signAreaAnswerSchema = z.enum(['seen', 'notSure', 'notSeen']);

/** What the first signs card posts: each of its areas seen or told, not sure, or not seen. */
export const signInputsSchema = z.object({}).catchall(signAreaAnswerSchema);
/** What the rationale card posts: the rest of the areas, and the officer's own words. */
export const rationaleInputsSchema = z.object({ note: z.string().trim().max(RATIONALE_MAX_LENGTH).optional() }).catchall(signAreaAnswerSchema);
/** What the flags card posts: a category flag or none (left blank), and each other flag yes or no. */
export const flagInputsSchema = z.object({
  category: z.union([z.literal(''), categoryFlagSchema]).optional(),
  eu: yesNoSchema.optional(),
  ga: yesNoSchema.optional(),
  ge: yesNoSchema.optional(),
});
export type SignInputs = z.infer<typeof signInputsSchema>;
export type RationaleInputs = z.infer<typeof rationaleInputsSchema>;
export type FlagInputs = z.infer<typeof flagInputsSchema>;

export const policeFirstStepsContextSchema = z.object({
  immediateRisk: yesNoSchema.optional(),
  crimeAlleged: yesNoSchema.optional(),
  /** Selected by the officer after reading the definitions; absent when left for the IAT. */
  categoryFlag: categoryFlagSchema.optional(),
  otherFlags: z.array(otherFlagSchema).default([]),
  /** SAFEGUARD areas where the officer has seen signs (or is not sure): absent when none. */
  signAreas: z.record(z.string(), z.enum(['seen', 'notSure'])).optional(),
  /** The officer's own words for the DETS page. */
  rationaleNote: z.string().max(RATIONALE_MAX_LENGTH).optional(),
  lookedAfter: lookedAfterAnswerSchema.optional(),
  missing: yesNoSchema.optional(),
  trafficking: yesNoSchema.optional(),
});
export type PoliceFirstStepsContext = z.infer<typeof policeFirstStepsContextSchema>;

/** The answers a card may send in this journey; anything else is refused before it reaches the machine. */
export const policeFirstStepsEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.immediateRisk'), value: yesNoSchema }),
  z.object({ type: z.literal('protection.acknowledged') }),
  z.object({ type: z.literal('answer.crimeAlleged'), value: yesNoSchema }),
  z.object({ type: z.literal('answer.signs'), inputs: signInputsSchema }),
  z.object({ type: z.literal('answer.rationale'), inputs: rationaleInputsSchema }),
  z.object({ type: z.literal('answer.flags'), inputs: flagInputsSchema }),
  z.object({ type: z.literal('answer.lookedAfter'), value: lookedAfterAnswerSchema }),
  z.object({ type: z.literal('answer.missing'), value: yesNoSchema }),
  z.object({ type: z.literal('answer.trafficking'), value: yesNoSchema }),
  z.object({ type: z.literal('investigation.acknowledged') }),
]);
export type PoliceFirstStepsEvent = z.infer<typeof policeFirstStepsEventSchema>;

type SignAreas = PoliceFirstStepsContext['signAreas'];

/** The areas one card asks, as recorded: its areas replaced by what it sent (seen or not sure kept), the other card's left alone. */
export function recordedSigns(previous: SignAreas, areaIds: readonly string[], inputs: Readonly<Record<string, string | undefined>>): SignAreas {
  const signAreas: Record<string, 'seen' | 'notSure'> = {};
  for (const [id, answer] of Object.entries(previous ?? {})) if (!areaIds.includes(id)) signAreas[id] = answer;
  for (const id of areaIds) {
    const answer = inputs[`area.${id}`];
    if (answer === 'seen' || answer === 'notSure') signAreas[id] = answer;
  }
  // In SAFEGUARD order, whichever card was sent last.
  const ordered = SIGN_AREA_IDS.flatMap((id) => (signAreas[id] === undefined ? [] : [[id, signAreas[id]] as const]));
  return ordered.length === 0 ? undefined : Object.fromEntries(ordered);
}

/** The officer's own words as recorded: a blank note is none. */
export function recordedNote(note: string | undefined): string | undefined {
  const text = note ?? '';
  return text === '' ? undefined : text;
}

/** The flags as recorded: a blank category stays unselected, and only the other flags marked yes are kept. */
export function recordedFlags(inputs: FlagInputs): Pick<PoliceFirstStepsContext, 'categoryFlag' | 'otherFlags'> {
  return {
    categoryFlag: inputs.category === '' ? undefined : inputs.category,
    otherFlags: OTHER_FLAGS.filter((flag) => inputs[flag] === 'yes'),
  };
}

export const policeFirstStepsMachine = setup({
  types: {
    context: {} as PoliceFirstStepsContext,
    events: {} as PoliceFirstStepsEvent,
  },
  guards: {
    isImmediateRisk: ({ event }) => event.type === 'answer.immediateRisk' && event.value === 'yes',
  },
  actions: {
    recordImmediateRisk: assign({ immediateRisk: ({ event, context }) => (event.type === 'answer.immediateRisk' ? event.value : context.immediateRisk) }),
    recordCrimeAlleged: assign({ crimeAlleged: ({ event, context }) => (event.type === 'answer.crimeAlleged' ? event.value : context.crimeAlleged) }),
    recordSigns: assign({ signAreas: ({ event, context }) => (event.type === 'answer.signs' ? recordedSigns(context.signAreas, FIRST_SIGN_AREA_IDS, event.inputs) : context.signAreas) }),
    recordRationale: assign(({ event, context }) =>
      event.type === 'answer.rationale' ? { signAreas: recordedSigns(context.signAreas, RATIONALE_SIGN_AREA_IDS, event.inputs), rationaleNote: recordedNote(event.inputs.note) } : {},
    ),
    recordFlags: assign(({ event }) => (event.type === 'answer.flags' ? recordedFlags(event.inputs) : {})),
    recordLookedAfter: assign({ lookedAfter: ({ event, context }) => (event.type === 'answer.lookedAfter' ? event.value : context.lookedAfter) }),
    recordMissing: assign({ missing: ({ event, context }) => (event.type === 'answer.missing' ? event.value : context.missing) }),
    recordTrafficking: assign({ trafficking: ({ event, context }) => (event.type === 'answer.trafficking' ? event.value : context.trafficking) }),
  },
}).createMachine({
  id: 'policeFirstSteps',
  initial: 'askingImmediateRisk',
  context: { otherFlags: [] },
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
    // Crime or not, the report is made and flagged ES; the answer decides which report.
    askingCrimeAlleged: {
      on: { 'answer.crimeAlleged': { target: 'recordingSigns', actions: 'recordCrimeAlleged' } },
    },
    // The DETS rationale includes the warning signs identified (Appendix E): the signs, then the officer's words, then the flags.
    recordingSigns: {
      on: { 'answer.signs': { target: 'recordingRationale', actions: 'recordSigns' } },
    },
    recordingRationale: {
      on: { 'answer.rationale': { target: 'selectingFlags', actions: 'recordRationale' } },
    },
    selectingFlags: {
      on: { 'answer.flags': { target: 'askingLookedAfter', actions: 'recordFlags' } },
    },
    askingLookedAfter: {
      on: { 'answer.lookedAfter': { target: 'askingMissing', actions: 'recordLookedAfter' } },
    },
    askingMissing: {
      on: { 'answer.missing': { target: 'askingTrafficking', actions: 'recordMissing' } },
    },
    askingTrafficking: {
      on: { 'answer.trafficking': { target: 'planningInvestigation', actions: 'recordTrafficking' } },
    },
    planningInvestigation: {
      on: { 'investigation.acknowledged': 'summarisingActions' },
    },
    summarisingActions: { type: 'final' },
  },
});
