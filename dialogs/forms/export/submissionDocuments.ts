import { z } from 'zod';
import { formAnswersSchema } from '../../../machines/form.machine';
import type { TextRef, Translate } from '../../../cards/view';
import type { FormDocument } from '../document';
import type { ChildIdentity } from '../childIdentity';
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
  /** Reads a stored payload with the form's own stored schema (migrating an older schemaVersion); undefined when it cannot. */
  open?: (payload: unknown) => FormAnswers | undefined;
  /** The form's deadlines from its answers (dialogs/forms/deadlines.ts): each in words, and when it falls due. */
  deadlines?: (answers: FormAnswers) => SubmissionDeadline[];
  /** Who the record is about (dialogs/forms/childIdentity.ts), to put records about the same child together. */
  child?: (answers: FormAnswers) => ChildIdentity | undefined;
}

export type ChildOfSubmission = (submission: StoredSubmission) => ChildIdentity | undefined;

/** Who a stored submission is about; undefined for a form without a child's name and date of birth, or one this version cannot read. */
export function submissionChild(forms: readonly FormExporter[]): ChildOfSubmission {
  const byId = new Map(forms.map((form) => [form.definition.id, form]));
  return (submission) => {
    const form = byId.get(submission.kind);
    if (form?.child === undefined) return undefined;
    const answers = form.open === undefined ? looseAnswers(submission.payload, form.definition.schemaVersion) : form.open(submission.payload);
    return answers === undefined ? undefined : form.child(answers);
  };
}

export interface SubmissionDeadline {
  line: TextRef;
  due?: Date;
}

export type DeadlinesOfSubmission = (submission: StoredSubmission) => SubmissionDeadline[];

/** A stored submission's deadlines, computed from its answers as on its confirmation; none for a form this version cannot read. */
export function submissionDeadlines(forms: readonly FormExporter[]): DeadlinesOfSubmission {
  const byId = new Map(forms.map((form) => [form.definition.id, form]));
  return (submission) => {
    const form = byId.get(submission.kind);
    if (form?.deadlines === undefined) return [];
    const answers = form.open === undefined ? looseAnswers(submission.payload, form.definition.schemaVersion) : form.open(submission.payload);
    return answers === undefined ? [] : form.deadlines(answers);
  };
}

/** The stored shape this adapter reads: the answers keyed by question id, and the schemaVersion they were stored under. */
const storedFormSchema = z.object({ schemaVersion: z.number().int().min(1), answers: formAnswersSchema });

export type DocumentOfSubmission = (submission: StoredSubmission, t: Translate) => FormDocument | undefined;

export function submissionDocuments(forms: readonly FormExporter[]): DocumentOfSubmission {
  const byId = new Map(forms.map((form) => [form.definition.id, form]));
  return (submission, t) => {
    const form = byId.get(submission.kind);
    if (form === undefined) return undefined;
    const answers = form.open === undefined ? looseAnswers(submission.payload, form.definition.schemaVersion) : form.open(submission.payload);
    return answers === undefined ? undefined : form.document(answers, { reference: submission.reference, submittedAt: submission.createdAt }, t);
  };
}

function looseAnswers(payload: unknown, schemaVersion: number): FormAnswers | undefined {
  const stored = storedFormSchema.safeParse(payload);
  return stored.success && stored.data.schemaVersion <= schemaVersion ? stored.data.answers : undefined;
}
