/**
 * The longest message a person may type: what a conversation takes in one `message.received`
 * event (dialogs/events.schema.ts; a test holds the two equal). A longer one is answered with a
 * notice that says so, before any turn runs, so nothing of its text is kept.
 */
export const MESSAGE_TEXT_MAX = 4000;

/** From here the web chat page shows the count as the person types. */
export const MESSAGE_TEXT_NEAR = 3500;

/** The length of a typed message too long to take, or undefined (a card's answer, an upload, or text that fits). */
export function overlongLength(activity: { type?: string; text?: string; value?: unknown }): number | undefined {
  if (activity.type !== 'message' || (activity.value !== undefined && activity.value !== null)) return undefined;
  const length = (activity.text ?? '').trim().length;
  return length > MESSAGE_TEXT_MAX ? length : undefined;
}
