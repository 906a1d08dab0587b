import { z } from 'zod';
import { ConfigError } from './configError';
import { isLoopback } from './loopback';
import { optionalText } from './optionalText';

/** The process: its environment name, where it listens, and how much it logs. */
export const listenerEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ListenerEnv = z.output<typeof listenerEnv>;

/** Without authentication nothing may reach the bot from outside: refuse a non-loopback HOST. */
export function checkHost(e: ListenerEnv, authenticated: boolean): void {
  if (!authenticated && e.HOST !== undefined && !isLoopback(e.HOST)) {
    throw new ConfigError([`HOST: without MICROSOFT_APP_ID the assistant listens on loopback only (got a non-loopback address)`]);
  }
}

export function listenerOf(e: ListenerEnv, authenticated: boolean) {
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (authenticated ? '0.0.0.0' : '127.0.0.1'),
    logLevel: e.LOG_LEVEL,
  };
}
