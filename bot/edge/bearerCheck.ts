import { AuthenticationConstants, SkillValidation, ToBotFromBotOrEmulatorTokenValidationParameters, type ClaimsIdentity } from 'botframework-connector';
// The package index does not re-export the extractor that its own channel and emulator checks use.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';

/**
 * The Bot Framework token check that runs BEFORE a request body is read: signature (keys from the
 * issuer's OpenID metadata), issuer, expiry and the app id the token is for, with the same
 * extractor, issuers and algorithms botframework-connector uses. The channel id is in the body, so
 * endorsements are left to the adapter's own full check, which still runs afterwards.
 */

/** Where tokens come from: the issuers a source signs for, its OpenID metadata, and which claim names the bot's app id. */
export interface TokenSource {
  metadataUrl: string;
  issuers: string[];
  appIdOf(identity: ClaimsIdentity): string | null;
}

/** Bot Framework channels (Teams, Web Chat): the app id is the audience. */
export const CHANNEL_SOURCE: TokenSource = {
  metadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
  issuers: [AuthenticationConstants.ToBotFromChannelTokenIssuer],
  appIdOf: (identity) => identity.getClaimValue(AuthenticationConstants.AudienceClaim),
};

/** The Bot Framework Emulator and Agents Playground with an app id: the app id is in `appid` (v1) or `azp` (v2). */
export const EMULATOR_SOURCE: TokenSource = {
  metadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  issuers: [...(ToBotFromBotOrEmulatorTokenValidationParameters.issuer ?? [])],
  appIdOf: (identity) =>
    identity.getClaimValue(AuthenticationConstants.VersionClaim) === '2.0'
      ? identity.getClaimValue(AuthenticationConstants.AuthorizedParty)
      : identity.getClaimValue(AuthenticationConstants.AppIdClaim),
};

const BEARER = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_HEADER_LENGTH = 8_192;
const CLOCK_TOLERANCE_S = 5 * 60;
/** A metadata endpoint that hangs must not hold the request: the check fails closed after this. */
const CHECK_DEADLINE_MS = 5_000;

export type BearerCheck = (authorization: string | undefined) => Promise<boolean>;

export function createBearerCheck(appId: string, sources: TokenSource[] = [CHANNEL_SOURCE, EMULATOR_SOURCE]): BearerCheck {
  const extractors = sources.map((source) => ({
    source,
    extractor: new JwtTokenExtractor(
      { issuer: source.issuers, audience: undefined, clockTolerance: CLOCK_TOLERANCE_S, ignoreExpiration: false },
      source.metadataUrl,
      AuthenticationConstants.AllowedSigningAlgorithms,
    ),
  }));

  const check = async (header: string): Promise<boolean> => {
    // Skill calls are not served: the adapter would refuse them too (no allowed callers are configured).
    if (SkillValidation.isSkillToken(header)) return false;
    for (const { source, extractor } of extractors) {
      // The extractor answers null when the token's issuer is not this source's.
      const identity = await extractor.getIdentityFromAuthHeader(header, '');
      if (identity === null) continue;
      return identity.isAuthenticated && source.appIdOf(identity) === appId;
    }
    return false;
  };

  return async (authorization) => {
    if (authorization === undefined || authorization.length > MAX_HEADER_LENGTH || !BEARER.test(authorization)) return false;
    try {
      return await withDeadline(check(authorization), CHECK_DEADLINE_MS);
    } catch {
      // A bad signature, an expired token, unreachable metadata: all are simply "not authenticated".
      return false;
    }
  };
}

function withDeadline(work: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
