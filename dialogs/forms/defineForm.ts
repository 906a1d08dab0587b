import { createActor, fromPromise, waitFor, Actor } from 'xstate';
import { z } from 'zod';
import { createFormMachine, formAnswerValueSchema as answerValueSchema, formContextSchema, type FormEvent, type SubmitInput } from '../../machines/form.machine';
import type { Answer, FlowDialog, FlowStart, StepEffects, StepResult } from '../flow';
import { persistedJourneySchema, type PersistedJourney } from '../persistedJourney.schema';
import { groupItems, keepAsked, questionsOf } from './conditions';
import { londonClock } from './dates';
import { displayRefs } from './display';
import { formLogic } from './formLogic';
import { formViews } from './formViews';
import { labelOf } from './messages';
import { inputIdsOf, parsePage } from './pageSchema';
import { storedAnswersSchema, storedPayloadSchema } from './storedSchema';
import type { DeploymentLists, FormAnswers, FormDefinition } from './vocabulary';

/**
 * A form as a flow: it runs through the same turn, drafts, stale-card and danger handling as the
 * journeys. A page's inputs are checked against the page's posted schema before the machine sees
 * them; submitting is the machine's invoked effect, given per step the runner's submit, bound to
 * the owner and keyed by the form instance, so it happens once however often it is pressed.
 */

const SETTLE_TIMEOUT_MS = 10_000;

function isActiveActor(child: unknown): boolean {
  return child instanceof Actor && child.getSnapshot().status === 'active';
}

export function formAnswerSchema(definition: FormDefinition) {
  const questionIds = definition.pages.flatMap((p) => questionsOf(p).map((q) => q.id));
  const maxItems = Math.max(1, ...definition.pages.map((p) => ('group' in p ? p.group.max : 1)));
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('form.page'), value: z.enum(['continue', 'addAnother']), inputs: z.record(z.string(), z.unknown()).optional() }),
    z.object({ type: z.literal('form.remove'), value: z.enum(Array.from({ length: maxItems }, (_, i) => String(i))) }),
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

/** Only answers that fit the form as it is now: from a journey's summary, or a draft saved by an older version. */
function fitting(definition: FormDefinition, given: Record<string, unknown>): FormAnswers {
  const shape = storedAnswersSchema(definition).shape;
  const kept: FormAnswers = {};
  for (const [id, raw] of Object.entries(given)) {
    const schema = shape[id];
    const parsed = schema === undefined ? undefined : schema.safeParse(raw);
    const value = parsed?.success === true ? answerValueSchema.safeParse(parsed.data) : undefined;
    if (value?.success === true) kept[id] = value.data;
  }
  return keepAsked(definition, kept);
}

export function defineForm(definition: FormDefinition): FlowDialog {
  const logic = formLogic(definition);
  const machine = createFormMachine(logic);
  const views = formViews(definition);
  const describing = [definition.describedBy ?? []].flat().flatMap((id) => definition.pages.flatMap(questionsOf).filter((q) => q.id === id && q.personal !== true));
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

  const withSubmit = (effects: StepEffects | undefined) =>
    machine.provide({
      actors: {
        submitForm: fromPromise<{ reference: string }, SubmitInput>(async ({ input }) => {
          if (effects?.submit === undefined) throw new Error('no submission store was provided');
          return effects.submit(payloadOf(input));
        }),
      },
    });

  const restore = (journey: PersistedJourney, effects?: StepEffects) => {
    const context = formContextSchema.safeParse(journey.context);
    if (!stateNames.includes(journey.value) || !context.success) return undefined;
    return { context: context.data, snapshot: withSubmit(effects).resolveState({ value: journey.value, context: context.data }) };
  };

  const persist = (value: unknown, context: unknown): PersistedJourney | undefined => {
    const parsed = formContextSchema.safeParse(context);
    return typeof value === 'string' && parsed.success ? { value, context: parsed.data } : undefined;
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
    const parsed = parsePage(definition, questions, posted, { clock: londonClock(now), earlier, ...(lists === undefined ? {} : { lists }) });
    if (!parsed.ok) return { ok: false, reason: 'invalidInput', errors: Object.fromEntries(Object.keys(parsed.errors).map((id) => [id, 'invalid' as const])), messages: parsed.errors };
    return { type: 'page.completed', answers: parsed.answers, addAnother: card.value === 'addAnother' };
  }

  async function run(journey: PersistedJourney, event: FormEvent, effects: StepEffects | undefined): Promise<StepResult> {
    const restored = restore(journey, effects);
    if (restored === undefined) return { ok: false, reason: 'corrupt' };
    if (!restored.snapshot.can(event)) return { ok: false, reason: 'notAccepted' };
    const actor = createActor(withSubmit(effects), { snapshot: restored.snapshot, input: {} }).start();
    actor.send(event);
    const settled = await waitFor(actor, (s) => Object.values(s.children).every((c) => !isActiveActor(c)), { timeout: SETTLE_TIMEOUT_MS });
    actor.stop();
    const next = persist(settled.value, settled.context);
    return next === undefined ? { ok: false, reason: 'corrupt' } : { ok: true, journey: next };
  }

  function start(init?: FlowStart): PersistedJourney {
    const input = { answers: fitting(definition, init?.answers ?? {}), ...(init?.prefill === undefined ? {} : { prefill: init.prefill }) };
    const actor = createActor(machine, { input }).start();
    const snapshot = actor.getSnapshot();
    actor.stop();
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
      const context = formContextSchema.safeParse(journey.context);
      if (!context.success) return { ok: false, reason: 'corrupt' };
      const event = toEvent(card.data, journey, context.data, effects?.now ?? new Date(), effects?.facts?.lists);
      return 'ok' in event ? event : run(journey, event, effects);
    },
    view(journey, facts) {
      const render = views[journey.value];
      const context = formContextSchema.safeParse(journey.context);
      if (render === undefined || !context.success) throw new Error(`form ${definition.id}: no view for its state`);
      return render(context.data, facts?.lists);
    },
    isFinal(journey) {
      return journey.value === 'submitted';
    },
    removalOf(journey, answer) {
      const card = answerSchema.safeParse(answer);
      const context = formContextSchema.safeParse(journey.context);
      if (!card.success || !context.success) return undefined;
      const removal = removalAsked(card.data, journey.value, context.data);
      return removal === undefined ? undefined : { key: `${definition.ns}:groups.${removal.groupId}.item`, values: { n: removal.index + 1 } };
    },
    describe(journey) {
      const context = formContextSchema.safeParse(journey.context);
      const answers = context.success ? context.data.answers : {};
      const question = describing.find((q) => answers[q.id] !== undefined && answers[q.id] !== '');
      const answer = question === undefined ? undefined : answers[question.id];
      if (question === undefined || answer === undefined || answer === '' || (typeof answer !== 'string' && !answer.every((v) => typeof v === 'string'))) return undefined;
      const [value] = displayRefs(question, typeof answer === 'string' ? firstWords(answer) : answer);
      return value === undefined ? undefined : { key: 'notices:drafts.described', refs: { label: labelOf(definition, question), value } };
    },
    restore(stored) {
      const parsed = persistedJourneySchema.safeParse(stored);
      return parsed.success && restore(parsed.data) !== undefined ? parsed.data : undefined;
    },
    canRestore(journey) {
      const parsed = persistedJourneySchema.safeParse(journey);
      return parsed.success && restore(parsed.data) !== undefined;
    },
    back(journey) {
      const restored = restore(journey);
      if (restored === undefined || !restored.snapshot.can({ type: 'page.back' })) return undefined;
      const actor = createActor(machine, { snapshot: restored.snapshot, input: {} }).start();
      actor.send({ type: 'page.back' });
      const next = actor.getSnapshot();
      actor.stop();
      return persist(next.value, next.context);
    },
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

/**
 * The open page's unsent values (as its inputs held them: dates ISO, several-of as "a,b", a date and
 * time as two inputs) in the shape answers are stored in, a group's as one more item; whether each
 * fits the form as it is now is then the stored schema's to say.
 */
function withUnsent(definition: FormDefinition, pageId: string | undefined, answers: Record<string, unknown>, unsent: Record<string, string>): Record<string, unknown> {
  const page = definition.pages.find((p) => p.id === pageId);
  if (page === undefined) return answers;
  const given: Record<string, string | string[]> = {};
  for (const question of questionsOf(page)) {
    const [id = question.id, timeId] = inputIdsOf(question);
    const value = unsent[id]?.trim();
    if (value === undefined || value === '') continue;
    if (question.kind === 'severalOf') given[question.id] = value.split(',').filter((v) => v !== '');
    else if (question.kind === 'dateTime') given[question.id] = `${value}T${unsent[timeId ?? ''] ?? ''}`;
    else given[question.id] = value;
  }
  if (Object.keys(given).length === 0) return answers;
  if (!('group' in page)) return { ...answers, ...given };
  // An unsent item that does not fit is left out, rather than losing the items already added with it.
  const items = answers[page.group.id];
  const withItem = [...(Array.isArray(items) ? items : []), given];
  const fits = storedAnswersSchema(definition).shape[page.group.id]?.safeParse(withItem).success === true;
  return fits ? { ...answers, [page.group.id]: withItem } : answers;
}

/** A draft is told apart by the first words of its describing answer, never more. */
const DESCRIBE_MAX_CHARS = 40;
function firstWords(text: string): string {
  return text.length <= DESCRIBE_MAX_CHARS ? text : `${text.slice(0, DESCRIBE_MAX_CHARS).replace(/\s+\S*$/, '')}…`;
}
