import type { EdgeLimits } from '../config';
import { createTokenBuckets, type TokenBuckets } from './tokenBuckets';

/**
 * Whether a turn may start now: a bounded number in flight per process, and token buckets per
 * person (channel + from.id) and per conversation. Defaults sit far above a fast typist
 * (docs/security.md); a refusal names the seconds to wait, for Retry-After.
 */

export type Admission = { ok: true; release(): void } | { ok: false; retryAfterS: number; reason: 'inFlight' | 'user' | 'conversation' };

export interface TurnAdmission {
  admit(activity: { channelId: string; from: { id: string }; conversation: { id: string } }): Admission;
  inFlight(): number;
}

/** A turn refused for load is worth retrying almost at once. */
const IN_FLIGHT_RETRY_AFTER_S = 1;

export function createTurnAdmission(limits: Pick<EdgeLimits, 'conversationTurnsPerMinute' | 'userTurnsPerMinute' | 'maxTurnsInFlight'>, now?: () => number): TurnAdmission {
  const users: TokenBuckets = createTokenBuckets({ perMinute: limits.userTurnsPerMinute, now });
  const conversations: TokenBuckets = createTokenBuckets({ perMinute: limits.conversationTurnsPerMinute, now });
  let running = 0;
  return {
    admit(activity) {
      if (running >= limits.maxTurnsInFlight) return { ok: false, retryAfterS: IN_FLIGHT_RETRY_AFTER_S, reason: 'inFlight' };
      // A NUL cannot occur in an id (the edge schema refuses control characters), so the keys cannot collide.
      const user = users.take(`${activity.channelId}\u0000${activity.from.id}`);
      if (!user.ok) return { ok: false, retryAfterS: user.retryAfterS, reason: 'user' };
      const conversation = conversations.take(`${activity.channelId}\u0000${activity.conversation.id}`);
      if (!conversation.ok) return { ok: false, retryAfterS: conversation.retryAfterS, reason: 'conversation' };
      running += 1;
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          running -= 1;
        },
      };
    },
    inFlight: () => running,
  };
}
