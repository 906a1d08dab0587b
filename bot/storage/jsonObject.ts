import { parseJsonObjectText, type JsonObject } from './types';

/** Dialog state is plain data; this checks it is JSON before it is stored. */
export function toJsonObject(value: unknown): JsonObject {
  return parseJsonObjectText(JSON.stringify(value));
}
