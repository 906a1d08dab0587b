import { newConversationState, type ActiveFlow, type ConversationState } from '../../dialogs/conversationState.schema';
import type { ParkedJourney } from '../../dialogs/turn';

/**
 * A journey or form exactly as an older version of the assistant stored it: its snapshot, the path
 * behind it and what its pages held, at the version it was written by. The same stored journey is
 * tested saved for later (a draft) and left open in a conversation when the server was upgraded.
 */

export interface OldJourney {
  flowId: string;
  machineVersion: number;
  value: string;
  context: Record<string, unknown>;
  history?: ActiveFlow['history'];
  pageInputs?: ActiveFlow['pageInputs'];
  revision?: number;
  openingNote?: string;
}

export function oldJourney(old: OldJourney): ActiveFlow {
  const flow: ActiveFlow = {
    flowId: old.flowId,
    machineVersion: old.machineVersion,
    instanceId: 'instance-old',
    revision: old.revision ?? 4,
    snapshot: { value: old.value, context: old.context },
    history: old.history ?? [],
  };
  if (old.pageInputs !== undefined) flow.pageInputs = old.pageInputs;
  if (old.openingNote !== undefined) flow.openingNote = old.openingNote;
  return flow;
}

/** The old journey saved for later, before the upgrade. */
export function asDraft(flow: ActiveFlow): ParkedJourney {
  return { draftId: 'draft-old', flowId: flow.flowId, flow, updatedAt: new Date('2026-12-01T22:00:00Z'), expiresAt: new Date('2026-12-29T22:00:00Z') };
}

/** The old journey left open in its conversation, before the upgrade. */
export function openIn(flow: ActiveFlow, seenActivityIds: string[] = []): ConversationState {
  return { ...newConversationState(), seenActivityIds, flow };
}

/** The path behind a police journey of version 3 at its one flags card: two questions answered. */
export const POLICE_VERSION_3_PATH: ActiveFlow['history'] = [
  { value: 'askingImmediateRisk', context: { otherFlags: [] } },
  { value: 'askingCrimeAlleged', context: { immediateRisk: 'no', otherFlags: [] } },
];

/** The path behind a Makesafe journey of version 2 past its sector question (a child not there now). */
export const MAKESAFE_VERSION_2_PATH: ActiveFlow['history'] = [
  { value: 'askingChildPresent', context: { signs: {}, details: {} } },
  { value: 'askingSector', context: { childPresent: 'no', signs: {}, details: {} } },
];
