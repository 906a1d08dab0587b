import type { View } from '../cards/view';
import type { ActiveFlow, ConversationState } from './conversationState.schema';
import { persistedJourneySchema, type Answer, type FlowStart, type StepEffects } from './flow';
import { audienceOf, roleOfFlow } from './danger/audience';
import { flowById } from './flows';
import { afterAnswer } from './openingNote';
import type { Effect, ParkedJourney, TurnDeps, TurnOutcome } from './turn';
import { journeyView, menuAction, noticeView, resumeActions, urgentView, welcomeView } from './views';

/** What a turn does to the running journey: start, answer, back, restart, cancel, park, resume. */

const MAX_HISTORY = 100;

const unchanged = (state: ConversationState, views: View[]): TurnOutcome => ({ state, changed: false, views, effects: [] });
const changed = (state: ConversationState, views: View[], effects: Effect[] = []): TurnOutcome => ({ state, changed: true, views, effects });

/** The running journey, if it is still one this version of the assistant can continue. */
export function liveFlow(state: ConversationState): ActiveFlow | undefined {
  const active = state.flow;
  if (active === undefined) return undefined;
  const flow = flowById(active.flowId);
  return flow !== undefined && flow.version === active.machineVersion && flow.canRestore(active.snapshot) ? active : undefined;
}

export function withoutFlow(state: ConversationState): ConversationState {
  const { flow: _dropped, ...rest } = state;
  return rest;
}

function park(active: ActiveFlow | undefined): Effect[] {
  if (active === undefined) return [];
  const flow = flowById(active.flowId);
  const journey = persistedJourneySchema.safeParse(active.snapshot);
  if (flow === undefined || !journey.success || flow.isFinal(journey.data)) return [];
  return [{ type: 'draft.park', draftId: active.instanceId, flow: active }, { type: 'audit', action: 'journey.parked', subject: active.instanceId }];
}

/**
 * Starts a journey. One offered for what the user described carries what they typed as its first
 * note (see openingNote.ts); starting any journey withdraws the offer. A role's journey sets the role
 * questions are answered for.
 */
export function startFlow(state: ConversationState, flowId: string, deps: TurnDeps, openingNote?: string, init?: FlowStart): TurnOutcome {
  const flow = flowById(flowId);
  if (flow === undefined) return unchanged(state, [noticeView('unknownJourney', 'warning', [menuAction()])]);
  const parked = park(liveFlow(state));
  const note = openingNote ?? (state.offer?.flowId === flowId ? state.offer.note : undefined);
  const active: ActiveFlow = { flowId, machineVersion: flow.version, instanceId: deps.newId(), revision: 0, snapshot: flow.start(init), history: [] };
  if (note !== undefined && note.trim() !== '') active.openingNote = note.trim();
  const views: View[] = parked.length > 0 ? [noticeView('parkedForNew', 'info', [], 1)] : [];
  views.push(...journeyView(active, deps.facts));
  const { offer: _withdrawn, ...rest } = state;
  return changed(withRoleOf({ ...rest, flow: active }, flowId), views, [...parked, { type: 'audit', action: 'journey.started', subject: active.instanceId }]);
}

export interface CardRef {
  flowId: string;
  instanceId: string;
  revision: number;
}

/** A card is current only if it was drawn for this journey instance at this revision. */
export function currentFlowFor(state: ConversationState, ref: CardRef): ActiveFlow | undefined {
  const active = liveFlow(state);
  return active !== undefined && active.flowId === ref.flowId && active.instanceId === ref.instanceId && active.revision === ref.revision ? active : undefined;
}

/** Remembers whose journey this is (a situation keeps the role before it), so the 999 card fits the reader. */
function withRoleOf(state: ConversationState, flowId: string): ConversationState {
  const role = roleOfFlow(flowId) ?? state.role;
  return role === undefined ? state : { ...state, role };
}

/** The role of the running or last journey. */
export function roleOf(state: ConversationState): ConversationState['role'] {
  const active = liveFlow(state);
  return (active === undefined ? undefined : roleOfFlow(active.flowId)) ?? state.role;
}

/**
 * A press of "yes" or "not sure" to immediate danger always counts: on a card that is out of date it
 * still brings the 999 card first, then where the user is now, as any stale card does.
 */
export function staleDangerPress(state: ConversationState, deps: TurnDeps): TurnOutcome {
  const outcome = staleCard(state, deps);
  return { ...outcome, views: [urgentView(liveFlow(state), audienceOf(roleOf(state))), ...outcome.views] };
}

export function staleCard(state: ConversationState, deps: TurnDeps): TurnOutcome {
  const active = liveFlow(state);
  const views: View[] = [noticeView('staleCard', 'info', [], 1)];
  views.push(...(active === undefined ? [welcomeView(undefined, deps.drafts)] : journeyView(active, deps.facts)));
  return unchanged(state, views);
}

export async function answer(state: ConversationState, active: ActiveFlow, given: Answer, deps: TurnDeps): Promise<TurnOutcome> {
  const flow = flowById(active.flowId);
  const journey = persistedJourneySchema.safeParse(active.snapshot);
  if (flow === undefined || !journey.success) return retire(state, deps);
  const submitForm = deps.submitForm;
  const effects: StepEffects = { now: deps.now };
  // The form instance is the idempotency key: a double press, a retry or a re-run turn submits once.
  if (submitForm !== undefined) effects.submit = (payload) => submitForm(flow.id, active.instanceId, payload);
  const result = await flow.step(journey.data, given, effects);
  if (!result.ok && result.reason === 'invalidInput') {
    // Nothing is stored: the same card comes back with the user's values and the problems beside them.
    const overrides = { values: given.inputs ?? {}, errors: result.errors };
    return unchanged(state, journeyView(active, deps.facts, result.messages === undefined ? overrides : { ...overrides, messages: result.messages }));
  }
  if (!result.ok) return result.reason === 'corrupt' ? retire(state, deps) : staleCard(state, deps);
  const next: ActiveFlow = {
    ...active,
    ...afterAnswer(active, given),
    revision: active.revision + 1,
    snapshot: result.journey,
    history: [...active.history, active.snapshot].slice(-MAX_HISTORY),
  };
  const audit: Effect[] = flow.isFinal(result.journey) ? [{ type: 'audit', action: 'journey.completed', subject: active.instanceId }] : [];
  return changed({ ...state, flow: next }, journeyView(next, deps.facts), audit);
}

export function back(state: ConversationState, active: ActiveFlow, deps: TurnDeps): TurnOutcome {
  const flow = flowById(active.flowId);
  const journey = persistedJourneySchema.safeParse(active.snapshot);
  if (flow?.back !== undefined && journey.success) {
    // A form goes back to the page asked before, every answer kept.
    const own = flow.back(journey.data);
    if (own === undefined) return unchanged(state, [noticeView('nothingToGoBackTo', 'info', []), ...journeyView(active, deps.facts)]);
    const next: ActiveFlow = { ...active, revision: active.revision + 1, snapshot: own, history: [...active.history, active.snapshot].slice(-MAX_HISTORY) };
    return changed({ ...state, flow: next }, journeyView(next, deps.facts));
  }
  const previous = active.history.at(-1);
  if (previous === undefined) return unchanged(state, [noticeView('nothingToGoBackTo', 'info', []), ...journeyView(active, deps.facts)]);
  const next: ActiveFlow = { ...active, revision: active.revision + 1, snapshot: previous, history: active.history.slice(0, -1) };
  return changed({ ...state, flow: next }, journeyView(next, deps.facts));
}

/** Starting again keeps the first note: it is what the user came with, not an answer. */
export function restart(state: ConversationState, active: ActiveFlow, deps: TurnDeps): TurnOutcome {
  return startFlow(withoutFlow(state), active.flowId, deps, active.openingNote);
}

export function cancel(state: ConversationState, active: ActiveFlow): TurnOutcome {
  return changed(withoutFlow(state), [noticeView('cancelled', 'info', [menuAction()])], [{ type: 'audit', action: 'journey.cancelled', subject: active.instanceId }]);
}

export function saveForLater(state: ConversationState, active: ActiveFlow, deps: TurnDeps): TurnOutcome {
  const effects = park(active);
  if (effects.length === 0) return unchanged(state, [noticeView('nothingToSave', 'info', [menuAction()])]);
  const notice = noticeView('savedForLater', 'info', [menuAction()]);
  notice.lines = [{ key: 'notices:savedForLater.line1', values: { days: deps.draftTtlDays } }];
  return changed(withoutFlow(state), [notice], effects);
}

/** The form a finished journey's summary offers, started with what the journey recorded. */
export function startOfferedForm(state: ConversationState, active: ActiveFlow, formId: string, deps: TurnDeps): TurnOutcome {
  const flow = flowById(active.flowId);
  const journey = persistedJourneySchema.safeParse(active.snapshot);
  if (flow?.formOffer?.formId !== formId || !journey.success || !flow.isFinal(journey.data)) return staleCard(state, deps);
  return startFlow(state, formId, deps, undefined, flow.formOffer.prefill(journey.data));
}

/**
 * A draft of a form whose definition has changed since it was saved: started again with the answers
 * that still fit, and the user told so. Undefined when the flow cannot carry anything over.
 */
function carriedOver(state: ConversationState, draft: ParkedJourney, deps: TurnDeps): TurnOutcome | undefined {
  const flow = flowById(draft.flowId);
  const snapshot = flow?.carryOver?.(draft.flow.snapshot);
  if (flow === undefined || snapshot === undefined) return undefined;
  const active: ActiveFlow = { ...draft.flow, machineVersion: flow.version, revision: draft.flow.revision + 1, snapshot, history: [] };
  const current = liveFlow(state);
  const parked = current !== undefined && current.instanceId !== active.instanceId ? park(current) : [];
  const effects: Effect[] = [...parked, { type: 'draft.remove', draftId: draft.draftId }, { type: 'audit', action: 'journey.resumed', subject: active.instanceId }];
  return changed(withRoleOf({ ...state, flow: active }, draft.flowId), [noticeView('formChanged', 'info', [], 2), ...journeyView(active, deps.facts)], effects);
}

export function resumeDraft(state: ConversationState, draftId: string, deps: TurnDeps): TurnOutcome {
  const draft = deps.drafts.find((d) => d.draftId === draftId);
  const flow = draft === undefined ? undefined : flowById(draft.flowId);
  if (draft !== undefined && flow !== undefined && flow.version !== draft.flow.machineVersion) {
    const carried = carriedOver(state, draft, deps);
    if (carried !== undefined) return carried;
  }
  if (draft === undefined || flow === undefined || flow.version !== draft.flow.machineVersion) {
    return unchanged(state, [noticeView('draftGone', 'info', []), welcomeView(liveFlow(state), deps.drafts)]);
  }
  const current = liveFlow(state);
  const parked = current !== undefined && current.instanceId !== draft.flow.instanceId ? park(current) : [];
  const effects: Effect[] = [...parked, { type: 'draft.remove', draftId }, { type: 'audit', action: 'journey.resumed', subject: draft.flow.instanceId }];
  return changed(withRoleOf({ ...state, flow: draft.flow }, draft.flowId), journeyView(draft.flow, deps.facts), effects);
}

/** A stored journey this version cannot continue: say so kindly and offer a fresh start. */
export function retire(state: ConversationState, deps: TurnDeps): TurnOutcome {
  return changed(withoutFlow(state), [noticeView('journeyRetired', 'warning', resumeActions(undefined)), welcomeView(undefined, deps.drafts)]);
}
