import { z } from 'zod';

const questionIdSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
/**
 * One thing that describes a draft: a question's answer, by its id, or the child's age in years worked out from the
 * child's date of birth question (`{ ageFrom: id }`): the age only, never the date itself (issue 8, RHI drafts).
 */
export const draftDescriberSchema = z.union([questionIdSchema, z.object({ ageFrom: questionIdSchema }).strict()]);
export type DraftDescriber = z.infer<typeof draftDescriberSchema>;
/** A form's `describedBy`: what describes a draft, in order, at least one. */
export const draftDescribersSchema = z.array(draftDescriberSchema).min(1).readonly();
export type DraftDescribers = z.infer<typeof draftDescribersSchema>;
