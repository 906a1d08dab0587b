import type { View } from '../cards/view';
import { pressedAnswer, withAnswered } from './answered';
import type { FlowCatalogue } from './catalogue';
import { carriedForward, carriedNotice, carriedOverAudit, retiredAudit } from './carryOver';
import type { ActiveFlow, ConversationState } from './conversationState.schema';
import type { DomainEvent } from './events.schema';
import { offersFitting, type Answer, type CarriedJourney, type FlowDialog, type FlowStart, type OfferContext, type StepEffects } from './flow';
import { savedDraftView } from './formDraftOffer';
import { loadJourney } from './loadJourney';
import { afterAnswer, toldKept } from './openingNote';
import { keepOpenPage, keepSentBackPage, leftPage } from './keptPages';
import { shiftPages, withoutProblems } from './pageInputs';
import type { Effect, LiveJourney, ParkedJourney, TurnDeps, TurnOutcome } from './turn';
import { journeyView, menuAction, noticeView, resumeActions, menuOf, welcomeView } from './views';

/** What a turn does to the running journey: start, answer, back, restart, cancel, park, resume. */

export { loadJourney };

const MAX_HISTORY = 100;

const unchanged = (state: ConversationState, views: View[]): TurnOutcome => ({ state, changed: false, views, effects: [] });
const changed = (state: ConversationState, views: View[], effects: Effect[] = []): TurnOutcome => ({ state, changed: true, views, effects });

/** The running journey, read when the turn starts and carried through it. */
export function liveFlow(state: ConversationState, catalogue: FlowCatalogue): LiveJourney | undefined {
  return state.flow === undefined ? undefined : loadJourney(state.flow, catalogue);
}

/**
 * Where "Carry on where I was" goes: the running journey, or one at its summary (its forms and Back are still there to
 * use). A submitted form is not where anyone was: its end is its confirmation, and nothing of it is left to carry on
 * with (the fourth exploratory test: carrying on re-showed "Concern record submitted"). Starting the form replaced the
 * journey whose summary offered it, so there is no summary to go back to either.
 */
export function whereIWas(live: LiveJourney | undefined, catalogue: FlowCatalogue): LiveJourney | undefined {
  if (live === undefined) return undefined;
  return catalogue.forms.includes(live.active.flowId) && live.flow.isFinal(live.journey) ? undefined : live;
}

export function withoutFlow(state: ConversationState): ConversationState {
  const { flow: _dropped, ...rest } = state;
  return rest;
}

function park(live: LiveJourney | undefined): Effect[] {
  if (live === undefined || live.flow.isFinal(live.journey)) return [];
  const { active } = live;
  return [{ type: 'draft.park', draftId: active.instanceId, flow: active }, { type: 'audit', action: 'journey.parked', subject: active.instanceId }];
}

/**
 * Starts a journey. One offered for what the user described carries what they typed as its first
 * note (see openingNote.ts); starting any journey withdraws the offer. A role's journey sets the role
 * questions are answered for.
 */
export function startFlow(state: ConversationState, live: LiveJourney | undefined, flowId: string, deps: TurnDeps, openingNote?: string, init?: FlowStart, carryFrom?: string): TurnOutcome {
  const flow = deps.catalogue.byId(flowId);
  if (flow === undefined) return unchanged(state, [noticeView('unknownJourney', 'warning', [menuAction()])]);
  const parked = park(live);
  const from = live !== undefined && live.active.instanceId === carryFrom ? carriedFrom(live) : undefined;
  // The offer's words go with its journey however it is started: its button, or the menu's while the offer stands.
  const offered = openingNote === undefined && state.offer?.flowId === flowId && state.offer.note.trim() !== '';
  const note = openingNote ?? (offered ? state.offer?.note : undefined);
  const journey = flow.start(from === undefined ? init : { ...init, from });
  const active: ActiveFlow = { flowId, machineVersion: flow.version, instanceId: deps.newId(), revision: 0, snapshot: journey, history: [] };
  if (note !== undefined && note.trim() !== '') active.openingNote = note.trim();
  const views: View[] = parked.length > 0 ? [noticeView('parkedForNew', 'info', [], 1)] : [];
  views.push(...(offered ? toldKept(journeyView({ active, flow, journey }, deps)) : journeyView({ active, flow, journey }, deps)));
  const { offer: _withdrawn, ...rest } = state;
  return changed(withRoleOf({ ...rest, flow: active }, flowId, deps.catalogue), views, [...parked, { type: 'audit', action: 'journey.started', subject: active.instanceId }]);
}

/** The facts a finished or running journey recorded, for a journey started from it. */
function carriedFrom(live: LiveJourney): CarriedJourney {
  return { flowId: live.active.flowId, context: live.journey.context };
}

export interface CardRef {
  flowId: string;
  instanceId: string;
  revision: number;
}

/** A card is current only if it was drawn for this journey instance at this revision. */
export function currentFlowFor(live: LiveJourney | undefined, ref: CardRef): LiveJourney | undefined {
  const active = live?.active;
  return active !== undefined && active.flowId === ref.flowId && active.instanceId === ref.instanceId && active.revision === ref.revision ? live : undefined;
}

/** Remembers whose journey this is (a situation keeps the role before it), so the 999 card fits the reader. */
function withRoleOf(state: ConversationState, flowId: string, catalogue: FlowCatalogue): ConversationState {
  const role = catalogue.roleOf(flowId) ?? state.role;
  return role === undefined ? state : { ...state, role };
}

export function staleCard(state: ConversationState, live: LiveJourney | undefined, deps: TurnDeps): TurnOutcome {
  const views: View[] = [noticeView('staleCard', 'info', [], 1)];
  views.push(...(live === undefined ? [welcomeView(undefined, deps.drafts, deps.catalogue, menuOf(deps))] : journeyView(live, deps)));
  return unchanged(state, views);
}

export async function answer(state: ConversationState, live: LiveJourney, given: Answer, deps: TurnDeps): Promise<TurnOutcome> {
  const { active, flow } = live;
  const submitForm = deps.submitForm;
  const effects: StepEffects = { now: deps.now, facts: deps.facts };
  // The form instance is the idempotency key: a double press, a retry or a re-run turn submits once.
  if (submitForm !== undefined) effects.submit = (payload) => submitForm(flow.id, active.instanceId, payload);
  const result = await flow.step(live.journey, given, effects);
  if (!result.ok && result.reason === 'invalidInput') {
    // No answer is stored: the same card comes back with the user's values and the problems beside them. The
    // page keeps what it held (as Save for later would), the refused answers too where a card can show them, so a
    // message typed before it is put right, and "Carry on where I was" after it, finds them still there.
    const overrides = { values: given.inputs ?? {}, errors: result.errors };
    const views = journeyView(live, deps, result.messages === undefined ? overrides : { ...overrides, messages: result.messages });
    return changedIf(state, keepSentBackPage(live, given.inputs ?? {}, deps, result.messages), views);
  }
  if (!result.ok) return result.reason === 'corrupt' ? retire(state, deps) : staleCard(state, live, deps);
  const answered = flow.view(live.journey, deps.facts);
  const kept = leftPage(live, given.inputs ?? {}, answered.inputs ?? [], deps);
  const history = [...active.history, active.snapshot];
  const dropped = Math.max(0, history.length - MAX_HISTORY);
  const pageInputs = shiftPages(kept.pageInputs, dropped);
  const next: ActiveFlow = {
    ...kept,
    ...afterAnswer(active, given, answered.inputs ?? []),
    revision: active.revision + 1,
    snapshot: result.journey,
    history: history.slice(dropped),
    ...(pageInputs === undefined ? {} : { pageInputs }),
  };
  const audit: Effect[] = flow.isFinal(result.journey) ? [{ type: 'audit', action: 'journey.completed', subject: active.instanceId }] : [];
  const views = withAnswered(journeyView({ active: next, flow, journey: result.journey }, deps), pressedAnswer(answered, given));
  return changed({ ...state, flow: next }, views, audit);
}

/** Back: the open page keeps what it holds, and the page before shows what was given on it. */
export function back(state: ConversationState, current: LiveJourney, deps: TurnDeps, openPage?: Record<string, string>): TurnOutcome {
  const kept = keepOpenPage(current, openPage, deps);
  if (!kept.ok) return unchanged(state, kept.views);
  // A page left by Back keeps its values, not the problems it was sent back with: what they name may change before it is sent.
  const live = { ...kept.live, active: withoutProblems(kept.live.active) };
  const { active } = live;
  if (live.flow.back !== undefined) {
    // A form goes back to the page asked before, every answer kept: made from the checked journey, so not read again.
    const journey = live.flow.back(live.journey);
    if (journey === undefined) return changedIf(state, live, [noticeView('nothingToGoBackTo', 'info', []), ...journeyView(live, deps)]);
    const next: ActiveFlow = { ...active, revision: active.revision + 1, snapshot: journey, history: [...active.history, active.snapshot].slice(-MAX_HISTORY) };
    return changed({ ...state, flow: next }, journeyView({ active: next, flow: live.flow, journey }, deps));
  }
  if (active.history.length === 0) return changedIf(state, live, [noticeView('nothingToGoBackTo', 'info', []), ...journeyView(live, deps)]);
  return backInHistory(state, active, live.flow, deps) ?? retire(state, deps);
}

/** The step before, from the path the journey keeps: the one stored journey this reads. Undefined when there is none, or it cannot be read. */
function backInHistory(state: ConversationState, active: ActiveFlow, flow: FlowDialog, deps: TurnDeps): TurnOutcome | undefined {
  const previous = active.history.at(-1);
  const journey = previous === undefined ? undefined : flow.restore(previous);
  if (previous === undefined || journey === undefined) return undefined;
  const next: ActiveFlow = { ...active, revision: active.revision + 1, snapshot: previous, history: active.history.slice(0, -1) };
  return changed({ ...state, flow: next }, journeyView({ active: next, flow, journey }, deps));
}

/**
 * Back pressed on the current card of a journey that goes back along its path, with nothing typed on the
 * open page: the turn reads only the step it goes back to, not the open one as well (BENCHMARKS.md, eighth
 * round). The open step is dropped by Back, and nothing of it is shown or kept (its page holds nothing
 * sent). Undefined for any other turn, or when the step before cannot be read: the turn then opens the
 * journey as every other turn does, and retires it if it cannot be read.
 */
export function backUnopened(state: ConversationState, event: DomainEvent, deps: TurnDeps): TurnOutcome | undefined {
  const active = state.flow;
  if (event.event !== 'flow.backRequested' || active === undefined || Object.keys(event.inputs ?? {}).length > 0) return undefined;
  if (active.flowId !== event.flowId || active.instanceId !== event.instanceId || active.revision !== event.revision) return undefined;
  const flow = deps.catalogue.byId(active.flowId);
  if (flow === undefined || flow.version !== active.machineVersion || flow.back !== undefined) return undefined;
  return backInHistory(state, active, flow, deps);
}

/** Starting again keeps the first note: it is what the user came with, not an answer. */
export function restart(state: ConversationState, live: LiveJourney, deps: TurnDeps): TurnOutcome {
  return startFlow(withoutFlow(state), undefined, live.active.flowId, deps, live.active.openingNote);
}

export function cancel(state: ConversationState, { active }: LiveJourney): TurnOutcome {
  return changed(withoutFlow(state), [noticeView('cancelled', 'info', [menuAction()])], [{ type: 'audit', action: 'journey.cancelled', subject: active.instanceId }]);
}

/** Save for later keeps the open page's unsent values with the draft; they are shown again when it is resumed. */
export function saveForLater(state: ConversationState, current: LiveJourney, deps: TurnDeps, openPage?: Record<string, string>): TurnOutcome {
  const kept = keepOpenPage(current, openPage, deps);
  if (!kept.ok) return unchanged(state, kept.views);
  const effects = park(kept.live);
  if (effects.length === 0) return unchanged(state, [noticeView('nothingToSave', 'info', [menuAction()])]);
  const notice = noticeView('savedForLater', 'info', [menuAction()], [{ key: 'notices:savedForLater.line1', values: { days: deps.draftTtlDays } }]);
  return changed(withoutFlow(state), [notice], effects);
}

/**
 * A form the journey's summary offers, started with what the journey recorded: only one of the offers
 * that fit it now (anything else is a stale or forged card). When the user already has a saved draft of
 * that form, one that opens or one that does not (the store can no longer read it, or it was saved by an
 * older version this one cannot carry over), they are asked first (formDraftOffer.ts).
 */
export function startOfferedForm(state: ConversationState, live: LiveJourney, formId: string, deps: TurnDeps, asNew = false): TurnOutcome {
  const { flow, journey } = live;
  const context: OfferContext = { ...(deps.role === undefined ? {} : { role: deps.role }), ...(deps.t === undefined ? {} : { t: deps.t }) };
  const offer = offersFitting(flow, journey, context).find((o) => o.formId === formId);
  if (offer === undefined) return staleCard(state, live, deps);
  const asked = asNew ? undefined : savedDraftView(live, offer, (draft) => draftOpens(draft, deps), deps);
  if (asked !== undefined) return unchanged(state, [asked]);
  // What the user first typed goes with them when the journey had no box of its own to put it in: into the form's
  // own words where its offer takes it, else as the form's opening note.
  const note = live.active.openingNotePlaced === true ? undefined : live.active.openingNote;
  const start = offer.prefill(journey, note === undefined ? context : { ...context, openingNote: note });
  // Danger told during the journey: the form does not take a "no" to danger from its answers (dialogs/forms/dangerTold.ts).
  const init = live.active.dangerTold === true ? { ...start, dangerTold: true as const } : start;
  return startFlow(state, live, formId, deps, offer.takesOpeningNote === true ? undefined : note, init);
}

/** Whether Resume opens a saved draft: as it was, or carried over from an older version (carryOver.ts). */
function draftOpens(draft: ParkedJourney, deps: TurnDeps): boolean {
  return loadJourney(draft.flow, deps.catalogue) !== undefined || carriedForward(draft.flow, deps.catalogue) !== undefined;
}

/**
 * A draft saved by an older version of its journey or form: opened where its answers lead now, with what
 * its open page held, and the user told so (carryOver.ts); audited as resumed and as carried over.
 * Undefined when its flow cannot carry it.
 */
function carriedOver(state: ConversationState, current: LiveJourney | undefined, draft: ParkedJourney, deps: TurnDeps): TurnOutcome | undefined {
  const carried = carriedForward(draft.flow, deps.catalogue);
  if (carried === undefined) return undefined;
  const { active } = carried;
  const parked = current !== undefined && current.active.instanceId !== active.instanceId ? park(current) : [];
  const resumed: Effect = { type: 'audit', action: 'journey.resumed', subject: active.instanceId };
  const effects: Effect[] = [...parked, { type: 'draft.remove', draftId: draft.draftId }, resumed, carriedOverAudit(draft.flow, active)];
  return changed(withRoleOf({ ...state, flow: active }, draft.flowId, deps.catalogue), [carriedNotice(draft.flowId, deps.catalogue), ...journeyView(carried, deps)], effects);
}

/**
 * Why a draft was not opened: gone (resumed, deleted or expired); still listed but saved by an older
 * version its flow cannot carry on; or still listed but it can no longer be read (the store cannot decrypt
 * it, its key removed since the card was drawn, or it does not read as a journey). drafts.ts lists both
 * with Delete only. A draft of a flow no longer
 * offered is not listed, so it is gone as far as the user can see.
 */
function notResumedNotice(draftId: string, draft: ParkedJourney | undefined, deps: TurnDeps): View {
  const unreadable = draft === undefined ? deps.unopenedDrafts?.find((d) => d.draftId === draftId) : undefined;
  const listed = draft ?? unreadable;
  if (listed === undefined || deps.catalogue.byId(listed.flowId) === undefined) return noticeView('draftGone', 'info', []);
  return noticeView(unreadable === undefined ? 'draftCannotOpen' : 'draftUnreadable', 'info', []);
}

export function resumeDraft(state: ConversationState, current: LiveJourney | undefined, draftId: string, deps: TurnDeps): TurnOutcome {
  const draft = deps.drafts.find((d) => d.draftId === draftId);
  const carried = draft === undefined ? undefined : carriedOver(state, current, draft, deps);
  if (carried !== undefined) return carried;
  const resumed = draft === undefined ? undefined : loadJourney(draft.flow, deps.catalogue);
  if (draft === undefined || resumed === undefined) {
    return unchanged(state, [notResumedNotice(draftId, draft, deps), welcomeView(current?.active, deps.drafts, deps.catalogue, menuOf(deps))]);
  }
  const parked = current !== undefined && current.active.instanceId !== draft.flow.instanceId ? park(current) : [];
  const effects: Effect[] = [...parked, { type: 'draft.remove', draftId }, { type: 'audit', action: 'journey.resumed', subject: draft.flow.instanceId }];
  return changed(withRoleOf({ ...state, flow: draft.flow }, draft.flowId, deps.catalogue), journeyView(resumed, deps), effects);
}

/** The turn's outcome when only the open page's values may have been kept: stored if they were. */
export function changedIf(state: ConversationState, live: LiveJourney, views: View[]): TurnOutcome {
  return live.active === state.flow ? unchanged(state, views) : changed({ ...state, flow: live.active }, views);
}

/** A stored journey this version cannot continue: say so kindly, offer a fresh start, and audit it (carryOver.ts). */
export function retire(state: ConversationState, deps: TurnDeps): TurnOutcome {
  const views = [noticeView('journeyRetired', 'warning', resumeActions(undefined)), welcomeView(undefined, deps.drafts, deps.catalogue, menuOf(deps))];
  return changed(withoutFlow(state), views, state.flow === undefined ? [] : [retiredAudit(state.flow)]);
}
