// Node only: PNG encoding with node:zlib, whose deflate runs on the libuv pool.
import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";

const deflateAsync = promisify(deflate);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;

function chunk(type: string, data: Buffer): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, "latin1");
  data.copy(bytes, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/**
 * 8-bit RGBA pixels as a PNG. Rows go unfiltered: a chart's flat colours compress well without,
 * and filtering would be a loop over every byte on the main thread. See
 * docs/decisions/chart-rendering.md for why this is not resvg's own `asPng()`.
 */
export async function encodePng(width: number, height: number, rgba: Buffer): Promise<Buffer> {
  const stride = width * 4;
  if (rgba.length !== stride * height) {
    throw new RangeError(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  }
  // Each row starts with its filter type, 0: none.
  const rows = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row++) {
    rgba.copy(rows, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = RGBA;
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", await deflateAsync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
