import type { StepView } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { FlowDialog } from './flow';
import { callAlert } from './dangerCheck.views';
import { withoutForgotten } from './pageInputs';
import type { TurnOutcome } from './turn';

/**
 * Danger told while a journey runs (a typed message, or words written in a card's box, that brought the
 * 999 card) is remembered on that journey, as ActiveFlow.dangerTold: only that it was told, never the words.
 * Its summary then keeps 999 at the top, as a "yes" or "not sure" to its danger question does, and a form it
 * offers does not fill in a "no" to danger from its first answer (dialogs/forms/dangerTold.ts). A form told of danger
 * while it runs drops its own "no" to danger given before then, each time danger is told (FlowDialog.dangerTold).
 */

/**
 * The turn's outcome with danger remembered on the journey it leaves running, when that is still the one it was told in,
 * and that journey as its flow keeps it once danger is told (given the flow).
 */
export function withDangerTold(outcome: TurnOutcome, instanceId: string, flow?: FlowDialog): TurnOutcome {
  const active = outcome.state.flow;
  if (active === undefined || active.instanceId !== instanceId) return outcome;
  const stored = flow?.dangerTold === undefined || flow.id !== active.flowId ? undefined : flow.restore(active.snapshot);
  const change = stored === undefined ? undefined : flow?.dangerTold?.(stored);
  const kept = change === undefined ? active : withoutForgotten(active, change.forgets);
  if (active.dangerTold === true && change?.journey === undefined && kept === active) return outcome;
  const next: ActiveFlow = { ...kept, dangerTold: true, ...(change?.journey === undefined ? {} : { snapshot: change.journey }) };
  return { ...outcome, state: { ...outcome.state, flow: next }, changed: true };
}

/**
 * A summary of a journey in which danger was told keeps 999 at the top, unless it already has its own alert (a "yes" or
 * "not sure" to its danger question: "You said the child may be in immediate danger"). The line says that danger was
 * told, not that the user answered so: a form's confirmation after words that brought the 999 card, and a final "No" to
 * danger, said "You said the child may be in immediate danger" (the sixth exploratory test).
 */
export function withDangerToldAlert(step: StepView, active: ActiveFlow, isSummary: boolean): StepView {
  if (active.dangerTold !== true || !isSummary || step.alert !== undefined) return step;
  return { ...step, alert: callAlert('danger:summary.toldEarlier') };
}
