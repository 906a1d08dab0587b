import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';

/**
 * fast-check generators for requests at the HTTP edge: activity shapes with ids of every type,
 * card payloads, sizes, content types and encodings, broken JSON and deep nesting, and (with an
 * app id) absent, malformed and forged tokens. All names and text are fictional.
 */

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array | string | undefined;
}

const goodId = fc.stringMatching(/^[A-Za-z0-9:@._-]{1,40}$/);

/** An id as a client might send it: mostly a string, often the wrong type or an operator object. */
const anyId: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: goodId },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: goodId.map((other) => ({ $in: [other] })) },
  { weight: 1, arbitrary: fc.constantFrom({ $ne: null }, { $gt: '' }, { $where: 'true' }, { $regex: '.*' }) },
  { weight: 1, arbitrary: fc.array(goodId, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(600), 'a\u0000b', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const account = fc.record({ id: anyId, name: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()), aadObjectId: fc.string({ maxLength: 40 }) }, { requiredKeys: ['id'] });

const flowIds = fc.constantFrom('school', 'health', 'socialCare', 'makesafe', 'police', 'missingReturned', 'trafficking', 'referral');

/** What a card's Action.Submit posts, plausible or not: the event schema must refuse the wrong ones kindly. */
const cardValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      event: fc.constantFrom('card.submitted', 'answer.changeRequested', 'flow.cancelled', 'flow.started', 'menu.chosen', 'something.unknown'),
      flowId: flowIds,
      instanceId: goodId,
      revision: fc.oneof(fc.nat(20), fc.string({ maxLength: 5 }), fc.constant(-1)),
      answer: fc.oneof(fc.string({ maxLength: 40 }), fc.boolean(), fc.jsonValue({ maxDepth: 2 })),
      'in.note': fc.string({ maxLength: 200 }),
      'in.sign': fc.constantFrom('yes', 'no', 'unsure', ''),
    },
    { requiredKeys: ['event'] },
  ),
  fc.jsonValue({ maxDepth: 6 }),
);

const activityShape = fc.record(
  {
    type: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('message', 'conversationUpdate', 'invoke', 'event', 'typing') }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
    id: anyId,
    channelId: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('test', 'msteams', 'webchat', 'emulator') }, { weight: 1, arbitrary: anyId }),
    serviceUrl: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('http://127.0.0.1:1/unused', 'http://localhost:9/') },
      { weight: 1, arbitrary: fc.constantFrom('https://smba.example.invalid/', 'http://10.0.0.1/', 'file:///etc/passwd', 'http://user:x@127.0.0.1/') },
      { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()) },
    ),
    from: fc.oneof({ weight: 5, arbitrary: account }, { weight: 1, arbitrary: anyId }),
    recipient: account,
    conversation: fc.oneof({ weight: 5, arbitrary: fc.record({ id: anyId, isGroup: fc.oneof(fc.boolean(), fc.string()) }, { requiredKeys: ['id'] }) }, { weight: 1, arbitrary: anyId }),
    deliveryMode: fc.oneof({ weight: 4, arbitrary: fc.constant('expectReplies') }, { weight: 1, arbitrary: fc.constantFrom('normal', 'bogus', 3) }),
    locale: fc.oneof(fc.constantFrom('en-GB', 'cy', 'zz-ZZ'), fc.string({ maxLength: 40 })),
    text: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('school', 'health', 'hello', 'she is with him right now', 'what is a CAWN', 'menu', 'back', 'start again') },
      { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
    value: cardValue,
    attachments: fc.array(fc.record({ contentType: fc.oneof(fc.constantFrom('image/png', 'text/html'), fc.integer()), contentUrl: fc.string({ maxLength: 40 }) }), { maxLength: 3 }),
    membersAdded: fc.array(account, { maxLength: 3 }),
    channelData: fc.jsonValue({ maxDepth: 4 }),
    entities: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }), fc.string()),
    extra: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  },
  { requiredKeys: ['type', 'channelId', 'serviceUrl', 'from', 'conversation'] },
);

/** A well-formed activity as a channel sends it, with any text or card payload: these reach the turn runner. */
const plausibleActivity = fc.record({
  type: fc.constantFrom('message', 'message', 'message', 'conversationUpdate'),
  id: goodId,
  channelId: fc.constantFrom('test', 'msteams', 'webchat'),
  serviceUrl: fc.constant('http://127.0.0.1:1/unused'),
  from: fc.record({ id: fc.constantFrom('user-fictional-1', 'user-fictional-2', 'user-fictional-3') }),
  recipient: fc.constant({ id: 'assistant', name: 'Assistant' }),
  conversation: fc.record({ id: fc.constantFrom('conv-fuzz-1', 'conv-fuzz-2', 'conv-fuzz-3', 'conv-fuzz-4') }),
  deliveryMode: fc.constant('expectReplies'),
  locale: fc.constant('en-GB'),
  text: fc.oneof(fc.constantFrom('school', 'health', 'police', 'hotel', 'help', 'she is with him right now', 'what is a CAWN', 'save for later'), fc.string({ maxLength: 200 })),
  value: fc.option(cardValue, { nil: undefined }),
  membersAdded: fc.constant([{ id: 'user-fictional-1' }]),
});

const nested = (depth: number, kind: 'array' | 'object'): string =>
  kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A body, as bytes or text: most are activities, the rest everything that should never be one. */
const body: fc.Arbitrary<Uint8Array | string> = fc.oneof(
  { weight: 8, arbitrary: plausibleActivity.map((a) => JSON.stringify(a)) },
  { weight: 10, arbitrary: activityShape.map((a) => JSON.stringify(a)) },
  { weight: 2, arbitrary: fc.tuple(activityShape, fc.nat()).map(([a, cut]) => JSON.stringify(a).slice(0, cut % 200)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([d, k]) => nested(d, k)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 60 }), activityShape).map(([d, a]) => JSON.stringify({ ...a, value: JSON.parse(nested(d, 'object')) })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 * 1024 }).map((n) => JSON.stringify({ type: 'message', channelId: 'test', serviceUrl: 'http://127.0.0.1:1/', from: { id: 'u' }, conversation: { id: 'c' }, text: 'x'.repeat(n) })) },
  { weight: 1, arbitrary: fc.constantFrom('', 'null', '[]', '{}', '0', '"text"', 'true', '{"type":"message"}', '{"__proto__":{"polluted":true}}') },
);

const contentType = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/JSON', '') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{1,10}\/[a-z+.-]{1,12}$/) },
);

const contentEncoding = fc.oneof(
  { weight: 10, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'GZip', 'gzip, gzip', 'x-compress') },
);

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Authorization as an attacker sends it: none, nonsense, or a JWT-shaped token with forged claims. */
const authorization = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', 'bearer x.y.z') },
  { weight: 1, arbitrary: fc.stringMatching(/^[ -~]{0,80}$/) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        alg: fc.constantFrom('RS256', 'none', 'HS256', 'RS512'),
        kid: fc.string({ maxLength: 20 }),
        iss: fc.constantFrom('https://api.botframework.com', 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', 'https://issuer.example.invalid'),
        aud: fc.oneof(fc.constant('00000000-0000-0000-0000-0000000000f1'), fc.string({ maxLength: 20 })),
        exp: fc.integer({ min: 0, max: 4_000_000_000 }),
        ver: fc.constantFrom(undefined, '1.0', '2.0'),
        signature: fc.stringMatching(/^[A-Za-z0-9_-]{0,60}$/),
      })
      .map(({ alg, kid, signature, ...claims }) => `Bearer ${b64({ alg, kid, typ: 'JWT' })}.${b64(claims)}.${signature}`),
  },
);

function encoded(raw: Uint8Array | string, encoding: string | undefined, validEncoding: boolean): Uint8Array | string {
  if (encoding === undefined || !validEncoding) return raw;
  if (encoding.toLowerCase().startsWith('gzip')) return gzipSync(raw);
  if (encoding === 'deflate') return deflateSync(raw);
  return raw;
}

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    route: fc.oneof(
      { weight: 20, arbitrary: fc.constant({ method: 'POST', path: '/api/messages' }) },
      { weight: 1, arbitrary: fc.constantFrom({ method: 'GET', path: '/api/messages' }, { method: 'PUT', path: '/api/messages' }, { method: 'GET', path: '/healthz' }, { method: 'GET', path: '/readyz' }, { method: 'POST', path: '/healthz' }) },
      { weight: 1, arbitrary: fc.stringMatching(/^\/[A-Za-z0-9%._~/-]{0,40}$/).map((path) => ({ method: 'GET', path })) },
    ),
    body,
    contentType,
    contentEncoding,
    validEncoding: fc.boolean(),
    authorization,
  })
  .map(({ route, body: raw, contentType: type, contentEncoding: encoding, validEncoding, authorization: auth }) => {
    const headers: Record<string, string> = {};
    if (type !== '') headers['content-type'] = type;
    if (encoding !== undefined) headers['content-encoding'] = encoding;
    if (auth !== undefined) headers.authorization = auth;
    const hasBody = route.method !== 'GET';
    return { ...route, headers, body: hasBody ? encoded(raw, encoding, validEncoding) : undefined };
  });
