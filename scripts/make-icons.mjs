// Writes the toolbar and store icons: a white magnifying lens on a rounded
// square, coloured (public/icon/) and grey for "off on this site"
// (public/icon-off/). Plain Node (zlib), so no image package is needed.
// Run: node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const VARIANTS = [
  { dir: 'icon', background: [194, 65, 12] },
  { dir: 'icon-off', background: [128, 134, 142] },
];
/** Samples per pixel side: 4 × 4 gives smooth edges even at 16 px. */
const SUPERSAMPLE = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA image (rows of size × 4 bytes) as PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes on the unit square; the glyph is drawn thicker than it would be
// at large sizes so the lens still reads at 16 px.
const inRoundedSquare = (x, y) => {
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inRing = (x, y) => Math.abs(Math.hypot(x - 0.43, y - 0.43) - 0.2) <= 0.065;
const inHandle = (x, y) => {
  const [ax, ay, bx, by] = [0.6, 0.6, 0.78, 0.78];
  const t = Math.min(
    1,
    Math.max(0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= 0.085;
};

function drawIcon(size, background) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let square = 0;
      let glyph = 0;
      for (let s = 0; s < samples; s += 1) {
        const x = (px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        if (!inRoundedSquare(x, y)) continue;
        square += 1;
        if (inRing(x, y) || inHandle(x, y)) glyph += 1;
      }
      const at = (py * size + px) * 4;
      if (square === 0) continue;
      const white = glyph / square;
      for (let c = 0; c < 3; c += 1)
        rgba[at + c] = Math.round(background[c] * (1 - white) + 255 * white);
      rgba[at + 3] = Math.round((255 * square) / samples);
    }
  }
  return encodePng(size, rgba);
}

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
for (const { dir, background } of VARIANTS) {
  for (const size of SIZES) {
    const file = join(publicDir, dir, `${size}.png`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, drawIcon(size, background));
  }
}
console.log(`Wrote ${VARIANTS.length * SIZES.length} icons under public/`);
