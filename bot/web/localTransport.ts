import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * The buffers behind the local web chat's Direct Line emulation: what the page polls for.
 * Only a transport buffer: the conversation itself lives in storage, so a restart loses
 * nothing but the scroll-back, and the page is welcomed back with a "carry on" button.
 */

const MAX_CONVERSATIONS = 200;
const MAX_ACTIVITIES = 500;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

interface Buffer {
  token: string;
  /** Watermark of activities[0]: older ones were dropped. */
  base: number;
  activities: Array<Partial<Activity>>;
}

export class LocalTransport {
  private readonly buffers = new Map<string, Buffer>();

  create(): { conversationId: string; token: string } {
    const conversationId = `local-${randomUUID()}`;
    const token = randomBytes(24).toString('base64url');
    this.remember(conversationId, { token, base: 0, activities: [] });
    return { conversationId, token };
  }

  has(conversationId: string): boolean {
    return this.buffers.has(conversationId);
  }

  /** A page reconnecting after a restart: its buffer is gone but its conversation is in storage. */
  adopt(conversationId: string, token: string): void {
    if (!this.buffers.has(conversationId)) this.remember(conversationId, { token, base: 0, activities: [] });
  }

  append(conversationId: string, activity: Partial<Activity>): string {
    const buffer = this.buffers.get(conversationId);
    if (buffer === undefined) throw new Error('unknown local conversation');
    const id = `${conversationId}|${String(buffer.base + buffer.activities.length).padStart(7, '0')}`;
    buffer.activities.push({ ...activity, id, timestamp: new Date() });
    if (buffer.activities.length > MAX_ACTIVITIES) {
      buffer.activities.shift();
      buffer.base += 1;
    }
    return id;
  }

  since(conversationId: string, watermark: number): { activities: Array<Partial<Activity>>; watermark: string } {
    const buffer = this.buffers.get(conversationId);
    if (buffer === undefined) return { activities: [], watermark: '0' };
    const end = buffer.base + buffer.activities.length;
    // A watermark from before a restart is past the new buffer's end: send everything.
    const from = watermark > end ? 0 : Math.max(0, watermark - buffer.base);
    return { activities: buffer.activities.slice(from), watermark: String(end) };
  }

  private remember(conversationId: string, buffer: Buffer): void {
    this.buffers.set(conversationId, buffer);
    if (this.buffers.size > MAX_CONVERSATIONS) {
      const oldest = this.buffers.keys().next().value;
      if (oldest !== undefined) this.buffers.delete(oldest);
    }
  }
}
