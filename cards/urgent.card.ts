import { adaptiveCard, container, textBlock, type AdaptiveCard } from './adaptive';
import { citationBlock, heading, toActions } from './fragments';
import type { Translate, UrgentView } from './view';

/** Immediate danger: 999 before anything else, whatever journey was running. */
export function urgentCard(view: UrgentView, t: Translate): AdaptiveCard {
  const actions = view.resume === undefined ? [view.menu] : [view.resume, view.menu];
  return adaptiveCard(
    [
      container(
        [
          heading(t('urgent:title'), 'urgent'),
          textBlock(t('urgent:call999'), { weight: 'Bolder' }),
          textBlock(t('urgent:tell')),
          textBlock(t('urgent:stayWithChild')),
        ],
        'attention',
      ),
      textBlock(t('urgent:police')),
      textBlock(t('urgent:afterwards')),
      ...citationBlock(t, view.citations),
    ],
    toActions(t, actions),
    t('urgent:title'),
  );
}
