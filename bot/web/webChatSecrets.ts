import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createSecretFileOnce, readSecretFile } from '../storage/secretFile';

/**
 * The local web chat's secrets, all derived from one server key kept in a file.
 *
 * A browser credential is a random secret the page keeps and presents when it starts a
 * conversation. The server derives the user id from it with an HMAC, so a browser keeps its
 * user (and its saved drafts) across conversations and restarts, and no one can become that
 * user without the secret. It carries its own MAC: only secrets this server issued are accepted.
 *
 * A conversation token is 32 random bytes and a MAC binding them to the conversation and its
 * user, so after a restart the page that holds both the token and the browser credential can
 * take its conversation up again, and no one else can.
 */

const KEY_BYTES = 32;
const pairPattern = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

export interface WebChatSecrets {
  issueBrowserCredential(): { credential: string; userId: string };
  /** The user a credential stands for, or undefined if this server did not issue it. */
  userIdOf(credential: string): string | undefined;
  conversationToken(conversationId: string, userId: string): string;
  isConversationToken(token: string, conversationId: string, userId: string): boolean;
}

export function webChatSecrets(key: Buffer): WebChatSecrets {
  const mac = (...parts: string[]) => createHmac('sha256', key).update(parts.join('\0')).digest();
  const userIdFor = (secret: string) => `web-${mac('user', secret).toString('base64url').slice(0, 32)}`;
  const pair = (secret: string, ...bound: string[]) => `${secret}.${mac(...bound, secret).toString('base64url')}`;
  const verifies = (presented: string, ...bound: string[]): string | undefined => {
    const match = pairPattern.exec(presented);
    if (match?.[1] === undefined || match[2] === undefined) return undefined;
    const given = Buffer.from(match[2], 'base64url');
    const expected = mac(...bound, match[1]);
    return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : undefined;
  };
  return {
    issueBrowserCredential() {
      const secret = randomBytes(32).toString('base64url');
      return { credential: pair(secret, 'credential'), userId: userIdFor(secret) };
    },
    userIdOf(credential) {
      const secret = verifies(credential, 'credential');
      return secret === undefined ? undefined : userIdFor(secret);
    },
    conversationToken: (conversationId, userId) => pair(randomBytes(32).toString('base64url'), 'conversation', conversationId, userId),
    isConversationToken: (token, conversationId, userId) => verifies(token, 'conversation', conversationId, userId) !== undefined,
  };
}

/** Reads the key file, or creates it (owner-only) with a random key on the first start. */
export function loadOrCreateKey(file: string, onCreated: (file: string) => void = () => {}): Buffer {
  // Written as the data key and audit secret are: atomically, 0600, and never over one another process made first.
  if (!existsSync(file) && createSecretFileOnce(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`)) onCreated(file);
  const key = Buffer.from(readSecretFile(file, 'WEBCHAT_KEY_FILE').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`the web chat key file ${file} does not hold ${KEY_BYTES} bytes in base64`);
  return key;
}
