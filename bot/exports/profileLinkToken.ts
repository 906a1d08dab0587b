import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { heldRoleSchema, type HeldRole } from '../../dialogs/access/access.schema';
import { profilePeriodSchema, type ProfilePeriod } from '../../dialogs/profile/profile.schema';

/**
 * The problem profile CSV's download link: `<months>.<expiry, seconds>.<grant>.<MAC>`, the grant
 * (base64url JSON) naming the roles the asker held when the link was given and their audit key (the
 * opaque salted key their audit entries already bear; never the owner key, never a name). The MAC,
 * an HMAC-SHA256 under a key used for nothing else, covers all of it, so a link cannot be widened to
 * another period or role. The download counts again, as the roles allow, at the time it is fetched.
 */

const PURPOSE = 'export.profile.csv.v1';
const TOKEN = /^(3|6|12)\.(\d{1,12})\.([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{43})$/;
const grantSchema = z.object({ a: z.string().min(1).max(200), h: z.array(heldRoleSchema).max(50) });

export interface ProfileGrant {
  months: ProfilePeriod;
  holds: HeldRole[];
  actorKey: string;
}

export interface ProfileLinkTokens {
  sign(grant: ProfileGrant, now: Date): string;
  /** The grant of a genuine token, with its expiry; undefined when it is malformed or its MAC is wrong. */
  read(token: string): (ProfileGrant & { expiresAt: Date }) | undefined;
}

export function profileLinkTokens(secret: string, ttlMs: number): ProfileLinkTokens {
  const key = Buffer.from(`${PURPOSE}:${secret}`, 'utf8');
  const mac = (months: string, expiry: string, grant: string): Buffer => createHmac('sha256', key).update(JSON.stringify([PURPOSE, months, expiry, grant])).digest();
  return {
    sign({ months, holds, actorKey }, now) {
      const expiry = String(Math.ceil((now.getTime() + ttlMs) / 1000));
      const grant = Buffer.from(JSON.stringify({ a: actorKey, h: holds }), 'utf8').toString('base64url');
      return `${months}.${expiry}.${grant}.${mac(String(months), expiry, grant).toString('base64url')}`;
    },
    read(token) {
      const match = TOKEN.exec(token);
      const [, months, expiry, grant, given] = match ?? [];
      if (months === undefined || expiry === undefined || grant === undefined || given === undefined) return undefined;
      const expected = mac(months, expiry, grant);
      const actual = Buffer.from(given, 'base64url');
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(grant, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
      const parsed = grantSchema.safeParse(decoded);
      const period = profilePeriodSchema.safeParse(Number(months));
      if (!parsed.success || !period.success) return undefined;
      return { months: period.data, holds: parsed.data.h, actorKey: parsed.data.a, expiresAt: new Date(Number(expiry) * 1000) };
    },
  };
}
