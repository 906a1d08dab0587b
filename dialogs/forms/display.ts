import type { TextRef, Translate } from '../../cards/view';
import { formatDate, formatDateTime } from './dates';
import { choiceLabel, optionLabel } from './fieldInputs';
import type { Question } from './vocabulary';

/**
 * An answer as a person reads it: as TextRefs for cards (check-your-answers; the card escapes what
 * the user typed) and as plain words for documents and exports. "Not answered" is written in.
 */

const asTyped = (text: string): TextRef => ({ key: 'forms:answers.asTyped', values: { value: text } });

/**
 * A UK number as it is stored (digits, or +44 and digits) in the groups people read it in: "020 7946 0000" for London's
 * 02 numbers, "01632 960001" for other area codes and mobiles, "0300 123 4567" for 03, 08 and 09. Anything else as stored.
 */
export function spacedPhone(stored: string): string {
  const national = stored.startsWith('+44') ? `0${stored.slice(3)}` : stored;
  const grouped = /^02\d{9}$/.test(national)
    ? `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
    : /^0[389]\d{9}$/.test(national)
      ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
      : /^0[17]\d{9}$/.test(national)
        ? `${national.slice(0, 5)} ${national.slice(5)}`
        : undefined;
  if (grouped === undefined) return stored;
  return stored.startsWith('+44') ? `+44 ${grouped.slice(1)}` : grouped;
}

export function displayRefs(question: Question, answer: string | string[] | undefined): TextRef[] {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return [{ key: 'forms:answers.notAnswered' }];
  if (Array.isArray(answer)) return answer.map((v) => (question.kind === 'severalOf' ? optionLabel(question.options.id, v) : asTyped(v)));
  switch (question.kind) {
    case 'date':
      return [asTyped(formatDate(answer))];
    case 'dateTime':
      return [asTyped(formatDateTime(answer))];
    case 'yesNo':
      return [{ key: `forms:answers.${answer}` }];
    case 'oneOf':
      return [question.listedFirst === undefined ? optionLabel(question.options.id, answer) : choiceLabel(question.options.id, question.options.values, answer)];
    case 'severalOf':
      return [optionLabel(question.options.id, answer)];
    case 'phone':
      return [asTyped(spacedPhone(answer))];
    default:
      return [asTyped(answer)];
  }
}

/** A TextRef in plain words, nothing escaped: documents are not Markdown. */
export function plain(t: Translate, ref: TextRef): string {
  const nested = Object.fromEntries(Object.entries(ref.refs ?? {}).map(([k, r]) => [k, plain(t, r)]));
  const values = { ...(ref.values ?? {}), ...nested };
  return Object.keys(values).length === 0 ? t(ref.key) : t(ref.key, values);
}

export function displayValue(question: Question, answer: string | string[] | undefined, t: Translate): string {
  return displayRefs(question, answer)
    .map((ref) => plain(t, ref))
    .join(', ');
}
