import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The immediate-danger message sets of knowledge/eval: their shape, where they are, how they are read. */

export const URGENT_ROLES = ['school', 'health', 'business', 'police', 'socialCare', 'public'] as const;
export const WRITTEN_IN = ['chat', 'recordOfPast'] as const;

export const urgentSetSchema = z.object({
  about: z.string().min(1),
  messages: z
    .array(
      z.object({
        text: z.string().min(1).max(4000),
        urgent: z.boolean(),
        role: z.enum(URGENT_ROLES),
        /**
         * Where the words were written: typed in the chat (the default), or in a box of a form whose danger-now question the user
         * answered No, a record of the past, where only words told as now bring the 999 card (dialogs/danger/presentTense.ts).
         * "Picked up a boy with a man at 11pm" is calm there and may be urgent typed in the chat.
         */
        writtenIn: z.enum(WRITTEN_IN).optional(),
      }),
    )
    .min(1),
});
export type UrgentSet = z.infer<typeof urgentSetSchema>;
export type UrgentMessage = UrgentSet['messages'][number];

export const EVAL_DIR = join(__dirname, '..', 'knowledge', 'eval');

/** Every file of knowledge/eval named `<prefix>.json` or `<prefix>-<suffix>.json`, the first batch first. */
export function evalFiles(prefix: 'urgent-dev' | 'urgent-heldout', dir: string = EVAL_DIR): string[] {
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(`^${prefix}(?:-[a-z0-9-]+)?\\.json$`);
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .map((name) => join(dir, name));
}

export const DEV_FILES = evalFiles('urgent-dev');

/**
 * Development files of practitioners' everyday questions rather than messages written to test the
 * detector. The classifier trains on them, so it learns what an ordinary question looks like, but
 * they do not choose its threshold: their 1,156 calm questions outnumber the calm messages of every
 * other file together, and a model trained without them mistakes questions for danger, which raised
 * the threshold from 0.28 to 0.38 for every message and lost a plainly urgent one.
 */
export const QUESTION_FILES: readonly string[] = ['urgent-dev-9.json'];

export function loadUrgentSet(file: string): UrgentSet | undefined {
  if (!existsSync(file)) return undefined;
  return urgentSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
