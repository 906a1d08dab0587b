import { graphClient, GraphRequestError, retryAfterMsOf } from '../../bot/graph/graphClient';
import { startGraphStandIn, type GraphStandIn } from '../support/graphStandIn';

/**
 * Reading a group's members from Microsoft Graph, against a loopback stand-in for Entra's token
 * service and Graph: nested groups flattened as Graph returns them, pages followed by nextLink, the
 * token asked for once and renewed after a 401, and every failure (401, 429 with Retry-After, 500, a
 * nextLink elsewhere) a typed error carrying no token, secret or body text. All ids are fictional.
 */

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SAFEGUARDING_TEAM = id(900);
const DEPUTIES = id(901);
const PASTORAL = id(902);

let standIn: GraphStandIn;
beforeEach(async () => {
  standIn = await startGraphStandIn({
    // The team: one lead directly, the deputies' group (two people), and the pastoral group nested in it (one of the deputies again, and one more).
    [SAFEGUARDING_TEAM]: [{ user: id(1).toUpperCase() }, { group: DEPUTIES }],
    [DEPUTIES]: [{ user: id(2) }, { user: id(3) }, { group: PASTORAL }],
    [PASTORAL]: [{ user: id(3) }, { user: id(4) }],
  });
});
afterEach(async () => {
  await standIn.close();
});

const clientOf = (s: GraphStandIn, clock?: () => number) =>
  graphClient({ login: s.url, graph: `${s.url}/v1.0` }, { tenantId: s.tenantId, clientId: s.clientId, clientSecret: s.clientSecret }, clock);

async function failureOf(promise: Promise<unknown>): Promise<GraphRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphRequestError) return error;
    throw error;
  }
  throw new Error('expected a GraphRequestError');
}

describe('the members of a group, read from Graph', () => {
  it('are every user through nested groups, each once and lower-case, over pages followed by nextLink', async () => {
    standIn.pageSize = 2;
    const members = await clientOf(standIn).transitiveUserIds(SAFEGUARDING_TEAM);
    expect([...members].sort()).toEqual([id(1), id(2), id(3), id(4)]);
    const graph = standIn.requests.filter((r) => r.to === 'graph');
    expect(graph.map((r) => r.path)).toEqual([
      `/v1.0/groups/${SAFEGUARDING_TEAM}/transitiveMembers/microsoft.graph.user?$select=id&$top=999&$count=true`,
      `/v1.0/groups/${SAFEGUARDING_TEAM}/transitiveMembers/microsoft.graph.user?$select=id&$top=999&$count=true&$skiptoken=2`,
    ]);
    // The cast to users is one of Graph's advanced queries: ConsistencyLevel eventual on every page.
    expect(graph.map((r) => r.consistencyLevel)).toEqual(['eventual', 'eventual']);
    expect(graph.map((r) => r.authorization)).toEqual(['Bearer fictional-graph-token-1', 'Bearer fictional-graph-token-1']);
  });

  it('asks for an app-only token by client credentials, once, and uses it for later reads', async () => {
    const client = clientOf(standIn);
    await client.transitiveUserIds(SAFEGUARDING_TEAM);
    await client.transitiveUserIds(PASTORAL);
    const tokens = standIn.requests.filter((r) => r.to === 'token');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.form).toEqual({ client_id: standIn.clientId, client_secret: standIn.clientSecret, grant_type: 'client_credentials', scope: `${standIn.url}/.default` });
  });

  it('asks for a new token when the one it kept is refused (401), and reads the page again', async () => {
    const client = clientOf(standIn);
    await client.transitiveUserIds(PASTORAL);
    standIn.revokeTokens();
    expect([...(await client.transitiveUserIds(PASTORAL))].sort()).toEqual([id(3), id(4)]);
    expect(standIn.requests.map((r) => r.to)).toEqual(['token', 'graph', 'graph', 'token', 'graph']);
  });

  it('asks for a new token once the kept one is near its end', async () => {
    let now = 1_000_000;
    const client = clientOf(standIn, () => now);
    await client.transitiveUserIds(PASTORAL);
    now += 3599 * 1000 - 4 * 60_000;
    await client.transitiveUserIds(PASTORAL);
    expect(standIn.requests.filter((r) => r.to === 'token')).toHaveLength(2);
  });
});

describe('a read that fails says why, with nothing secret in it', () => {
  it.each<[string, (s: GraphStandIn) => void, Partial<GraphRequestError>]>([
    ['a wrong client secret', (s) => s.script.push({ to: 'token', status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided' } }), { step: 'token', kind: 'unauthorized', status: 401, code: 'invalid_client' }],
    ['Graph refusing a fresh token (401)', (s) => s.script.push({ to: 'graph', status: 401 }), { step: 'graph', kind: 'unauthorized', status: 401, code: 'Scripted_Failure' }],
    ['no permission to read the group (403)', (s) => s.script.push({ to: 'graph', status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } } }), { step: 'graph', kind: 'forbidden', status: 403, code: 'Authorization_RequestDenied' }],
    ['throttling (429) with Retry-After in seconds', (s) => s.script.push({ to: 'graph', status: 429, retryAfter: '7' }), { step: 'graph', kind: 'throttled', status: 429, retryAfterMs: 7000 }],
    ['the token service throttling', (s) => s.script.push({ to: 'token', status: 429, retryAfter: '12' }), { step: 'token', kind: 'throttled', retryAfterMs: 12_000 }],
    ['Graph failing (500)', (s) => s.script.push({ to: 'graph', status: 500 }), { step: 'graph', kind: 'unavailable', status: 500, retryAfterMs: undefined }],
    ['Graph unavailable (503) with Retry-After', (s) => s.script.push({ to: 'graph', status: 503, retryAfter: '30' }), { step: 'graph', kind: 'unavailable', retryAfterMs: 30_000 }],
    ['an answer that is not a page of members', (s) => s.script.push({ to: 'graph', status: 200, body: { value: [{ id: 'not-a-guid' }] } }), { step: 'graph', kind: 'malformed' }],
    ['an error code that is not a plain identifier', (s) => s.script.push({ to: 'graph', status: 400, body: { error: { code: 'Fictional Name Ollerby <x>' } } }), { kind: 'refused', code: undefined }],
  ])('%s', async (_case, arrange, expected) => {
    arrange(standIn);
    const error = await failureOf(clientOf(standIn).transitiveUserIds(SAFEGUARDING_TEAM));
    expect(error).toMatchObject(expected);
    expect(`${error.message} ${JSON.stringify(error)}`).not.toMatch(/fictional-graph-token|fictional-client-secret|AADSTS|Ollerby|Insufficient/);
  });

  it('a client secret the token service does not accept', async () => {
    const client = graphClient({ login: standIn.url, graph: `${standIn.url}/v1.0` }, { tenantId: standIn.tenantId, clientId: standIn.clientId, clientSecret: 'another-fictional-secret' });
    const error = await failureOf(client.transitiveUserIds(SAFEGUARDING_TEAM));
    expect(error).toMatchObject({ step: 'token', kind: 'unauthorized', code: 'invalid_client' });
    expect(JSON.stringify(error) + error.message).not.toContain('another-fictional-secret');
    expect(standIn.requests.filter((r) => r.to === 'graph')).toEqual([]);
  });

  it('a group Graph does not know (404)', async () => {
    expect(await failureOf(clientOf(standIn).transitiveUserIds(id(999)))).toMatchObject({ step: 'graph', kind: 'notFound', code: 'Request_ResourceNotFound' });
  });

  it('a nextLink to another origin is not followed: the token never leaves for it', async () => {
    const elsewhere = await startGraphStandIn({});
    try {
      standIn.pageSize = 1;
      standIn.nextLinkOrigin = elsewhere.url;
      expect(await failureOf(clientOf(standIn).transitiveUserIds(SAFEGUARDING_TEAM))).toMatchObject({ step: 'graph', kind: 'malformed' });
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('a service that cannot be reached', async () => {
    const client = graphClient({ login: 'http://127.0.0.1:1', graph: 'http://127.0.0.1:1/v1.0' }, { tenantId: standIn.tenantId, clientId: standIn.clientId, clientSecret: standIn.clientSecret });
    expect(await failureOf(client.transitiveUserIds(SAFEGUARDING_TEAM))).toMatchObject({ step: 'token', kind: 'unreachable' });
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2031-03-06T10:00:00Z');
  it.each([
    ['seconds', '120', 120_000],
    ['an HTTP date', 'Thu, 06 Mar 2031 10:00:45 GMT', 45_000],
    ['a date already past', 'Thu, 06 Mar 2031 09:00:00 GMT', 0],
    ['more than an hour: an hour', '86400', 3_600_000],
    ['nonsense', 'soon', undefined],
    ['absent', null, undefined],
  ])('%s', (_case, header, expected) => {
    expect(retryAfterMsOf(header, now)).toBe(expected);
  });
});
