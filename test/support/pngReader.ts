import { crc32, inflateSync } from 'node:zlib';

/**
 * Reads an 8-bit truecolour PNG back (RGB or RGBA, as resvg writes it), checking its signature, the
 * chunk CRCs and the image data's size, and undoing the row filters, so a test can look at its pixels.
 */

export interface DecodedPng {
  width: number;
  height: number;
  /** `#rrggbb` (alpha left out) of the pixel at x, y. */
  colourAt: (x: number, y: number) => string;
  /** Every distinct `#rrggbb` in the image. */
  colours: () => Set<string>;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunksOf(png: Buffer): Map<string, Buffer[]> {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG signature');
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 4, at + 8 + length);
    if (crc32(body) !== png.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.set(type, [...(chunks.get(type) ?? []), body.subarray(4)]);
    at += length + 12;
  }
  return chunks;
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** The rows with their filters undone (PNG spec, section 9). */
function unfilter(raw: Buffer, width: number, height: number, bytesPerPixel: number): Uint8Array {
  const stride = width * bytesPerPixel;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? -1;
    for (let i = 0; i < stride; i += 1) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= bytesPerPixel ? (out[y * stride + i - bytesPerPixel] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
      const c = y > 0 && i >= bytesPerPixel ? (out[(y - 1) * stride + i - bytesPerPixel] ?? 0) : 0;
      const predictors = [0, a, b, (a + b) >> 1, paeth(a, b, c)];
      const predicted = predictors[filter];
      if (predicted === undefined) throw new Error(`unknown row filter ${filter}`);
      out[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  return out;
}

export function readPng(png: Buffer): DecodedPng {
  const chunks = chunksOf(png);
  const header = chunks.get('IHDR')?.[0];
  if (header === undefined || !chunks.has('IEND')) throw new Error('no IHDR or IEND');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) throw new Error('not 8-bit, non-interlaced RGB or RGBA');
  const bytesPerPixel = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
  if (raw.length !== (width * bytesPerPixel + 1) * height) throw new Error('image data of the wrong size');
  const pixels = unfilter(raw, width, height, bytesPerPixel);
  const hex = (offset: number) => `#${[0, 1, 2].map((k) => (pixels[offset + k] ?? 0).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  const colourAt = (x: number, y: number) => hex((y * width + x) * bytesPerPixel);
  const colours = () => {
    const found = new Set<string>();
    for (let p = 0; p < width * height; p += 1) found.add(hex(p * bytesPerPixel));
    return found;
  };
  return { width, height, colourAt, colours };
}
