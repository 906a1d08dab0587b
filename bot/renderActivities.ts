import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import { renderView } from '../cards/render';
import type { Translate, View } from '../cards/view';

/** One message per view, each carrying one Adaptive Card drawn with this turn's `t`. */
export function toActivities(views: View[], t: TFunction): Array<Partial<Activity>> {
  const translate: Translate = (key, options) => (options === undefined ? t(key) : t(key, options));
  return views.map((view) => ({ type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(renderView(view, translate))] }));
}
