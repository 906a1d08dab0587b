import { z } from 'zod';
import { GraphRequestError, failureOf, retryAfterMsOf } from './graphRequestError';

/**
 * Reads the transitive user members of an Entra group from Microsoft Graph with an app-only token
 * (client credentials; the app needs the application permission GroupMember.Read.All, admin
 * consented). The secret and the token go only in their requests: never returned, logged, or put in
 * an error. What comes back is user object ids, lower-case; nothing else about anyone is asked for.
 */

export interface GraphEndpoints {
  /** The Entra token service, e.g. https://login.microsoftonline.com (no trailing slash). */
  login: string;
  /** The Graph API base with its version, e.g. https://graph.microsoft.com/v1.0 (no trailing slash). */
  graph: string;
}

export interface GraphCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface GraphClient {
  /** Every user in the group, through nested groups too, as lower-case object ids. */
  transitiveUserIds(groupId: string): Promise<Set<string>>;
}

const REQUEST_TIMEOUT_MS = 30_000;
/** A token is used until this long before it expires, so none expires in flight. */
const TOKEN_MARGIN_MS = 5 * 60_000;
/** 999 users a page: 1,000 pages is far beyond any safeguarding team, and stops a nextLink that never ends. */
const MAX_PAGES = 1_000;

const tokenAnswer = z.object({ access_token: z.string().min(1).max(16_384), expires_in: z.coerce.number().int().positive().max(86_400) });
const memberPage = z.object({
  value: z.array(z.object({ id: z.guid(), '@odata.type': z.string().optional() })),
  '@odata.nextLink': z.string().optional(),
});

export function graphClient(endpoints: GraphEndpoints, credentials: GraphCredentials, clock: () => number = Date.now): GraphClient {
  const graphOrigin = new URL(endpoints.graph).origin;
  let cached: { token: string; usableUntil: number } | undefined;

  const send = async (url: string, init: RequestInit, step: 'token' | 'graph'): Promise<Response> => {
    try {
      return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch {
      throw new GraphRequestError(step, 'unreachable', undefined, undefined);
    }
  };

  const fetchToken = async (): Promise<string> => {
    const body = new URLSearchParams({ client_id: credentials.clientId, client_secret: credentials.clientSecret, grant_type: 'client_credentials', scope: `${graphOrigin}/.default` });
    const url = `${endpoints.login}/${encodeURIComponent(credentials.tenantId)}/oauth2/v2.0/token`;
    const response = await send(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body }, 'token');
    if (!response.ok) throw await failureOf('token', response, clock());
    const parsed = tokenAnswer.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new GraphRequestError('token', 'malformed', response.status, undefined);
    cached = { token: parsed.data.access_token, usableUntil: clock() + parsed.data.expires_in * 1000 - TOKEN_MARGIN_MS };
    return parsed.data.access_token;
  };

  const tokenNow = async (): Promise<{ token: string; fresh: boolean }> =>
    cached !== undefined && cached.usableUntil > clock() ? { token: cached.token, fresh: false } : { token: await fetchToken(), fresh: true };

  /** One page; a 401 with a token kept from before is answered once with a new token (it may have been revoked early). */
  const getPage = async (url: string): Promise<unknown> => {
    // The OData cast to users needs Graph's advanced query parameters: ConsistencyLevel and $count.
    const get = (token: string) => send(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ConsistencyLevel: 'eventual' } }, 'graph');
    const first = await tokenNow();
    let response = await get(first.token);
    if (response.status === 401 && !first.fresh) {
      await response.body?.cancel();
      cached = undefined;
      response = await get((await tokenNow()).token);
    }
    if (response.status === 401) cached = undefined;
    if (!response.ok) throw await failureOf('graph', response, clock());
    return response.json().catch(() => undefined);
  };

  return {
    async transitiveUserIds(groupId) {
      const members = new Set<string>();
      let url: string | undefined = `${endpoints.graph}/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user?$select=id&$top=999&$count=true`;
      for (let page = 0; url !== undefined; page += 1) {
        // The token goes only to the configured Graph: a nextLink elsewhere is refused, not followed.
        if (page >= MAX_PAGES || new URL(url).origin !== graphOrigin) throw new GraphRequestError('graph', 'malformed', undefined, undefined);
        const parsed = memberPage.safeParse(await getPage(url));
        if (!parsed.success) throw new GraphRequestError('graph', 'malformed', 200, undefined);
        for (const member of parsed.data.value) {
          if (member['@odata.type'] === undefined || member['@odata.type'] === '#microsoft.graph.user') members.add(member.id.toLowerCase());
        }
        url = parsed.data['@odata.nextLink'];
      }
      return members;
    },
  };
}

export { GraphRequestError, retryAfterMsOf };
