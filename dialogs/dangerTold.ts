import type { StepView } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { TurnOutcome } from './turn';

/**
 * Danger told while a journey runs (a typed message, or words written in a card's box, that brought the
 * 999 card) is remembered on that journey, as ActiveFlow.dangerTold: only that it was told, never the words.
 * Its summary then keeps 999 at the top, as a "yes" or "not sure" to its danger question does, and a form it
 * offers does not fill in a "no" to danger from its first answer (dialogs/forms/dangerTold.ts).
 */

/** The turn's outcome with danger remembered on the journey it leaves running, when that is still the one it was told in. */
export function withDangerTold(outcome: TurnOutcome, instanceId: string): TurnOutcome {
  const flow = outcome.state.flow;
  if (flow === undefined || flow.instanceId !== instanceId || flow.dangerTold === true) return outcome;
  return { ...outcome, state: { ...outcome.state, flow: { ...flow, dangerTold: true } }, changed: true };
}

/** A summary of a journey in which danger was told keeps 999 at the top, unless it already has its own alert. */
export function withDangerToldAlert(step: StepView, active: ActiveFlow, isSummary: boolean): StepView {
  if (active.dangerTold !== true || !isSummary || step.alert !== undefined) return step;
  return { ...step, alert: { key: 'danger:summary.call999' } };
}
