import { inflateSync } from 'node:zlib';

/** A decoded image, 4 bytes (RGBA) per pixel, rows top to bottom. */
export interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

/** A rectangle in image pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Channels per PNG colour type we read: grey, RGB, grey+alpha, RGBA. */
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes PNG's per-row filters in place and returns the raw scanlines. */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[row + i - bpp]! : 0;
      const b = y > 0 ? out[row - stride + i]! : 0;
      const c = i >= bpp && y > 0 ? out[row - stride + i - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter ?? -1];
      if (predictor === undefined) throw new Error(`PNG: bad filter ${filter} on row ${y}`);
      out[row + i] = (raw[src + i]! + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes an 8-bit, non-interlaced PNG (grey, RGB or RGBA, with or without
 * alpha): what both browsers' screenshots are. Anything else throws.
 */
export function decodePng(png: Uint8Array): Rgba {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error('PNG: bad signature');
  let width = 0,
    height = 0,
    colourType = -1;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9]!;
      if (body[8] !== 8 || body[12] !== 0 || channelsOf[colourType] === undefined) {
        throw new Error(
          `PNG: unsupported depth ${body[8]}, colour type ${colourType}, interlace ${body[12]}`,
        );
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = channelsOf[colourType]!;
  const rows = unfilter(inflateSync(Buffer.concat(idat)), height, width * channels, channels);
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = p * channels;
    const grey = channels < 3;
    data[p * 4] = rows[s]!;
    data[p * 4 + 1] = grey ? rows[s]! : rows[s + 1]!;
    data[p * 4 + 2] = grey ? rows[s]! : rows[s + 2]!;
    data[p * 4 + 3] = channels === 4 ? rows[s + 3]! : channels === 2 ? rows[s + 1]! : 255;
  }
  return { width, height, data };
}

/**
 * Counts the pixels inside `rect` (clipped to the image) whose RGB lies
 * within Euclidean distance `tolerance` of `colour`.
 */
export function countPixelsNear(image: Rgba, rect: Rect, colour: Rgb, tolerance: number): number {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(image.width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(image.height, Math.ceil(rect.y + rect.height));
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const dr = image.data[i]! - colour[0];
      const dg = image.data[i + 1]! - colour[1];
      const db = image.data[i + 2]! - colour[2];
      if (dr * dr + dg * dg + db * db <= tolerance * tolerance) count++;
    }
  }
  return count;
}

/**
 * The share of the pixels inside `boxes` (CSS px, scaled by `scale` device
 * px per CSS px) that lie within `tolerance` of `colour`.
 */
export function shareNear(
  image: Rgba,
  boxes: readonly Rect[],
  scale: number,
  colour: Rgb,
  tolerance: number,
): number {
  let near = 0;
  let area = 0;
  for (const b of boxes) {
    const px = { x: b.x * scale, y: b.y * scale, width: b.width * scale, height: b.height * scale };
    near += countPixelsNear(image, px, colour, tolerance);
    area += Math.round(px.width) * Math.round(px.height);
  }
  return area === 0 ? 0 : near / area;
}
