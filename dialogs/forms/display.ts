import type { Translate } from '../../cards/view';
import { say } from '../../cards/fragments';
import { formatDate, formatDateTime } from './dates';
import { optionLabel } from './fieldInputs';
import type { Question } from './vocabulary';

/** An answer as a person reads it, in check-your-answers and every export; "Not answered" is written in. */
export function displayValue(question: Question, answer: string | string[] | undefined, t: Translate): string {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return t('forms:answers.notAnswered');
  if (Array.isArray(answer)) return question.kind === 'severalOf' ? answer.map((v) => say(t, optionLabel(question.options.id, v))).join(', ') : answer.join(', ');
  switch (question.kind) {
    case 'date':
      return formatDate(answer);
    case 'dateTime':
      return formatDateTime(answer);
    case 'yesNo':
      return t(`forms:answers.${answer}`);
    case 'oneOf':
    case 'severalOf':
      return say(t, optionLabel(question.options.id, answer));
    default:
      return answer;
  }
}
