import type { FieldControl, InputView, TextRef } from '../../cards/view';
import { choiceValues, maxLengthOf } from './kinds';
import { hintKey, labelOf, messageOf, type QuestionNamespace } from './messages';
import { inputIdsOf, timeInputId } from './pageSchema';
import type { DeploymentLists, Question } from './vocabulary';

/** A question's card inputs, with the value kept (stored, or as last posted when the page came back with a problem). */

// More options than this are drawn as a drop-down: a long list of radio buttons pushes the page off a phone.
const EXPANDED_UP_TO = 6;
const CARD_VALUE = { date: /^\d{4}-\d{2}-\d{2}$/, time: /^\d{2}:\d{2}$/, number: /^-?\d+$/ } as const;

export const optionLabel = (listId: string, value: string): TextRef => ({ key: `forms:options.${listId}.${value}` });
/** A choice's label: its list's words, or a name from a deployment's list as written there. */
export const choiceLabel = (listId: string, values: readonly string[], value: string): TextRef =>
  values.includes(value) ? optionLabel(listId, value) : { key: 'forms:answers.asTyped', values: { value } };

function controlOf(question: Question, lists?: DeploymentLists): FieldControl {
  switch (question.kind) {
    case 'shortText':
    case 'longText':
      return { type: 'text', multiline: question.kind === 'longText', maxLength: maxLengthOf(question) };
    case 'email':
      return { type: 'text', multiline: false, maxLength: 200, style: 'email' };
    case 'phone':
      return { type: 'text', multiline: false, maxLength: 30, style: 'tel' };
    case 'postcode':
      return { type: 'text', multiline: false, maxLength: 10 };
    case 'date':
    case 'dateTime':
      return { type: 'date' };
    case 'time':
      return { type: 'time' };
    case 'number':
      return { type: 'number', min: question.min, max: question.max };
    case 'yesNo':
      return { type: 'choice', style: 'expanded', multiSelect: false, choices: ['yes', 'no'].map((v) => ({ label: { key: `forms:answers.${v}` }, value: v })) };
    case 'oneOf':
    case 'severalOf': {
      const values = choiceValues(question, lists);
      return {
        type: 'choice',
        style: values.length > EXPANDED_UP_TO ? 'compact' : 'expanded',
        multiSelect: question.kind === 'severalOf',
        choices: values.map((v) => ({ label: choiceLabel(question.options.id, question.options.values, v), value: v })),
      };
    }
  }
}

/** A value a card input can hold: a picker cannot show "31/02" or "half two", so those come back empty with the message. */
function cardValue(control: FieldControl, value: string): string {
  if (control.type === 'date' || control.type === 'time' || control.type === 'number') return CARD_VALUE[control.type].test(value) ? value : '';
  return value;
}

/** What a stored answer looks like in the card's inputs, by input id. */
export function postedValuesOf(question: Question, answer: string | string[] | undefined): Record<string, string> {
  if (answer === undefined) return {};
  if (Array.isArray(answer)) return { [question.id]: answer.join(',') };
  if (question.kind === 'dateTime') {
    const [date = '', time = ''] = answer.split('T');
    return { [question.id]: date, [timeInputId(question)]: time };
  }
  return { [question.id]: answer };
}

export function questionInputs(definition: QuestionNamespace, question: Question, values: Record<string, string>, error?: TextRef, lists?: DeploymentLists): InputView[] {
  const label = labelOf(definition, question);
  const base = { required: question.required, errorMessage: messageOf(definition, question, 'required') };
  const control = controlOf(question, lists);
  const main: InputView = { kind: 'field', id: question.id, label, ...base, control, value: cardValue(control, values[question.id] ?? '') };
  if (question.hint === true) main.hint = { key: hintKey(definition, question) };
  if (error !== undefined) main.error = error;
  if (question.kind !== 'dateTime') return [main];
  const timeId = inputIdsOf(question)[1] ?? timeInputId(question);
  const time: InputView = { kind: 'field', id: timeId, label: { key: 'forms:field.time', refs: { label } }, ...base, control: { type: 'time' }, value: cardValue({ type: 'time' }, values[timeId] ?? '') };
  return [main, time];
}
