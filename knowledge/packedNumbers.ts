/**
 * Arrays of numbers as base64 text, for the search's saved state (knowledge/searchIndexCache.ts):
 * exact (every bit of a double is kept), little-endian whatever the machine, and read far faster than
 * the same numbers written as JSON. One packing for every width: the typed array's own bytes, copied.
 */

type Packable = Float64Array | Int32Array;

/** One kind of element: its width in bytes, the array it is kept in, and how its bytes are turned round. */
interface ElementKind<A extends Packable> {
  bytes: number;
  arrayOf(length: number): A;
  swap(bytes: Buffer): Buffer;
}

const FLOAT64: ElementKind<Float64Array> = { bytes: 8, arrayOf: (length) => new Float64Array(length), swap: (bytes) => bytes.swap64() };
const INT32: ElementKind<Int32Array> = { bytes: 4, arrayOf: (length) => new Int32Array(length), swap: (bytes) => bytes.swap32() };

/** A typed array holds its numbers in the machine's byte order; the text is little-endian everywhere. */
const MACHINE_IS_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const littleEndian = (bytes: Buffer, kind: ElementKind<Packable>): Buffer => (MACHINE_IS_LITTLE_ENDIAN ? bytes : kind.swap(bytes));

/** Each number as its typed array stores it: a double exactly, an integer as a 32-bit integer (wrapped, fraction dropped). */
function pack(values: ArrayLike<number>, kind: ElementKind<Packable>): string {
  const array = kind.arrayOf(values.length);
  for (let i = 0; i < values.length; i += 1) array[i] = values[i] ?? 0;
  return littleEndian(Buffer.from(array.buffer), kind).toString('base64');
}

/** Bytes after the last whole element are left out. */
function unpack<A extends Packable>(text: string, kind: ElementKind<A>): A {
  const bytes = Buffer.from(text, 'base64');
  const values = kind.arrayOf(Math.floor(bytes.byteLength / kind.bytes));
  const target = Buffer.from(values.buffer);
  bytes.copy(target, 0, 0, target.byteLength);
  littleEndian(target, kind);
  return values;
}

export const packFloat64 = (values: ArrayLike<number>): string => pack(values, FLOAT64);
export const unpackFloat64 = (text: string): Float64Array => unpack(text, FLOAT64);
export const packInt32 = (values: ArrayLike<number>): string => pack(values, INT32);
export const unpackInt32 = (text: string): Int32Array => unpack(text, INT32);
