import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A browser's credential for the local web chat: a random secret the page keeps and presents
 * when it starts a conversation. The server derives the user id from it with an HMAC, so a
 * browser keeps its user (and its saved drafts) across conversations and restarts, and no one
 * can become that user without the secret. The credential carries its own MAC: only secrets
 * this server issued are accepted.
 */

const KEY_BYTES = 32;
const credentialPattern = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

export interface BrowserCredentials {
  issue(): { credential: string; userId: string };
  /** The user a credential stands for, or undefined if this server did not issue it. */
  userIdOf(credential: string): string | undefined;
}

export function browserCredentials(key: Buffer): BrowserCredentials {
  const mac = (purpose: string, secret: string) => createHmac('sha256', key).update(`${purpose}\0${secret}`).digest();
  const userIdFor = (secret: string) => `web-${mac('user', secret).toString('base64url').slice(0, 32)}`;
  return {
    issue() {
      const secret = randomBytes(32).toString('base64url');
      return { credential: `${secret}.${mac('credential', secret).toString('base64url')}`, userId: userIdFor(secret) };
    },
    userIdOf(credential) {
      const match = credentialPattern.exec(credential);
      if (match?.[1] === undefined || match[2] === undefined) return undefined;
      const presented = Buffer.from(match[2], 'base64url');
      const expected = mac('credential', match[1]);
      return presented.length === expected.length && timingSafeEqual(presented, expected) ? userIdFor(match[1]) : undefined;
    },
  };
}

/** Reads the key file, or creates it (owner-only) with a random key on the first start. */
export function loadOrCreateKey(file: string): Buffer {
  try {
    return parseKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  } catch (error) {
    // Another process created it first: use theirs.
    if (codeOf(error) !== 'EEXIST') throw error;
  }
  return parseKey(readFileSync(file, 'utf8'), file);
}

function parseKey(text: string, file: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`the web chat key file ${file} does not hold ${KEY_BYTES} bytes in base64`);
  return key;
}

// Not `instanceof Error`: errors from node:fs may come from another realm (as under jest).
function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
