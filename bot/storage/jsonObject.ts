import { parseJsonObjectText, type Json, type JsonObject } from './types';

/**
 * Dialog state, drafts and payloads as JSON objects, checked before they are stored. Plain data
 * (objects and arrays of plain prototype, strings, booleans, null, finite numbers), which is what
 * dialogs make, is given back as it is after a walk that checks it; anything else (an undefined
 * property, a Date, a class instance, a non-finite number or -0, a hole in an array) takes the
 * round trip through JSON.stringify and JSON.parse, as every value did before. The round trip
 * copied the whole state on every save, before the store serialised it again.
 * (Getters, symbol keys and hidden properties are not looked for: no dialog makes them, and no
 * user input can.)
 */
export function toJsonObject(value: unknown): JsonObject {
  return isPlainObject(value) && isPlainJsonObject(value, 0) ? value : parseJsonObjectText(JSON.stringify(value));
}

/** Deeper than any state a dialog makes; deeper values take the round trip. */
const MAX_DEPTH = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isPlainJsonObject(value: Record<string, unknown>, depth: number): value is Record<string, Json> {
  if (depth > MAX_DEPTH) return false;
  for (const key in value) if (!Object.hasOwn(value, key) || !isPlainJson(value[key], depth + 1)) return false;
  return true;
}

function isPlainJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      // JSON.stringify writes -0 as 0.
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return isPlainJsonArray(value, depth);
      return isPlainObject(value) && isPlainJsonObject(value, depth);
    default:
      return false;
  }
}

function isPlainJsonArray(value: unknown[], depth: number): boolean {
  if (depth > MAX_DEPTH || Object.getPrototypeOf(value) !== Array.prototype) return false;
  for (let i = 0; i < value.length; i += 1) if (!Object.hasOwn(value, i) || !isPlainJson(value[i], depth + 1)) return false;
  return true;
}
