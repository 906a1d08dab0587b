import type { AnswerChoice } from '../flow';

/** The immediate-danger question every situation asks first; "Not sure" leads to 999 as "Yes" does. */
export const dangerChoices: AnswerChoice[] = [
  { label: { key: 'common:answer.yes' }, answer: { type: 'answer.danger', value: 'yes' }, style: 'destructive' },
  { label: { key: 'common:answer.notSure' }, answer: { type: 'answer.danger', value: 'notSure' } },
  { label: { key: 'common:answer.no' }, answer: { type: 'answer.danger', value: 'no' } },
];
