import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { citationBlock, heading, say, styledBox, toActions } from './fragments';
import type { Translate, UrgentAudience, UrgentView } from './view';

/** What each audience can do at the scene, after "call 999" and what to tell the call handler. */
const AT_THE_SCENE: Record<UrgentAudience, string[]> = {
  business: ['urgent:business.stayOnLine', 'urgent:business.doNotConfront', 'urgent:business.pullOver', 'urgent:business.sayWhere'],
  police: ['urgent:police.assistance', 'urgent:police.protection'],
  socialCare: ['urgent:stayWithChild'],
  professional: ['urgent:stayWithChild'],
  anyone: ['urgent:stayWithChild'],
};

/** What comes once the child is safe. */
const AFTERWARDS: Record<UrgentAudience, string> = {
  business: 'urgent:business.afterwards',
  police: 'urgent:police.afterwards',
  socialCare: 'urgent:socialCare.afterwards',
  professional: 'urgent:afterwards',
  anyone: 'urgent:anyone.afterwards',
};

/** Immediate danger: 999 before anything else, whatever journey was running, in words that fit who is reading. */
export function urgentCard(view: UrgentView, t: Translate): AdaptiveCard {
  const actions = view.resume === undefined ? [view.menu] : [view.resume, view.menu];
  const call = view.audience === 'police' ? 'urgent:police.call' : 'urgent:call999';
  const scene: CardElement[] = AT_THE_SCENE[view.audience].map((key) => textBlock(t(key)));
  return adaptiveCard(
    [
      styledBox([heading(t('urgent:title')), textBlock(t(call), { weight: 'Bolder' }), textBlock(t('urgent:tell')), ...scene], 'attention'),
      textBlock(t(AFTERWARDS[view.audience])),
      ...citationBlock(t, view.citations),
      ...(view.resume === undefined || view.resumeNote === undefined ? [] : [textBlock(say(t, view.resumeNote))]),
    ],
    toActions(t, actions),
    t('urgent:title'),
  );
}
