// Reads a PNG the way an image viewer would, so tests judge the file Slack receives, not the SVG.
import { crc32, inflateSync } from "node:zlib";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bytes per pixel for the 8-bit colour types: greyscale, RGB, grey+alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

export interface DecodedPng extends PngHeader {
  /** The chunk types in file order, e.g. IHDR, IDAT, IEND. */
  chunks: string[];
  /** RGBA of the pixel at (x, y). */
  pixel(x: number, y: number): [number, number, number, number];
}

/** Checks the signature, every chunk's CRC and the IHDR, and throws on the first fault. */
export function pngHeader(bytes: Uint8Array): PngHeader & { chunks: string[]; data: Buffer } {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error("not a PNG: bad signature");
  const chunks: string[] = [];
  const data: Buffer[] = [];
  let header: PngHeader | undefined;
  let at = SIGNATURE.length;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) {
      throw new Error(`PNG chunk ${type} has a bad CRC`);
    }
    chunks.push(type);
    if (type === "IHDR") {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8] ?? 0,
        colourType: body[9] ?? 0,
        interlace: body[12] ?? 0,
      };
    }
    if (type === "IDAT") data.push(body);
    at += 12 + length;
    if (type === "IEND") break;
  }
  if (chunks[0] !== "IHDR" || !header) throw new Error("PNG does not start with IHDR");
  if (chunks.at(-1) !== "IEND") throw new Error("PNG does not end with IEND");
  return { ...header, chunks, data: Buffer.concat(data) };
}

/** Decodes a non-interlaced 8-bit PNG, undoing each row's filter. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const { data, ...header } = pngHeader(bytes);
  const channels = CHANNELS[header.colourType];
  if (header.bitDepth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${header.bitDepth}, colour type ${header.colourType}`);
  }
  const raw = inflateSync(data);
  const stride = header.width * channels;
  const pixels = Buffer.alloc(stride * header.height);
  for (let row = 0; row < header.height; row++) {
    const filter = raw[row * (stride + 1)];
    const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const out = row * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (pixels[out + i - channels] ?? 0) : 0;
      const up = row > 0 ? (pixels[out - stride + i] ?? 0) : 0;
      const upLeft = row > 0 && i >= channels ? (pixels[out - stride + i - channels] ?? 0) : 0;
      const value = line[i] ?? 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else if (filter !== 0) throw new Error(`PNG row ${row} has unknown filter ${filter}`);
      pixels[out + i] = (value + predicted) & 0xff;
    }
  }
  return {
    ...header,
    pixel(x, y) {
      const i = y * stride + x * channels;
      const get = (k: number) => pixels[i + k] ?? 0;
      if (channels === 4) return [get(0), get(1), get(2), get(3)];
      if (channels === 3) return [get(0), get(1), get(2), 255];
      if (channels === 2) return [get(0), get(0), get(0), get(1)];
      return [get(0), get(0), get(0), 255];
    },
  };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}
