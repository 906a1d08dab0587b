import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive';
import { choicesBlock, citationBlock, heading, safetyLine } from './fragments';
import type { Translate, WelcomeView } from './view';

/** The first card of a conversation: 999 first, what the assistant is and is not, a menu by role, then by situation. */
export function welcomeCard(view: WelcomeView, t: Translate): AdaptiveCard {
  const situations = view.situations;
  return adaptiveCard(
    [
      ...(view.safetyLine ? [safetyLine(t)] : []),
      heading(t('welcome:title')),
      textBlock(t('welcome:purpose')),
      textBlock(t('welcome:notReplacement')),
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
