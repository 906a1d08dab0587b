import { adaptiveCard, container, textBlock, type AdaptiveCard } from './adaptive';
import { choicesBlock, citationBlock, heading } from './fragments';
import type { Translate, WelcomeView } from './view';

/** The first card of a conversation: what the assistant is and is not, 999 first, then a menu by role. */
export function welcomeCard(view: WelcomeView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [
      heading(t('welcome:title')),
      textBlock(t('welcome:purpose')),
      textBlock(t('welcome:notReplacement')),
      container([textBlock(t('welcome:danger'), { weight: 'Bolder', color: 'Attention' })], 'attention'),
      textBlock(t('welcome:edition'), { size: 'Small', isSubtle: true }),
      ...(view.resumable.length > 0 ? [textBlock(t('welcome:resumeHeading'), { weight: 'Bolder' }), ...choicesBlock(t, view.resumable)] : []),
      textBlock(t('welcome:menuHeading'), { weight: 'Bolder' }),
      ...choicesBlock(t, view.menu),
      ...citationBlock(t, view.citations),
    ],
    [],
    t('welcome:title'),
  );
}
