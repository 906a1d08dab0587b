import { actionSet, adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { choicesBlock, escapeMarkdown, heading, say, styledBox, toActions } from './fragments';
import type { RecordsForMeView, Translate } from './view';

type Item = RecordsForMeView['groups'][number]['items'][number];

/** One record: its form, reference and date (never who it is about), its deadlines, and Open. */
function itemBlock(t: Translate, item: Item): CardElement[] {
  const title = item.title === undefined ? t('exports:list.unknownForm') : escapeMarkdown(item.title);
  const deadlines = item.deadlines.map((line) => textBlock(say(t, line), { size: 'Small', spacing: 'Small', ...(item.overdue ? { weight: 'Bolder' as const } : {}) }));
  return [
    textBlock(title, { weight: 'Bolder', spacing: 'Medium' }),
    textBlock(t('exports:list.item', { reference: item.reference, submitted: item.submitted }), { isSubtle: true, spacing: 'Small' }),
    ...deadlines,
    actionSet(toActions(t, [item.open])),
  ];
}

/** Records for me: overdue deadlines first, then new, acknowledged, in progress and closed, each group with its count. */
export function recordsForMeCard(view: RecordsForMeView, t: Translate): AdaptiveCard {
  const groups: CardElement[] = view.groups.flatMap((group, i) => {
    const head = textBlock(t('records:forMe.groupHeading', { heading: say(t, group.heading), count: group.items.length }), { weight: 'Bolder', size: 'Medium', spacing: 'Large' });
    const items = group.items.length === 0 ? [textBlock(t('records:forMe.none'), { isSubtle: true })] : group.items.flatMap((item) => itemBlock(t, item));
    // Overdue records come first, in the warning style, so they are not missed.
    return i === 0 && group.items.some((item) => item.overdue) ? [styledBox([head, ...items], 'warning')] : [head, ...items];
  });
  const body: CardElement[] = [
    heading(t('records:forMe.title')),
    textBlock(t('records:forMe.intro')),
    ...(view.filter === undefined ? [] : [textBlock(say(t, view.filter), { weight: 'Bolder' })]),
    ...choicesBlock(t, view.filters),
    ...groups,
    ...(view.more === undefined ? [] : [textBlock(say(t, view.more), { isSubtle: true, spacing: 'Medium' })]),
  ];
  return adaptiveCard(body, toActions(t, view.actions), t('records:forMe.title'));
}
