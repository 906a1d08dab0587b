import { actionSet, adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { escapeMarkdown, heading, say, styledBox, toActions } from './fragments';
import type { RecordReviewView, Translate } from './view';

/** The other records about the same child, oldest first: each by its form, reference, date and status, with Open. */
function chronologyBlock(view: RecordReviewView, t: Translate): CardElement[] {
  if (view.chronology === undefined || view.chronology.length === 0) return [];
  return [
    textBlock(t('records:chronology.title'), { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
    textBlock(t('records:chronology.intro'), { isSubtle: true }),
    ...view.chronology.flatMap((item) => [
      textBlock(item.title === undefined ? t('exports:list.unknownForm') : escapeMarkdown(item.title), { weight: 'Bolder', spacing: 'Medium' }),
      textBlock(t('exports:list.item', { reference: item.reference, submitted: item.submitted }), { isSubtle: true, spacing: 'Small' }),
      textBlock(say(t, item.status), { spacing: 'Small' }),
      actionSet(toActions(t, [item.open])),
    ]),
  ];
}

/** A record as the person it was routed to works on it: its status, what has been done (oldest first), and what they can do next. */
export function recordReviewCard(view: RecordReviewView, t: Translate): AdaptiveCard {
  const title = view.title === undefined ? t('exports:list.unknownForm') : escapeMarkdown(view.title);
  const history: CardElement[] =
    view.history.length === 0
      ? [textBlock(t('records:review.nothingYet'), { isSubtle: true })]
      : view.history.flatMap((entry) => [
          textBlock(say(t, entry.line), { spacing: 'Small' }),
          textBlock(entry.shared === true ? t('records:review.atShared', { at: entry.at }) : t('records:review.at', { at: entry.at }), { isSubtle: true, size: 'Small', spacing: 'Small' }),
        ]);
  const body: CardElement[] = [
    heading(t('records:review.title')),
    textBlock(t('records:review.about', { title, reference: view.reference }), { isSubtle: true }),
    styledBox([textBlock(say(t, view.status), { weight: 'Bolder' })], 'emphasis'),
    textBlock(t('records:review.history'), { weight: 'Bolder', spacing: 'Medium' }),
    ...history,
    ...(view.note === undefined ? [] : [textBlock(say(t, view.note), { spacing: 'Medium' })]),
    ...(view.work.length === 0 ? [] : [actionSet(toActions(t, view.work))]),
    ...chronologyBlock(view, t),
  ];
  return adaptiveCard(body, toActions(t, view.actions), t('records:review.title'));
}
