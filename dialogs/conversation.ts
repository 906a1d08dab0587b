import type { View } from '../cards/view';
import { conversationStateSchema, newConversationState, type ConversationState } from './conversationState.schema';
import type { CardEvent, DomainEvent } from './events.schema';
import { FIRST_FLOW_OF_ROLE } from './flows';
import { audienceOf, speakerOf } from './danger/audience';
import { isDangerPress } from './danger/press';
import { answer, back, cancel, currentFlowFor, liveFlow, restart, resumeDraft, retire, roleOf, saveForLater, staleCard, staleDangerPress, startFlow, startOfferedForm } from './journeys';
import type { Role } from '../knowledge/roleWords';
import { route, type Route } from './router';
import { audienceOfRole, describedSituation } from './situation';
import { isUrgent } from './urgency';
import type { TurnDeps, TurnOutcome } from './turn';
import { journeyView, menuAction, noticeView, offerView, resumeActions, urgentView, welcomeView } from './views';

/**
 * One turn of a conversation, as a pure function of the stored state, the event and what the
 * runner loaded: the runner does the I/O around it (load, save with a revision check, effects).
 */

const SEEN_ACTIVITY_IDS = 50;

const same = (state: ConversationState, views: View[]): TurnOutcome => ({ state, changed: false, views, effects: [] });

/** Parses what was stored; anything unreadable starts afresh rather than crashing the turn. */
export function readState(stored: unknown): { state: ConversationState; recovered: boolean } {
  if (stored === undefined) return { state: newConversationState(), recovered: false };
  const parsed = conversationStateSchema.safeParse(stored);
  return parsed.success ? { state: parsed.data, recovered: false } : { state: newConversationState(), recovered: true };
}

export async function handleTurn(stored: unknown, event: DomainEvent, activityId: string | undefined, deps: TurnDeps): Promise<TurnOutcome> {
  const { state, recovered } = readState(stored);
  if (activityId !== undefined && state.seenActivityIds.includes(activityId)) {
    // A duplicate delivery (Teams retries): answer with where things stand, apply nothing.
    const active = liveFlow(state);
    return same(state, active === undefined ? [welcomeView(undefined, deps.drafts)] : journeyView(active, deps.facts));
  }
  const outcome = await dispatch(state, event, deps);
  if (recovered) outcome.views.unshift(noticeView('journeyRetired', 'warning', []));
  if (activityId === undefined) return outcome;
  const seenActivityIds = [...outcome.state.seenActivityIds, activityId].slice(-SEEN_ACTIVITY_IDS);
  return { ...outcome, state: { ...outcome.state, seenActivityIds }, changed: true };
}

async function dispatch(state: ConversationState, event: DomainEvent, deps: TurnDeps): Promise<TurnOutcome> {
  switch (event.event) {
    case 'conversation.started':
      return same(state, [welcomeView(liveFlow(state), deps.drafts)]);
    case 'message.received':
      return onText(state, event.text, deps);
    case 'attachment.received':
      return same(state, [noticeView('attachmentRefused', 'warning', resumeActions(liveFlow(state)), 3)]);
    case 'payload.rejected':
      return same(state, [noticeView('unreadableCard', 'info', resumeActions(liveFlow(state)))]);
    default:
      return onCard(state, event, deps);
  }
}

async function onCard(state: ConversationState, event: CardEvent, deps: TurnDeps): Promise<TurnOutcome> {
  switch (event.event) {
    case 'menu.requested':
      return same(state, [welcomeView(liveFlow(state), deps.drafts)]);
    case 'flow.startRequested':
      return startFlow(state, event.flowId, deps);
    case 'question.requested':
      return same(state, [noticeView('askQuestion', 'info', [])]);
    case 'entry.requested': {
      const active = liveFlow(state);
      return same(state, [...deps.knowledge.open(event.entryId), ...(active === undefined ? [] : [noticeView('questionAnswered', 'info', resumeActions(active))])]);
    }
    case 'draft.resumed':
      return resumeDraft(state, event.draftId, deps);
    case 'flow.resumed': {
      const active = liveFlow(state);
      if (active === undefined || active.instanceId !== event.instanceId) return staleCard(state, deps);
      return same(state, journeyView(active, deps.facts));
    }
    default: {
      const active = currentFlowFor(state, event);
      if (active === undefined) return event.event === 'flow.answered' && isDangerPress(event.answer) ? staleDangerPress(state, deps) : staleCard(state, deps);
      switch (event.event) {
        case 'flow.answered':
          // A card without inputs sends none; one whose inputs were all left alone may too.
          return withDangerInInputs(state, event.inputs ?? {}, await answer(state, active, { ...event.answer, inputs: event.inputs ?? {} }, deps));
        case 'flow.backRequested':
          return back(state, active, deps);
        case 'flow.restarted':
          return restart(state, active, deps);
        case 'flow.cancelled':
          return cancel(state, active);
        case 'flow.savedForLater':
          return saveForLater(state, active, deps);
        case 'form.startRequested':
          return startOfferedForm(state, active, event.formId, deps);
      }
    }
  }
}

/**
 * Danger typed into a card's box ("he is outside now" in a note) brings the 999 card first, and the
 * answer is still taken; unless the journey's next card is itself its 999 card, or the words are the
 * journey's opening note, which had the 999 card when they were first typed.
 */
function withDangerInInputs(before: ConversationState, inputs: Record<string, string>, outcome: TurnOutcome): TurnOutcome {
  const next = outcome.views[0];
  if (next?.kind === 'urgent' || (next?.kind === 'step' && next.tone === 'urgent')) return outcome;
  const alreadyWarned = liveFlow(before)?.openingNote;
  if (!Object.values(inputs).some((value) => value.trim() !== alreadyWarned && isUrgent(value))) return outcome;
  return { ...outcome, views: [urgentView(liveFlow(outcome.state), audienceOf(roleOf(before))), ...outcome.views] };
}

function onText(state: ConversationState, text: string, deps: TurnDeps): Promise<TurnOutcome> | TurnOutcome {
  const routed: Route = route(text);
  const active = liveFlow(state);
  switch (routed.kind) {
    case 'urgent': {
      // 999 first, always; then what else answers the message: the journey for what they described
      // (with their words kept as its first note), or a question asked in the same breath.
      const urgent = urgentView(active, audienceOf(speakerOf(text) ?? roleOf(state)));
      const situation = describedSituation(text);
      if (situation !== undefined && situation.flowId !== active?.flowId) {
        const described = onDescribed(state, { kind: 'described', situation, text }, deps);
        return { ...described, views: [urgent, ...described.views] };
      }
      const answered = deps.knowledge.answer(text, roleContext(state));
      return same(state, [urgent, ...(answered.confident ? answered.views : [])]);
    }
    case 'role':
      return startFlow(state, FIRST_FLOW_OF_ROLE[routed.role], deps);
    case 'situation':
      return startFlow(state, routed.flowId, deps);
    case 'described':
      return onDescribed(state, routed, deps);
    case 'command':
      return onCommand(state, routed.command, deps);
    case 'question': {
      const views = [...deps.knowledge.answer(routed.text, roleContext(state)).views];
      if (active !== undefined) views.push(noticeView('questionAnswered', 'info', resumeActions(active)));
      return same(state, views);
    }
  }
}

/** The role questions are weighed for: the running or last role journey's, or the one chosen on the welcome card. */
const roleContext = (state: ConversationState): { audience?: Role } => (state.role === undefined ? {} : { audience: audienceOfRole(state.role) });

/**
 * What someone saw, in their words: any question in it is answered (for the role it gives), and the
 * journey that fits is offered on one button. What they typed is kept, in the encrypted conversation
 * state only, to become the journey's first note if they start it.
 */
function onDescribed(state: ConversationState, routed: Extract<Route, { kind: 'described' }>, deps: TurnDeps): TurnOutcome {
  const { situation, text } = routed;
  const role = situation.role ?? (state.role === undefined ? undefined : audienceOfRole(state.role));
  const answered = situation.asks ? deps.knowledge.answer(text, role === undefined ? {} : { audience: role }) : undefined;
  const views: View[] = [...(answered?.confident === true ? answered.views : []), offerView(situation.flowId, situation.keepNote)];
  const { offer: _previous, ...rest } = state;
  const next: ConversationState = situation.keepNote ? { ...rest, offer: { flowId: situation.flowId, note: text } } : rest;
  return { state: next, changed: true, views, effects: [] };
}

function onCommand(state: ConversationState, command: Extract<Route, { kind: 'command' }>['command'], deps: TurnDeps): Promise<TurnOutcome> | TurnOutcome {
  const active = liveFlow(state);
  if (command === 'menu') return same(state, [welcomeView(active, deps.drafts)]);
  if (command === 'ask') return same(state, [noticeView('askQuestion', 'info', [])]);
  if (active === undefined) {
    return state.flow === undefined ? same(state, [noticeView('noJourney', 'info', [menuAction()])]) : retire(state, deps);
  }
  switch (command) {
    case 'back':
      return back(state, active, deps);
    case 'cancel':
      return cancel(state, active);
    case 'restart':
      return restart(state, active, deps);
    case 'saveForLater':
      return saveForLater(state, active, deps);
  }
}
