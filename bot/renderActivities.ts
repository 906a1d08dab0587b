import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { fileConsentAttachment } from '../cards/fileOffer.card';
import { renderView } from '../cards/render';
import type { Translate, View } from '../cards/view';

/**
 * One message per view, each carrying one Adaptive Card drawn with the user's language's `t`
 * (bot/i18n translatorFor). A Word document offered in Teams comes first as Teams' own file card,
 * then the card that keeps the text at hand.
 */
export function toActivities(views: View[], t: Translate): Array<Partial<Activity>> {
  return views.flatMap((view) => {
    const card: Partial<Activity> = { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(renderView(view, t))] };
    return view.kind === 'fileOffer' ? [{ type: ActivityTypes.Message, attachments: [fileConsentAttachment(view)] }, card] : [card];
  });
}
