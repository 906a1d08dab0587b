import { actionSet, container, submitAction, textBlock, type CardElement } from './adaptive';
import { say } from './fragments';
import type { ActionView, CheckSectionView, TextRef, Translate } from './view';

/** Check-your-answers: each answer under its label, its Change action beside it; then the record-quality prompts. */

function row(t: Translate, label: TextRef, value: TextRef[], change: ActionView): CardElement {
  return {
    type: 'ColumnSet',
    separator: true,
    columns: [
      { type: 'Column', width: 'stretch', items: [textBlock(say(t, label), { weight: 'Bolder' }), textBlock(value.map((v) => say(t, v)).join('\n\n'))] },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [actionSet([submitAction(say(t, change.label), change.data)])] },
    ],
  };
}

export function checkBlock(t: Translate, sections: Array<CheckSectionView<ActionView>>): CardElement[] {
  return sections.flatMap((section) => [
    textBlock(say(t, section.heading), { size: 'Medium', weight: 'Bolder', spacing: 'Large' }),
    ...section.rows.map((r) => row(t, r.label, r.value, r.change)),
  ]);
}

export function promptsBlock(t: Translate, prompts: TextRef[]): CardElement {
  return container([textBlock(t('forms:check.promptsHeading'), { weight: 'Bolder' }), ...prompts.map((p) => textBlock(`- ${say(t, p)}`))], 'warning');
}
