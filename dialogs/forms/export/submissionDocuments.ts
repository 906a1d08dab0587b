import { z } from 'zod';
import type { Translate } from '../../../cards/view';
import type { FormDocument } from '../document';
import type { FormAnswers, FormDefinition } from '../vocabulary';
import type { StoredSubmission } from './mySubmissions';

/**
 * Turns a stored submission back into a FormDocument: finds its form by the submission's kind
 * (the form's id), reads the answers from the payload, and hands them to the form's document
 * builder (`documentOf` of the form engine, bound to its definition at wiring). A payload this
 * version cannot read (an unknown form, a newer schemaVersion, a shape it does not know) gives
 * undefined, which the user sees as a kind "cannot be shown here", never as an error.
 */

export interface SubmissionMeta {
  reference: string;
  submittedAt: Date;
}

export interface FormExporter {
  definition: Pick<FormDefinition, 'id' | 'schemaVersion'>;
  document: (answers: FormAnswers, meta: SubmissionMeta, t: Translate) => FormDocument;
}

const answerValueSchema = z.union([z.string(), z.array(z.string()), z.array(z.record(z.string(), z.union([z.string(), z.array(z.string())])))]);
/** The stored shape this adapter reads: the answers keyed by question id, and the schemaVersion they were stored under. */
const storedFormSchema = z.object({ schemaVersion: z.number().int().min(1), answers: z.record(z.string(), answerValueSchema) });

export type DocumentOfSubmission = (submission: StoredSubmission, t: Translate) => FormDocument | undefined;

export function submissionDocuments(forms: readonly FormExporter[]): DocumentOfSubmission {
  const byId = new Map(forms.map((form) => [form.definition.id, form]));
  return (submission, t) => {
    const form = byId.get(submission.kind);
    if (form === undefined) return undefined;
    const stored = storedFormSchema.safeParse(submission.payload);
    if (!stored.success || stored.data.schemaVersion > form.definition.schemaVersion) return undefined;
    return form.document(stored.data.answers, { reference: submission.reference, submittedAt: submission.createdAt }, t);
  };
}
