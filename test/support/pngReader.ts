import { inflateSync } from 'node:zlib';
import { crc32 } from '../../cards/chart/png';

/** Reads an indexed 8-bit PNG back (the kind cards/chart/png.ts writes), checking its signature, chunk CRCs and row filters. */
export function readIndexedPng(png: Buffer): { width: number; height: number; palette: number[][]; pixelAt: (x: number, y: number) => number } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG signature');
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 4, at + 8 + length);
    if (crc32(body) !== png.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.set(type, [...(chunks.get(type) ?? []), body.subarray(4)]);
    at += length + 12;
  }
  const header = chunks.get('IHDR')?.[0];
  if (header === undefined || !chunks.has('IEND')) throw new Error('no IHDR or IEND');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  if (header[8] !== 8 || header[9] !== 3) throw new Error('not 8-bit indexed colour');
  const plte = chunks.get('PLTE')?.[0] ?? Buffer.alloc(0);
  const palette = Array.from({ length: plte.length / 3 }, (_, i) => [...plte.subarray(i * 3, i * 3 + 3)]);
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
  if (raw.length !== (width + 1) * height) throw new Error('image data of the wrong size');
  for (let y = 0; y < height; y += 1) if (raw[y * (width + 1)] !== 0) throw new Error('a row filter other than none');
  return { width, height, palette, pixelAt: (x, y) => raw[y * (width + 1) + 1 + x] ?? -1 };
}
