import { createActor, fromPromise, waitFor, type AnyMachineSnapshot } from 'xstate';
import { z } from 'zod';
import { createFormMachine, formContextSchema, type FormContext, type FormEvent, formInputSchema, type SubmitInput } from '../../machines/form.machine';
import { effectRunning } from '../carryOverRules';
import type { Answer, FlowDialog, FlowStart, StepEffects, StepResult } from '../flow';
import { checkedContexts } from '../checkedContexts';
import { persistedJourneySchema, type PersistedJourney } from '../persistedJourney.schema';
import { statechartStep } from '../statechartStep';
import { groupItems, keepAsked, questionsOf } from './conditions';
import { fitting, withUnsent } from './carriedAnswers';
import { afterDangerTold, DANGER_TOLD_IN_JOURNEY, isSafeDangerValue, readsAsRecordOfPast, withoutSafeDangerAnswers } from './dangerTold';
import { londonClock } from './dates';
import { draftDescription } from './draftFacts';
import { formLogic } from './formLogic';
import { formViews } from './formViews';
import { inputIdsOf, parsePage } from './pageSchema';
import { storedPayloadSchema } from './storedSchema';
import type { DeploymentLists, FormDefinition } from './vocabulary';

/**
 * A form as a flow: it runs through the same turn, drafts, stale-card and danger handling as the
 * journeys. A page's inputs are checked against the page's posted schema before the machine sees
 * them; submitting is the machine's invoked effect, given the runner's submit on that step only, bound
 * to the owner and keyed by the form instance, so it happens once however often it is pressed. Every
 * other step (a page, Back, a change, a removal) only assigns: it is the statechart's own transition,
 * without an actor (statechartStep.ts), and its context is not parsed again (as a journey's, flow.ts).
 */

const SETTLE_TIMEOUT_MS = 10_000;

export function formAnswerSchema(definition: FormDefinition) {
  const questionIds = definition.pages.flatMap((p) => questionsOf(p).map((q) => q.id));
  const maxItems = Math.max(1, ...definition.pages.map((p) => ('group' in p ? p.group.max : 1)));
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('form.page'), value: z.enum(['continue', 'addAnother']), inputs: z.record(z.string(), z.unknown()).optional() }),
    z.object({ type: z.literal('form.remove'), value: z.enum(Array.from({ length: maxItems }, (_, i) => String(i))) }),
    z.object({ type: z.literal('form.changeOnPage'), value: z.enum(Array.from({ length: maxItems }, (_, i) => String(i))) }),
    z.object({ type: z.literal('form.change'), value: z.enum(questionIds) }),
    /** One item of a repeated group, from check-your-answers: `<question id>@<index>` to change it, `<group id>@<index>` to remove it. */
    z.object({ type: z.literal('form.changeItem'), value: z.string().regex(ITEM_REF) }),
    z.object({ type: z.literal('form.removeItem'), value: z.string().regex(ITEM_REF) }),
    z.object({ type: z.literal('form.submit') }),
  ]);
}
type CardAnswer = z.infer<ReturnType<typeof formAnswerSchema>>;

const ITEM_REF = /^[A-Za-z][A-Za-z0-9]{0,50}@\d{1,2}$/;
/** `victims@1` as the group (or question) and the item's index. */
function itemRef(value: string): [id: string, index: number] {
  const [id = '', index = ''] = value.split('@');
  return [id, Number(index)];
}

export function defineForm(definition: FormDefinition): FlowDialog {
  const logic = formLogic(definition);
  const machine = createFormMachine(logic);
  const views = formViews(definition);
  const allQuestions = definition.pages.flatMap(questionsOf);
  const describing = draftDescription(definition);
  const answerSchema = formAnswerSchema(definition);
  const stateNames = Object.keys(machine.root.states);
  const pageOf = (questionId: string) => definition.pages.find((p) => questionsOf(p).some((q) => q.id === questionId))?.id;

  const payloadOf = (input: SubmitInput) =>
    storedPayloadSchema(definition).parse({
      formId: definition.id,
      formVersion: definition.version,
      schemaVersion: definition.schemaVersion,
      answers: keepAsked(definition, input.answers),
      ...(input.prefill === undefined ? {} : { prefill: input.prefill }),
    });

  // Made once per form: a step that only assigns moves the statechart without an actor of its own.
  const pureStep = statechartStep(machine);

  // The checked context of each journey this form has read or made, so a turn parses it once.
  const { remember, contextOf } = checkedContexts(stateNames, formContextSchema);

  // Provided only for the step that submits: building a machine with its own actors is not free.
  const withSubmit = (effects: StepEffects | undefined) =>
    machine.provide({
      actors: {
        submitForm: fromPromise<{ reference: string }, SubmitInput>(async ({ input }) => {
          if (effects?.submit === undefined) throw new Error('no submission store was provided');
          return effects.submit(payloadOf(input));
        }),
      },
    });

  /** What came from outside the step (a start's answers and prefill, a store's reference): checked. */
  const persist = (value: unknown, context: unknown): PersistedJourney | undefined => {
    const parsed = formContextSchema.safeParse(context);
    return typeof value === 'string' && stateNames.includes(value) && parsed.success ? remember(value, parsed.data) : undefined;
  };

  /**
   * The machine's state after a step that only assigned, as a stored journey. Its context is not parsed
   * again: the machine made it from a context read once this turn and a page its schema checked, and
   * every step from every state walked is proven to read back as it was stored (test/machines/flows.paths.test.ts).
   */
  const stepped = (snapshot: AnyMachineSnapshot): PersistedJourney | undefined => {
    const { value, context } = snapshot;
    return typeof value === 'string' && stateNames.includes(value) && typeof context === 'object' && context !== null ? remember(value, context) : undefined;
  };

  /** The submission: an invoked effect, run by an actor given this turn's submit, and waited for. */
  const submitByActor = async (journey: PersistedJourney, context: FormContext, event: FormEvent, effects: StepEffects | undefined) => {
    const provided = withSubmit(effects);
    const actor = createActor(provided, { snapshot: provided.resolveState({ value: journey.value, context }), input: {} }).start();
    actor.send(event);
    const settled = await waitFor(actor, (s) => !effectRunning(s), { timeout: SETTLE_TIMEOUT_MS });
    actor.stop();
    return persist(settled.value, settled.context);
  };

  /** Reads a stored journey once: a known state and a valid context, remembered so nothing parses it again this turn. */
  const restoreStored = (stored: unknown): PersistedJourney | undefined => {
    const envelope = persistedJourneySchema.safeParse(stored);
    if (!envelope.success || !stateNames.includes(envelope.data.value)) return undefined;
    const context = formContextSchema.safeParse(envelope.data.context);
    return context.success ? remember(envelope.data.value, context.data) : undefined;
  };

  /** A start or a Back that does more than assign (not so today): run by an actor, which is stopped. */
  const startedByActor = (input: z.input<typeof formInputSchema>): AnyMachineSnapshot => {
    const actor = createActor(machine, { input }).start();
    const snapshot = actor.getSnapshot();
    actor.stop();
    return snapshot;
  };
  const backByActor = (resolved: AnyMachineSnapshot, event: FormEvent): PersistedJourney | undefined => {
    const actor = createActor(machine, { snapshot: resolved, input: {} }).start();
    actor.send(event);
    const next = actor.getSnapshot();
    const busy = effectRunning(next);
    actor.stop();
    return busy ? undefined : persist(next.value, next.context);
  };

  /** The group item a Remove names, when it is there to remove in the state the card was drawn for. */
  function removalAsked(card: CardAnswer, state: string, context: z.infer<typeof formContextSchema>): { groupId: string; index: number } | undefined {
    const at = card.type === 'form.remove' && state === 'editingPage' ? { page: context.page, index: Number(card.value) } : undefined;
    const [groupId, index] = card.type === 'form.removeItem' && state === 'checkingAnswers' ? itemRef(card.value) : ['', -1];
    const fromCheck = definition.pages.find((p) => 'group' in p && p.group.id === groupId);
    const asked = at ?? (fromCheck === undefined ? undefined : { page: fromCheck.id, index });
    if (asked === undefined || !logic.hasItem(context.answers, asked.page, asked.index) || !logic.isAsked(context.answers, asked.page)) return undefined;
    const page = definition.pages.find((p) => p.id === asked.page);
    return page !== undefined && 'group' in page ? { groupId: page.group.id, index: asked.index } : undefined;
  }

  /** The machine's event for what the card sent, or the problems with the page. */
  function toEvent(card: CardAnswer, journey: PersistedJourney, context: z.infer<typeof formContextSchema>, now: Date, lists?: DeploymentLists): FormEvent | StepResult {
    if (card.type === 'form.submit') return { type: 'form.submitted' };
    if (card.type === 'form.remove') return { type: 'group.itemRemoved', index: Number(card.value) };
    if (card.type === 'form.changeOnPage') return { type: 'group.itemOpened', index: Number(card.value) };
    if (card.type === 'form.change') return { type: 'answer.changeRequested', page: pageOf(card.value) ?? '' };
    if (card.type === 'form.changeItem') {
      const [questionId, item] = itemRef(card.value);
      return { type: 'answer.changeRequested', page: pageOf(questionId) ?? '', item };
    }
    if (card.type === 'form.removeItem') {
      const [groupId, index] = itemRef(card.value);
      return { type: 'group.itemRemoved', index, page: definition.pages.find((p) => 'group' in p && p.group.id === groupId)?.id ?? '' };
    }
    const page = definition.pages.find((p) => p.id === context.page);
    if (journey.value !== 'editingPage' || page === undefined) return { ok: false, reason: 'notAccepted' };
    const questions = questionsOf(page);
    const posted = card.inputs ?? {};
    const blank = questions.flatMap(inputIdsOf).every((id) => String(posted[id] ?? '').trim() === '');
    if ('group' in page && blank && context.item === undefined && groupItems(context.answers[page.group.id]).length >= page.group.min) return { type: 'page.completed', answers: {}, addAnother: false };
    const earlier = { ...context.answers };
    for (const q of questions) delete earlier[q.id];
    const parsed = parsePage(definition, questions, posted, { clock: londonClock(now), earlier, form: allQuestions, ...(lists === undefined ? {} : { lists }) });
    if (!parsed.ok) return { ok: false, reason: 'invalidInput', errors: Object.fromEntries(Object.keys(parsed.errors).map((id) => [id, 'invalid' as const])), messages: parsed.errors };
    return { type: 'page.completed', answers: parsed.answers, addAnother: card.value === 'addAnother' };
  }

  async function run(journey: PersistedJourney, context: FormContext, event: FormEvent, effects: StepEffects | undefined): Promise<StepResult> {
    const resolved = machine.resolveState({ value: journey.value, context });
    if (!resolved.can(event)) return { ok: false, reason: 'notAccepted' };
    const pure = pureStep.next(resolved, event);
    const next = pure === undefined ? await submitByActor(journey, context, event, effects) : stepped(pure);
    return next === undefined ? { ok: false, reason: 'corrupt' } : { ok: true, journey: next };
  }

  function start(init?: FlowStart): PersistedJourney {
    const answers = fitting(definition, init?.answers ?? {});
    const prefill = init?.dangerTold === true ? { ...init.prefill, [DANGER_TOLD_IN_JOURNEY]: 'yes' } : init?.prefill;
    const input = { answers: init?.dangerTold === true ? withoutSafeDangerAnswers(definition, answers) : answers, ...(prefill === undefined ? {} : { prefill }) };
    const snapshot = pureStep.initial(input) ?? startedByActor(input);
    // What a form starts with may come from outside it (a journey's summary, an older draft): checked.
    const journey = persist(snapshot.value, snapshot.context);
    if (journey === undefined) throw new Error(`form ${definition.id}: its first page has no valid context`);
    return journey;
  }

  return {
    id: definition.id,
    version: definition.version,
    titleKey: `${definition.ns}:title`,
    stateNames,
    machine,
    input: undefined,
    answerSchema,
    start,
    async step(journey, answer: Answer, effects) {
      const card = answerSchema.safeParse(answer);
      if (!card.success) return { ok: false, reason: 'invalidAnswer' };
      const context = contextOf(journey);
      if (context === undefined) return { ok: false, reason: 'corrupt' };
      const event = toEvent(card.data, journey, context, effects?.now ?? new Date(), effects?.facts?.lists);
      return 'ok' in event ? event : run(journey, context, event, effects);
    },
    view(journey, facts, reader) {
      const render = views[journey.value];
      const context = contextOf(journey);
      if (render === undefined || context === undefined) throw new Error(`form ${definition.id}: no view for its state`);
      return render(context, facts?.lists, reader);
    },
    isFinal(journey) {
      return journey.value === 'submitted';
    },
    dangerTold(journey) {
      const context = contextOf(journey);
      if (context === undefined || journey.value === 'submitted') return undefined;
      const after = afterDangerTold(definition, context);
      const changed = after === undefined ? undefined : persist(journey.value, { ...context, ...after });
      return { ...(changed === undefined ? {} : { journey: changed }), forgets: (inputId: string, value: string) => isSafeDangerValue(definition, inputId, value) };
    },
    readsAsRecordOfPast(journey, inputs) {
      const context = contextOf(journey);
      return context !== undefined && readsAsRecordOfPast(definition, context, inputs);
    },
    removalOf(journey, answer) {
      const card = answerSchema.safeParse(answer);
      const context = contextOf(journey);
      if (!card.success || context === undefined) return undefined;
      const removal = removalAsked(card.data, journey.value, context);
      return removal === undefined ? undefined : { key: `${definition.ns}:groups.${removal.groupId}.item`, values: { n: removal.index + 1 } };
    },
    describe(journey, now) {
      return describing(contextOf(journey)?.answers ?? {}, now);
    },
    restore: restoreStored,
    canRestore(journey) {
      return restoreStored(journey) !== undefined;
    },
    pageKey(journey) {
      const context = contextOf(journey);
      return journey.value === 'editingPage' && context !== undefined ? `${journey.value}:${context.page}:${context.item ?? 'new'}` : journey.value;
    },
    back(journey) {
      const context = contextOf(journey);
      const resolved = context === undefined ? undefined : machine.resolveState({ value: journey.value, context });
      const event: FormEvent = { type: 'page.back' };
      if (resolved === undefined || !resolved.can(event)) return undefined;
      // Back only assigns (the page before): an actor would be needed only if the statechart changed so that it did more.
      const pure = pureStep.next(resolved, event);
      return pure === undefined ? backByActor(resolved, event) : stepped(pure);
    },
    // Answers set aside (`setAside`) are not carried to the new version, as docs/forms.md says: each answer carried is
    // checked where the new version asks it (`fitting`), and one set aside is by definition not asked, so there is nothing
    // to check it against; brought back later by a condition the new version may have changed, it could hold a value
    // that version's question cannot take.
    carryOver(stored, kept) {
      const unsent = kept?.openPage ?? {};
      const old = persistedJourneySchema.safeParse(stored);
      const context = old.success ? z.object({ answers: z.record(z.string(), z.unknown()), prefill: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional() }).safeParse(old.data.context) : undefined;
      if (context?.success !== true) return undefined;
      const open = z.object({ page: z.string() }).safeParse(old.data?.context);
      const answers = withUnsent(definition, open.success ? open.data.page : undefined, context.data.answers, unsent);
      return start({ answers, ...(context.data.prefill === undefined ? {} : { prefill: context.data.prefill }) });
    },
  };
}
