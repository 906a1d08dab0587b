import { z } from 'zod';
import type { AppIdentityEnv } from './appIdentity';
import { optionalText } from './optionalText';

/** The public Direct Line endpoint; a regional bot sets its region's (docs/deploy-web-chat.md). */
export const DEFAULT_DIRECT_LINE_ENDPOINT = 'https://directline.botframework.com/v3/directline';

/** The web chat through Azure Bot Service's Direct Line (with an app id and DIRECT_LINE_SECRET only). */
export const directLineEnv = z.object({
  DIRECT_LINE_SECRET: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_.-]{20,200}$/, 'the secret from the Azure Bot\'s Direct Line channel (letters, digits, . _ -)').optional()),
  DIRECT_LINE_ENDPOINT: z
    .string()
    .trim()
    .default(DEFAULT_DIRECT_LINE_ENDPOINT)
    .pipe(z.url({ protocol: /^https$/, error: 'an https URL, e.g. https://europe.directline.botframework.com/v3/directline' }))
    .transform((v) => v.replace(/\/+$/, '')),
  DIRECT_LINE_TOKENS_PER_MINUTE: z.coerce.number().int().min(1).max(6_000).default(120),
});

export type DirectLineEnv = z.output<typeof directLineEnv>;

/** Never log the secret. */
export interface DirectLineConfig {
  /** Exchanged on the server for short-lived tokens; never sent to the page. */
  secret: string;
  /** The Direct Line API base, e.g. https://directline.botframework.com/v3/directline (no trailing slash). */
  endpoint: string;
  /** Tokens handed out per minute by this process, all pages together. */
  tokensPerMinute: number;
  /** The secret behind browser credentials, so a browser keeps its user (and its saved drafts) across visits. */
  keyFile: string;
}

/** Without an app id the local web chat is used: a Direct Line secret then is a mistake. */
export function checkDirectLine(env: DirectLineEnv & Pick<AppIdentityEnv, 'MICROSOFT_APP_ID'>, ctx: z.RefinementCtx): void {
  if (env.MICROSOFT_APP_ID === undefined && env.DIRECT_LINE_SECRET !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['DIRECT_LINE_SECRET'], message: 'needs MICROSOFT_APP_ID: without an app id the local web chat is used' });
  }
}

export function directLineOf(e: DirectLineEnv, authenticated: boolean, webChatKeyFile: string): DirectLineConfig | undefined {
  if (!authenticated || e.DIRECT_LINE_SECRET === undefined) return undefined;
  return { secret: e.DIRECT_LINE_SECRET, endpoint: e.DIRECT_LINE_ENDPOINT, tokensPerMinute: e.DIRECT_LINE_TOKENS_PER_MINUTE, keyFile: webChatKeyFile };
}
