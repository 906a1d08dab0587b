/**
 * Arrays of numbers as base64 text, for the search's saved state (knowledge/searchIndexCache.ts):
 * exact (every bit of a double is kept), little-endian whatever the machine, and read far faster than
 * the same numbers written as JSON.
 */

export function packFloat64(values: ArrayLike<number>): string {
  const view = new DataView(new ArrayBuffer(values.length * 8));
  for (let i = 0; i < values.length; i += 1) view.setFloat64(i * 8, values[i] ?? 0, true);
  return Buffer.from(view.buffer).toString('base64');
}

export function unpackFloat64(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float64Array(Math.floor(bytes.byteLength / 8));
  for (let i = 0; i < values.length; i += 1) values[i] = view.getFloat64(i * 8, true);
  return values;
}

export function packInt32(values: ArrayLike<number>): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  for (let i = 0; i < values.length; i += 1) view.setInt32(i * 4, values[i] ?? 0, true);
  return Buffer.from(view.buffer).toString('base64');
}

export function unpackInt32(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Int32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < values.length; i += 1) values[i] = view.getInt32(i * 4, true);
  return values;
}
