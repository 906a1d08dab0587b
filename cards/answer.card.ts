import { adaptiveCard, container, factSet, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { choicesBlock, citationBlock, contactsBlock, heading, say, toActions } from './fragments';
import type { AnswerView, Translate } from './view';

/** An answer from the protocol: key facts first, then the detail, the section, related entries and, for a typed question, the search's next entries. */
export function answerCard(view: AnswerView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [container([heading(view.title), textBlock(view.summary, { weight: 'Bolder' })])];
  if (view.facts.length > 0) body.push(factSet(view.facts.map((f) => ({ title: say(t, f.label), value: f.value }))));
  body.push(textBlock(view.body));
  body.push(...contactsBlock(t, view.contacts ?? []));
  if (view.contactsMissing !== undefined) body.push(textBlock(say(t, view.contactsMissing), { isSubtle: true }));
  body.push(...citationBlock(t, view.citations));
  if (view.related.length > 0) body.push(textBlock(t('answers:related'), { weight: 'Bolder' }), ...choicesBlock(t, view.related));
  if (view.others !== undefined && view.others.length > 0) body.push(textBlock(t('answers:others'), { weight: 'Bolder' }), ...choicesBlock(t, view.others));
  if (view.resumeNote !== undefined) body.push(textBlock(say(t, view.resumeNote)));
  return adaptiveCard(body, toActions(t, view.actions), view.title);
}
