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

const BEARER = /^Bearer [A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/;
const MAX_HEADER_LENGTH = 8_192;
const CLOCK_TOLERANCE_S = 5 * 60;
/**
 * A slow metadata endpoint must not hold the request: past this the check fails closed (401). The
 * fetch carries on in the background and fills the key cache, so the channel's retry succeeds.
 */
const CHECK_DEADLINE_MS = 1_500;
/** After the metadata could not be fetched, tokens from that issuer are refused at once for this long, without a new fetch each. */
const METADATA_BACKOFF_MS = 10_000;

export type BearerCheck = (authorization: string | undefined) => Promise<boolean>;

interface SourceState {
  source: TokenSource;
  extractor: JwtTokenExtractor;
  unavailableUntil: number;
}

export function createBearerCheck(appId: string, sources: TokenSource[] = [CHANNEL_SOURCE, EMULATOR_SOURCE], now: () => number = Date.now): BearerCheck {
  const states: SourceState[] = sources.map((source) => ({
    source,
    unavailableUntil: 0,
    extractor: new JwtTokenExtractor(
      { issuer: source.issuers, audience: undefined, clockTolerance: CLOCK_TOLERANCE_S, ignoreExpiration: false },
      source.metadataUrl,
      AuthenticationConstants.AllowedSigningAlgorithms,
    ),
  }));

  const verify = async (state: SourceState, header: string): Promise<boolean> => {
    try {
      const identity = await state.extractor.getIdentityFromAuthHeader(header, '');
      state.unavailableUntil = 0;
      return identity !== null && identity.isAuthenticated && state.source.appIdOf(identity) === appId;
    } catch (error) {
      if (isMetadataFailure(error)) state.unavailableUntil = now() + METADATA_BACKOFF_MS;
      else state.unavailableUntil = 0;
      return false;
    }
  };

  return async (authorization) => {
    const payload = authorization !== undefined && authorization.length <= MAX_HEADER_LENGTH ? BEARER.exec(authorization)?.[1] : undefined;
    if (authorization === undefined || payload === undefined) return false;
    // Skill calls are not served: the adapter would refuse them too (no allowed callers are configured).
    if (SkillValidation.isSkillToken(authorization)) return false;
    const issuer = issuerOf(payload);
    const state = states.find((s) => issuer !== undefined && s.source.issuers.includes(issuer));
    if (state === undefined || state.unavailableUntil > now()) return false;
    const checked = verify(state, authorization);
    const timedOut = await Promise.race([checked.then(() => false), delay(CHECK_DEADLINE_MS).then(() => true)]);
    if (timedOut) {
      state.unavailableUntil = now() + METADATA_BACKOFF_MS;
      return false;
    }
    return checked;
  };
}

/** The unverified `iss` claim, only to choose which metadata would verify the token. */
function issuerOf(payload: string): string | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && 'iss' in claims && typeof claims.iss === 'string' ? claims.iss : undefined;
  } catch {
    return undefined;
  }
}

/** node-fetch's network errors, and botframework-connector's "Failed to load openID config / Keys". */
function isMetadataFailure(error: unknown): boolean {
  return error instanceof Error && (error.name === 'FetchError' || error.message.startsWith('Failed to load'));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
