import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { CatalogueEntry } from '../../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../../dialogs/catalogue.content';
import type { FlowDialog } from '../../dialogs/flow';
import { STORES, actionTitles, allText, assistantForEachTest, chat, findAction, headings, inputValues, openStore, type Card, type StoreKind } from '../support/assistant';
import { CONCERN_RECORD_OFFER, expectClosedDraftOffer, schoolSummary } from '../support/formDraftOffer';

/**
 * A journey or form left open in a conversation (not saved for later) while the assistant is upgraded
 * to a new version of it, over HTTP on each store: the next turn carries it over with its answers and
 * what its open page held, a press on a card the old version drew is out of date, 999 still comes first,
 * and a journey with no way to be carried over is retired kindly. Each carry-over and each retirement is
 * audited once, read back from the store; a draft with no way to be carried over is kept, not retired.
 * A summary's offer of a form whose saved draft the new version carries over says the draft is there,
 * and opens it carried over; one whose saved draft it cannot carry over says that draft cannot be opened,
 * with a fresh start or Delete. Every value is fictional.
 */

const DANGER = 'Is the child in immediate danger?';
const AREA_1 = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const PREGNANCY = 'indicator.sexual-health.pregnancy';
const NOTE = 'A fictional note: a new phone from a man at Quirkfield station';
const ASK_CANCEL = 'Cancel this journey?';
const JOURNEY_CHANGED = 'This journey has changed since you last used it';
const FORM_CHANGED = 'This form has changed since you last used it';
const STALE = 'That card is out of date';
const RETIRED = 'This journey has changed';
const CALL_999 = 'Call 999 now';
const CANNOT_OPEN = 'That saved draft cannot be opened';
const CANNOT_OPEN_WHY = 'It was saved by an older version of this assistant, and this version cannot open it. It stays in your saved drafts, where you can delete it.';
const CALL_999_IF_IN_DANGER = 'If a child is in danger now, call 999.';
const DRAFT_EXISTS = 'You already have a draft of this form';
const FORM_DRAFT_CANNOT_OPEN = 'You have a saved draft of this form that cannot be opened';

const SCHOOL_VERSION = CATALOGUE_ENTRIES.find((entry) => entry.flow.id === 'school.firstSteps')?.flow.version ?? 0;
const CARRIED_SCHOOL = `journey.carriedOver.school.firstSteps.v${SCHOOL_VERSION}-to-v${SCHOOL_VERSION + 1}`;
const RETIRED_SCHOOL = `journey.retired.school.firstSteps.v${SCHOOL_VERSION}`;

/** An action's data (a press sent as Teams sends it, with an activity id of the test's choosing). */
function actionData(cards: Card[], title: string): Record<string, unknown> {
  return z.record(z.string(), z.unknown()).parse(findAction(cards, title)?.data);
}

/** The catalogue as the next version of the assistant has it: these flows' versions raised, and (to retire) one without its carry-over. */
function upgraded(raise: string[], withoutRule: string[] = []): CatalogueEntry[] {
  const later = (flow: FlowDialog): FlowDialog => {
    const { carryOver, ...rest } = flow;
    const raised = { ...rest, version: flow.version + 1 };
    return withoutRule.includes(flow.id) || carryOver === undefined ? raised : { ...raised, carryOver };
  };
  return CATALOGUE_ENTRIES.map((entry) => (raise.includes(entry.flow.id) ? { ...entry, flow: later(entry.flow) } : entry));
}

describe.each(STORES)('a journey open when the assistant is upgraded (%s store)', (store: StoreKind) => {
  const database = `upgrade_${randomBytes(4).toString('hex')}`;
  const assistant = assistantForEachTest(store, database);
  const upgrade = (catalogue: CatalogueEntry[]): Promise<void> => assistant.restart({ catalogue });

  /** The audit entries of one journey instance, as the store holds them. */
  async function auditOf(instanceId: unknown): Promise<string[]> {
    const storage = await openStore(store, assistant.dataFile, database);
    try {
      return (await storage.audit.listBySubject(String(instanceId))).map((entry) => entry.action);
    } finally {
      await storage.close();
    }
  }

  it('a school journey: a press on the old card is out of date, and the journey comes back with what its page held', async () => {
    const c = chat(assistant.url, `conv-upgrade-school-${store}`);
    const area = await c.press(await c.say('school'), 'No');
    expect(headings(area)).toEqual([AREA_1]);
    const asked = await c.press(area, 'Cancel', { [PREGNANCY]: 'seen', note: NOTE });
    expect(headings(asked)).toEqual([ASK_CANCEL]);

    await upgrade(upgraded(['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    // The old card's "yes, cancel" was drawn for the old version: out of date, so nothing is discarded.
    const carried = await after.press(asked, 'Yes, cancel and discard my answers');
    expect(headings(carried)).toEqual([JOURNEY_CHANGED, STALE, AREA_1]);
    expect(inputValues(carried)).toMatchObject({ [PREGNANCY]: 'seen', note: NOTE });
    // Carried over once: the next turn finds it as it was left, and it carries on.
    const next = await after.press(carried, /^Next: warning signs 2/, { [PREGNANCY]: 'seen', note: NOTE });
    expect(headings(next)).toEqual(['Warning signs 2 of 10: A, Absence, truancy and going missing']);
  });

  it('a typed 999 message on the first turn after the upgrade gets the 999 card first', async () => {
    const c = chat(assistant.url, `conv-upgrade-danger-${store}`);
    expect(headings(await c.press(await c.say('school'), 'No'))).toEqual([AREA_1]);
    await upgrade(upgraded(['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    const urgent = await after.say("she's with him right now");
    expect(headings(urgent)[0]).toBe(CALL_999);
    expect(headings(urgent)).toContain(JOURNEY_CHANGED);
    expect(headings(await after.say('menu'))).not.toContain(JOURNEY_CHANGED);
  });

  it('an open form keeps its answers and its open page', async () => {
    const c = chat(assistant.url, `conv-upgrade-form-${store}`);
    await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
    const first = await c.send({ value: { event: 'flow.startRequested', flowId: 'form.concernRecord' } });
    const posted = { reporterName: 'A Fictional Teacher', reporterRole: 'Teacher', organisation: 'Quirkfield Academy' };
    const child = await c.press(first, 'Continue', posted);
    const asked = await c.press(child, 'Cancel', { childName: 'Fictional Child' });
    expect(headings(asked)).toEqual([ASK_CANCEL]);

    await upgrade(upgraded(['form.concernRecord']));
    const after = chat(assistant.url, c.conversationId);
    const carried = await after.say('menu');
    expect(headings(carried)[0]).toBe(FORM_CHANGED);
    const page = await after.press(carried, /^Carry on/);
    expect(inputValues(page)).toMatchObject(posted);
    const next = await after.press(page, 'Continue', inputValues(page));
    expect(inputValues(next)).toMatchObject({ childName: 'Fictional Child' });
  });

  it('a journey its new version cannot carry over is retired, kindly, with a fresh start', async () => {
    const c = chat(assistant.url, `conv-upgrade-retired-${store}`);
    const area = await c.press(await c.say('school'), 'No');
    await upgrade(upgraded(['school.firstSteps'], ['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    const retired = await after.press(area, 'Save for later');
    expect(headings(retired)[0]).toBe(RETIRED);
    expect(headings(await after.say('school'))).toEqual([DANGER]);
  });

  it('the carry-over is audited once, with the flow and the versions: not again when Teams delivers the turn twice', async () => {
    const c = chat(assistant.url, `conv-upgrade-audit-${store}`);
    const area = await c.press(await c.say('school'), 'No');
    const { instanceId } = actionData(area, 'Cancel');
    expect(await auditOf(instanceId)).toEqual(['journey.started']);

    await upgrade(upgraded(['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    const menu = { id: `act-upgrade-audit-menu-${store}`, text: 'menu' };
    expect(headings(await after.send(menu))[0]).toBe(JOURNEY_CHANGED);
    expect(await auditOf(instanceId)).toEqual(['journey.started', CARRIED_SCHOOL]);
    // Teams delivers the same turn again: answered with where things stand, carried and audited once.
    expect(headings(await after.send(menu))).not.toContain(JOURNEY_CHANGED);
    expect(await auditOf(instanceId)).toEqual(['journey.started', CARRIED_SCHOOL]);
  });

  it('a press delivered before the upgrade and again after it carries the journey over, audited once', async () => {
    const c = chat(assistant.url, `conv-upgrade-retry-${store}`);
    const danger = await c.say('school');
    const press = { id: `act-upgrade-retry-${store}`, value: actionData(danger, 'No') };
    const area = await c.send(press);
    expect(headings(area)).toEqual([AREA_1]);
    const { instanceId } = actionData(area, 'Cancel');

    await upgrade(upgraded(['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    // The retry applies nothing again; the journey is carried over and stored, and the carry-over audited.
    expect(headings(await after.send(press))).toEqual([JOURNEY_CHANGED, AREA_1]);
    expect(headings(await after.send(press))).toEqual([AREA_1]);
    expect(await auditOf(instanceId)).toEqual(['journey.started', CARRIED_SCHOOL]);
  });

  it('the retirement is audited once, with the flow and the version that stored it: not again when Teams delivers the turn twice', async () => {
    const c = chat(assistant.url, `conv-upgrade-retired-audit-${store}`);
    const area = await c.press(await c.say('school'), 'No');
    const { instanceId } = actionData(area, 'Cancel');

    await upgrade(upgraded(['school.firstSteps'], ['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    const menu = { id: `act-upgrade-retired-menu-${store}`, text: 'menu' };
    expect(headings(await after.send(menu))[0]).toBe(RETIRED);
    expect(await auditOf(instanceId)).toEqual(['journey.started', RETIRED_SCHOOL]);
    // Teams delivers the same turn again: nothing is left to retire, and nothing more is written.
    expect(headings(await after.send(menu))).not.toContain(RETIRED);
    expect(await auditOf(instanceId)).toEqual(['journey.started', RETIRED_SCHOOL]);
    expect(headings(await after.say('menu'))).not.toContain(RETIRED);
    expect(await auditOf(instanceId)).toEqual(['journey.started', RETIRED_SCHOOL]);
  });

  it('a press delivered before the upgrade and again after it retires the journey, audited once', async () => {
    const c = chat(assistant.url, `conv-upgrade-retired-retry-${store}`);
    const danger = await c.say('school');
    const press = { id: `act-upgrade-retired-retry-${store}`, value: actionData(danger, 'No') };
    const area = await c.send(press);
    expect(headings(area)).toEqual([AREA_1]);
    const { instanceId } = actionData(area, 'Cancel');

    await upgrade(upgraded(['school.firstSteps'], ['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    expect(headings(await after.send(press))[0]).toBe(RETIRED);
    expect(headings(await after.send(press))).not.toContain(RETIRED);
    expect(await auditOf(instanceId)).toEqual(['journey.started', RETIRED_SCHOOL]);
  });

  it("a summary's offer of a form whose saved draft the new version carries over says it is there, and Open carries it over with its answers", async () => {
    const user = `user-fictional-offer-carried-${store}`;
    const saving = chat(assistant.url, `conv-upgrade-offer-${store}`, user);
    const form = await saving.press(await schoolSummary(saving), CONCERN_RECORD_OFFER);
    expect(headings(form)).toEqual(['About you']);
    const posted = { reporterName: 'A Fictional Teacher', reporterRole: 'Designated safeguarding lead', organisation: 'Quirkfield Academy' };
    expect(headings(await saving.press(form, 'Save for later', posted))).toEqual(['Saved for later']);

    await upgrade(upgraded(['form.concernRecord']));
    const c = chat(assistant.url, `conv-upgrade-offer-after-${store}`, user);
    const offered = await c.press(await schoolSummary(c), CONCERN_RECORD_OFFER);
    expect(headings(offered)).toEqual([DRAFT_EXISTS]);
    expect(allText(offered)).toContain('Concern record, saved');
    expect(actionTitles(offered)).toEqual(['Open the draft', 'Start a new one', 'Carry on where I was']);
    const opened = await c.press(offered, 'Open the draft');
    expect(headings(opened)).toEqual([FORM_CHANGED, 'About you']);
    expect(inputValues(opened)).toMatchObject(posted);
  });

  it("a summary's offer of a form whose saved draft the new version cannot carry over says that draft cannot be opened, with a fresh start or Delete", async () => {
    const user = `user-fictional-offer-cannot-open-${store}`;
    const saving = chat(assistant.url, `conv-upgrade-offer-old-${store}`, user);
    const form = await saving.press(await schoolSummary(saving), CONCERN_RECORD_OFFER);
    expect(headings(await saving.press(form, 'Save for later', { reporterRole: 'Designated safeguarding lead' }))).toEqual(['Saved for later']);

    await upgrade(upgraded(['form.concernRecord'], ['form.concernRecord']));
    const c = chat(assistant.url, `conv-upgrade-offer-old-after-${store}`, user);
    const offered = await c.press(await schoolSummary(c), CONCERN_RECORD_OFFER);
    await expectClosedDraftOffer(c, offered, FORM_DRAFT_CANNOT_OPEN, 'It was saved by an older version of this assistant, and this version cannot open it.');
  });

  it('a draft its new version cannot carry over is kept, marked so, and not retired: nothing is audited for it', async () => {
    const c = chat(assistant.url, `conv-upgrade-retired-draft-${store}`);
    const area = await c.press(await c.say('school'), 'No');
    const { instanceId } = actionData(area, 'Cancel');
    expect(headings(await c.press(area, 'Save for later'))).toEqual(['Saved for later']);

    await upgrade(upgraded(['school.firstSteps'], ['school.firstSteps']));
    const after = chat(assistant.url, c.conversationId);
    const list = await after.press(await after.say('menu'), 'Your saved drafts (1)');
    expect(allText(list)).toContain('This journey has changed since it was saved and cannot be carried on.');
    expect(findAction(list, 'Resume')).toBeUndefined();
    const { draftId } = actionData(list, 'Delete');
    expect(draftId).toBe(instanceId);
    // A press to resume it from a card drawn before the upgrade: not opened, told why and what can be done, and still listed.
    const resumed = await after.send({ value: { event: 'draft.resumed', draftId } });
    expect(headings(resumed)[0]).toBe(CANNOT_OPEN);
    expect(allText(resumed)).toContain(CANNOT_OPEN_WHY);
    expect(allText(resumed)).toContain(CALL_999_IF_IN_DANGER);
    expect(allText(resumed)).not.toContain('It may have expired');
    expect(headings(await after.press(await after.say('menu'), 'Your saved drafts (1)'))).toEqual(['Your saved drafts']);
    expect(await auditOf(instanceId)).toEqual(['journey.started', 'journey.parked']);
  });
});
