import { z } from 'zod';
import { formAnswersSchema } from '../../machines/form.machine';
import { maxLengthOf } from './kinds';
import type { FormAnswers, FormDefinition, Question } from './vocabulary';

/**
 * What is stored for a form, derived from its definition: every answer in its normalised shape,
 * nothing unknown. Checked when a submission is written and again when it is opened; one stored at
 * an older `schemaVersion` is brought forward by the definition's migrations first.
 */

/** The longest name a deployment's list may give (bot/settings: a borough's name). */
export const LISTED_NAME_MAX = 80;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

function valueSchema(question: Question): z.ZodType<string | string[]> {
  switch (question.kind) {
    case 'shortText':
    case 'longText':
      return z.string().min(1).max(maxLengthOf(question));
    case 'date':
      return z.string().regex(ISO_DATE);
    case 'time':
      return z.string().regex(ISO_TIME);
    case 'dateTime':
      return z.string().regex(ISO_DATE_TIME);
    case 'number':
      return z.string().regex(/^-?\d+$/).refine((v) => Number(v) >= question.min && Number(v) <= question.max);
    case 'yesNo':
      return z.enum(['yes', 'no']);
    case 'oneOf':
      // A name from a deployment's list is kept as given: the list may change after it was stored.
      return question.listedFirst === undefined ? z.string().refine((v) => question.options.values.includes(v)) : z.string().min(1).max(LISTED_NAME_MAX);
    case 'severalOf':
      return z.array(z.string().refine((v) => question.options.values.includes(v)));
    case 'postcode':
      return z.string().regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/);
    case 'phone':
      return z.string().regex(/^(0|\+44)[1-9][0-9]{8,9}$/);
    case 'email':
      return z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/).max(200);
  }
}

function questionsShape(questions: readonly Question[]) {
  return Object.fromEntries(questions.map((q) => [q.id, valueSchema(q).optional()]));
}

export function storedAnswersSchema(definition: FormDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const page of definition.pages) {
    if ('group' in page) shape[page.group.id] = z.array(z.strictObject(questionsShape(page.group.questions))).max(page.group.max).optional();
    else Object.assign(shape, questionsShape(page.questions));
  }
  return z.strictObject(shape);
}

/** What the journey recorded before the form, carried with it (signs, route, notes): words and values, never scored. */
export const prefillSchema = z.record(z.string().max(100), z.union([z.string().max(4000), z.array(z.string().max(200)).max(100)]));

export function storedPayloadSchema(definition: FormDefinition) {
  return z.strictObject({
    formId: z.literal(definition.id),
    formVersion: z.number().int().min(1),
    schemaVersion: z.literal(definition.schemaVersion),
    answers: storedAnswersSchema(definition),
    prefill: prefillSchema.optional(),
  });
}
export type StoredPayload = z.infer<ReturnType<typeof storedPayloadSchema>>;

const anyVersionSchema = z.object({ schemaVersion: z.number().int().min(1), answers: z.record(z.string(), z.unknown()) }).passthrough();

/** A stored payload at this definition's schemaVersion, migrating an older one; undefined when it cannot be read. */
export function openStored(definition: FormDefinition, stored: unknown): StoredPayload | undefined {
  const loose = anyVersionSchema.safeParse(stored);
  if (!loose.success || loose.data.schemaVersion > definition.schemaVersion) return undefined;
  const answers = formAnswersSchema.safeParse(loose.data.answers);
  if (!answers.success) return undefined;
  let migrated: FormAnswers = answers.data;
  for (let v = loose.data.schemaVersion; v < definition.schemaVersion; v += 1) {
    const step = definition.migrations?.[v];
    if (step === undefined) return undefined;
    migrated = step(migrated);
  }
  const parsed = storedPayloadSchema(definition).safeParse({ ...loose.data, schemaVersion: definition.schemaVersion, answers: migrated });
  return parsed.success ? parsed.data : undefined;
}
