import { missingReturnedContextSchema } from '../../machines/missingReturned.machine';
import type { FlowStart, FormOffer, PersistedJourney } from '../flow';

/**
 * The independent return home interview record offered on the missing-and-returned summary, filled
 * in with what the journey recorded: where the child lives and whether the police prevention
 * interview has been done. The danger answer is kept with the submission as the journey gave it.
 */

export function returnHomeInterviewPrefill(journey: PersistedJourney): FlowStart {
  const parsed = missingReturnedContextSchema.safeParse(journey.context);
  if (!parsed.success) return {};
  const { danger, livingSituation, preventionInterview } = parsed.data;
  const answers: Record<string, string> = {};
  const prefill: Record<string, string> = {};
  if (livingSituation !== undefined) answers.livingSituation = prefill.livingSituation = livingSituation;
  if (preventionInterview !== undefined) answers.preventionInterview = prefill.preventionInterview = preventionInterview;
  if (danger !== undefined) prefill.danger = danger;
  return { answers, prefill };
}

export const returnHomeInterviewOffer: FormOffer = { formId: 'form.returnHomeInterview', label: { key: 'missingReturned:offerRecord' }, prefill: returnHomeInterviewPrefill };
