import { ActivityTypes, CardFactory, type Activity, type CloudAdapter } from 'botbuilder';
import type { i18n } from 'i18next';
import { alertCard } from '../../cards/alert.card';
import { say } from '../../cards/fragments';
import type { Translate } from '../../cards/view';
import { alertFormKey, alertView, escalationAlertView } from '../../dialogs/alerts/alertView';
import { DEFAULT_LOCALE, fixedT } from '../i18n';
import { LOCAL_WEBCHAT_SERVICE_URL, type LocalDelivery } from '../routes/directline';
import type { JsonObject } from '../storage/types';
import { keptReferenceSchema, toConversationReference, type KeptReference } from './conversationReferences';

/**
 * Sends one alert into a person's kept conversation: a proactive message through the adapter
 * (`continueConversationAsync` with the app id and the kept reference), or, for the local web chat,
 * straight into its buffer. The message's text and summary (what Teams shows in the notification
 * preview) are the card's title: the form's name and the reference, never anything of the record.
 * Any failure rejects, so the dispatcher can try again later.
 */

export interface AlertMessage {
  formKind: string;
  reference: string;
  /** For an escalation to the next contact: how long the record waited unacknowledged. */
  escalatedAfterMinutes?: number;
}

export type SendAlert = (kept: JsonObject, alert: AlertMessage) => Promise<void>;

export class AlertNotDeliveredError extends Error {
  constructor(why: string) {
    super(`alert not delivered: ${why}`);
    this.name = 'AlertNotDeliveredError';
  }
}

export interface AlertSenderDeps {
  adapter: CloudAdapter;
  /** MICROSOFT_APP_ID; without one (locally) the connector is called without a token. */
  appId: string | undefined;
  i18n: i18n;
  localDelivery?: LocalDelivery;
}

/** The alert as the message a person receives, in the language their conversation was kept in. */
export function alertActivity(i18nInstance: i18n, alert: AlertMessage, locale: string | undefined): Partial<Activity> {
  const t = fixedT(i18nInstance, locale ?? DEFAULT_LOCALE);
  const translate: Translate = (key, options) => (options === undefined ? t(key) : t(key, options));
  const formKey = alertFormKey(alert.formKind, (key) => i18nInstance.exists(key));
  const view = alert.escalatedAfterMinutes === undefined ? alertView(formKey, alert.reference) : escalationAlertView(formKey, alert.reference, alert.escalatedAfterMinutes);
  const title = say(translate, view.title);
  return { type: ActivityTypes.Message, text: title, summary: title, attachments: [CardFactory.adaptiveCard(alertCard(view, translate))] };
}

export function alertSender(deps: AlertSenderDeps): SendAlert {
  return async (stored, alert) => {
    const parsed = keptReferenceSchema.safeParse(stored);
    if (!parsed.success) throw new AlertNotDeliveredError('the kept conversation reference is not usable');
    const kept: KeptReference = parsed.data;
    const activity = alertActivity(deps.i18n, alert, kept.locale);
    if (deps.localDelivery !== undefined && kept.serviceUrl === LOCAL_WEBCHAT_SERVICE_URL) {
      if (!deps.localDelivery(kept.conversation.id, activity)) throw new AlertNotDeliveredError('the local web chat conversation has closed');
      return;
    }
    // A failure inside the callback would go to onTurnError (which would try to tell the recipient a
    // turn failed): it is caught here and rethrown after, for the dispatcher.
    let failure: unknown;
    await deps.adapter.continueConversationAsync(deps.appId ?? '', toConversationReference(kept), async (context) => {
      try {
        await context.sendActivity(activity);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
  };
}
