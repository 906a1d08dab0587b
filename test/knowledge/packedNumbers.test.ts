import { packFloat64, packInt32, unpackFloat64, unpackInt32 } from '../../knowledge/packedNumbers';

/**
 * The search's saved state keeps its numbers in this packing (knowledge/searchIndexCache.ts): the
 * bytes must stay what a build wrote before, little-endian, every bit of a double kept.
 */

const DOUBLES = [0, -0, 1, -1.5, Math.PI, 1e-310, Number.MAX_VALUE, Infinity, -Infinity, NaN, 0.1 + 0.2];
const INTEGERS = [0, 1, -1, 2_147_483_647, -2_147_483_648, 65_536, -123_456_789];

describe('numbers packed as base64', () => {
  it('packs doubles to the bytes a build has always written, and reads every bit back', () => {
    const packed = packFloat64(DOUBLES);
    expect(packed).toBe('AAAAAAAAAAAAAAAAAAAAgAAAAAAAAPA/AAAAAAAA+L8YLURU+yEJQCvmcItoEgAA////////738AAAAAAADwfwAAAAAAAPD/AAAAAAAA+H80MzMzMzPTPw==');
    const read = unpackFloat64(packed);
    expect(read).toBeInstanceOf(Float64Array);
    // toEqual tells -0 from 0 and takes NaN as NaN, as Object.is does.
    expect([...read]).toEqual(DOUBLES);
  });

  it('packs 32-bit integers to the bytes a build has always written, and reads them back', () => {
    const packed = packInt32(INTEGERS);
    expect(packed).toBe('AAAAAAEAAAD/////////fwAAAIAAAAEA6zKk+A==');
    const read = unpackInt32(packed);
    expect(read).toBeInstanceOf(Int32Array);
    expect([...read]).toEqual(INTEGERS);
  });

  it('writes a number outside 32 bits as a 32-bit integer does, and an empty array as nothing', () => {
    expect(packInt32([2_147_483_648, 1.7, -2.9])).toBe('AAAAgAEAAAD+////');
    expect([...unpackInt32('AAAAgAEAAAD+////')]).toEqual([-2_147_483_648, 1, -2]);
    expect([packFloat64([]), packInt32([])]).toEqual(['', '']);
    expect([unpackFloat64('').length, unpackInt32('').length]).toEqual([0, 0]);
  });

  it('leaves out the bytes after the last whole element', () => {
    expect([...unpackFloat64('AAAAAAAA8D8AAA==')]).toEqual([1]);
    expect([...unpackInt32('AQAAAAIA')]).toEqual([1]);
  });
});
