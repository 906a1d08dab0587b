/**
 * What may reach a log line. A client controls the size and shape of much of what a server could
 * log (a channel id, a nested `from`, a header), and message text or card values carry personal
 * data about children: so every value is reduced here before pino writes it.
 */

/** The longest string any log value keeps; longer ones are cut and marked with their length. */
export const MAX_LOG_STRING = 200;
/** Stack frames are ours (file names and functions, never request data) and need more room. */
const MAX_FRAMES = 1200;
const MAX_DEPTH = 4;
const MAX_KEYS = 30;
const MAX_ITEMS = 20;
const MAX_KEY_NAME = 64;

/** Fields that carry what people typed, chose or sent, or who they are: redacted at any depth. */
const PERSONAL_FIELDS = new Set([
  'text',
  'value',
  'name',
  'answers',
  'inputs',
  'note',
  'notes',
  'payload',
  'state',
  'snapshot',
  'body',
  '_body',
  'attachments',
  'activity',
  'from',
  'recipient',
  'user',
  'headers',
  '_headers',
  'rawHeaders',
  'params',
  'query',
]);
/** Fields that name a secret: redacted at any depth, whatever their value looks like. */
const SECRET_FIELD = /authori[sz]ation|cookie|passw|secret|token|credential|^keys?$|keys?json|api.?key/i;
const BEARER = /bearer\s+[^\s"',;]+/gi;
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
const REDACTED = '[redacted]';

/** A string as it may be logged: bearer tokens and JWT-shaped strings removed, then capped. */
export function truncated(text: string, max = MAX_LOG_STRING): string {
  const scrubbed = text.replace(BEARER, 'Bearer [redacted]').replace(JWT_SHAPE, '[redacted jwt]');
  return scrubbed.length <= max ? scrubbed : `${scrubbed.slice(0, max)}…(${scrubbed.length} chars)`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function safeValue(value: unknown, depth: number, key: string): unknown {
  switch (typeof value) {
    case 'string':
      return truncated(value, key === 'frames' ? MAX_FRAMES : MAX_LOG_STRING);
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return String(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return null;
  if (value instanceof Error) return summariseError(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString();
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item: unknown) => safeValue(item, depth + 1, key));
    return value.length > MAX_ITEMS ? [...items, `…(${value.length} items)`] : items;
  }
  if (typeof value === 'object' && isPlainObject(value)) return safeObject(value, depth + 1);
  return `[${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value}]`;
}

function safeObject(object: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(object);
  for (const key of keys.slice(0, MAX_KEYS)) {
    const name = truncated(key, MAX_KEY_NAME);
    out[name] = PERSONAL_FIELDS.has(key) || SECRET_FIELD.test(key) ? REDACTED : safeValue(object[key], depth, key);
  }
  if (keys.length > MAX_KEYS) out['…'] = `${keys.length - MAX_KEYS} more fields`;
  return out;
}

/** The merging object of a log call, made safe; `req`, `res` and `err` become short summaries. */
export function safeForLog(object: Record<string, unknown>): Record<string, unknown> {
  const summarised: Record<string, unknown> = { ...object };
  if ('req' in object) summarised.req = summariseRequest(object.req);
  if ('res' in object) summarised.res = summariseResponse(object.res);
  if ('err' in object) summarised.err = summariseError(object.err);
  if ('error' in object) summarised.error = summariseError(object.error);
  return safeObject(summarised, 0);
}

/** A request as logged: its method and path, never its headers, query or body. */
export function summariseRequest(request: unknown): unknown {
  if (typeof request !== 'object' || request === null) return REDACTED;
  const method = 'method' in request && typeof request.method === 'string' ? request.method : undefined;
  const url = 'url' in request && typeof request.url === 'string' ? request.url : 'path' in request && typeof request.path === 'string' ? request.path : '';
  return { method: method === undefined ? undefined : truncated(method, 16), path: truncated(url.split('?')[0] ?? '', 100) };
}

/** A response as logged: its status only. */
export function summariseResponse(response: unknown): unknown {
  if (typeof response !== 'object' || response === null) return REDACTED;
  return { statusCode: 'statusCode' in response && typeof response.statusCode === 'number' ? response.statusCode : undefined };
}

/** An error as logged: its kind (and HTTP status when it has one); its message may quote client data, its stack is long. */
export function summariseError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return { kind: typeof error };
  const kind = 'kind' in error && typeof error.kind === 'string' ? error.kind : 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
  return status === undefined ? { kind: truncated(kind, 64) } : { kind: truncated(kind, 64), status };
}

/** Errors raised by what a client sent, or by a remote service it named: never worth a stack trace per request. */
const CLIENT_OR_REMOTE_KINDS = new Set(['RestError', 'SyntaxError', 'ZodError', 'RangeError', 'AbortError', 'TimeoutError', 'FetchError']);

function isClientOrRemote(error: Error): boolean {
  if (CLIENT_OR_REMOTE_KINDS.has(error.name)) return true;
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
  if (status !== undefined && status < 500) return true;
  // Node's system errors (ECONNREFUSED, ENOTFOUND, ...): a network problem, not a fault in our code.
  return 'code' in error && typeof error.code === 'string' && /^E[A-Z_]+$/.test(error.code);
}

/**
 * What a log line says about an error: its kind, and a few stack frames only for a real server
 * fault. Frames are file and function names; the message lines of the stack (possibly client
 * data) are never included.
 */
export function errorFields(error: unknown): { kind: string; frames?: string } {
  if (!(error instanceof Error)) return { kind: typeof error };
  if (isClientOrRemote(error)) return { kind: error.name };
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return { kind: error.name, frames: frames.slice(0, 5).join('\n') };
}

/** One value made safe for a log line, as it would be inside a logged object. */
export function safeLogValue(value: unknown): unknown {
  return safeValue(value, 1, '');
}

/** The arguments of a log call made safe: an Error is reduced to its kind (pino would log its message), strings capped. */
export function safeLogArguments(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  const head: unknown[] = first instanceof Error ? [{ err: summariseError(first) }, ...(typeof rest[0] === 'string' ? [] : ['error'])] : [first];
  return [...head, ...rest].map((arg, index) => {
    if (typeof arg === 'string') return truncated(arg);
    if (index > 0 && typeof arg === 'object' && arg !== null) return safeValue(arg, 1, '');
    return arg;
  });
}

/** A channel id as logged: the known short shape (`msteams`, `directline`, `webchat`, ...) or only its length. */
export function channelForLog(channelId: string | undefined): string {
  if (channelId === undefined) return 'none';
  return /^[A-Za-z0-9._-]{1,32}$/.test(channelId) ? channelId : `[unrecognised, ${channelId.length} chars]`;
}
