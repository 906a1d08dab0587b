import { actionSet, adaptiveCard, factSet, openUrlAction, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { cautionLine, heading, say, toActions } from './fragments';
import { countText } from './profileChart.card';
import type { ProblemProfileView, ProfileSectionView, Translate } from './view';

/**
 * The MASE problem profile: the period and how many forms, then each dimension's counts, the period
 * choice, and the CSV. Months and themes are also drawn as bar charts, each in a message of its own
 * after this card (cards/profileChart.card.ts). Counts only: nothing in the view is personal.
 */

function section(t: Translate, view: ProfileSectionView): CardElement[] {
  const title = say(t, view.heading);
  const facts = view.rows.map((row) => ({ title: say(t, row.label), value: countText(t, row.count) }));
  return [textBlock(title, { weight: 'Bolder', spacing: 'Medium' }), factSet(facts)];
}

export function problemProfileCard(view: ProblemProfileView, t: Translate): AdaptiveCard {
  const title = t('profile:title');
  const body: CardElement[] = [
    heading(title),
    textBlock(t('profile:period', { months: view.months, from: say(t, view.from), to: say(t, view.to), forms: countText(t, view.forms) })),
    textBlock(t('profile:countsOnly'), { size: 'Small', isSubtle: true }),
    textBlock(t('profile:smallNumbers'), { size: 'Small', isSubtle: true }),
  ];
  if (view.unreadable > 0) body.push(cautionLine(t('profile:unreadable', { count: view.unreadable })));
  if (view.truncated) body.push(cautionLine(t('profile:truncated')));
  for (const part of view.sections) body.push(...section(t, part));
  body.push(textBlock(t('profile:periodsHeading'), { weight: 'Bolder', spacing: 'Medium' }), actionSet(toActions(t, view.periods)));
  const files = toActions(t, view.file === undefined ? [view.csv] : [view.csv, view.file]);
  if (view.download !== undefined) files.push(openUrlAction(say(t, view.download.label), view.download.url));
  body.push(actionSet(files));
  return adaptiveCard(body, toActions(t, view.actions), title);
}
