import { actionSet, adaptiveCard, openUrlAction, textBlock, type AdaptiveCard, type CardAction, type CardElement } from './adaptive';
import { escapeMarkdown, heading, say, toActions } from './fragments';
import type { SubmissionListView, Translate } from './view';

/** The user's own submissions, newest first: each by its form, reference and date (never who it is about), with open, text and download. */
export function submissionListCard(view: SubmissionListView, t: Translate): AdaptiveCard {
  const items: CardElement[] = view.items.flatMap((item) => {
    const title = item.title === undefined ? t('exports:list.unknownForm') : escapeMarkdown(item.title);
    const actions: CardAction[] = toActions(t, item.file === undefined ? [item.open, item.text] : [item.open, item.text, item.file]);
    if (item.download !== undefined) actions.push(openUrlAction(say(t, item.download.label), item.download.url));
    return [
      textBlock(title, { weight: 'Bolder', spacing: 'Medium' }),
      textBlock(t('exports:list.item', { reference: item.reference, submitted: item.submitted }), { isSubtle: true, spacing: 'Small' }),
      ...(item.status === undefined ? [] : [textBlock(say(t, item.status), { spacing: 'Small' })]),
      actionSet(actions),
    ];
  });
  const note = view.note === undefined ? [] : [textBlock(say(t, view.note), { isSubtle: true })];
  const body: CardElement[] = [heading(t('exports:list.title')), textBlock(t('exports:list.intro')), ...note, ...items];
  return adaptiveCard(body, toActions(t, view.actions), t('exports:list.title'));
}
