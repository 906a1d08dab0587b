import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { TickReport } from '../../bot/alerts/alertDispatcher';
import { chat, type Card, type Chat, type StoreKind, type TestAssistant } from './assistant';
import { deploymentOnOneStore, type Deployment, type DeploymentOptions } from './deployment';
import { startLoopbackConnector, type LoopbackConnector, type ReceivedActivity } from './loopbackConnector';

/**
 * A deployment whose people use the app in Teams personal chats: the assistants on one store
 * (deploymentOnOneStore), and a loopback connector standing in for the service their proactive
 * messages (alerts) are posted to. Set up and torn down with the describe block that calls it.
 */

export interface PersonalChat extends Chat {
  /** Teams installs the app: the bot is added to the person's personal chat, whose reference is kept. */
  open(): Promise<void>;
}

export interface PersonalChatDeployment extends Deployment {
  /** The connector the alerts are posted to: started before the first test. */
  connector(): LoopbackConnector;
  /** A new personal chat with this assistant, for a fictional person called `name`. */
  personalChat(app: TestAssistant, name: string): PersonalChat;
  /** One alert dispatcher tick on every assistant started, all at once, and what they did in total. */
  tickAll(): Promise<TickReport>;
}

export const NO_ALERTS: TickReport = { sent: 0, retrying: 0, failed: 0, waiting: 0, skipped: 0, cancelled: 0 };

const sum = (total: TickReport, r: TickReport): TickReport => ({
  sent: total.sent + r.sent,
  retrying: total.retrying + r.retrying,
  failed: total.failed + r.failed,
  waiting: total.waiting + r.waiting,
  skipped: total.skipped + r.skipped,
  cancelled: total.cancelled + r.cancelled,
});

export function deploymentWithPersonalChats(store: StoreKind, name: string, options: DeploymentOptions = {}): PersonalChatDeployment {
  const deployment = deploymentOnOneStore(store, name, options);
  let connector: LoopbackConnector | undefined;
  beforeAll(async () => {
    connector = await startLoopbackConnector();
  });
  afterAll(async () => {
    await connector?.close();
  });
  const started = (): LoopbackConnector => {
    if (connector === undefined) throw new Error('the loopback connector is started in beforeAll');
    return connector;
  };

  return {
    ...deployment,
    connector: started,
    personalChat(app, person) {
      const conversationId = `a:personal-${person}-${randomBytes(4).toString('hex')}`;
      const addressed = { channelId: 'msteams', serviceUrl: started().url, conversation: { id: conversationId, conversationType: 'personal' } };
      const base = chat(app.url, conversationId, `29:user-fictional-${person}`, addressed);
      return { ...base, open: async () => void (await base.send({ type: 'conversationUpdate', membersAdded: [{ id: 'assistant' }] })) };
    },
    tickAll: async () => (await Promise.all(deployment.started().map((app) => app.alerts.tick()))).reduce(sum, NO_ALERTS),
  };
}

/** The connector's requests posting into this conversation (as replies to the continuation activity, as botbuilder posts proactively). */
export const postedTo = (received: readonly ReceivedActivity[], conversationId: string): ReceivedActivity[] =>
  received.filter((r) => r.path.startsWith(`/v3/conversations/${encodeURIComponent(conversationId)}/activities`));

const alertBodySchema = z
  .object({ type: z.literal('message'), text: z.string(), summary: z.string(), attachments: z.array(z.object({ contentType: z.string(), content: z.record(z.string(), z.unknown()) })).length(1) })
  .passthrough();

/** An alert as posted: a message with its text, its summary and one card (the schema throws on anything else). */
export function alertIn(post: ReceivedActivity | undefined): { text: string; summary: string; card: Card } {
  const body = alertBodySchema.parse(post?.body);
  return { text: body.text, summary: body.summary, card: body.attachments[0]?.content ?? {} };
}
