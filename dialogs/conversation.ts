import type { View } from '../cards/view';
import { conversationStateSchema, newConversationState, SEEN_ACTIVITY_IDS, type ActiveFlow, type ConversationState } from './conversationState.schema';
import type { CardEvent, DomainEvent } from './events.schema';
import { withDangerTold } from './dangerTold';
import { isDangerPress, staleDangerPress } from './danger/press';
import { urgentReaderOf } from './danger/audience';
import { askCancel, askRemove, askRestart, removeConfirmed, requestStart } from './confirmations';
import { askDeleteDraft, deleteDraft, draftsView } from './drafts';
import { answer, back, backUnopened, cancel, currentFlowFor, liveFlow, restart, resumeDraft, saveForLater, staleCard, startFlow, startOfferedForm, whereIWas, withoutFlow } from './journeys';
import { carriedForward, carriedNotice, carriedOverAudit, retiredAudit } from './carryOver';
import { isUrgent, isUrgentInRecordOfPast } from './urgency';
import { unreadableStateAudit, type UnreadableStateCause } from './unreadableStateAudit';
import { sentBackTexts } from './keptPages';
import { fileOfferViews, mySubmissionsView, textExportViews } from './forms/export/mySubmissions';
import { isRecordEvent, leadTurn, openedRecordViews } from './records/leadJourney';
import { problemProfileViews } from './profile/problemProfileView';
import { type Effect, type LiveJourney, same, type TurnDeps, type TurnOutcome } from './turn';
import { onTyped } from './typedMessage';
import { journeyView, menuAction, noticeView, offersMenu, resumeActions, urgentView, menuOf, welcomeView, withWayBack } from './views';

/**
 * One turn of a conversation, as a pure function of the stored state, the event and what the
 * runner loaded: the runner does the I/O around it (load, save with a revision check, effects).
 * Typed messages are read in dialogs/typedMessage.ts; cards' events here.
 */

/** What the runner knows of the stored state besides its value. */
export interface StoredStateOptions {
  /** The store held a state it could not decrypt (`stored` is then undefined): told and audited as a state this version cannot read. */
  undecryptable?: boolean;
}

/**
 * Parses what was stored; anything unreadable, or a state the store held but could not decrypt, starts
 * afresh rather than crashing the turn, and `recovered` says why.
 */
export function readState(stored: unknown, options: StoredStateOptions = {}): { state: ConversationState; recovered: UnreadableStateCause | undefined } {
  if (options.undecryptable === true) return { state: newConversationState(), recovered: 'undecryptable' };
  if (stored === undefined) return { state: newConversationState(), recovered: undefined };
  const parsed = conversationStateSchema.safeParse(stored);
  return parsed.success ? { state: parsed.data, recovered: undefined } : { state: newConversationState(), recovered: 'unreadableState' };
}

/** `stored` is the state the store gave back; `options` what else the store said of it. */
export async function handleTurn(stored: unknown, event: DomainEvent, activityId: string | undefined, deps: TurnDeps, options: StoredStateOptions = {}): Promise<TurnOutcome> {
  const read = readState(stored, options);
  const { recovered } = read;
  // Which forms a summary offers depends on whose conversation this is. The properties are copied
  // as they are (not spread), so a dependency read only when wanted, like the drafts, stays unread.
  if (read.state.role !== undefined) deps = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(deps), role: { value: read.state.role, enumerable: true } }) as TurnDeps;
  const repeated = activityId !== undefined && read.state.seenActivityIds.includes(activityId);
  // A Back along the journey's path reads only the step it goes back to.
  const wentBack = repeated ? undefined : backUnopened(read.state, event, deps);
  if (wentBack !== undefined) return seen(wentBack, activityId);
  // The running journey is read once, here, and carried through the turn.
  const { state, live, notice, audited } = openFlow(read.state, deps);
  if (repeated) {
    // A duplicate delivery (Teams retries): answer with where things stand, apply nothing. A journey
    // carried over to this version, or retired, is stored so, told once, and audited.
    const views = live === undefined ? [welcomeView(undefined, deps.drafts, deps.catalogue, menuOf(deps))] : journeyView(live, deps);
    return notice === undefined ? same(state, views) : { state, changed: true, views: [notice, ...views], effects: audited };
  }
  const outcome = await dispatch(state, live, event, deps);
  if (notice !== undefined) outcome.views = afterUrgent(outcome.views, notice);
  if (audited.length > 0) outcome.effects = [...audited, ...outcome.effects];
  if (recovered !== undefined) {
    // Not "this journey has changed": nothing says a journey was open, or that any version retired it.
    // "It starts again from the menu": with the menu's button, unless the reply already offers the menu.
    outcome.views = afterUrgent(outcome.views, noticeView('conversationReset', 'warning', offersMenu(outcome.views) ? [] : [menuAction()]));
    outcome.effects = [unreadableStateAudit(recovered), ...outcome.effects];
  }
  // The fresh state replaces what could not be read, so the notice is given, and the reset audited, once; so is a journey carried over or retired.
  const changed = outcome.changed || recovered !== undefined || notice !== undefined;
  // Only a turn that changes something is recorded as seen: delivered again, a turn that changed
  // nothing changes nothing again, so a question or a menu costs no write.
  return seen({ ...outcome, changed }, activityId);
}

/** The turn's outcome with its activity recorded as seen, when it changed something. */
function seen(outcome: TurnOutcome, activityId: string | undefined): TurnOutcome {
  if (activityId === undefined || !outcome.changed) return outcome;
  const kept = outcome.state.seenActivityIds;
  const seenActivityIds = kept.slice(Math.max(0, kept.length - SEEN_ACTIVITY_IDS + 1));
  seenActivityIds.push(activityId);
  return { ...outcome, state: { ...outcome.state, seenActivityIds }, changed: true };
}

/**
 * The stored journey as this version runs it: as it was, carried over from an older version of its
 * statechart (where its answers lead now, with a notice and its audit entry), or retired with a notice
 * and its audit entry when it cannot be.
 * Whatever the turn then does, it does to that journey, and the turn's one write stores it.
 */
function openFlow(state: ConversationState, deps: TurnDeps): { state: ConversationState; live?: LiveJourney; notice?: View; audited: Effect[] } {
  const live = liveFlow(state, deps.catalogue);
  if (state.flow === undefined || live !== undefined) return live === undefined ? { state, audited: [] } : { state, live, audited: [] };
  const carried = carriedForward(state.flow, deps.catalogue);
  if (carried !== undefined) {
    const notice = carriedNotice(carried.active.flowId, deps.catalogue);
    return { state: { ...state, flow: carried.active }, live: carried, notice, audited: [carriedOverAudit(state.flow, carried.active)] };
  }
  return { state: withoutFlow(state), notice: noticeView('journeyRetired', 'warning', resumeActions(undefined)), audited: [retiredAudit(state.flow)] };
}

/** A notice goes before the turn's own views, but never before a 999 card. */
function afterUrgent(views: View[], notice: View): View[] {
  const urgent = views.findIndex((v) => v.kind !== 'urgent');
  const at = urgent === -1 ? views.length : urgent;
  return [...views.slice(0, at), notice, ...views.slice(at)];
}

async function dispatch(state: ConversationState, live: LiveJourney | undefined, event: DomainEvent, deps: TurnDeps): Promise<TurnOutcome> {
  // Worked out once a turn: what "Carry on where I was" goes back to, never a submitted form.
  const open = whereIWas(live, deps.catalogue);
  const wasAt = open?.active;
  switch (event.event) {
    case 'conversation.started':
      return same(state, [welcomeView(wasAt, deps.drafts, deps.catalogue, menuOf(deps))]);
    case 'message.received':
      return onTyped(state, live, open, event.text, deps);
    case 'attachment.received':
      return same(state, [noticeView('attachmentRefused', 'warning', resumeActions(wasAt), 3)]);
    case 'payload.rejected':
      return same(state, [noticeView('unreadableCard', 'info', resumeActions(wasAt))]);
    default:
      return onCard(state, live, wasAt, event, deps);
  }
}

/** `wasAt`: what "Carry on where I was" goes back to, the turn's `whereIWas` (not a submitted form). */
async function onCard(state: ConversationState, live: LiveJourney | undefined, wasAt: ActiveFlow | undefined, event: CardEvent, deps: TurnDeps): Promise<TurnOutcome> {
  switch (event.event) {
    case 'menu.requested':
      return same(state, [welcomeView(wasAt, deps.drafts, deps.catalogue, menuOf(deps))]);
    case 'flow.startRequested':
      return requestStart(state, live, event.flowId, deps, event.carryFrom);
    case 'question.requested':
      return same(state, [noticeView('askQuestion', 'info', [])]);
    case 'entry.requested':
      return same(state, withWayBack(deps.knowledge.open(event.entryId), wasAt));
    case 'draft.resumed':
      return resumeDraft(state, live, event.draftId, deps);
    case 'drafts.requested':
      return same(state, [draftsView(deps)]);
    case 'draft.deleteRequested':
      return askDeleteDraft(state, event.draftId, deps);
    case 'draft.deleteConfirmed':
      return deleteDraft(state, wasAt, event.draftId, deps);
    case 'flow.resumed':
      if (live === undefined || live.active.instanceId !== event.instanceId) return staleCard(state, live, deps);
      return same(state, journeyView(live, deps));
    case 'flow.answerConfirmed':
      return removeConfirmed(state, live, event, deps);
    case 'submissions.listRequested':
      return same(state, mySubmissionsView(deps, resumeActions(wasAt)));
    case 'submission.opened':
      return same(state, openedRecordViews(deps, resumeActions(wasAt)));
    case 'submission.textRequested':
      return same(state, textExportViews(deps, resumeActions(wasAt)));
    case 'submission.fileRequested':
      return same(state, await fileOfferViews(deps, resumeActions(wasAt)));
    case 'profile.requested':
      return same(state, problemProfileViews(deps, 'card', resumeActions(wasAt)));
    case 'profile.csvRequested':
      return same(state, problemProfileViews(deps, 'csvText', resumeActions(wasAt)));
    case 'profile.fileRequested':
      return same(state, problemProfileViews(deps, 'teamsFile', resumeActions(wasAt)));
    default: {
      if (isRecordEvent(event)) return leadTurn(state, event, deps, resumeActions(wasAt));
      const current = currentFlowFor(live, event);
      if (current === undefined) return event.event === 'flow.answered' && isDangerPress(event.answer) ? staleDangerPress(state, live, deps) : staleCard(state, live, deps);
      switch (event.event) {
        case 'flow.answered': {
          // A card without inputs sends none; one whose inputs were all left alone may too.
          const removes = current.flow.removalOf?.(current.journey, event.answer);
          const outcome = removes === undefined ? await answer(state, current, { ...event.answer, inputs: event.inputs ?? {} }, deps) : askRemove(state, current, event.answer, removes, event.inputs, deps);
          return withDangerInInputs(state, current, event.inputs ?? {}, outcome, deps);
        }
        case 'flow.backRequested':
          return back(state, current, deps, event.inputs);
        case 'flow.restarted':
          return askRestart(state, current, event.inputs, deps);
        case 'flow.cancelled':
          return askCancel(state, current, event.inputs, deps);
        case 'flow.savedForLater':
          return saveForLater(state, current, deps, event.inputs);
        case 'flow.restartConfirmed':
          return restart(state, current, deps);
        case 'flow.cancelConfirmed':
          return cancel(state, current);
        case 'flow.leaveConfirmed':
          return startFlow(state, current, event.to, deps);
        case 'form.startRequested':
          return startOfferedForm(state, current, event.formId, deps, event.asNew === true);
      }
    }
  }
}

/**
 * The page's inputs whose value is picked, not written: a choice's value names an option ("called999" is what
 * was done, not a cry for help), and dates and numbers tell no danger. An input the page does not know is read.
 */
function chosenInputIds(live: LiveJourney, deps: TurnDeps): Set<string> {
  const inputs = live.flow.view(live.journey, deps.facts).inputs ?? [];
  const picked = inputs.filter((input) => input.kind === 'choice' || (input.kind === 'field' && input.control.type !== 'text'));
  return new Set(picked.map((input) => input.id));
}

/** The outcome's views, its journey's card drawn again when danger told changed what is stored (a form's "no" to danger dropped). */
function redrawnIfChanged(outcome: TurnOutcome, told: TurnOutcome, live: LiveJourney, deps: TurnDeps): View[] {
  const active = told.state.flow;
  const before = outcome.state.flow;
  if (active === undefined || (active.snapshot === before?.snapshot && active.pageInputs === before.pageInputs)) return told.views;
  const journey = live.flow.restore(active.snapshot);
  // Every card of the step, in order: check-your-answers may take several (Teams' size limit), and the answer opens the first.
  const redrawn = journey === undefined ? [] : journeyView({ active, flow: live.flow, journey }, deps).filter((view) => view.kind === 'step');
  const at = told.views.findIndex((view) => view.kind === 'step');
  const first = told.views[at];
  const [head, ...rest] = redrawn;
  if (first?.kind !== 'step' || head?.kind !== 'step') return told.views;
  const others = told.views.filter((view) => view.kind !== 'step');
  const steps = [first.answered === undefined ? head : { ...head, answered: first.answered }, ...rest];
  return [...others.slice(0, at), ...steps, ...others.slice(at)];
}

/**
 * Every text the journey's answers already hold: words read when they were answered. Not what its pages kept unsent
 * (Save for later, Back): those words were never read for danger.
 */
function heldTexts(live: LiveJourney): Set<string> {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(live.journey.context);
  return texts;
}

/**
 * Danger typed into a card's box ("he is outside now" in a note) brings the 999 card first, and the
 * answer is still taken; unless the journey's next card is itself its 999 card, or the words are the
 * journey's opening note, which had the 999 card when they were first typed, or words the journey
 * already holds (the sixth exploratory test: a page sent again with its description unchanged brought
 * the card back, and dropped the danger answer, every time). In a form read as a record of the past, only words
 * told as now or about to.
 */
function withDangerInInputs(before: ConversationState, live: LiveJourney, inputs: Record<string, string>, outcome: TurnOutcome, deps: TurnDeps): TurnOutcome {
  const next = outcome.views[0];
  if (next?.kind === 'urgent' || (next?.kind === 'step' && next.tone === 'urgent')) return outcome;
  const alreadyWarned = live.active.openingNote;
  const chosen = chosenInputIds(live, deps);
  const written = Object.entries(inputs).filter(([id]) => !chosen.has(id));
  // A form whose danger-now question the user answered No, a record after the event by nature, or one that has shown the
  // card already, is a record of what happened: its descriptions and narratives in the past tense ("held the boy's arm",
  // "twice I saw men waiting at the gate") brought false 999 cards that dropped that answer (the sixth and eighth
  // exploratory tests); there only words told as now or about to bring the card (docs/forms.md).
  const urgent = live.flow.readsAsRecordOfPast?.(live.journey, inputs) === true ? isUrgentInRecordOfPast : isUrgent;
  const urgentWords = written.map(([, value]) => value.trim()).filter((value) => value !== alreadyWarned && urgent(value));
  if (urgentWords.length === 0) return outcome;
  // Words already judged: held in the answers, or on this page as it was sent back with problems (issue 8).
  const held = new Set([...heldTexts(live), ...sentBackTexts(live, deps)]);
  if (urgentWords.every((value) => held.has(value))) return outcome;
  // The answer leaves the journey running (or retires it): the 999 card offers to carry on with what is stored now,
  // and the journey remembers that danger was told in it (dialogs/dangerTold.ts).
  const told = withDangerTold(outcome, live.active.instanceId, live.flow);
  return { ...told, views: [urgentView(told.state.flow, urgentReaderOf(before, live, deps.catalogue, urgentWords.join('\n'), inputs)), ...redrawnIfChanged(outcome, told, live, deps)] };
}
