import type { FlowDialog } from './flow';
import { ROLE_IDS, type RoleId } from './router';

/**
 * What the engine knows of the journeys and forms: only what it is given at wiring. bot/app.ts
 * builds the catalogue from the content list (catalogue.content.ts) and passes it to each turn,
 * so no engine file imports a journey or a form, and adding one is a line in that list.
 */

export type CatalogueEntry =
  /** A role's first journey: the welcome card's button for that role. */
  | { kind: 'roleJourney'; role: RoleId; flow: FlowDialog }
  /**
   * A journey that starts from what happened rather than from who the user is, offered in list order; `runBy`, the roles
   * whose work it is, whose list of forms holds the forms it offers (the missing-and-returned journey's return home
   * interview record is social care's).
   */
  | { kind: 'situation'; flow: FlowDialog; runBy?: readonly RoleId[] }
  /** A form, with the role it belongs to when it has one; `typedAs`, how people name it when they ask for it in words ("the rhi form"). */
  | { kind: 'form'; flow: FlowDialog; role?: RoleId; typedAs?: RegExp };

export interface FlowCatalogue {
  /** Every flow, in list order. */
  flows: readonly FlowDialog[];
  byId(flowId: string): FlowDialog | undefined;
  /** The id of the journey a role starts with. */
  firstFlowOf(role: RoleId): string;
  /** Situation journeys' ids, in menu order. */
  situations: readonly string[];
  /** Forms' ids, in list order. */
  forms: readonly string[];
  /** The role whose flow this is; situations belong to no role. */
  roleOf(flowId: string): RoleId | undefined;
  /** The form a typed request names ("start the rhi form"), if it names one. */
  formNamedIn(text: string): string | undefined;
  /** The forms a role fills in (those its own journey and the situation journeys it runs offer), in list order; every form when the role is not known. */
  formsFilledInBy(role: RoleId | undefined): string[];
}

/** Builds the catalogue, refusing a list with a repeated id or a role without exactly one first journey. */
export function buildCatalogue(entries: readonly CatalogueEntry[]): FlowCatalogue {
  const byId = new Map<string, CatalogueEntry>();
  for (const entry of entries) {
    if (byId.has(entry.flow.id)) throw new Error(`catalogue: flow ${entry.flow.id} is listed twice`);
    byId.set(entry.flow.id, entry);
  }
  const first = new Map<RoleId, string>();
  for (const entry of entries) {
    if (entry.kind !== 'roleJourney') continue;
    if (first.has(entry.role)) throw new Error(`catalogue: role ${entry.role} has two first journeys`);
    first.set(entry.role, entry.flow.id);
  }
  const missing = ROLE_IDS.filter((role) => !first.has(role));
  if (missing.length > 0) throw new Error(`catalogue: no first journey for ${missing.join(', ')}`);
  const idsOf = (kind: CatalogueEntry['kind']) => entries.filter((e) => e.kind === kind).map((e) => e.flow.id);
  return {
    flows: entries.map((e) => e.flow),
    byId: (flowId) => byId.get(flowId)?.flow,
    firstFlowOf: (role) => first.get(role) ?? '',
    situations: idsOf('situation'),
    forms: idsOf('form'),
    formNamedIn: (text) => entries.find((e) => e.kind === 'form' && e.typedAs?.test(text) === true)?.flow.id,
    formsFilledInBy: (role) => {
      const offered = role === undefined ? undefined : new Set(journeysOf(entries, role).flatMap((flow) => (flow.formOffers ?? []).map((offer) => offer.formId)));
      return entries.filter((e) => e.kind === 'form' && (offered === undefined || offered.has(e.flow.id))).map((e) => e.flow.id);
    },
    roleOf(flowId) {
      const entry = byId.get(flowId);
      return entry === undefined || entry.kind === 'situation' ? undefined : entry.role;
    },
  };
}

/** The journeys of a role's work: its own, and the situation journeys it runs. */
function journeysOf(entries: readonly CatalogueEntry[], role: RoleId): FlowDialog[] {
  return entries.flatMap((e) => ((e.kind === 'roleJourney' && e.role === role) || (e.kind === 'situation' && e.runBy?.includes(role) === true) ? [e.flow] : []));
}
