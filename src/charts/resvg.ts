// Node only: resvg's native binding. Imported by the Node entry, never by the shared core.
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderAsync } from "@resvg/resvg-js";
import { encodePng } from "./png.ts";
import type { Rasterise } from "./render.ts";
import { CHART_FONT_FAMILY } from "./svg.ts";

/** The font the charts are drawn in, shipped with the code under the SIL Open Font License. */
export const CHART_FONT_FILE = fileURLToPath(
  new URL("./font/NotoSansCJKsc-chart.otf", import.meta.url),
);

/**
 * SVG to PNG with resvg. Drawing and compressing both run on the libuv pool, so a chart barely
 * holds up the webhooks. Only the bundled font is loaded: the same picture on every machine,
 * whatever fonts it has.
 */
export function resvgRasteriser(): Rasterise {
  // Without its font resvg would draw the charts with no text at all; fail at start instead.
  statSync(CHART_FONT_FILE);
  return async (svg, scale) => {
    const image = await renderAsync(svg, {
      font: {
        fontFiles: [CHART_FONT_FILE],
        loadSystemFonts: false,
        defaultFontFamily: CHART_FONT_FAMILY,
      },
      fitTo: { mode: "zoom", value: scale },
    });
    // resvg's pixels are premultiplied; on the charts' opaque white canvas that is plain RGBA.
    return encodePng(image.width, image.height, image.pixels);
  };
}
