import type { FlowCatalogue } from './catalogue';
import type { ActiveFlow } from './conversationState.schema';
import type { LiveJourney } from './turn';

/** A stored journey read once, if it is still one this version of the assistant can continue. */
export function loadJourney(active: ActiveFlow, catalogue: FlowCatalogue): LiveJourney | undefined {
  const flow = catalogue.byId(active.flowId);
  if (flow === undefined || flow.version !== active.machineVersion) return undefined;
  const journey = flow.restore(active.snapshot);
  return journey === undefined ? undefined : { active, flow, journey };
}
