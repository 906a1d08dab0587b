import { createHash, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * The buffers behind the local web chat's Direct Line emulation: what the page polls for.
 * Only a transport buffer: the conversation itself lives in storage. Each conversation has its
 * own bearer token and the user the server bound to it; both are forgotten when it expires.
 * Memory is bounded: a live-conversation cap, per-conversation limits, and a total limit.
 */

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export interface TransportLimits {
  idleMs: number;
  maxConversations: number;
  maxActivitiesPerConversation: number;
  maxBytesPerConversation: number;
  maxBytesTotal: number;
}

interface Buffered {
  activity: Partial<Activity>;
  bytes: number;
}

interface LiveConversation {
  tokenHash: Buffer;
  userId: string;
  lastSeen: number;
  /** Watermark of activities[0]: older ones were dropped. */
  base: number;
  activities: Buffered[];
  bytes: number;
}

/** What a request is answered with when it does not reach a live conversation. */
export type Refusal = 'unauthorised' | 'not_found';

export type Access = { ok: true; userId: string } | { ok: false; refusal: Refusal };

const hashOf = (token: string): Buffer => createHash('sha256').update(token).digest();

export class LocalTransport {
  private readonly live = new Map<string, LiveConversation>();
  private totalBytes = 0;

  constructor(
    private readonly limits: TransportLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Opens a buffer for a conversation whose token the caller has issued (or checked, when a page
   * takes its conversation up again after a restart or an idle expiry). A conversation already
   * live is left as it is: it opens again only with its own token.
   */
  open(conversationId: string, token: string, userId: string): 'opened' | 'full' | 'refused' {
    const live = this.current(conversationId);
    if (live !== undefined) return this.access(conversationId, token).ok ? 'opened' : 'refused';
    this.sweep();
    if (this.live.size >= this.limits.maxConversations) return 'full';
    this.live.set(conversationId, { tokenHash: hashOf(token), userId, lastSeen: this.now(), base: 0, activities: [], bytes: 0 });
    return 'opened';
  }

  /** Checks a bearer token against the conversation's own, in constant time, and keeps it alive. */
  access(conversationId: string, token: string): Access {
    const conversation = this.current(conversationId);
    if (conversation === undefined) return { ok: false, refusal: 'not_found' };
    if (!timingSafeEqual(hashOf(token), conversation.tokenHash)) return { ok: false, refusal: 'unauthorised' };
    conversation.lastSeen = this.now();
    return { ok: true, userId: conversation.userId };
  }

  /** The conversation a token belongs to (for a token refresh, which names no conversation). */
  conversationOf(token: string): string | undefined {
    const presented = hashOf(token);
    for (const [conversationId, conversation] of this.live) {
      if (timingSafeEqual(presented, conversation.tokenHash) && this.current(conversationId) !== undefined) return conversationId;
    }
    return undefined;
  }

  /** Adds an activity; returns its id, or undefined when the conversation has expired meanwhile. */
  append(conversationId: string, activity: Partial<Activity>): string | undefined {
    const conversation = this.current(conversationId);
    if (conversation === undefined) return undefined;
    const id = `${conversationId}|${String(conversation.base + conversation.activities.length).padStart(7, '0')}`;
    const stored = { ...activity, id, timestamp: new Date(this.now()) };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.activities.push({ activity: stored, bytes });
    conversation.bytes += bytes;
    this.totalBytes += bytes;
    this.trim(conversation);
    this.trimTotal();
    return id;
  }

  since(conversationId: string, watermark: number): { activities: Array<Partial<Activity>>; watermark: string } {
    const conversation = this.current(conversationId);
    if (conversation === undefined) return { activities: [], watermark: '0' };
    const end = conversation.base + conversation.activities.length;
    const from = watermark > end ? 0 : Math.max(0, watermark - conversation.base);
    return { activities: conversation.activities.slice(from).map((b) => b.activity), watermark: String(end) };
  }

  /** What the buffers hold now: for the limits' tests and for measuring. */
  usage(): { conversations: number; bytes: number } {
    this.sweep();
    return { conversations: this.live.size, bytes: this.totalBytes };
  }

  private current(conversationId: string): LiveConversation | undefined {
    const conversation = this.live.get(conversationId);
    if (conversation !== undefined && this.now() - conversation.lastSeen > this.limits.idleMs) {
      this.forget(conversationId, conversation);
      return undefined;
    }
    return conversation;
  }

  private sweep(): void {
    for (const conversationId of [...this.live.keys()]) this.current(conversationId);
  }

  private forget(conversationId: string, conversation: LiveConversation): void {
    this.totalBytes -= conversation.bytes;
    this.live.delete(conversationId);
  }

  /** Drops a conversation's oldest activities (its scroll-back) to keep within its own limits. */
  private trim(conversation: LiveConversation): void {
    const over = () =>
      conversation.activities.length > this.limits.maxActivitiesPerConversation ||
      (conversation.bytes > this.limits.maxBytesPerConversation && conversation.activities.length > 1);
    while (over()) this.dropOldest(conversation);
  }

  /**
   * Over the total, scroll-back goes first from the conversations used least recently: a
   * conversation is never removed for this, and the newest activity of each is kept.
   */
  private trimTotal(): void {
    if (this.totalBytes <= this.limits.maxBytesTotal) return;
    this.sweep();
    const byAge = [...this.live.values()].sort((a, b) => a.lastSeen - b.lastSeen);
    for (const conversation of byAge) {
      while (this.totalBytes > this.limits.maxBytesTotal && conversation.activities.length > 1) this.dropOldest(conversation);
      if (this.totalBytes <= this.limits.maxBytesTotal) return;
    }
  }

  private dropOldest(conversation: LiveConversation): void {
    const dropped = conversation.activities.shift();
    if (dropped === undefined) return;
    conversation.base += 1;
    conversation.bytes -= dropped.bytes;
    this.totalBytes -= dropped.bytes;
  }
}
