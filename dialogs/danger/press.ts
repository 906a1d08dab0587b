import { z } from 'zod';

/**
 * The answers that say a child may be in danger now: "yes" or "not sure" to a journey's immediate
 * danger question (Appendix C, step C2), to Makesafe's "is the child with you now, or in danger
 * now", or to the officer's "is the child at immediate risk of significant harm".
 */
const dangerPressSchema = z.object({ type: z.enum(['answer.danger', 'answer.childPresent', 'answer.immediateRisk']), value: z.enum(['yes', 'notSure']) });

export function isDangerPress(answer: { type: string; value?: string | undefined }): boolean {
  return dangerPressSchema.safeParse(answer).success;
}
