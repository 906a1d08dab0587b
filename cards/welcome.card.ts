import { adaptiveCard, container, textBlock, type AdaptiveCard } from './adaptive';
import { choicesBlock, citationBlock, heading } from './fragments';
import type { Translate, WelcomeView } from './view';

/** The first card of a conversation: what the assistant is and is not, 999 first, a menu by role, then by situation. */
export function welcomeCard(view: WelcomeView, t: Translate): AdaptiveCard {
  const situations = view.situations;
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
      ...(situations.length > 0 ? [textBlock(t('welcome:situationsHeading'), { weight: 'Bolder' }), ...choicesBlock(t, situations)] : []),
      ...citationBlock(t, view.citations),
    ],
    [],
    t('welcome:title'),
  );
}
