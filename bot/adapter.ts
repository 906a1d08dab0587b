import { randomUUID } from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { i18n } from 'i18next';
import { noticeView } from '../dialogs/views';
import type { Config } from './config';
import { translatorFor } from './i18n';
import { errorFields, type Logger } from './logger';
import { toActivities } from './renderActivities';

/**
 * CloudAdapter with Bot Framework authentication: with an app id every request to
 * /api/messages must carry a valid token; without one the server only listens on loopback.
 */
export function createAdapter(config: Config, i18n: i18n, logger: Logger): CloudAdapter {
  const auth = config.auth;
  const credentials =
    auth === undefined
      ? {}
      : {
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.appPassword,
          MicrosoftAppType: auth.appType,
          MicrosoftAppTenantId: auth.tenantId,
        };
  const botFrameworkAuthentication = new ConfigurationBotFrameworkAuthentication(
    credentials,
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  const adapter = new CloudAdapter(botFrameworkAuthentication);
  adapter.onTurnError = (context, error) => onTurnError(context, error, i18n, logger);
  return adapter;
}

/** Logs a correlation id and the error's kind (never message text or card values), tells the user their work is kept, deletes nothing. */
export async function onTurnError(context: TurnContext, error: unknown, i18n: i18n, logger: Logger): Promise<void> {
  const correlationId = randomUUID().slice(0, 8);
  logger.error({ correlationId, ...errorFields(error) }, 'turn failed');
  const notice = noticeView('turnFailed', 'warning', []);
  notice.lines = [{ key: 'notices:turnFailed.line1', values: { reference: correlationId } }];
  try {
    await context.sendActivities(toActivities([notice], translatorFor(i18n, context.activity.locale)));
  } catch {
    logger.error({ correlationId }, 'could not tell the user about the failed turn');
  }
}
