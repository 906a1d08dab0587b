import { z } from 'zod';
import { profilePeriodSchema } from './profile/profile.schema';
import { DUE_FILTERS } from './records/dueFilter';

/**
 * The domain events one turn can carry, dot-named and zod-checked. Card actions post exactly
 * these objects (see cardActions.ts), so what a card sends and what the runner accepts are one
 * definition. The bot turns every activity into one of them or into `payload.rejected`.
 */

const id = z.string().min(1).max(100);
/** A submission's reference as the store issues it (bot/storage/reference.ts): nothing else reaches a lookup. */
export const submissionReference = z.string().regex(/^[0-9A-Z]{2,8}(?:-[0-9A-Z]{2,8}){1,3}$/);
const flowRef = { flowId: id, instanceId: id, revision: z.number().int().min(0) };
/** What a card's choice answers: its type and, for most, a value. */
const answerSchema = z.object({ type: z.string().min(1).max(60), value: z.string().max(60).optional() });

/** The limits of a card's input values: an input id's length, a value's length, and how many a card sends. */
export const INPUT_VALUES = { idMax: 100, valueMax: 4000, count: 80 } as const;
/** A card's input values by input id, as the bot gathers them from the `in.` keys the host merged into the data. */
export const inputValuesSchema = z
  .record(z.string().max(INPUT_VALUES.idMax), z.string().max(INPUT_VALUES.valueMax))
  .refine((r) => Object.keys(r).length <= INPUT_VALUES.count);
/** Navigation from a page posts what the page holds, so leaving it loses nothing. */
const openPage = { inputs: inputValuesSchema.optional() };

export const cardEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('menu.requested') }),
  z.object({ event: z.literal('flow.startRequested'), flowId: id, /** The journey whose recorded facts the new one carries in. */ carryFrom: id.optional() }),
  z.object({
    event: z.literal('flow.answered'),
    ...flowRef,
    answer: answerSchema,
    /** The card's input values, gathered by the bot from the `in.` keys the host merged into the data. */
    inputs: inputValuesSchema.optional(),
  }),
  z.object({ event: z.literal('flow.backRequested'), ...flowRef, ...openPage }),
  z.object({ event: z.literal('flow.restarted'), ...flowRef, ...openPage }),
  z.object({ event: z.literal('flow.cancelled'), ...flowRef, ...openPage }),
  z.object({ event: z.literal('flow.savedForLater'), ...flowRef, ...openPage }),
  /** The answers to a "are you sure" card: each names the journey and revision it was asked at, so a stale one is refused. */
  z.object({ event: z.literal('flow.restartConfirmed'), ...flowRef }),
  z.object({ event: z.literal('flow.cancelConfirmed'), ...flowRef }),
  z.object({ event: z.literal('flow.leaveConfirmed'), ...flowRef, to: id }),
  /** An answer that removes something (a form's Remove), confirmed on the question it asked. */
  z.object({ event: z.literal('flow.answerConfirmed'), ...flowRef, answer: answerSchema }),
  /** The form a journey's summary offers, started with what the journey recorded. */
  z.object({ event: z.literal('form.startRequested'), ...flowRef, formId: id, /** Start a new one although a draft of this form is saved. */ asNew: z.literal(true).optional() }),
  z.object({ event: z.literal('flow.resumed'), flowId: id, instanceId: id }),
  z.object({ event: z.literal('draft.resumed'), draftId: id }),
  z.object({ event: z.literal('drafts.requested') }),
  z.object({ event: z.literal('draft.deleteRequested'), draftId: id }),
  z.object({ event: z.literal('draft.deleteConfirmed'), draftId: id }),
  z.object({ event: z.literal('question.requested') }),
  z.object({ event: z.literal('entry.requested'), entryId: z.string().regex(/^[a-z0-9.-]{1,100}$/) }),
  z.object({ event: z.literal('submissions.listRequested') }),
  z.object({ event: z.literal('submission.opened'), reference: submissionReference }),
  z.object({ event: z.literal('submission.textRequested'), reference: submissionReference }),
  z.object({ event: z.literal('submission.fileRequested'), reference: submissionReference }),
  /** Records for me (a receiving role's list), of one form when `form` is given. */
  z.object({ event: z.literal('records.forMeRequested'), form: id.optional(), due: z.enum(DUE_FILTERS).optional() }),
  /** The lead's actions on a record routed to them (dialogs/records). Acknowledge and close happen once per record. */
  z.object({ event: z.literal('record.acknowledged'), reference: submissionReference }),
  z.object({ event: z.literal('record.closed'), reference: submissionReference }),
  z.object({ event: z.literal('record.updateRequested'), reference: submissionReference, operation: z.enum(['addAction', 'decide']) }),
  /** `key` was drawn with the card: a retry or a double press of the same card adds the action or decision once. */
  z.object({ event: z.literal('record.actionAdded'), reference: submissionReference, key: id, inputs: inputValuesSchema.optional() }),
  z.object({ event: z.literal('record.decided'), reference: submissionReference, key: id, inputs: inputValuesSchema.optional() }),
  /** The MASE problem profile, for a period (Section 7); the same as CSV; its CSV as a Teams file card (one-to-one chats). */
  z.object({ event: z.literal('profile.requested'), months: profilePeriodSchema }),
  z.object({ event: z.literal('profile.csvRequested'), months: profilePeriodSchema }),
  z.object({ event: z.literal('profile.fileRequested'), months: profilePeriodSchema }),
]);
export type CardEvent = z.infer<typeof cardEventSchema>;

export const domainEventSchema = z.union([
  cardEventSchema,
  z.object({ event: z.literal('conversation.started') }),
  z.object({ event: z.literal('message.received'), text: z.string().max(4000) }),
  z.object({ event: z.literal('attachment.received') }),
  z.object({ event: z.literal('payload.rejected') }),
]);
export type DomainEvent = z.infer<typeof domainEventSchema>;
