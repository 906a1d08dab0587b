import pino, { type Logger } from 'pino';
import { safeForLog, safeLogArguments, safeLogValue, summariseError, summariseRequest, summariseResponse, truncated } from './logSafety';

/**
 * Structured logs with no personal data and no secrets, whoever writes them: our own calls, and
 * restify's (it is given this logger). Every value passes through `safeForLog` (personal and
 * secret fields redacted at any depth, strings capped, depth and size bounded, errors reduced to
 * their kind); pino's redact paths stay as a second net for the well-known places.
 */
export const REDACTED_PATHS = [
  'text',
  'value',
  'activity.text',
  'activity.value',
  'activity.attachments',
  'activity.from.name',
  'activity.recipient.name',
  'answers',
  'payload',
  'state',
  'snapshot',
  'req.body',
  'err.activity',
  'headers.authorization',
  'req.headers.authorization',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const logger = pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // formatters.log runs before the serializers, so it reduces req, res and err itself; the
      // serializers cover anything logged past it (a child's bindings, pino's own error key).
      formatters: { log: (object) => safeForLog(object), bindings: (bindings) => safeForLog(bindings ?? {}) },
      serializers: { req: summariseRequest, res: summariseResponse, err: summariseError },
      hooks: {
        // The message and any printf-style arguments are made safe like every other value.
        logMethod(args, method) {
          // restify asks `log.trace()` (bunyan's "is this level on?"); pino would write an empty line.
          if (args.length === 0) return;
          method.apply(this, safeLogArguments(args) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
  // pino passes a child's bindings through formatters.bindings only for the root logger: make them
  // safe on the way in. Children inherit this from the root (pino makes each child from its parent).
  const pinoChild = logger.child;
  Object.defineProperty(logger, 'child', {
    value: function safeChild(this: typeof logger, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) {
      return Reflect.apply(pinoChild, this, [safeForLog(bindings), options]) as typeof logger;
    },
  });
  return logger;
}

const CONSOLE_LEVELS = { error: 'error', warn: 'warn', log: 'info', info: 'info', debug: 'debug', trace: 'trace' } as const;
/** Dependencies' own console lines are fixed texts; anything they interpolate is cut shorter than other strings. */
const MAX_CONSOLE_STRING = 120;

/**
 * botbuilder writes to the console itself: CloudAdapter prints every refused request's error with
 * its stack (`console.error(err)`), and its JWT code prints errors too. For the whole process,
 * console output becomes log lines of this logger: an Error as its kind, a string cut short.
 */
export function routeConsoleTo(logger: Logger): void {
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    const write = (...args: unknown[]) => {
      const safe = args.map((arg) => (typeof arg === 'string' ? truncated(arg, MAX_CONSOLE_STRING) : safeLogValue(arg)));
      logger[level]({ console: safe }, 'written to the console by a dependency');
    };
    Object.defineProperty(console, method, { value: write, configurable: true, writable: true });
  }
}

export { errorFields } from './logSafety';
export type { Logger };
