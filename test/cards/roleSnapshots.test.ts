import { renderView } from '../../cards/render';
import { BUSINESS_WORKPLACES, URGENT_AUDIENCES, type Translate, type UrgentAudience } from '../../cards/view';
import { offersFitting, type FlowDialog, type PersistedJourney } from '../../dialogs/flow';
import { ROLE_IDS, type RoleId } from '../../dialogs/router';
import { journeyView, urgentView, welcomeView } from '../../dialogs/views';
import { catalogue, liveOf } from '../support/catalogue';
import { allAnswers, explore } from '../support/flowGraph';
import { strictT } from '../support/i18n';

/**
 * What each role sees, as card JSON: the welcome, the 999 card for each reader, and for each role's journey
 * its first question, the first summary it reaches (the walk's order, with no local contacts) and the first
 * page of the first form that summary offers, filled in from the journey as the offer fills it. A change to
 * any of them shows here as a snapshot difference to read and accept on purpose (`npx jest -u`), not as a
 * silent drift.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

it('the welcome card', () => {
  expect(renderView(welcomeView(undefined, [], catalogue), t)).toMatchSnapshot();
});

it.each<UrgentAudience>(URGENT_AUDIENCES)('the 999 card for %s', (audience) => {
  expect(renderView(urgentView(undefined, { audience }), t)).toMatchSnapshot();
});

it.each(BUSINESS_WORKPLACES)('the 999 card for business staff whose workplace is: %s', (workplace) => {
  expect(renderView(urgentView(undefined, { audience: 'business', workplace }), t)).toMatchSnapshot();
});

it('the 999 card for hotel staff who have let a room', () => {
  expect(renderView(urgentView(undefined, { audience: 'business', workplace: 'hotel', hotelRoom: 'let' }), t)).toMatchSnapshot();
});

it('the 999 card for hotel staff asked for a room not yet let', () => {
  expect(renderView(urgentView(undefined, { audience: 'business', workplace: 'hotel', hotelRoom: 'booking' }), t)).toMatchSnapshot();
});

it.each(['socialCare', 'professional', 'health'] as const)('the 999 card for %s staff whose child is on the phone to them', (audience) => {
  expect(renderView(urgentView(undefined, { audience, childOnPhone: true }), t)).toMatchSnapshot();
});

const firstJourneyOf = (role: RoleId): FlowDialog => {
  const flow = catalogue.byId(catalogue.firstFlowOf(role));
  if (flow === undefined) throw new Error(`no journey for ${role}`);
  return flow;
};

/** The journey's first summary, in the walk's order. */
async function firstSummary(flow: FlowDialog, role: RoleId): Promise<PersistedJourney> {
  const { states } = await explore(flow, allAnswers(flow.answerSchema));
  const summary = [...states.values()].find((journey) => flow.isFinal(journey));
  if (summary === undefined) throw new Error(`the ${role} journey reaches no summary`);
  return summary;
}

/** A journey's card for its reader, as a turn draws it (no local contacts); `history` gives it a Back. */
const cardsAt = (flow: FlowDialog, snapshot: PersistedJourney, role: RoleId, history: PersistedJourney[]) => {
  const active = { flowId: flow.id, machineVersion: flow.version, instanceId: 'i-fictional-1', revision: 3, snapshot, history };
  return journeyView(liveOf(active), { facts: { contacts: {} }, catalogue, role }).map((view) => renderView(view, t));
};

it.each(ROLE_IDS)('the first question of the %s journey', (role) => {
  const flow = firstJourneyOf(role);
  expect(cardsAt(flow, flow.start(), role, [])).toMatchSnapshot();
});

it.each(ROLE_IDS)('the first summary of the %s journey', async (role) => {
  const flow = firstJourneyOf(role);
  const summary = await firstSummary(flow, role);
  expect(cardsAt(flow, summary, role, [summary])).toMatchSnapshot();
});

it.each(ROLE_IDS)('the first page of the form the %s journey offers first', async (role) => {
  const flow = firstJourneyOf(role);
  const summary = await firstSummary(flow, role);
  const [offer] = offersFitting(flow, summary, { role, t });
  if (offer === undefined) throw new Error(`the ${role} journey's first summary offers no form`);
  const form = catalogue.byId(offer.formId);
  if (form === undefined) throw new Error(`${offer.formId} is not in the catalogue`);
  expect(cardsAt(form, form.start(offer.prefill(summary, { role, t })), role, [])).toMatchSnapshot();
});
