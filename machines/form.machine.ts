import { assign, fromPromise, setup } from 'xstate';
import { z } from 'zod';

/**
 * Any form, a page at a time: each page's answers recorded as they are completed, a repeated
 * group's items added and removed, check-your-answers with a change per answer that comes back
 * to it, then the submission, an invoked effect that can fail (nothing is lost when it does).
 * Pure and without strings: which page follows which is the form's own logic (from its
 * definition, in dialogs/forms/), passed in when the machine is made; the submission is provided
 * per step by the flow.
 */

export const FORM_MACHINE_VERSION = 1;

const itemSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export const formAnswerValueSchema = z.union([z.string(), z.array(z.string()), z.array(itemSchema)]);
export const formAnswersSchema = z.record(z.string(), formAnswerValueSchema);
export type FormMachineAnswers = z.infer<typeof formAnswersSchema>;
export const formPrefillSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export const formContextSchema = z.object({
  /** The page shown while editing (a page id of the form). */
  page: z.string(),
  answers: formAnswersSchema,
  /**
   * Answers given to questions no longer asked (a hotel's signs once the business is changed to a taxi): kept while the
   * form is open and brought back if their question is asked again, never submitted.
   */
  setAside: formAnswersSchema.optional(),
  /** What the journey before the form recorded, kept with the submission as given. */
  prefill: formPrefillSchema.optional(),
  /** True while changing an answer from check-your-answers: completing the page goes back there. */
  returnToCheck: z.boolean(),
  /** The repeated group's item being changed from check-your-answers (its index): completing the page replaces it. */
  item: z.number().int().min(0).optional(),
  /** The reference the store gave the submission. */
  reference: z.string().optional(),
  /** The last submission attempt failed (the store could not be reached); everything is kept. */
  submitFailed: z.boolean(),
});
export type FormContext = z.infer<typeof formContextSchema>;

export const formInputSchema = z.object({ answers: formAnswersSchema.default({}), prefill: formPrefillSchema.optional() });

export const formEventSchema = z.discriminatedUnion('type', [
  /** A page's answers, already checked against its posted schema; for a group page, one item and whether another follows. */
  z.object({ type: z.literal('page.completed'), answers: itemSchema, addAnother: z.boolean() }),
  /** An item removed on its group's page, or (naming the page) from check-your-answers. */
  z.object({ type: z.literal('group.itemRemoved'), index: z.number().int().min(0), page: z.string().optional() }),
  /** An item opened on its group's page to change it in place; completing it comes back to that page. */
  z.object({ type: z.literal('group.itemOpened'), index: z.number().int().min(0) }),
  /** `item`: one item of a repeated group, changed in place. */
  z.object({ type: z.literal('answer.changeRequested'), page: z.string(), item: z.number().int().min(0).optional() }),
  z.object({ type: z.literal('page.back') }),
  z.object({ type: z.literal('form.submitted') }),
]);
export type FormEvent = z.infer<typeof formEventSchema>;

/** The form's own logic, from its definition: pure functions of the answers. */
export interface FormLogic {
  id: string;
  firstPage: string;
  /**
   * The answers with a page's answers recorded (a group item appended, or the item at `item` replaced), those no longer
   * asked set aside, and those set aside before brought back where asked again.
   */
  recordSettingAside(
    answers: FormMachineAnswers,
    page: string,
    pageAnswers: z.infer<typeof itemSchema>,
    item: number | undefined,
    setAside: FormMachineAnswers,
  ): { answers: FormMachineAnswers; setAside: FormMachineAnswers };
  removeItem(answers: FormMachineAnswers, page: string, index: number): FormMachineAnswers;
  /** Whether `page` is a repeated group's page that holds an item at `index`. */
  hasItem(answers: FormMachineAnswers, page: string, index: number): boolean;
  /** The next page asked after `page`, or undefined after the last. */
  nextPage(answers: FormMachineAnswers, page: string): string | undefined;
  previousPage(answers: FormMachineAnswers, page: string): string | undefined;
  /** The last page asked: Back from check-your-answers. */
  lastPage(answers: FormMachineAnswers): string;
  /** After a change: the first page asked that still lacks a required answer, if any. */
  firstIncompletePage(answers: FormMachineAnswers): string | undefined;
  isAsked(answers: FormMachineAnswers, page: string): boolean;
}

export interface SubmitInput {
  answers: FormMachineAnswers;
  prefill?: z.infer<typeof formPrefillSchema>;
}

export function createFormMachine(logic: FormLogic) {
  return setup({
    types: {
      context: {} as FormContext,
      events: {} as FormEvent,
      input: {} as z.input<typeof formInputSchema>,
    },
    actors: {
      // Provided per step by the flow from the runner's submit; without it a submission cannot be made.
      submitForm: fromPromise<{ reference: string }, SubmitInput>(() => Promise.reject(new Error('no submission store was provided'))),
    },
    guards: {
      staysOnPage: ({ context, event }) => event.type === 'page.completed' && event.addAnother && context.item === undefined,
      // An item already removed (a Remove pressed twice, or on a card drawn before) is refused, never another one taken.
      isExistingItem: ({ context, event }) => event.type === 'group.itemRemoved' && logic.hasItem(context.answers, event.page ?? context.page, event.index),
      isItemOnPage: ({ context, event }) => event.type === 'group.itemOpened' && context.item === undefined && logic.hasItem(context.answers, context.page, event.index),
      changesItemOnPage: ({ context }) => context.item !== undefined && !context.returnToCheck,
      isAskedGroupItem: ({ context, event }) => event.type === 'group.itemRemoved' && event.page !== undefined && logic.isAsked(context.answers, event.page) && logic.hasItem(context.answers, event.page, event.index),
      returnsToCheck: ({ context }) => context.returnToCheck,
      hasIncompletePage: ({ context }) => logic.firstIncompletePage(context.answers) !== undefined,
      hasNextPage: ({ context }) => logic.nextPage(context.answers, context.page) !== undefined,
      hasPreviousPage: ({ context }) => logic.previousPage(context.answers, context.page) !== undefined,
      isAskedPage: ({ context, event }) => event.type === 'answer.changeRequested' && logic.isAsked(context.answers, event.page),
      isComplete: ({ context }) => logic.firstIncompletePage(context.answers) === undefined,
    },
    actions: {
      recordPage: assign(({ context, event }) => {
        if (event.type !== 'page.completed') return {};
        const recorded = logic.recordSettingAside(context.answers, context.page, event.answers, context.item, context.setAside ?? {});
        return Object.keys(recorded.setAside).length === 0 ? { answers: recorded.answers, setAside: undefined } : recorded;
      }),
      removeItem: assign({ answers: ({ context, event }) => (event.type === 'group.itemRemoved' ? logic.removeItem(context.answers, event.page ?? context.page, event.index) : context.answers) }),
      goToNextPage: assign({ page: ({ context }) => logic.nextPage(context.answers, context.page) ?? context.page }),
      goToPreviousPage: assign({ page: ({ context }) => logic.previousPage(context.answers, context.page) ?? context.page, item: undefined }),
      goToLastPage: assign({ page: ({ context }) => logic.lastPage(context.answers) }),
      goToIncompletePage: assign({ page: ({ context }) => logic.firstIncompletePage(context.answers) ?? context.page, item: undefined }),
      openPageForChange: assign({
        page: ({ context, event }) => (event.type === 'answer.changeRequested' ? event.page : context.page),
        item: ({ event }) => (event.type === 'answer.changeRequested' ? event.item : undefined),
        returnToCheck: true,
      }),
      openItem: assign({ item: ({ context, event }) => (event.type === 'group.itemOpened' ? event.index : context.item) }),
      closeItem: assign({ item: undefined }),
      leaveChange: assign({ returnToCheck: false, item: undefined }),
      recordReference: assign({ reference: (_, reference: string) => reference, submitFailed: false }),
      recordSubmitFailure: assign({ submitFailed: true }),
    },
  }).createMachine({
    // One statechart for every form: the form itself is in its logic.
    id: 'form',
    initial: 'editingPage',
    context: ({ input }) => {
      const parsed = formInputSchema.parse(input);
      const context: FormContext = { page: logic.firstPage, answers: parsed.answers, returnToCheck: false, submitFailed: false };
      if (parsed.prefill !== undefined) context.prefill = parsed.prefill;
      return context;
    },
    states: {
      editingPage: {
        on: {
          'page.completed': [
            { guard: 'changesItemOnPage', target: 'editingPage', actions: ['recordPage', 'closeItem'], reenter: true },
            { guard: 'staysOnPage', target: 'editingPage', actions: 'recordPage', reenter: true },
            { guard: 'returnsToCheck', target: 'afterChange', actions: 'recordPage' },
            { target: 'afterPage', actions: 'recordPage' },
          ],
          'group.itemRemoved': { guard: 'isExistingItem', target: 'editingPage', actions: 'removeItem', reenter: true },
          'group.itemOpened': { guard: 'isItemOnPage', target: 'editingPage', actions: 'openItem', reenter: true },
          'page.back': [
            { guard: 'changesItemOnPage', target: 'editingPage', actions: 'closeItem', reenter: true },
            { guard: 'hasPreviousPage', target: 'editingPage', actions: 'goToPreviousPage', reenter: true },
          ],
        },
      },
      // Transient: where a completed page leads.
      afterPage: {
        always: [{ guard: 'hasNextPage', target: 'editingPage', actions: 'goToNextPage' }, { target: 'checkingAnswers' }],
      },
      afterChange: {
        always: [{ guard: 'hasIncompletePage', target: 'editingPage', actions: 'goToIncompletePage' }, { target: 'checkingAnswers', actions: 'leaveChange' }],
      },
      checkingAnswers: {
        on: {
          'answer.changeRequested': { guard: 'isAskedPage', target: 'editingPage', actions: 'openPageForChange' },
          'group.itemRemoved': { guard: 'isAskedGroupItem', target: 'checkingAnswers', actions: 'removeItem', reenter: true },
          'form.submitted': { guard: 'isComplete', target: 'submitting' },
          'page.back': { target: 'editingPage', actions: 'goToLastPage' },
        },
      },
      submitting: {
        invoke: {
          src: 'submitForm',
          input: ({ context }) => (context.prefill === undefined ? { answers: context.answers } : { answers: context.answers, prefill: context.prefill }),
          onDone: { target: 'submitted', actions: { type: 'recordReference', params: ({ event }) => event.output.reference } },
          onError: { target: 'checkingAnswers', actions: 'recordSubmitFailure' },
        },
      },
      submitted: { type: 'final' },
    },
  });
}

export type FormMachine = ReturnType<typeof createFormMachine>;
