// The bundled font is a cut-down Noto Sans CJK SC: it must hold every character a chart can print.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { CHART_FONT_FILE } from "../../src/charts/resvg.ts";
import { chartCharacters } from "../../src/charts/words.ts";
import { fontCodePoints } from "./font-cmap.ts";

it("has a glyph for every character of the chart words and of printable ASCII", () => {
  const font = readFileSync(CHART_FONT_FILE);
  const held = fontCodePoints(font);
  const missing = [...chartCharacters()].filter((char) => !held.has(char.codePointAt(0) ?? 0));
  expect(
    missing,
    "the font lacks these characters; cut it again from Noto Sans CJK SC as " +
      "docs/decisions/chart-rendering.md describes, with --text set to chartCharacters()",
  ).toEqual([]);
  // A cut-down font, not the whole 16 MB one.
  expect(font.byteLength).toBeLessThan(100_000);
});

it("reads a cmap correctly: the check above can fail", () => {
  const held = fontCodePoints(readFileSync(CHART_FONT_FILE));
  // Characters no chart prints were cut away.
  for (const absent of ["猫", "é", "€"]) expect(held.has(absent.codePointAt(0) ?? 0)).toBe(false);
  expect(held.has("A".codePointAt(0) ?? 0)).toBe(true);
});
