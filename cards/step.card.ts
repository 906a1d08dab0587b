import { adaptiveCard, container, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { choicesBlock, citationBlock, contactsBlock, heading, problemsBlock, say, styledBox, toActions } from './fragments';
import { checkBlock, promptsBlock } from './check';
import { inputsBlock, recordBlock } from './inputs';
import type { StepView, Translate } from './view';

/** One step of a journey: a question with its answers, urgent guidance, or the closing summary. */
export function stepCard(view: StepView, t: Translate): AdaptiveCard {
  const urgent = view.tone === 'urgent';
  const intro: CardElement[] = [heading(say(t, view.title)), ...view.lines.map((l) => textBlock(say(t, l)))];
  const body: CardElement[] = [];
  if (view.problems !== undefined && view.problems.length > 0) body.push(problemsBlock(t, view.problems));
  if (view.progress !== undefined) intro.unshift(textBlock(say(t, view.progress), { isSubtle: true, size: 'Small' }));
  if (view.alert !== undefined) body.push(styledBox([textBlock(say(t, view.alert), { weight: 'Bolder' })], 'attention'));
  body.push(urgent ? styledBox(intro, 'attention') : container(intro));
  if (view.steps !== undefined && view.steps.length > 0) {
    body.push(textBlock(view.steps.map((s, i) => `${i + 1}. ${say(t, s)}`).join('\n'), { spacing: 'Medium' }));
  }
  if (view.errorSummary !== undefined) body.push(textBlock(say(t, view.errorSummary), { color: 'Attention', weight: 'Bolder' }));
  body.push(...inputsBlock(t, view.inputs ?? []));
  if (view.check !== undefined) body.push(...checkBlock(t, view.check));
  if (view.prompts !== undefined && view.prompts.length > 0) body.push(promptsBlock(t, view.prompts));
  if (view.record !== undefined) body.push(...recordBlock(t, view.record));
  body.push(...choicesBlock(t, view.choices));
  body.push(...contactsBlock(t, view.contacts ?? []));
  if (view.contactsMissing !== undefined) body.push(textBlock(say(t, view.contactsMissing), { isSubtle: true }));
  body.push(...citationBlock(t, view.citations));
  return adaptiveCard(body, toActions(t, view.navigation), say(t, view.title));
}
