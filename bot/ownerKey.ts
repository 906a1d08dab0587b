import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** An opaque key for the person using the assistant: drafts and audit entries use it, never a name. */
export function ownerKeyOf(activity: Partial<Activity>): string {
  const user = activity.from?.aadObjectId ?? activity.from?.id ?? 'anonymous';
  return createHash('sha256').update(`${activity.channelId ?? 'unknown'}:${user}`).digest('hex').slice(0, 32);
}
