import { z } from 'zod';
import { optionalText } from './optionalText';

/** Where conversations, drafts and records are kept, and how long conversations and drafts last. */
export const storageEnv = z.object({
  DATA_FILE: z.string().default('data/assistant.db'),
  MONGODB_URI: optionalText,
  MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,38}$/).default('cse_assistant'),
  CONVERSATION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(28),
});

export type StorageEnv = z.output<typeof storageEnv>;

export type StorageConfig = { kind: 'embedded'; file: string } | { kind: 'mongodb'; uri: string; database: string };

export function storageOf(e: StorageEnv): { storage: StorageConfig; conversationTtlMs: number; draftTtlMs: number } {
  return {
    storage: e.MONGODB_URI === undefined ? { kind: 'embedded', file: e.DATA_FILE } : { kind: 'mongodb', uri: e.MONGODB_URI, database: e.MONGODB_DB },
    conversationTtlMs: e.CONVERSATION_TTL_HOURS * 3_600_000,
    draftTtlMs: e.DRAFT_TTL_DAYS * 86_400_000,
  };
}
