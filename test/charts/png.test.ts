// The PNG encoder the Node rasteriser uses, read back by an independent decoder.
import { expect, it } from "vitest";
import { encodePng } from "../../src/charts/png.ts";
import { decodePng } from "./decode-png.ts";

it("encodes RGBA pixels that decode to the same pixels", async () => {
  const pixels = Buffer.from([
    ...[255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255],
    ...[255, 255, 255, 255, 0, 0, 0, 255, 43, 108, 176, 128],
  ]);
  const image = decodePng(await encodePng(3, 2, pixels));
  expect([image.width, image.height, image.bitDepth, image.colourType]).toEqual([3, 2, 8, 6]);
  expect(image.chunks).toEqual(["IHDR", "IDAT", "IEND"]);
  const decoded = [0, 1].flatMap((y) => [0, 1, 2].flatMap((x) => image.pixel(x, y)));
  expect(decoded).toEqual([...pixels]);
});

it("refuses pixels that do not fill the size given", async () => {
  await expect(encodePng(3, 2, Buffer.alloc(23))).rejects.toThrow(RangeError);
});
