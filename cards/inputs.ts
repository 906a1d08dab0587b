import { factSet, textBlock, type CardElement } from './adaptive';
import { escapeMarkdown, problemLine, say } from './fragments';
import type { FieldControl, InputView, RecordView, Translate } from './view';

/**
 * Inputs with a label, an error message from `t`, and the value the user gave (kept when the
 * server sends the card back with an error). A multi-line box says its limit in its placeholder:
 * hosts cut a pasted text at maxLength without a word. Each input's id is prefixed `in.` so the bot can tell
 * inputs from the action's own data. The server re-checks everything; an error it finds is shown
 * in words right under the input, whatever the host does with `errorMessage`.
 */
export function inputsBlock(t: Translate, inputs: InputView[]): CardElement[] {
  return inputs.flatMap((input) => {
    if (input.kind === 'field') return fieldBlock(t, input);
    const element: CardElement =
      input.kind === 'choice'
        ? {
            type: 'Input.ChoiceSet',
            id: `in.${input.id}`,
            label: typeof input.label === 'string' ? input.label : say(t, input.label),
            style: 'expanded',
            isRequired: false,
            errorMessage: t(`${input.errorKey}.invalid`),
            value: input.value,
            choices: input.choices.map((c) => ({ title: say(t, c.label), value: c.value })),
          }
        : {
            type: 'Input.Text',
            id: `in.${input.id}`,
            label: say(t, input.label),
            isMultiline: true,
            isRequired: false,
            maxLength: input.maxLength,
            placeholder: t('forms:field.limit', { max: input.maxLength }),
            errorMessage: t(`${input.errorKey}.tooLong`, { max: input.maxLength }),
            value: input.value,
          };
    return input.error === undefined ? [element] : [element, problemLine(say(t, input.error))];
  });
}

function controlOf(t: Translate, control: FieldControl, value: string): CardElement {
  switch (control.type) {
    case 'text': {
      const text: CardElement = { type: 'Input.Text', isMultiline: control.multiline, maxLength: control.maxLength, value };
      if (control.multiline) text.placeholder = t('forms:field.limit', { max: control.maxLength });
      if (control.style !== undefined) text.style = control.style;
      return text;
    }
    case 'date':
      return { type: 'Input.Date', value };
    case 'time':
      return { type: 'Input.Time', value };
    case 'number':
      // No min or max: the Adaptive Cards SDK reads an empty number box as NaN, which fails any range, so an optional
      // age left empty would stop Continue. The server checks the range and says it ("must be a number between 0 and 17").
      return value === '' ? { type: 'Input.Number' } : { type: 'Input.Number', value: Number(value) };
    case 'choice':
      return { type: 'Input.ChoiceSet', style: control.style, isMultiSelect: control.multiSelect, value, choices: control.choices.map((c) => ({ title: say(t, c.label), value: c.value })) };
  }
}

/**
 * A form question: the input (a required one marked in its label), its hint under it, then its problem in words.
 * Required in words only: a host will not send an action while an `isRequired` input is empty, and Save for later
 * must send a half-filled page to keep it. The server checks what is required when the page is continued.
 */
function fieldBlock(t: Translate, input: Extract<InputView, { kind: 'field' }>): CardElement[] {
  const label = say(t, input.label);
  const element: CardElement = {
    ...controlOf(t, input.control, input.value),
    id: `in.${input.id}`,
    label: input.required ? t(input.ifAdded === true ? 'forms:field.requiredIfAdded' : 'forms:field.required', { label }) : label,
    errorMessage: say(t, input.errorMessage),
  };
  const blocks: CardElement[] = [element];
  if (input.hint !== undefined) blocks.push(textBlock(say(t, input.hint), { isSubtle: true, size: 'Small', spacing: 'Small' }));
  if (input.error !== undefined) blocks.push(problemLine(say(t, input.error)));
  return blocks;
}

export function recordBlock(t: Translate, record: RecordView): CardElement[] {
  const blocks: CardElement[] = [textBlock(say(t, record.heading), { weight: 'Bolder' })];
  if (record.items.length === 0 && record.notes.length === 0) blocks.push(textBlock(say(t, record.empty), { isSubtle: true }));
  if (record.items.length > 0) blocks.push(factSet(record.items.map((i) => ({ title: say(t, i.answer), value: i.title }))));
  for (const note of record.notes) blocks.push(textBlock(`**${say(t, note.heading)}:** ${escapeMarkdown(note.text)}`));
  return blocks;
}
