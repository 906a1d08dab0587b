import { container, submitAction, textBlock, type CardElement } from './adaptive';
import { choiceLine, say } from './fragments';
import type { ActionView, CheckSectionView, TextRef, Translate } from './view';

/**
 * Check-your-answers: each answer under its label, then its Change as a line of text that is the action, naming the
 * answer ("Change the child's date of birth"). Adaptive Cards 1.5 gives an action no accessible name but its title (a
 * `tooltip` is read as the name only where there is no title), and a title naming the answer is longer than a button
 * holds, so the line is drawn whole, as GOV.UK's summary list puts "Change" below the answer on a narrow screen.
 */

function row(t: Translate, label: TextRef, value: TextRef[], change: ActionView): CardElement {
  return {
    type: 'Container',
    separator: true,
    items: [textBlock(say(t, label), { weight: 'Bolder' }), textBlock(value.map((v) => say(t, v)).join('\n\n')), choiceLine(submitAction(say(t, change.label), change.data))],
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
