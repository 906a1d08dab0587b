import type { View } from '../cards/view';
import type { FlowCatalogue } from './catalogue';
import type { ActiveFlow } from './conversationState.schema';
import type { KeptOnCarryOver } from './carryOverRules';
import { carriedOverAction, retiredAction } from './journeyAuditAction';
import type { Effect, LiveJourney } from './turn';
import { noticeView } from './views';

/**
 * A journey or form stored by an older version of its statechart or definition, open in a conversation
 * or saved for later: carried over to the version running now by its flow's `carryOver`, once, here,
 * for both. Its answers lead where they lead now; what its open page held and its opening note are
 * kept; its history is not (Back starts again from where it opens).
 */

/** What a stored journey's pages held, for its flow's carryOver. */
function keptOf(stored: ActiveFlow): KeptOnCarryOver {
  const openPage = stored.pageInputs?.[String(stored.history.length)]?.values;
  return {
    fromVersion: stored.machineVersion,
    history: stored.history,
    ...(stored.pageInputs === undefined ? {} : { pages: stored.pageInputs }),
    ...(openPage === undefined ? {} : { openPage }),
  };
}

/**
 * The stored journey at the version running now, one revision on (so a card drawn by the old version is
 * out of date), or undefined when it is at the running version already or its flow cannot carry it.
 * The same stored journey always gives the same result, so a turn delivered again, or re-run after a
 * concurrent write, carries it over once.
 */
export function carriedForward(stored: ActiveFlow, catalogue: FlowCatalogue): LiveJourney | undefined {
  const flow = catalogue.byId(stored.flowId);
  if (flow?.carryOver === undefined || flow.version === stored.machineVersion) return undefined;
  const snapshot = flow.carryOver(stored.snapshot, keptOf(stored));
  const journey = snapshot === undefined ? undefined : flow.restore(snapshot);
  if (snapshot === undefined || journey === undefined) return undefined;
  const { pageInputs: _paths, ...rest } = stored;
  // The open page's values, kept as the open page's: shown again if the journey opens on that same page.
  // Not the problems it was sent back with: the form has changed, and the page is checked again when it is sent.
  const kept = stored.pageInputs?.[String(stored.history.length)];
  const open = kept === undefined ? undefined : { state: kept.state, values: kept.values };
  const active: ActiveFlow = { ...rest, machineVersion: flow.version, revision: stored.revision + 1, snapshot, history: [], ...(open === undefined ? {} : { pageInputs: { '0': open } }) };
  return { active, flow, journey };
}

/** What the user is told of a carried-over journey: a form keeps the answers that fit, a journey goes where its answers lead. */
export function carriedNotice(flowId: string, catalogue: FlowCatalogue): View {
  return catalogue.forms.includes(flowId) ? noticeView('formChanged', 'info', [], 2) : noticeView('journeyChanged', 'info', []);
}

/**
 * The audit entry of one carry-over, beside the journey's other entries (its instance is the subject):
 * the flow and the versions it was carried from and to are in the action, since an entry holds opaque
 * keys only (bot/storage/auditChain.ts), never an answer; journeyAuditAction.ts keeps the name within the
 * chain's limit. Effects are applied once the turn is saved, and a journey saved at the running version
 * is not carried again, so it is written once.
 */
export function carriedOverAudit(stored: ActiveFlow, carried: ActiveFlow): Effect {
  return { type: 'audit', action: carriedOverAction(carried.flowId, stored.machineVersion, carried.machineVersion), subject: carried.instanceId };
}

/**
 * The audit entry of an open journey retired because this version cannot carry it on (nothing of it
 * fits, its flow is gone, or its state no longer reads), so a reviewer sees it was retired, not lost:
 * the flow and the version that stored it, its instance as the subject, never an answer. The turn that
 * retires it stores the conversation without it, so a repeated delivery finds nothing to retire again.
 */
export function retiredAudit(stored: ActiveFlow): Effect {
  return { type: 'audit', action: retiredAction(stored.flowId, stored.machineVersion), subject: stored.instanceId };
}
