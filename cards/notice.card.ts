import { adaptiveCard, container, textBlock, type AdaptiveCard } from './adaptive';
import { heading, safetyLine, say, toActions } from './fragments';
import type { NoticeView, Translate } from './view';

/** A short, kind message: a stale card, a refused attachment, a store that is not answering. */
export function noticeCard(view: NoticeView, t: Translate): AdaptiveCard {
  const items = [heading(say(t, view.title)), ...view.lines.map((l) => textBlock(say(t, l)))];
  const body = [...(view.safetyLine ? [safetyLine(t)] : []), view.tone === 'warning' ? container(items, 'warning') : container(items)];
  return adaptiveCard(body, toActions(t, view.actions), say(t, view.title));
}
