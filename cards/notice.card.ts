import { adaptiveCard, container, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { choicesBlock, heading, safetyLine, say, toActions } from './fragments';
import type { NoticeView, Translate } from './view';

/** A short, kind message: a stale card, a refused attachment, a store that is not answering, a journey offered. */
export function noticeCard(view: NoticeView, t: Translate): AdaptiveCard {
  const items = [heading(say(t, view.title)), ...view.lines.map((l) => textBlock(say(t, l)))];
  const groups: CardElement[] = (view.groups ?? []).flatMap((g) => [
    textBlock(say(t, g.heading), { weight: 'Bolder' }),
    ...(g.lines ?? []).map((l) => textBlock(say(t, l), { spacing: 'Small', isSubtle: true })),
    ...choicesBlock(t, g.actions),
  ]);
  const body = [...(view.safetyLine ? [safetyLine(t)] : []), view.tone === 'warning' ? container(items, 'warning') : container(items), ...groups];
  return adaptiveCard(body, toActions(t, view.actions), say(t, view.title));
}
