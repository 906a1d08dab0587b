import { z } from 'zod';
import {
  OTHER_FLAGS,
  SIGN_AREA_IDS,
  categoryFlagSchema,
  flagInputsSchema,
  policeFirstStepsContextSchema,
  rationaleInputsSchema,
  recordedFlags,
  recordedNote,
  recordedSigns,
  signAreaAnswerSchema,
  type PoliceFirstStepsContext,
} from '../../machines/policeFirstSteps.machine';
import type { KeptOnCarryOver } from '../carryOverRules';
import type { FlowDialog } from '../flow';
import { persistedJourneySchema, type PersistedJourney } from '../persistedJourney.schema';

/**
 * A police draft saved by version 3 of the journey, which asked the signs, the flags and the rationale on
 * one card (`selectingFlags`): it opens where its answers lead now, keeping everything given. A draft at
 * that card opens at the first of the three cards that replaced it, with what the card held (recorded, or
 * only typed and marked before Save for later) shown on each of the three; any other draft opens at the
 * same step. Nothing is lost and nothing is guessed: a draft version 3 could not have written is refused.
 * A journey stored by any other version is not this rule's: the general walk carries it (carryOverRules.ts).
 */

/** The version whose states this rule reads: the one flags card. */
export const ONE_FLAGS_CARD_VERSION = 3;

const VERSION_3_STATES = [
  'askingImmediateRisk',
  'consideringPoliceProtection',
  'askingCrimeAlleged',
  'selectingFlags',
  'askingLookedAfter',
  'askingMissing',
  'askingTrafficking',
  'planningInvestigation',
  'summarisingActions',
] as const;

/** What the open page of a state last held: the deepest kept page that showed it, else the open page. */
function openPageValues(kept: KeptOnCarryOver | undefined, state: string): Record<string, string> {
  const pages = Object.entries(kept?.pages ?? {})
    .filter(([, page]) => page.state === state)
    .sort(([a], [b]) => Number(b) - Number(a));
  return pages[0]?.[1].values ?? kept?.openPage ?? {};
}

/** One value the old card held, if it is one the new cards accept; else what was recorded stands. */
function fitting<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  const parsed = schema.safeParse(value);
  return value === undefined || !parsed.success ? undefined : parsed.data;
}

/** Everything the old card held, what it showed when it was saved taking the place of what was recorded. */
function heldOnOldCard(context: PoliceFirstStepsContext, open: Record<string, string>): PoliceFirstStepsContext {
  const areas = Object.fromEntries(SIGN_AREA_IDS.map((id) => [`area.${id}`, fitting(signAreaAnswerSchema, open[`area.${id}`]) ?? context.signAreas?.[id] ?? 'notSeen']));
  const signAreas = recordedSigns(undefined, SIGN_AREA_IDS, areas);
  const flags = recordedFlags({
    category: fitting(z.union([z.literal(''), categoryFlagSchema]), open.category) ?? context.categoryFlag ?? '',
    ...Object.fromEntries(OTHER_FLAGS.map((flag) => [flag, fitting(flagInputsSchema.shape[flag], open[flag]) ?? (context.otherFlags.includes(flag) ? 'yes' : 'no')])),
  });
  const note = open.note === undefined ? context.rationaleNote : recordedNote(fitting(rationaleInputsSchema.shape.note, open.note) ?? context.rationaleNote);
  const carried: PoliceFirstStepsContext = { ...context, otherFlags: flags.otherFlags };
  delete carried.categoryFlag;
  delete carried.signAreas;
  delete carried.rationaleNote;
  if (flags.categoryFlag !== undefined) carried.categoryFlag = flags.categoryFlag;
  if (signAreas !== undefined) carried.signAreas = signAreas;
  if (note !== undefined) carried.rationaleNote = note;
  return carried;
}

export function carryOverPoliceDraft(flow: FlowDialog, stored: unknown, kept?: KeptOnCarryOver): PersistedJourney | undefined {
  const envelope = persistedJourneySchema.safeParse(stored);
  const state = z.enum(VERSION_3_STATES).safeParse(envelope.data?.value);
  // Version 4 changed no recorded fact: a version 3 context is read by today's schema.
  const context = policeFirstStepsContextSchema.safeParse(envelope.data?.context);
  if (!state.success || !context.success) return undefined;
  if (state.data !== 'selectingFlags') return flow.restore({ value: state.data, context: context.data });
  return flow.restore({ value: 'recordingSigns', context: heldOnOldCard(context.data, openPageValues(kept, 'selectingFlags')) });
}
