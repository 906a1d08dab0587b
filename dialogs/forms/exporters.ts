import type { FormExporter } from './export/submissionDocuments';
import { documentOf } from './documentOf';
import { FORM_DEFINITIONS } from './index';
import { formAnswersSchema } from '../../machines/form.machine';
import { openStored } from './storedSchema';
import type { FormDefinition } from './vocabulary';
import { computeDeadlines, deadlineLines } from './deadlines';
import { londonInstant } from './dates';
import { childIdentityOf } from './childIdentity';

/** A form as the exports need it: a stored payload read by the form's own stored schema (an older schemaVersion migrated), then drawn by documentOf. */
export function formExporter(definition: FormDefinition): FormExporter {
  return {
    definition,
    open: (payload) => {
      const answers = formAnswersSchema.safeParse(openStored(definition, payload)?.answers);
      return answers.success ? answers.data : undefined;
    },
    document: (answers, meta, t) => documentOf(definition, answers, meta, t),
    child: (answers) => childIdentityOf(definition, answers),
    // The same deadlines, in the same words, as the form's confirmation: computed once, in deadlines.ts.
    deadlines: (answers) => {
      const lines = deadlineLines(definition, answers);
      return computeDeadlines(definition, answers).flatMap((deadline, i) => {
        const line = lines[i];
        if (line === undefined) return [];
        // A deadline met (the interview held) is never overdue: it is listed without a due time.
        return deadline.due === undefined || deadline.met !== undefined ? [{ line }] : [{ line, due: londonInstant(deadline.due) }];
      });
    },
  };
}

/** Every form the assistant offers, handed to the wiring with the catalogue. */
export const FORM_EXPORTERS: readonly FormExporter[] = FORM_DEFINITIONS.map(formExporter);
