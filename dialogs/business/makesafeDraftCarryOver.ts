import { z } from 'zod';
import { makesafeSectorSchema, signsOfSector } from '../../knowledge/makesafeSigns';
import { EARLIER_DETAIL_FIELDS, childPresentAnswerSchema, type MakesafeFirstStepsContext } from '../../machines/makesafeFirstSteps.machine';
import type { KeptPageValues } from '../carryOverRules';
import type { FlowDialog } from '../flow';
import { persistedJourneySchema, type PersistedJourney } from '../persistedJourney.schema';

/**
 * A Makesafe draft saved by version 2 of the journey, which asked the details on a card of its own
 * (`recordingDetails`): it opens where its answers lead now, keeping everything given. A draft at
 * the details card goes to who to call, with the boxes it held carried into the report; a draft at
 * the signs card keeps the marks its open page held. Nothing is asked twice and nothing is lost.
 * A journey stored by any other version is not this rule's: the general walk carries it (carryOverRules.ts).
 */

/** The version whose states this rule reads: the details card of its own. */
export const DETAILS_CARD_VERSION = 2;

const VERSION_2_STATES = ['askingChildPresent', 'callingEmergency', 'askingSector', 'recordingSigns', 'recordingDetails'] as const;

const version2ContextSchema = z.object({
  childPresent: childPresentAnswerSchema.optional(),
  sector: makesafeSectorSchema.optional(),
  signs: z.record(z.string(), z.enum(['seen', 'notSure'])).default({}),
  details: z.partialRecord(z.enum(EARLIER_DETAIL_FIELDS), z.string()).default({}),
});

/** What the open page of a state last held: the deepest kept page that showed it. */
function openPageValues(pages: KeptPageValues | undefined, state: string): Record<string, string> {
  const kept = Object.entries(pages ?? {})
    .filter(([, page]) => page.state === state)
    .sort(([a], [b]) => Number(b) - Number(a));
  return kept[0]?.[1].values ?? {};
}

function earlierDetails(recorded: Partial<Record<(typeof EARLIER_DETAIL_FIELDS)[number], string>>, open: Record<string, string>): MakesafeFirstStepsContext['earlierDetails'] {
  const details: NonNullable<MakesafeFirstStepsContext['earlierDetails']> = {};
  for (const field of EARLIER_DETAIL_FIELDS) {
    const text = (open[field] ?? recorded[field] ?? '').trim();
    if (text !== '') details[field] = text;
  }
  return Object.keys(details).length === 0 ? undefined : details;
}

function openSigns(context: z.infer<typeof version2ContextSchema>, open: Record<string, string>): MakesafeFirstStepsContext['signs'] {
  if (context.sector === undefined) return context.signs;
  const signs: MakesafeFirstStepsContext['signs'] = {};
  for (const { id } of signsOfSector(context.sector)) {
    const answer = open[id] ?? context.signs[id];
    if (answer === 'seen' || answer === 'notSure') signs[id] = answer;
  }
  return signs;
}

export function carryOverMakesafeDraft(flow: FlowDialog, stored: unknown, pages?: KeptPageValues): PersistedJourney | undefined {
  const envelope = persistedJourneySchema.safeParse(stored);
  const state = z.enum(VERSION_2_STATES).safeParse(envelope.data?.value);
  const context = version2ContextSchema.safeParse(envelope.data?.context);
  if (!state.success || !context.success) return undefined;
  const { childPresent, sector } = context.data;
  const open = openPageValues(pages, state.data);
  const carried: MakesafeFirstStepsContext = { signs: state.data === 'recordingSigns' ? openSigns(context.data, open) : context.data.signs };
  if (childPresent !== undefined) carried.childPresent = childPresent;
  if (sector !== undefined) carried.sector = sector;
  if (state.data !== 'recordingDetails') return flow.restore({ value: state.data, context: carried });
  const details = earlierDetails(context.data.details, open);
  if (details !== undefined) carried.earlierDetails = details;
  // The details card led to who to call; 999 unless the child was answered as not there.
  return flow.restore({ value: childPresent === 'no' ? 'reportingNonEmergency' : 'reportingEmergency', context: carried });
}
