#!/usr/bin/env node
// Draws the add-in's icon (a pie in three Excel greens, one slice set apart: a key that
// divides one total) at every size the manifest declares, and writes them as PNG files to
// assets/. No dependencies: a tiny PNG encoder on node:zlib. Deterministic, so the committed
// files only change when this script does.
//
//   node scripts/make-icons.js            writes assets/icon-{16,32,64,80}.png
//   node scripts/make-icons.js --check    exits 1 when a committed icon's pixels differ from a fresh drawing
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** Sizes Office asks for: 16/32/80 for the ribbon, 32 (IconUrl) and 64 (HighResolutionIconUrl). */
const SIZES = [16, 32, 64, 80];
const ASSETS = path.resolve(__dirname, "..", "assets");

// Slices, clockwise from twelve o'clock, in degrees; Excel's brand greens.
const SLICES = [
  { from: 0, to: 150, rgb: [0x10, 0x7c, 0x41] },
  { from: 150, to: 262, rgb: [0x21, 0xa3, 0x66] },
  // The third slice is pulled out a little: the share that is being worked out.
  { from: 262, to: 360, rgb: [0x33, 0xc4, 0x81], pull: 0.06 },
];

/** Which slice covers the point (x, y) in unit coordinates (0..1, y down), or -1. */
function sliceAt(x, y, size) {
  const radius = 0.4;
  // A gap between slices that stays at least one pixel wide on the smallest icon.
  const gap = Math.max(0.045, 1.1 / size);
  for (let i = 0; i < SLICES.length; i++) {
    const s = SLICES[i];
    const mid = (((s.from + s.to) / 2) * Math.PI) / 180;
    const pull = s.pull ?? 0;
    // The pie sits a bit right of and below the centre, so that the pulled-out slice fits too.
    const cx = 0.52 + pull * Math.sin(mid);
    const cy = 0.52 - pull * Math.cos(mid);
    const dx = x - cx;
    const dy = y - cy;
    const r = Math.hypot(dx, dy);
    if (r > radius) continue;
    let angle = (Math.atan2(dx, -dy) * 180) / Math.PI; // 0 at twelve o'clock, clockwise
    if (angle < 0) angle += 360;
    if (angle < s.from || angle >= s.to) continue;
    // Half the gap on each straight edge of the slice.
    const edge = (deg) => {
      const a = (deg * Math.PI) / 180;
      // Distance from the point to the ray from the centre in direction a.
      return Math.abs(dx * Math.cos(a) + dy * Math.sin(a));
    };
    if (edge(s.from) < gap / 2 || edge(s.to) < gap / 2) continue;
    return i;
  }
  return -1;
}

/** RGBA pixels of the icon at `size`, anti-aliased by 8×8 supersampling. */
function draw(size) {
  const n = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const i = sliceAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (i < 0) continue;
          const [cr, cg, cb] = SLICES[i].rgb;
          r += cr;
          g += cg;
          b += cb;
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
        pixels[o + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of the given pixels. */
function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The RGBA pixels of a PNG this script wrote (8-bit RGBA, filter 0), or undefined for any other PNG. */
function decodePixels(png, size) {
  if (png.readUInt32BE(16) !== size || png.readUInt32BE(20) !== size || png[24] !== 8 || png[25] !== 6) return undefined;
  const idat = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = size * 4;
  const pixels = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    if (raw[y * (stride + 1)] !== 0) return undefined;
    raw.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return pixels;
}

function main(argv) {
  const check = argv.includes("--check");
  let stale = 0;
  fs.mkdirSync(ASSETS, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(ASSETS, `icon-${size}.png`);
    const png = encodePng(size, draw(size));
    if (check) {
      // Compares pixels, not bytes: another zlib may compress the same picture differently.
      const same = fs.existsSync(file) && decodePixels(fs.readFileSync(file), size)?.equals(draw(size));
      if (!same) {
        stale++;
        process.stderr.write(`make-icons: ${path.relative(process.cwd(), file)} differs from a fresh drawing\n`);
      }
    } else {
      fs.writeFileSync(file, png);
      process.stdout.write(`make-icons: ${path.relative(process.cwd(), file)} (${size}×${size}, ${png.length} bytes)\n`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { SIZES, draw, encodePng, decodePixels };
