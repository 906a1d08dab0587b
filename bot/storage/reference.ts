import { randomBytes } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read out on a phone call.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A submission reference such as `CSE-7K2M-9QXD`: random, so it reveals nothing about the child or the count. */
export function newSubmissionReference(): string {
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (b) => ALPHABET[b % 32] ?? '0');
  return `CSE-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}`;
}
