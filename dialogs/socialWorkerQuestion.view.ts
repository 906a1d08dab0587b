import type { CitationView } from '../cards/view';
import type { StepBody } from './flow';

/** "Does the child have an allocated social worker?" (section 6, referral desks), asked by the referral and social care journeys alike. */
export function socialWorkerQuestion(citations: CitationView[]): StepBody {
  return {
    tone: 'question',
    title: { key: 'referral:askingSocialWorker.title' },
    lines: [{ key: 'referral:askingSocialWorker.body' }],
    choices: [
      { label: { key: 'common:answer.yes' }, answer: { type: 'answer.socialWorker', value: 'yes' } },
      { label: { key: 'common:answer.no' }, answer: { type: 'answer.socialWorker', value: 'no' } },
      { label: { key: 'common:answer.dontKnow' }, answer: { type: 'answer.socialWorker', value: 'notKnown' } },
    ],
    citations,
  };
}
