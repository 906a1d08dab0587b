import type { Recipient } from '../../dialogs/access/access.schema';
import { routeKeyOf } from './types';

/** The recipients as indexed route keys ("settingId/role"), each once, in the order first given. */
export const routeKeysOf = (recipients: readonly Recipient[]): string[] => [...new Set(recipients.map(routeKeyOf))];

/** Route keys as named fields for checkStorageKeys: a refusal names `routeKey<i>`, never the key itself. */
export const routeKeyFields = (keys: readonly string[]): Record<string, string> => Object.fromEntries(keys.map((key, i) => [`routeKey${i}`, key]));
