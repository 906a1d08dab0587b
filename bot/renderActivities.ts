import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import { fileConsentAttachment } from '../cards/fileOffer.card';
import { renderView } from '../cards/render';
import type { Translate, View } from '../cards/view';

/**
 * One message per view, each carrying one Adaptive Card drawn with this turn's `t`. A Word document
 * offered in Teams comes first as Teams' own file card, then the card that keeps the text at hand.
 */
export function toActivities(views: View[], t: TFunction): Array<Partial<Activity>> {
  const translate: Translate = (key, options) => (options === undefined ? t(key) : t(key, options));
  return views.flatMap((view) => {
    const card: Partial<Activity> = { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(renderView(view, translate))] };
    return view.kind === 'fileOffer' ? [{ type: ActivityTypes.Message, attachments: [fileConsentAttachment(view)] }, card] : [card];
  });
}
