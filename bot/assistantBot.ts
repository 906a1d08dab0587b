import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { noticeView } from '../dialogs/views';
import { toDomainEvent } from './activityToEvent';
import { fixedT } from './i18n';
import { channelForLog } from './logSafety';
import type { Logger } from './logger';
import { ownerKeyOf } from './ownerKey';
import { toActivities } from './renderActivities';
import { StorageUnavailableError } from './storage/types';
import type { TurnRunner } from './turnRunner';

/** Routes every activity through the one boundary into the turn runner, and sends back its cards. */
export class AssistantBot extends ActivityHandler {
  constructor(
    private readonly runTurn: TurnRunner,
    private readonly i18n: i18n,
    private readonly logger: Logger,
  ) {
    super();
    this.onTurn(async (context, next) => {
      await this.handleActivity(context);
      await next();
    });
  }

  private async handleActivity(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const event = toDomainEvent(activity);
    if (event === undefined) return;
    const t = fixedT(this.i18n, activity.locale ?? '');
    const conversationId = activity.conversation?.id;
    if (conversationId === undefined || conversationId === '') {
      await context.sendActivities(toActivities([noticeView('unreadableCard', 'info', [])], t));
      return;
    }
    // The channel id is whatever the client sent: only a short, known-shape prefix is logged.
    this.logger.info({ event: event.event, channel: channelForLog(activity.channelId) }, 'turn');
    try {
      const channel = { id: activity.channelId, conversationType: activity.conversation?.conversationType };
      const views = await this.runTurn({ conversationId, ownerKey: ownerKeyOf(activity), activityId: activity.id, event, locale: activity.locale ?? '', channel });
      await context.sendActivities(toActivities(views, t));
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      this.logger.warn({ event: event.event }, 'storage unavailable during a turn; the user was told their earlier answers are kept');
      await context.sendActivities(toActivities([noticeView('storageUnavailable', 'warning', [], 2)], t));
    }
  }
}
