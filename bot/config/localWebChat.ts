import { join } from 'node:path';
import { z } from 'zod';
import type { ListenerEnv } from './listener';
import { optionalText } from './optionalText';

/** The local web chat (no app id only): who may reach it, and how much it may hold in memory. */
export const localWebChatEnv = z.object({
  ALLOWED_HOSTS: z
    .string()
    .trim()
    .default('localhost,127.0.0.1,[::1]')
    .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''))
    .pipe(z.array(z.string().regex(/^([a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])$/, 'host names without a port, e.g. localhost,127.0.0.1,[::1]')).min(1)),
  WEBCHAT_KEY_FILE: optionalText,
  WEBCHAT_IDLE_MINUTES: z.coerce.number().min(0.01).max(24 * 60).default(60),
  WEBCHAT_MAX_CONVERSATIONS: z.coerce.number().int().min(1).max(10_000).default(100),
  WEBCHAT_MAX_ACTIVITY_KB: z.coerce.number().int().min(1).max(1024).default(160),
  WEBCHAT_BUFFER_ACTIVITIES: z.coerce.number().int().min(10).max(10_000).default(500),
  WEBCHAT_BUFFER_KB: z.coerce.number().int().min(16).max(64 * 1024).default(2048),
  WEBCHAT_TOTAL_BUFFER_KB: z.coerce.number().int().min(16).max(1024 * 1024).default(64 * 1024),
});

export type LocalWebChatEnv = z.output<typeof localWebChatEnv>;

export interface LocalWebChatConfig {
  /** Host names (no port) the Host header may carry: a defence against DNS rebinding. */
  allowedHosts: string[];
  /** The secret behind browser credentials; it lets a browser keep its user, and so its drafts, across restarts. */
  keyFile: string;
  idleMs: number;
  maxConversations: number;
  maxActivityBytes: number;
  maxActivitiesPerConversation: number;
  maxBytesPerConversation: number;
  maxBytesTotal: number;
}

/** WEBCHAT_KEY_FILE, or webchat.key beside the data key file; the Direct Line web chat uses the same key. */
export function webChatKeyFileOf(e: LocalWebChatEnv, keysDirectory: string): string {
  return e.WEBCHAT_KEY_FILE ?? join(keysDirectory, 'webchat.key');
}

export function localWebChatOf(e: LocalWebChatEnv & Pick<ListenerEnv, 'HOST'>, keysDirectory: string): LocalWebChatConfig {
  return {
    // The address it listens on always names it too (HOST=127.0.0.2 needs no second setting).
    allowedHosts: e.HOST === undefined ? e.ALLOWED_HOSTS : [...new Set([...e.ALLOWED_HOSTS, e.HOST.includes(':') ? `[${e.HOST.toLowerCase()}]` : e.HOST.toLowerCase()])],
    keyFile: webChatKeyFileOf(e, keysDirectory),
    idleMs: Math.round(e.WEBCHAT_IDLE_MINUTES * 60_000),
    maxConversations: e.WEBCHAT_MAX_CONVERSATIONS,
    maxActivityBytes: e.WEBCHAT_MAX_ACTIVITY_KB * 1024,
    maxActivitiesPerConversation: e.WEBCHAT_BUFFER_ACTIVITIES,
    maxBytesPerConversation: e.WEBCHAT_BUFFER_KB * 1024,
    maxBytesTotal: e.WEBCHAT_TOTAL_BUFFER_KB * 1024,
  };
}
