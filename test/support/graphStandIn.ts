import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Entra token service and Microsoft Graph, standing in on loopback: client-credentials tokens
 * (`POST /{tenant}/oauth2/v2.0/token`) and a group's transitive user members
 * (`GET /v1.0/groups/{id}/transitiveMembers/microsoft.graph.user`), worked out from nested groups as
 * Graph does (a flat list, each user once) and paged with an absolute `@odata.nextLink`. Answers can
 * be scripted (401, 429 with Retry-After, 500), tokens revoked, and every request is recorded.
 */

export type Member = { user: string } | { group: string };

export interface ScriptedAnswer {
  to: 'token' | 'graph';
  status: number;
  retryAfter?: string;
  body?: unknown;
}

export interface GraphRequest {
  to: 'token' | 'graph' | 'other';
  path: string;
  authorization: string | undefined;
  consistencyLevel: string | undefined;
  form: Record<string, string>;
}

export interface GraphStandIn {
  /** The base URL: GRAPH_LOGIN_ENDPOINT is this, GRAPH_ENDPOINT is this + /v1.0. */
  url: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Each group's direct members, as Entra holds them; change it to change the membership. */
  groups: Map<string, Member[]>;
  /** Users a page (Graph's is up to 999). */
  pageSize: number;
  /** Answered first, in order, to the requests they are for. */
  script: ScriptedAnswer[];
  requests: GraphRequest[];
  /** Tokens given so far stop working (as if revoked or expired early). */
  revokeTokens(): void;
  /** Makes a page's nextLink point at another origin (it must not be followed with the token). */
  nextLinkOrigin: string | undefined;
  close(): Promise<void>;
}

export const STAND_IN_TENANT = '00000000-0000-4000-8000-00000000beef';

function transitiveUsers(groups: Map<string, Member[]>, groupId: string, seen = new Set<string>()): string[] {
  if (seen.has(groupId)) return [];
  seen.add(groupId);
  return (groups.get(groupId) ?? []).flatMap((m) => ('user' in m ? [m.user] : transitiveUsers(groups, m.group, seen)));
}

export async function startGraphStandIn(groups: Record<string, Member[]> = {}): Promise<GraphStandIn> {
  const valid = new Set<string>();
  let issued = 0;
  const standIn: GraphStandIn = {
    url: '',
    tenantId: STAND_IN_TENANT,
    clientId: '00000000-0000-4000-8000-0000000000af',
    clientSecret: 'fictional-client-secret-not-real',
    groups: new Map(Object.entries(groups)),
    pageSize: 999,
    script: [],
    requests: [],
    revokeTokens: () => valid.clear(),
    nextLinkOrigin: undefined,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', standIn.url);
      const to = url.pathname === `/${standIn.tenantId}/oauth2/v2.0/token` && req.method === 'POST' ? 'token' : url.pathname.startsWith('/v1.0/groups/') && req.method === 'GET' ? 'graph' : 'other';
      const form = to === 'token' ? Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) : {};
      const header = (name: string): string | undefined => (typeof req.headers[name] === 'string' ? req.headers[name] : undefined);
      standIn.requests.push({ to, path: `${url.pathname}${url.search}`, authorization: header('authorization'), consistencyLevel: header('consistencylevel'), form });
      const answer = (status: number, body: unknown, retryAfter?: string): void => {
        // restify, loaded by other suites in the same worker, replaces writeHead with one that returns nothing.
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        if (retryAfter !== undefined) res.setHeader('retry-after', retryAfter);
        res.end(JSON.stringify(body));
      };
      const scripted = standIn.script.findIndex((s) => s.to === to);
      if (scripted >= 0) {
        const [s] = standIn.script.splice(scripted, 1);
        if (s !== undefined) return answer(s.status, s.body ?? { error: { code: 'Scripted_Failure', message: 'fictional' } }, s.retryAfter);
      }
      if (to === 'token') {
        if (form.client_id !== standIn.clientId || form.client_secret !== standIn.clientSecret || form.grant_type !== 'client_credentials') return answer(401, { error: 'invalid_client' });
        const token = `fictional-graph-token-${(issued += 1)}`;
        valid.add(token);
        return answer(200, { token_type: 'Bearer', expires_in: 3599, access_token: token });
      }
      if (to === 'graph') {
        const match = /^\/v1\.0\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/.exec(url.pathname);
        if (!valid.has((header('authorization') ?? '').replace(/^Bearer /, ''))) return answer(401, { error: { code: 'InvalidAuthenticationToken', message: 'fictional' } });
        const groupId = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
        if (groupId === undefined || !standIn.groups.has(groupId)) return answer(404, { error: { code: 'Request_ResourceNotFound', message: 'fictional' } });
        const users = [...new Set(transitiveUsers(standIn.groups, groupId))];
        const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
        const page = users.slice(skip, skip + standIn.pageSize);
        const next = skip + standIn.pageSize < users.length ? `${standIn.nextLinkOrigin ?? standIn.url}${url.pathname}?$select=id&$top=999&$count=true&$skiptoken=${skip + standIn.pageSize}` : undefined;
        return answer(200, { '@odata.context': 'fictional', value: page.map((id) => ({ '@odata.type': '#microsoft.graph.user', id })), ...(next === undefined ? {} : { '@odata.nextLink': next }) });
      }
      return answer(404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}
