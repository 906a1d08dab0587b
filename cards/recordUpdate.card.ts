import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { heading, problemsBlock, say, toActions } from './fragments';
import { inputsBlock } from './inputs';
import type { RecordUpdateView, Translate } from './view';

/** Adding an action or recording the decision: the problems at the top and next to their inputs, the answers kept. */
export function recordUpdateCard(view: RecordUpdateView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [
    ...(view.problems === undefined ? [] : [problemsBlock(t, view.problems)]),
    heading(say(t, view.title)),
    textBlock(say(t, view.intro)),
    ...inputsBlock(t, view.inputs),
    ...(view.source === undefined ? [] : [textBlock(say(t, view.source), { size: 'Small', isSubtle: true })]),
  ];
  return adaptiveCard(body, toActions(t, [view.submit, ...view.actions]), say(t, view.title));
}
