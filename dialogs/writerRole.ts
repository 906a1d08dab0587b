import { selfIntroduction, type SelfIdentified } from '../knowledge/roleWords';

/**
 * The role a typed message's writer gives themselves, corrections included. Someone who chose the wrong role on the
 * welcome card puts it right in their own words: "sorry im actually a hotel manager not health, …" (issue 8: read as
 * health, from "not health", and given the health route). "Im actually a", "i am really a" are read as "im a" is
 * (knowledge/roleWords.ts: how people say who they are); a role only mentioned ("the teacher told me") gives none.
 */

/** A correction's words between "I'm" and the job, in British English as typed: "im actually a", "i'm in fact a". */
const CORRECTING_EN_GB = /\b(i\s*['’]?\s*m|i\s+am)\s+(?:actually|really|in\s+fact)\s+/gi;

/** The message with a correction's words taken out, so it reads as a plain introduction. */
const asIntroduced = (text: string): string => text.replace(CORRECTING_EN_GB, '$1 ');

/** The role the writer gives and the rest of the message, with the words of the introduction itself. */
export const writerIntroduction = (text: string): (SelfIdentified & { introduction: string }) | undefined => selfIntroduction(asIntroduced(text));

/** The role the writer gives and the rest of the message. */
export function writerRole(text: string): SelfIdentified | undefined {
  const introduced = writerIntroduction(text);
  return introduced === undefined ? undefined : { role: introduced.role, rest: introduced.rest };
}
