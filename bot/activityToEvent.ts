import type { Activity } from 'botbuilder';
import { cardEventSchema, type DomainEvent } from '../dialogs/events.schema';
import { MESSAGE_TEXT_MAX } from './edge/messageLength';

/**
 * The one boundary where an activity becomes a domain event. Nothing from the activity's
 * content is logged here or kept beyond the event.
 */

// Teams sends the formatted copy of a typed message as a text/html attachment without a URL:
// that is the message itself, not something uploaded.
const isUpload = (a: { contentType?: string; contentUrl?: string }): boolean =>
  a.contentUrl !== undefined || !(a.contentType === 'text/html' || a.contentType === 'text/plain' || a.contentType === 'application/vnd.microsoft.card.adaptive');

export function toDomainEvent(activity: Partial<Activity>): DomainEvent | undefined {
  if (activity.type === 'conversationUpdate') {
    // The bot being installed, or a person joining: either way the conversation starts with the welcome.
    return (activity.membersAdded ?? []).length > 0 ? { event: 'conversation.started' } : undefined;
  }
  if (activity.type !== 'message') return undefined;
  if ((activity.attachments ?? []).some(isUpload)) return { event: 'attachment.received' };
  if (activity.value !== undefined && activity.value !== null) {
    const parsed = cardEventSchema.safeParse(withInputsGathered(activity.value));
    return parsed.success ? parsed.data : { event: 'payload.rejected' };
  }
  const text = (activity.text ?? '').trim();
  if (text === '') return { event: 'payload.rejected' };
  // A longer message never reaches a turn (bot/assistantBot.ts answers it): the cut only keeps the event valid.
  return { event: 'message.received', text: text.slice(0, MESSAGE_TEXT_MAX) };
}

/**
 * An input's key: `in.<id>` as the card was sent, or `in~<tag>.<id>` as the web chat page gives each card's inputs ids
 * of their own (bot/web/static/chat.js): Adaptive Cards names a radio group by its input's id, so two cards showing the
 * same page would share their radio buttons, and drawing the second unticked the first.
 */
const INPUT_KEY = /^in(?:~[a-z0-9]{1,13})?\.(.+)$/s;

/** Hosts merge a card's input values into its action data; the inputs are the `in.` keys. */
function withInputsGathered(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const data: Record<string, unknown> = {};
  const inputs: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const input = INPUT_KEY.exec(key)?.[1];
    if (input !== undefined) inputs[input] = v;
    else data[key] = v;
  }
  return Object.keys(inputs).length === 0 ? data : { ...data, inputs };
}
