import { handleTurn } from '../../../dialogs/conversation';
import type { ConversationState } from '../../../dialogs/conversationState.schema';
import { FORM_DEFINITIONS } from '../../../dialogs/forms';
import type { StepView, View } from '../../../cards/view';
import { catalogue } from '../../support/catalogue';
import { completedAnswers } from '../../support/completedForms';
import { testTurnDeps } from '../../support/turnDeps';

/**
 * Check-your-answers on several cards (issue 8, Teams' size limit), drawn again after danger written into a box dropped
 * the form's No to danger: every card of it comes back, in order, not the first one over and over.
 */

const deps = () => testTurnDeps([], { newId: () => 'instance-new' });
const definition = FORM_DEFINITIONS.find((d) => d.id === 'form.concernRecord');

const stepsOf = (views: View[]): StepView[] => views.filter((v): v is StepView => v.kind === 'step');
const changesOf = (steps: StepView[]): string[] => steps.flatMap((s) => (s.check ?? []).flatMap((section) => section.rows.map((r) => JSON.stringify(r.change.data))));

it('sends every card of check-your-answers after the 999 card, each once and in order', async () => {
  if (definition === undefined) throw new Error('no concern record');
  const form = catalogue.byId(definition.id);
  if (form === undefined) throw new Error('no concern record flow');
  const start = form.start({});
  // A record after the event: its No to danger is what words of danger now drop.
  // Long boxes, so check-your-answers takes more than one card.
  const long = (mark: string) => `${mark}: ${'Fictional words, written at length. '.repeat(110)}`.slice(0, 4000);
  const answers = { ...completedAnswers(definition, 'full'), danger: 'no', signs: long('signs'), reason: long('reason'), childsWords: long('words') };
  const state: ConversationState = {
    schemaVersion: 1,
    seenActivityIds: [],
    role: 'school',
    flow: { flowId: definition.id, machineVersion: form.version, instanceId: 'instance-check', revision: 4, snapshot: { value: 'checkingAnswers', context: { ...start.context, answers } }, history: [start] },
  };
  const ref = { flowId: definition.id, instanceId: 'instance-check' };
  const before = await handleTurn(state, { event: 'flow.answered', ...ref, revision: 4, answer: { type: 'form.change', value: 'whatHappened' } }, 'activity-change', deps());
  const revision = before.state.flow?.revision ?? 0;
  const after = await handleTurn(
    before.state,
    { event: 'flow.answered', ...ref, revision, answer: { type: 'form.page', value: 'continue' }, inputs: { whatHappened: 'Fictional: he is waiting at the gates now', disclosure: 'yes', childsWords: 'Fictional words she used' } },
    'activity-danger',
    deps(),
  );
  expect(after.views[0]?.kind).toBe('urgent');
  const steps = stepsOf(after.views);
  expect(steps.length).toBeGreaterThan(1);
  expect(steps.map((s) => s.title.key)).toEqual(steps.map((_, i) => (i === 0 ? 'forms:check.title' : 'forms:check.titleContinued')));
  const changes = changesOf(steps);
  expect(new Set(changes).size).toBe(changes.length);
  expect(changes.some((c) => c.includes('"reason"'))).toBe(true);
});
