import type { Activity, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../logger';
import { StorageUnavailableError, type ConversationReferenceStore, type JsonObject } from '../storage/types';

/**
 * Where a person's alerts go: their one-to-one conversation with the assistant, kept when the app is
 * installed (the bot added to a personal conversation) or used there. Only a personal conversation
 * (never a group chat or a channel, where an alert would be read by others), and only what posting
 * into it needs: no display name, no message, no activity id.
 */

type Seen = Partial<Pick<Activity, 'type' | 'channelId' | 'serviceUrl' | 'conversation' | 'recipient' | 'from' | 'membersAdded' | 'action' | 'locale'>>;

/** What is kept, and checked again when it is read back to send an alert. */
export const keptReferenceSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  locale: z.string().max(20).optional(),
  conversation: z.object({ id: z.string().min(1), conversationType: z.literal('personal'), isGroup: z.literal(false), tenantId: z.string().optional() }),
  bot: z.object({ id: z.string().min(1), name: z.string() }),
  user: z.object({ id: z.string().min(1), name: z.string(), aadObjectId: z.string().optional() }),
});
export type KeptReference = z.infer<typeof keptReferenceSchema>;

/**
 * True for an activity that says this person can be reached here: a message, or the chat opened (Teams
 * adds the bot to a personal chat when the app is installed; the local web chat adds the user).
 */
function opensTheChat(activity: Seen): boolean {
  if (activity.type === 'message') return true;
  if (activity.type === 'installationUpdate') return activity.action === 'add' || activity.action === undefined;
  if (activity.type !== 'conversationUpdate') return false;
  const joined = new Set([activity.recipient?.id, activity.from?.id].filter((id) => id !== undefined && id !== ''));
  return (activity.membersAdded ?? []).some((member) => joined.has(member.id));
}

/** The reference to keep for this activity, or undefined when it is not a personal chat the app was added to or used in. */
export function referenceToKeep(activity: Seen): KeptReference | undefined {
  const conversation = activity.conversation;
  if (!opensTheChat(activity) || conversation === undefined || conversation.conversationType !== 'personal' || conversation.isGroup === true) return undefined;
  const { channelId, serviceUrl, recipient, from } = activity;
  if (channelId === undefined || serviceUrl === undefined || recipient === undefined || from === undefined) return undefined;
  const kept = {
    channelId,
    serviceUrl,
    ...(activity.locale === undefined || activity.locale === '' ? {} : { locale: activity.locale }),
    conversation: { id: conversation.id, conversationType: 'personal', isGroup: false, ...(conversation.tenantId === undefined ? {} : { tenantId: conversation.tenantId }) },
    bot: { id: recipient.id, name: '' },
    user: { id: from.id, name: '', ...(from.aadObjectId === undefined ? {} : { aadObjectId: from.aadObjectId }) },
  };
  const parsed = keptReferenceSchema.safeParse(kept);
  return parsed.success ? parsed.data : undefined;
}

/** The reference as Bot Framework takes it. */
export function toConversationReference(kept: KeptReference): Partial<ConversationReference> {
  return { channelId: kept.channelId, serviceUrl: kept.serviceUrl, ...(kept.locale === undefined ? {} : { locale: kept.locale }), conversation: { ...kept.conversation, name: '' }, bot: kept.bot, user: kept.user };
}

/** The most (person, conversation) pairs this process remembers having kept, so a chat is not written on every turn. */
const REMEMBERED = 10_000;

export interface ConversationKeeper {
  /** Keeps the person's reference when the activity opens or uses their personal chat; never fails the turn. */
  keep(objectId: string, activity: Seen, now: Date): Promise<void>;
}

export function conversationKeeper(store: ConversationReferenceStore, logger: Logger): ConversationKeeper {
  const remembered = new Set<string>();
  return {
    async keep(objectId, activity, now) {
      const kept = referenceToKeep(activity);
      if (kept === undefined) return;
      const seen = JSON.stringify([objectId, kept]);
      if (remembered.has(seen)) return;
      try {
        await store.put(objectId, kept satisfies JsonObject, now);
      } catch (error) {
        // An alert waits for the next turn that keeps it; the turn itself goes on.
        if (!(error instanceof StorageUnavailableError)) throw error;
        logger.warn('storage unavailable: a conversation reference was not kept; the next turn keeps it');
        return;
      }
      if (remembered.size >= REMEMBERED) remembered.clear();
      remembered.add(seen);
    },
  };
}
