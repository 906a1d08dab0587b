import { Writable } from 'node:stream';
import { createLogger, errorFields, routeConsoleTo } from '../../bot/logger';
import { channelForLog, MAX_LOG_STRING } from '../../bot/logSafety';
import { FICTIONAL_CHILD, FICTIONAL_NOTES, findLeaks } from '../support/personalTestValues';

/** Whatever is handed to the logger, a line carries no personal data, no secret, and nothing huge. */

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmaWN0aW9uYWwifQ.c2lnbmF0dXJlLW5vdC1yZWFs';

function capture(level = 'trace'): { logger: ReturnType<typeof createLogger>; lines: () => string[] } {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  return { logger: createLogger(level, sink), lines: () => out.split('\n').filter((line) => line !== '') };
}

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { id: FICTIONAL_CHILD.firstName };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe('createLogger', () => {
  it('redacts personal fields at any depth and secrets by name', () => {
    const { logger, lines } = capture();
    logger.info({ context: { deeper: { text: FICTIONAL_NOTES.concern, from: { name: FICTIONAL_CHILD.firstName } } }, password: 'fictional-password', apiKey: 'k' }, 'x');
    const [line] = lines();
    expect(findLeaks(line ?? '')).toEqual([]);
    expect(JSON.parse(line ?? '{}')).toMatchObject({ context: { deeper: { text: '[redacted]', from: '[redacted]' } }, password: '[redacted]', apiKey: '[redacted]' });
  });

  it('logs a request as its method and path, never its headers or body', () => {
    const { logger, lines } = capture();
    const req = { method: 'POST', url: '/api/messages?token=abc', headers: { authorization: `Bearer ${JWT}` }, body: { text: FICTIONAL_NOTES.police }, _body: FICTIONAL_NOTES.police };
    logger.warn({ req, res: { statusCode: 500, _headers: { 'set-cookie': 'x' } }, err: new Error(`bad ${FICTIONAL_CHILD.firstName}`) }, 'formatter failed');
    const [line] = lines();
    expect(findLeaks(line ?? '')).toEqual([]);
    expect(JSON.parse(line ?? '{}')).toEqual({ level: 40, time: expect.any(Number), req: { method: 'POST', path: '/api/messages' }, res: { statusCode: 500 }, err: { kind: 'Error' }, msg: 'formatter failed' });
  });

  it('caps every string, a deeply nested object and a long array', () => {
    const { logger, lines } = capture();
    logger.info({ channel: 'C'.repeat(400_000), deep: nested(12_000), many: Array.from({ length: 5000 }, (_, i) => i) }, 'M'.repeat(10_000));
    const [line] = lines();
    expect(line?.length).toBeLessThan(2000);
    const parsed = JSON.parse(line ?? '{}') as { channel: string; msg: string; many: unknown[] };
    expect(parsed.channel).toBe(`${'C'.repeat(MAX_LOG_STRING)}…(400000 chars)`);
    expect(parsed.msg.startsWith('M'.repeat(MAX_LOG_STRING))).toBe(true);
    expect(parsed.many).toHaveLength(21);
    expect(line).toContain('[too deep]');
    expect(line).not.toContain(FICTIONAL_CHILD.firstName);
  });

  it('removes bearer tokens and JWTs from any string, and from printf-style arguments', () => {
    const { logger, lines } = capture();
    logger.info({ note: 'x', detail: `sent Bearer ${JWT} and ${JWT}` }, 'header was %s', `Bearer ${JWT}`);
    const [line] = lines();
    expect(findLeaks(line ?? '')).toEqual([]);
    expect(line).toContain('Bearer [redacted]');
  });

  it('logs an Error handed to it as its kind, never its message', () => {
    const { logger, lines } = capture();
    logger.error(new SyntaxError(`Unexpected token in ${FICTIONAL_NOTES.concern}`));
    expect(lines().map((l) => JSON.parse(l) as unknown)).toEqual([{ level: 50, time: expect.any(Number), err: { kind: 'SyntaxError' }, msg: 'error' }]);
  });

  it('writes nothing when asked whether a level is on (restify calls log.trace() with no arguments)', () => {
    const { logger, lines } = capture();
    Reflect.apply(logger.trace, logger, []);
    expect(lines()).toEqual([]);
  });

  it('keeps a child logger’s bindings safe too', () => {
    const { logger, lines } = capture();
    logger.child({ component: 'http', token: JWT, where: 'W'.repeat(1000) }).info('child');
    const [line] = lines();
    expect(findLeaks(line ?? '')).toEqual([]);
    expect(line?.length).toBeLessThan(600);
  });
});

describe('errorFields', () => {
  it.each([
    ['a remote channel that did not answer', Object.assign(new Error('connect ECONNREFUSED'), { name: 'RestError' })],
    ['a network error', Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' })],
    ['a client error with a 4xx status', Object.assign(new Error('bad'), { statusCode: 400 })],
    ['unreadable JSON', new SyntaxError('Unexpected token')],
  ])('gives only the kind for %s: no stack trace per rejected request', (_name, error) => {
    expect(Object.keys(errorFields(error))).toEqual(['kind']);
  });

  it('gives a few frames, without the message lines, for a fault in our own code', () => {
    const fault = new TypeError(`cannot read ${FICTIONAL_CHILD.firstName}\nsecond line of message`);
    const fields = errorFields(fault);
    expect(fields.kind).toBe('TypeError');
    expect(fields.frames?.split('\n').every((frame) => /^\s+at /.test(frame))).toBe(true);
    expect(fields.frames).not.toContain(FICTIONAL_CHILD.firstName);
    expect(fields.frames).not.toContain('second line');
  });
});

describe('channelForLog', () => {
  it.each([
    ['Teams', 'msteams', 'msteams'],
    ['Direct Line', 'directline', 'directline'],
    ['no channel', undefined, 'none'],
    ['a 408 KB channel id', 'C'.repeat(408_000), '[unrecognised, 408000 chars]'],
    ['a channel id with a name in it', `test ${FICTIONAL_CHILD.firstName}`, '[unrecognised, 14 chars]'],
  ])('logs %s as its known shape or only its length', (_name, channel, logged) => {
    expect(channelForLog(channel)).toBe(logged);
  });
});

describe('routeConsoleTo', () => {
  const original = { error: console.error, warn: console.warn, log: console.log, info: console.info, debug: console.debug, trace: console.trace };
  afterEach(() => Object.assign(console, original));

  it('turns what a dependency prints (an error with its stack, a long string) into a short safe log line', () => {
    const { logger, lines } = capture();
    routeConsoleTo(logger);
    const refused = Object.assign(new Error(`Unauthorized: Bearer ${JWT} for ${FICTIONAL_CHILD.firstName}`), { name: 'AuthenticationError', statusCode: 401 });
    console.error(refused);
    console.warn(`BadRequest: ${'x'.repeat(500)}`);
    const logged = lines().map((line) => JSON.parse(line) as { level: number; console: unknown[]; msg: string });
    expect(logged).toEqual([
      { level: 50, time: expect.any(Number), console: [{ kind: 'AuthenticationError', status: 401 }], msg: 'written to the console by a dependency' },
      { level: 40, time: expect.any(Number), console: [`BadRequest: ${'x'.repeat(108)}…(512 chars)`], msg: 'written to the console by a dependency' },
    ]);
    expect(findLeaks(lines().join('\n'))).toEqual([]);
    expect(lines().join('\n')).not.toMatch(/\s+at /);
  });
});
