import { handleTurn } from '../../dialogs/conversation';
import type { ConversationState } from '../../dialogs/conversationState.schema';
import type { DomainEvent } from '../../dialogs/events.schema';
import type { ParkedJourney, TurnDeps } from '../../dialogs/turn';
import { testTurnDeps, titles } from '../support/turnDeps';
import { concernRecordForm } from '../../dialogs/forms/concernRecord.form';

/** Forms in the turn: started from a summary, a stale offer, a draft of a changed form, one submission per instance. */

const submitted: Array<[string, string]> = [];
const submitForm: TurnDeps['submitForm'] = (kind, key) => {
  submitted.push([kind, key]);
  return Promise.resolve({ reference: 'CSE-7K2M-9QXD' });
};
const deps = (drafts: ParkedJourney[] = []): TurnDeps => testTurnDeps(drafts, { submitForm });
const ref = (state: ConversationState) => {
  if (state.flow === undefined) throw new Error('no flow');
  return { flowId: state.flow.flowId, instanceId: state.flow.instanceId, revision: state.flow.revision };
};

async function schoolSummary(): Promise<ConversationState> {
  let state: ConversationState | undefined;
  const answers: Array<[string, string | undefined]> = [['answer.danger', 'no'], ['checklist.skipped', undefined], ['answer.imagery', 'none'], ['answer.role', 'lead'], ['answer.socialWorker', 'no']];
  state = (await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'school.firstSteps' }, undefined, deps())).state;
  for (const [type, value] of answers) {
    const event: DomainEvent = { event: 'flow.answered', ...ref(state), answer: value === undefined ? { type } : { type, value } };
    state = (await handleTurn(state, event, undefined, deps())).state;
  }
  return state;
}

describe('forms in the turn', () => {
  it('starts the concern record from the summary, with what the journey recorded', async () => {
    const summary = await schoolSummary();
    const started = await handleTurn(summary, { event: 'form.startRequested', ...ref(summary), formId: 'form.concernRecord' }, undefined, deps());
    expect(titles(started.views)).toEqual(['concernRecord:pages.reporter.title']);
    expect(started.state.flow?.snapshot).toMatchObject({ context: { answers: { danger: 'no', routeShown: 'mash' }, prefill: { route: 'mash', danger: 'no' } } });
  });

  it('refuses an offer pressed on an out-of-date card, or for a form the journey does not offer', async () => {
    const summary = await schoolSummary();
    const stale = await handleTurn(summary, { event: 'form.startRequested', ...ref(summary), revision: 0, formId: 'form.concernRecord' }, undefined, deps());
    expect(titles(stale.views)[0]).toBe('notices:staleCard.title');
    const other = await handleTurn(summary, { event: 'form.startRequested', ...ref(summary), formId: 'form.madeUp' }, undefined, deps());
    expect(titles(other.views)[0]).toBe('notices:staleCard.title');
  });

  it('keeps a refused page’s good values, so they are there again after an interruption', async () => {
    const summary = await schoolSummary();
    let state = (await handleTurn(summary, { event: 'form.startRequested', ...ref(summary), formId: 'form.concernRecord' }, undefined, deps())).state;
    state = (await handleTurn(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.page', value: 'continue' }, inputs: { reporterName: 'Fictional Teacher', reporterRole: 'DSL', organisation: 'Fictional Academy' } }, undefined, deps())).state;
    const page = { childName: 'Fictional Child', dateOfBirth: '31/2/2012', setting: 'school', knownToCsc: 'no' };
    const refused = await handleTurn(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.page', value: 'continue' }, inputs: page }, undefined, deps());
    expect(titles(refused.views)).toEqual(['concernRecord:pages.child.title']);
    expect(refused.state.flow?.revision).toBe(state.flow?.revision);
    // A question typed, then back to the page: the values that were right are on it, the impossible date is not.
    const asked = await handleTurn(refused.state, { event: 'message.received', text: 'how long does a sexual risk order last?' }, undefined, deps());
    const resumed = await handleTurn(asked.state, { event: 'flow.resumed', flowId: ref(state).flowId, instanceId: ref(state).instanceId }, undefined, deps());
    const inputs = resumed.views.flatMap((v) => (v.kind === 'step' ? (v.inputs ?? []) : []));
    expect(Object.fromEntries(inputs.map((i) => [i.id, i.value]))).toMatchObject({ childName: 'Fictional Child', dateOfBirth: '', setting: 'school', knownToCsc: 'no' });
  });

  it('submits with the form instance as the idempotency key', async () => {
    const summary = await schoolSummary();
    let state = (await handleTurn(summary, { event: 'form.startRequested', ...ref(summary), formId: 'form.concernRecord' }, undefined, deps())).state;
    const pages: Array<Record<string, string>> = [
      { reporterName: 'Fictional Teacher', reporterRole: 'DSL', organisation: 'Fictional Academy' },
      { childName: 'Fictional Child', setting: 'school', knownToCsc: 'no' },
      { danger: 'no' },
      { whatHappened: 'A fictional account.', disclosure: 'no' },
      { seenOn: '1/12/2026' },
      { actions: 'none' },
      { decision: 'notReferred', reason: 'A fictional reason.' },
    ];
    for (const inputs of pages) state = (await handleTurn(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.page', value: 'continue' }, inputs }, undefined, deps())).state;
    const instance = ref(state).instanceId;
    const done = await handleTurn(state, { event: 'flow.answered', ...ref(state), answer: { type: 'form.submit' } }, undefined, deps());
    expect(titles(done.views)).toEqual(['forms:confirmation.title']);
    expect(submitted.at(-1)).toEqual(['form.concernRecord', instance]);
  });

  it('resumes a draft of a form that has changed with the answers that still fit, and says so', async () => {
    const old = {
      flowId: 'form.concernRecord',
      machineVersion: 0,
      instanceId: 'instance-old',
      revision: 4,
      snapshot: { value: 'editingPage', context: { page: 'concern', answers: { childName: 'Fictional Child', setting: 'library', seenOn: '01/12/2026' }, returnToCheck: false, submitFailed: false } },
      history: [],
    };
    const outcome = await handleTurn(undefined, { event: 'draft.resumed', draftId: 'instance-old' }, undefined, deps([{ draftId: 'instance-old', flowId: 'form.concernRecord', flow: old, updatedAt: new Date('2026-12-01T09:00:00Z'), expiresAt: new Date('2026-12-29T09:00:00Z') }]));
    expect(titles(outcome.views)).toEqual(['notices:formChanged.title', 'concernRecord:pages.reporter.title']);
    expect(outcome.state.flow).toMatchObject({ instanceId: 'instance-old', machineVersion: concernRecordForm.version, snapshot: { context: { answers: { childName: 'Fictional Child' } } } });
    expect(outcome.effects).toEqual(expect.arrayContaining([{ type: 'draft.remove', draftId: 'instance-old' }]));
  });
});
