import type { ActionView, NoticeView, TextRef } from '../cards/view';
import type { ConversationState } from './conversationState.schema';
import type { CardEvent } from './events.schema';
import type { Answer } from './flow';
import { answer, cancel, changedIf, currentFlowFor, restart, startFlow } from './journeys';
import { keepOpenPage } from './keptPages';
import { differsFromPage } from './pageInputs';
import type { LiveJourney, TurnDeps, TurnOutcome } from './turn';
import { journeyView, noticeView, menuOf, welcomeView } from './views';

/**
 * Cancel, Start again, leaving a journey for another and removing a form's group item ask once before
 * anything is lost, and (but for a removal, which always takes answers) never when there is nothing to
 * lose. The question names the journey and revision it was asked at, so an answer to an out-of-date one
 * is refused like any stale card. Asking keeps the open page's values, so "Carry on" shows them again.
 */

const action = (label: TextRef, data: CardEvent, style?: ActionView['style']): ActionView =>
  style === undefined ? { label, data } : { label, data, style };

type Values = Record<string, string> | undefined;

/** Something answered, kept, or typed on the open page and not sent yet. */
export function hasSomethingToLose(live: LiveJourney, openPage: Values, deps: TurnDeps): boolean {
  const { active } = live;
  if (active.history.length > 0 || Object.keys(active.pageInputs ?? {}).length > 0) return true;
  return openPage !== undefined && differsFromPage(live.flow.view(live.journey, deps.facts).inputs ?? [], openPage);
}

const refOf = ({ active }: LiveJourney) => ({ flowId: active.flowId, instanceId: active.instanceId, revision: active.revision });

function question(name: 'confirmCancel' | 'confirmRestart', live: LiveJourney, confirm: CardEvent): NoticeView {
  const ref = refOf(live);
  return noticeView(name, 'warning', [
    action({ key: `notices:${name}.confirm` }, confirm, 'destructive'),
    action({ key: 'common:nav.saveForLater' }, { event: 'flow.savedForLater', ...ref }),
    action({ key: 'common:nav.carryOn' }, { event: 'flow.resumed', flowId: ref.flowId, instanceId: ref.instanceId }, 'positive'),
  ], [{ key: `notices:${name}.which`, values: { journeyKey: live.flow.titleKey } }, { key: `notices:${name}.line1` }]);
}

/** Cancel: straight away with nothing to lose, otherwise asked once. */
export function askCancel(state: ConversationState, live: LiveJourney, openPage: Values, deps: TurnDeps): TurnOutcome {
  if (!hasSomethingToLose(live, openPage, deps)) return cancel(state, live);
  const kept = keepOpenPage(live, openPage, deps);
  if (!kept.ok) return { state, changed: false, views: kept.views, effects: [] };
  return changedIf(state, kept.live, [question('confirmCancel', kept.live, { event: 'flow.cancelConfirmed', ...refOf(kept.live) })]);
}

/** Start again: straight away with nothing to lose or once the journey is finished (its summary stays above), otherwise asked once. */
export function askRestart(state: ConversationState, live: LiveJourney, openPage: Values, deps: TurnDeps): TurnOutcome {
  if (live.flow.isFinal(live.journey) || !hasSomethingToLose(live, openPage, deps)) return restart(state, live, deps);
  const kept = keepOpenPage(live, openPage, deps);
  if (!kept.ok) return { state, changed: false, views: kept.views, effects: [] };
  return changedIf(state, kept.live, [question('confirmRestart', kept.live, { event: 'flow.restartConfirmed', ...refOf(kept.live) })]);
}

/**
 * Starting another journey while one with answers is running: it is saved in the drafts, and the
 * user is asked once, so a press on an old menu card does not take them away unawares.
 */
export function requestStart(state: ConversationState, live: LiveJourney | undefined, flowId: string, deps: TurnDeps, carryFrom?: string): TurnOutcome {
  const next = deps.catalogue.byId(flowId);
  if (live === undefined || next === undefined || live.flow.isFinal(live.journey) || !hasSomethingToLose(live, undefined, deps)) return startFlow(state, live, flowId, deps, undefined, undefined, carryFrom);
  const ref = refOf(live);
  const view = noticeView('confirmLeave', 'warning', [
    action({ key: 'notices:confirmLeave.confirm', values: { journeyKey: next.titleKey } }, { event: 'flow.leaveConfirmed', ...ref, to: flowId }),
    action({ key: 'common:nav.carryOn' }, { event: 'flow.resumed', flowId: ref.flowId, instanceId: ref.instanceId }, 'positive'),
  ], [{ key: 'notices:confirmLeave.which', values: { journeyKey: live.flow.titleKey } }, { key: 'notices:confirmLeave.line1' }]);
  return { state, changed: false, views: [view], effects: [] };
}

/**
 * Remove, on a group's page or on check-your-answers: asked once, naming the item by its heading only
 * (never what was typed in it, which may be a child's name). "Keep it" shows the same page again, with
 * what the open page held kept.
 */
export function askRemove(state: ConversationState, live: LiveJourney, given: Answer, removes: TextRef, openPage: Values, deps: TurnDeps): TurnOutcome {
  const kept = keepOpenPage(live, openPage, deps);
  if (!kept.ok) return { state, changed: false, views: kept.views, effects: [] };
  const ref = refOf(kept.live);
  const confirmed = given.value === undefined ? { type: given.type } : { type: given.type, value: given.value };
  const view = noticeView('confirmRemove', 'warning', [
    action({ key: 'notices:confirmRemove.confirm' }, { event: 'flow.answerConfirmed', ...ref, answer: confirmed }, 'destructive'),
    action({ key: 'notices:confirmRemove.keep' }, { event: 'flow.resumed', flowId: ref.flowId, instanceId: ref.instanceId }, 'positive'),
  ], [{ key: 'notices:confirmRemove.which', values: { journeyKey: live.flow.titleKey } }, { key: 'notices:confirmRemove.line1' }], { title: { key: 'notices:confirmRemove.title', refs: { item: removes } } });
  return changedIf(state, kept.live, [view]);
}

/**
 * "Remove", answered on the question: taken only if it was asked at this revision and the item is still
 * there. Pressed twice, or after the form has moved on, it says nothing was removed and shows where the user is.
 */
export async function removeConfirmed(state: ConversationState, live: LiveJourney | undefined, event: Extract<CardEvent, { event: 'flow.answerConfirmed' }>, deps: TurnDeps): Promise<TurnOutcome> {
  const current = currentFlowFor(live, event);
  if (current === undefined || current.flow.removalOf?.(current.journey, event.answer) === undefined) {
    const where = live === undefined ? [welcomeView(undefined, deps.drafts, deps.catalogue, menuOf(deps))] : journeyView(live, deps);
    return { state, changed: false, views: [noticeView('removeNotDone', 'info', []), ...where], effects: [] };
  }
  return answer(state, current, { ...event.answer, inputs: {} }, deps);
}
