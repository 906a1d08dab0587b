import { ActivityHandler, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { View } from '../cards/view';
import type { ActivityActor, PersonActor } from '../dialogs/access/access.schema';
import { readerOf, speakerOf } from '../dialogs/danger/audience';
import { isUrgent } from '../dialogs/urgency';
import { noticeView, urgentView } from '../dialogs/views';
import { toDomainEvent } from './activityToEvent';
import type { ConversationKeeper } from './alerts/conversationReferences';
import { MESSAGE_TEXT_MAX, overlongLength } from './edge/messageLength';
import { translatorFor } from './i18n';
import { channelForLog } from './logSafety';
import type { Logger } from './logger';
import { ownerKeyOf } from './ownerKey';
import { toActivities } from './renderActivities';
import { StorageUnavailableError } from './storage/types';
import { FILE_CONSENT_INVOKE, type FileConsentAnswer, type FileConsentRequest } from './teamsFileConsent';
import type { TurnRunner } from './turnRunner';

/** Who sent an activity (bot/identity.ts), and how a refusal is audited. */
export interface BotAccess {
  identify(activity: Partial<Activity>): ActivityActor;
  refused(activity: Partial<Activity>, why: string): Promise<void>;
  /** The sender's Entra object id (bot/identity.ts objectIdOf), for what is kept per person. */
  objectIdOf?(activity: Partial<Activity>): string | undefined;
}

/** Routes every activity through the one boundary into the turn runner, and sends back its cards. */
export class AssistantBot extends ActivityHandler {
  constructor(
    private readonly runTurn: TurnRunner,
    private readonly i18n: i18n,
    private readonly logger: Logger,
    private readonly access: BotAccess,
    /** The user's answer to a Teams file card; without it (no documents wired) such an invoke is not handled. */
    private readonly fileConsent?: (request: FileConsentRequest) => Promise<FileConsentAnswer>,
    /** Keeps where a person's alerts go (bot/alerts/); without it nothing is kept. */
    private readonly conversations?: ConversationKeeper,
  ) {
    super();
    this.onTurn(async (context, next) => {
      const actor = this.access.identify(context.activity);
      // Someone not identified gets one polite card for what would have been answered, and nothing runs or is stored; an invoke is answered 403 (onInvokeActivity).
      if (actor.kind === 'unidentified') return context.activity.type === 'invoke' ? next() : this.refuse(context, actor.why);
      const objectId = this.access.objectIdOf?.(context.activity);
      if (objectId !== undefined) await this.conversations?.keep(objectId, context.activity, new Date());
      await this.handleActivity(context, actor, objectId);
      await next();
    });
  }

  /** Teams' file card answers (fileConsent/invoke) are answered here; any other invoke as ActivityHandler does (501). */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const activity = context.activity;
    const actor = this.access.identify(activity);
    if (actor.kind === 'unidentified') {
      await this.access.refused(activity, actor.why);
      return { status: 403 };
    }
    if (activity.name !== FILE_CONSENT_INVOKE || this.fileConsent === undefined || activity.channelId !== 'msteams') return super.onInvokeActivity(context);
    const t = translatorFor(this.i18n, activity.locale);
    try {
      const result = await this.fileConsent({ value: activity.value, ownerKey: ownerKeyOf(activity), actor, conversationType: activity.conversation?.conversationType, locale: activity.locale });
      const replies = [...toActivities(result.views, t), ...result.attachments.map((attachment) => ({ type: 'message', attachments: [attachment] }))];
      if (replies.length > 0) await context.sendActivities(replies);
      return { status: result.status };
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      this.logger.warn({ event: FILE_CONSENT_INVOKE }, 'storage unavailable while answering a file card; the user was told to try again');
      await context.sendActivities(toActivities([noticeView('storageUnavailable', 'warning', [], 2)], t));
      return { status: 200 };
    }
  }

  private async refuse(context: TurnContext, why: string): Promise<void> {
    if (toDomainEvent(context.activity) === undefined) return;
    await this.access.refused(context.activity, why);
    await context.sendActivities(toActivities([noticeView('notIdentified', 'info', [], 2)], translatorFor(this.i18n, context.activity.locale)));
  }

  private async handleActivity(context: TurnContext, actor: PersonActor, objectId: string | undefined): Promise<void> {
    const activity = context.activity;
    const event = toDomainEvent(activity);
    if (event === undefined) return;
    const t = translatorFor(this.i18n, activity.locale);
    const conversationId = activity.conversation?.id;
    if (conversationId === undefined || conversationId === '') {
      await context.sendActivities(toActivities([noticeView('unreadableCard', 'info', [])], t));
      return;
    }
    const overlong = event.event === 'message.received' ? overlongLength(activity) : undefined;
    if (overlong !== undefined) {
      // Answered before any turn: the conversation is untouched and nothing of the text is kept or logged.
      this.logger.info({ event: 'message.tooLong', channel: channelForLog(activity.channelId) }, 'turn');
      await context.sendActivities(toActivities(tooLongViews(activity.text ?? '', overlong), t));
      return;
    }
    // The channel id is whatever the client sent: only a short, known-shape prefix is logged.
    this.logger.info({ event: event.event, channel: channelForLog(activity.channelId) }, 'turn');
    try {
      const channel = { id: activity.channelId, conversationType: activity.conversation?.conversationType };
      const views = await this.runTurn({ conversationId, ownerKey: ownerKeyOf(activity), actor, ...(objectId === undefined ? {} : { objectId }), activityId: activity.id, event, locale: activity.locale ?? '', channel });
      await context.sendActivities(toActivities(views, t));
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      this.logger.warn({ event: event.event }, 'storage unavailable during a turn; the user was told their earlier answers are kept');
      await context.sendActivities(toActivities([noticeView('storageUnavailable', 'warning', [], 2)], t));
    }
  }
}

/**
 * "Your message is 5,000 characters; I can read 4,000 at a time", with 999 first as on every notice.
 * Danger still interrupts: when the danger detector alarms on the whole text, the 999 card, worded for
 * the role the message gives, comes before it (the journey is left as it was, so it offers no "carry on").
 */
function tooLongViews(text: string, length: number): View[] {
  const notice = noticeView('messageTooLong', 'warning', [], 2);
  const tooLong = { ...notice, lines: notice.lines.map((line) => ({ ...line, values: { typed: length, limit: MESSAGE_TEXT_MAX } })) };
  return isUrgent(text) ? [urgentView(undefined, readerOf(speakerOf(text), { text })), tooLong] : [tooLong];
}
