import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A download link's token: `<reference>.<expiry, seconds since the epoch>.<MAC>`. The MAC is an
 * HMAC-SHA256, under a key used for nothing else, of the purpose, the reference, the expiry and the
 * owner key, so a token opens one file, for its owner, until it expires. The owner key is bound but
 * not carried: a URL never holds it. Nothing is stored; a token cannot be revoked, hence short-lived.
 */

const PURPOSE = 'export.docx.v1';
const TOKEN = /^([0-9A-Z]{2,8}(?:-[0-9A-Z]{2,8}){1,3})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

export interface ExportTokens {
  sign(reference: string, ownerKey: string, now: Date): string;
  /** The token's parts, if it is shaped like one; whether it is genuine needs the record's owner (see `verifies`). */
  read(token: string): { reference: string; expiresAt: Date; mac: Buffer } | undefined;
  verifies(token: { reference: string; expiresAt: Date; mac: Buffer }, ownerKey: string): boolean;
}

export function exportTokens(secret: string, ttlMs: number): ExportTokens {
  const key = Buffer.from(`${PURPOSE}:${secret}`, 'utf8');
  const mac = (reference: string, expirySeconds: number, ownerKey: string): Buffer =>
    createHmac('sha256', key).update(JSON.stringify([PURPOSE, reference, expirySeconds, ownerKey])).digest();
  return {
    sign(reference, ownerKey, now) {
      const expirySeconds = Math.ceil((now.getTime() + ttlMs) / 1000);
      return `${reference}.${expirySeconds}.${mac(reference, expirySeconds, ownerKey).toString('base64url')}`;
    },
    read(token) {
      const match = TOKEN.exec(token);
      if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) return undefined;
      return { reference: match[1], expiresAt: new Date(Number(match[2]) * 1000), mac: Buffer.from(match[3], 'base64url') };
    },
    verifies(token, ownerKey) {
      const expected = mac(token.reference, token.expiresAt.getTime() / 1000, ownerKey);
      return token.mac.length === expected.length && timingSafeEqual(token.mac, expected);
    },
  };
}
