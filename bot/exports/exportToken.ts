import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * A download link's token: `<reference>.<expiry, seconds since the epoch>.<sealed reader>`. The reader
 * is the person the link was given to: their owner key, and their Entra object id when they have one
 * (so their roles can be looked up again when the link is fetched). It is sealed with AES-256-GCM
 * under a key used for nothing else, the purpose, reference and expiry bound as associated data: the
 * URL holds neither key nor id in the clear, and a token altered in any part, or moved to another
 * record, opens nothing. Nothing is stored; a token cannot be revoked, hence short-lived.
 */

const PURPOSE = 'export.docx.v2';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Within the server's limit for a path parameter (bot/server.ts): a real reader seals to about 150 characters. */
const TOKEN = /^([0-9A-Z]{2,8}(?:-[0-9A-Z]{2,8}){1,3})\.(\d{1,12})\.([A-Za-z0-9_-]{40,200})$/;
const readerSchema = z.object({ o: z.string().min(1).max(64), i: z.string().min(1).max(64).optional() });

/** Who a link was given to. */
export interface LinkReader {
  ownerKey: string;
  /** Their Entra object id (locally, the development identity's); absent for someone with none. */
  objectId?: string;
}

export interface ReadToken {
  reference: string;
  expiresAt: Date;
  /** Who it was given to; undefined when the token is not genuine (forged, altered, another secret). */
  reader: LinkReader | undefined;
}

export interface ExportTokens {
  sign(reference: string, reader: LinkReader, now: Date): string;
  /** The token's parts, if it is shaped like one, with its reader if it is genuine. */
  read(token: string): ReadToken | undefined;
}

export function exportTokens(secret: string, ttlMs: number): ExportTokens {
  const key = createHash('sha256').update(`${PURPOSE}:${secret}`, 'utf8').digest();
  const boundTo = (reference: string, expiry: string) => Buffer.from(JSON.stringify([PURPOSE, reference, expiry]), 'utf8');
  const open = (reference: string, expiry: string, sealed: Buffer): LinkReader | undefined => {
    if (sealed.length <= IV_BYTES + TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(boundTo(reference, expiry));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      const parsed = readerSchema.safeParse(JSON.parse(plain.toString('utf8')));
      if (!parsed.success) return undefined;
      return parsed.data.i === undefined ? { ownerKey: parsed.data.o } : { ownerKey: parsed.data.o, objectId: parsed.data.i };
    } catch {
      return undefined; // a tag that does not match: forged, altered, or under another secret
    }
  };
  return {
    sign(reference, reader, now) {
      const expiry = String(Math.ceil((now.getTime() + ttlMs) / 1000));
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(boundTo(reference, expiry));
      const plain = JSON.stringify(reader.objectId === undefined ? { o: reader.ownerKey } : { o: reader.ownerKey, i: reader.objectId });
      const sealed = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${reference}.${expiry}.${sealed.toString('base64url')}`;
    },
    read(token) {
      const [, reference, expiry, sealed] = TOKEN.exec(token) ?? [];
      if (reference === undefined || expiry === undefined || sealed === undefined) return undefined;
      return { reference, expiresAt: new Date(Number(expiry) * 1000), reader: open(reference, expiry, Buffer.from(sealed, 'base64url')) };
    },
  };
}
