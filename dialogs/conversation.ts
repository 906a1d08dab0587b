import type { View } from '../cards/view';
import { conversationStateSchema, newConversationState, type ConversationState } from './conversationState.schema';
import type { CardEvent, DomainEvent } from './events.schema';
import { FIRST_FLOW_OF_ROLE } from './flows';
import { audienceOf, speakerOf } from './danger/audience';
import { isDangerPress } from './danger/press';
import { answer, back, cancel, currentFlowFor, liveFlow, restart, resumeDraft, retire, roleOf, saveForLater, staleCard, staleDangerPress, startFlow } from './journeys';
import { route, type Route } from './router';
import { isUrgent } from './urgency';
import type { TurnDeps, TurnOutcome } from './turn';
import { journeyView, menuAction, noticeView, resumeActions, urgentView, welcomeView } from './views';

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
      }
    }
  }
}

/**
 * Danger typed into a card's box ("he is outside now" in a note) brings the 999 card first, and the
 * answer is still taken; unless the journey's next card is itself its 999 card.
 */
function withDangerInInputs(before: ConversationState, inputs: Record<string, string>, outcome: TurnOutcome): TurnOutcome {
  const next = outcome.views[0];
  if (next?.kind === 'urgent' || (next?.kind === 'step' && next.tone === 'urgent')) return outcome;
  if (!Object.values(inputs).some((value) => isUrgent(value))) return outcome;
  return { ...outcome, views: [urgentView(liveFlow(outcome.state), audienceOf(roleOf(before))), ...outcome.views] };
}

function onText(state: ConversationState, text: string, deps: TurnDeps): Promise<TurnOutcome> | TurnOutcome {
  const routed: Route = route(text);
  const active = liveFlow(state);
  switch (routed.kind) {
    case 'urgent': {
      // 999 first, always; a question asked in the same breath is still answered, after it.
      const answered = deps.knowledge.answer(text);
      return same(state, [urgentView(active, audienceOf(speakerOf(text) ?? roleOf(state))), ...(answered.confident ? answered.views : [])]);
    }
    case 'role':
      return startFlow(state, FIRST_FLOW_OF_ROLE[routed.role], deps);
    case 'situation':
      return startFlow(state, routed.flowId, deps);
    case 'command':
      return onCommand(state, routed.command, deps);
    case 'question': {
      const views = [...deps.knowledge.answer(routed.text).views];
      if (active !== undefined) views.push(noticeView('questionAnswered', 'info', resumeActions(active)));
      return same(state, views);
    }
  }
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
