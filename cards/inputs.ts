import { factSet, textBlock, type CardElement } from './adaptive';
import { escapeMarkdown, say } from './fragments';
import type { InputView, RecordView, Translate } from './view';

/**
 * Inputs with a label, an error message from `t`, and the value the user gave (kept when the
 * server sends the card back with an error). Each input's id is prefixed `in.` so the bot can tell
 * inputs from the action's own data. The server re-checks everything; an error it finds is shown
 * in words right under the input, whatever the host does with `errorMessage`.
 */
export function inputsBlock(t: Translate, inputs: InputView[]): CardElement[] {
  return inputs.flatMap((input) => {
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
            errorMessage: t(`${input.errorKey}.tooLong`, { max: input.maxLength }),
            value: input.value,
          };
    return input.error === undefined ? [element] : [element, textBlock(say(t, input.error), { color: 'Attention', weight: 'Bolder' })];
  });
}

export function recordBlock(t: Translate, record: RecordView): CardElement[] {
  const blocks: CardElement[] = [textBlock(say(t, record.heading), { weight: 'Bolder' })];
  if (record.items.length === 0 && record.notes.length === 0) blocks.push(textBlock(say(t, record.empty), { isSubtle: true }));
  if (record.items.length > 0) blocks.push(factSet(record.items.map((i) => ({ title: say(t, i.answer), value: i.title }))));
  for (const note of record.notes) blocks.push(textBlock(`**${say(t, note.heading)}:** ${escapeMarkdown(note.text)}`));
  return blocks;
}
