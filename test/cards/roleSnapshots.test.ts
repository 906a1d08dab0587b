import { renderView } from '../../cards/render';
import type { Translate, UrgentAudience } from '../../cards/view';
import { ROLE_IDS } from '../../dialogs/router';
import { journeyView, urgentView, welcomeView } from '../../dialogs/views';
import { catalogue, liveOf } from '../support/catalogue';
import { allAnswers, explore } from '../support/flowGraph';
import { strictT } from '../support/i18n';

/**
 * What each role sees, as card JSON: the welcome, the 999 card for each reader, and the first summary each
 * role's journey reaches (the walk's order, with no local contacts). A change to any of them shows here as a
 * snapshot difference to read and accept on purpose (`npx jest -u`), not as a silent drift.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

it('the welcome card', () => {
  expect(renderView(welcomeView(undefined, [], catalogue), t)).toMatchSnapshot();
});

it.each<UrgentAudience>(['business', 'police', 'professional', 'anyone'])('the 999 card for %s', (audience) => {
  expect(renderView(urgentView(undefined, audience), t)).toMatchSnapshot();
});

it.each(ROLE_IDS)('the first summary of the %s journey', async (role) => {
  const flow = catalogue.byId(catalogue.firstFlowOf(role));
  if (flow === undefined) throw new Error(`no journey for ${role}`);
  const { states } = await explore(flow, allAnswers(flow.answerSchema));
  const summary = [...states.values()].find((journey) => flow.isFinal(journey));
  if (summary === undefined) throw new Error(`the ${role} journey reaches no summary`);
  const active = { flowId: flow.id, machineVersion: flow.version, instanceId: 'i-fictional-1', revision: 3, snapshot: summary, history: [summary] };
  const views = journeyView(liveOf(active), { facts: { contacts: {} }, catalogue, role });
  expect(views.map((view) => renderView(view, t))).toMatchSnapshot();
});
