import pino, { type Logger } from 'pino';

/**
 * Structured logs with no personal data: message text, card values, names and attachments are
 * never logged; these paths are redacted in case one slips into a log object.
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
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: undefined }, destination);
}

export type { Logger };
