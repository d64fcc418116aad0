// The charts drawn by the real rasteriser and read back from the PNG bytes, as Slack would get them.
import { describe, expect, it } from "vitest";
import {
  type CallsByHourChart,
  CHART_SCALE,
  CHART_SIZE,
  ChartError,
  type ServiceTrendChart,
} from "../../src/charts/chart.ts";
import { createChartRenderer } from "../../src/charts/render.ts";
import { resvgRasteriser } from "../../src/charts/resvg.ts";
import { COLOURS } from "../../src/charts/svg.ts";
import { type DecodedPng, decodePng, pngHeader } from "./decode-png.ts";

const renderChart = createChartRenderer(resvgRasteriser());

const hours = (counts: Record<number, number>) =>
  Array.from({ length: 24 }, (_, hour) => counts[hour] ?? 0);

const BUSY_DAY: CallsByHourChart = {
  kind: "calls-by-hour",
  period: "2026-11-25",
  inbound: hours({ 2: 10, 9: 40, 14: 20 }),
  outbound: hours({ 9: 10, 20: 5 }),
};

function trend(levels: (number | null)[], scores: (number | null)[]): ServiceTrendChart {
  return {
    kind: "service-trend",
    period: "2026-W48",
    thresholdSeconds: 20,
    points: levels.map((serviceLevel, i) => ({
      key: `2026-11-${String(23 + i).padStart(2, "0")}`,
      serviceLevel,
      satisfaction: scores[i] ?? null,
    })),
  };
}

async function png(chart: Parameters<typeof renderChart>[0]): Promise<Uint8Array> {
  const bytes = await renderChart(chart);
  if (!bytes) throw new Error("the Node renderer drew nothing");
  return bytes;
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
}

// The legend's swatches sit above this row (in PNG pixels); bars and lines below it.
const BELOW_LEGEND = 100 * CHART_SCALE;
// A dot's white rim is 1.5 drawing pixels wide, where it crosses its line.
const DOT_RIM = 2 * CHART_SCALE;

/**
 * Runs of neighbouring columns holding pixels of exactly `hex` (from `fromRow` down), each with
 * its edges and its tallest column: a bar, or an unbroken line with its dots. Gaps of up to
 * `bridged` columns don't split a run: a dot's white rim crosses its line.
 */
function inkColumns(image: DecodedPng, hex: string, fromRow = 0, bridged = 0) {
  const [r, g, b] = rgb(hex);
  const runs: { left: number; right: number; height: number }[] = [];
  let current: (typeof runs)[number] | undefined;
  for (let x = 0; x < image.width; x++) {
    let count = 0;
    for (let y = fromRow; y < image.height; y++) {
      const [pr, pg, pb] = image.pixel(x, y);
      if (pr === r && pg === g && pb === b) count++;
    }
    if (count === 0) {
      if (current && x - current.right > bridged) current = undefined;
      continue;
    }
    if (!current) {
      current = { left: x, right: x, height: 0 };
      runs.push(current);
    }
    current.right = x;
    current.height = Math.max(current.height, count);
  }
  return runs;
}

function countColour(image: DecodedPng, hex: string): number {
  const [r, g, b] = rgb(hex);
  let count = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [pr, pg, pb] = image.pixel(x, y);
      if (pr === r && pg === g && pb === b) count++;
    }
  }
  return count;
}

describe("the PNG file", () => {
  it("is a valid PNG at twice the drawing size, of a size Slack takes in one upload", async () => {
    for (const chart of [BUSY_DAY, trend([0.8, 0.9], [4.2, 4.5])]) {
      const bytes = await png(chart);
      const header = pngHeader(bytes);
      expect(header.width).toBe(CHART_SIZE.width * CHART_SCALE);
      expect(header.height).toBe(CHART_SIZE.height * CHART_SCALE);
      expect(header.bitDepth).toBe(8);
      expect(header.chunks).toContain("IDAT");
      // A flat chart at 1600×900 compresses to tens of kilobytes; more would mean noise or photos.
      expect(bytes.byteLength).toBeGreaterThan(10_000);
      expect(bytes.byteLength).toBeLessThan(400_000);
    }
  });

  it("is byte for byte the same for the same figures, and differs when they differ", async () => {
    const first = await png(BUSY_DAY);
    const again = await png({ ...BUSY_DAY, inbound: [...BUSY_DAY.inbound] });
    expect(Buffer.compare(first, again)).toBe(0);
    const other = await png({ ...BUSY_DAY, inbound: hours({ 2: 10, 9: 41, 14: 20 }) });
    expect(Buffer.compare(first, other)).not.toBe(0);
  });
});

describe("calls by hour", () => {
  it("draws a bar per hour with calls, as tall as its calls, outbound stacked on inbound", async () => {
    const image = decodePng(await png(BUSY_DAY));
    const inbound = inkColumns(image, COLOURS.first, BELOW_LEGEND);
    const outbound = inkColumns(image, COLOURS.second, BELOW_LEGEND);
    // Hours 2, 9 and 14 have inbound calls; hours 9 and 20 outbound, in order across the chart.
    expect(inbound).toHaveLength(3);
    expect(outbound).toHaveLength(2);
    const [two, nine, fourteen] = inbound as [
      (typeof inbound)[0],
      (typeof inbound)[0],
      (typeof inbound)[0],
    ];
    const perCall = nine.height / 40;
    expect(Math.abs(two.height - 10 * perCall)).toBeLessThanOrEqual(2);
    expect(Math.abs(fourteen.height - 20 * perCall)).toBeLessThanOrEqual(2);
    expect(two.left).toBeLessThan(nine.left);
    expect(nine.left).toBeLessThan(fourteen.left);
    // Hour 9's outbound part sits on the same columns as its inbound part, 10 calls tall.
    const [nineOut, twenty] = outbound as [(typeof outbound)[0], (typeof outbound)[0]];
    expect(nineOut.left).toBe(nine.left);
    expect(nineOut.right).toBe(nine.right);
    expect(Math.abs(nineOut.height - 10 * perCall)).toBeLessThanOrEqual(2);
    expect(Math.abs(twenty.height - 5 * perCall)).toBeLessThanOrEqual(2);
    expect(twenty.left).toBeGreaterThan(fourteen.right);
  });

  it("writes its title and labels in the bundled font", async () => {
    const image = decodePng(await png(BUSY_DAY));
    // Glyph stems are solid title colour; without a font resvg draws no text at all.
    expect(countColour(image, COLOURS.title)).toBeGreaterThan(2_000);
    expect(countColour(image, COLOURS.quiet)).toBeGreaterThan(1_000);
  });

  it("with no calls, still renders: no bars, and says so", async () => {
    const none: CallsByHourChart = { ...BUSY_DAY, inbound: hours({}), outbound: hours({}) };
    const image = decodePng(await png(none));
    expect(inkColumns(image, COLOURS.first, BELOW_LEGEND)).toEqual([]);
    expect(inkColumns(image, COLOURS.second, BELOW_LEGEND)).toEqual([]);
    // "没有通话 No calls", in the quiet colour, across the middle of the plot.
    const middle = inkColumns(image, COLOURS.quiet, (CHART_SIZE.height / 3) * CHART_SCALE);
    expect(middle.length).toBeGreaterThan(5);
  });
});

describe("the service trend", () => {
  it("joins neighbouring points and leaves a gap where a day has no figure", async () => {
    const lines = async (chart: ServiceTrendChart) => {
      const image = decodePng(await png(chart));
      return [COLOURS.first, COLOURS.second].map(
        (hex) => inkColumns(image, hex, 0, DOT_RIM).length,
      );
    };
    expect(await lines(trend([0.5, 0.6, 0.7], [4, 4.5, 3]))).toEqual([1, 1]);
    expect(await lines(trend([0.5, null, 0.7], [4, 4.5, null]))).toEqual([2, 1]);
    expect(await lines(trend([null, 0.6, null, 0.8, 0.9], [4, null, 3, null, 5]))).toEqual([2, 3]);
  });

  it("puts a higher service level higher up", async () => {
    const topRow = (image: DecodedPng) => {
      const [r, g, b] = rgb(COLOURS.first);
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const [pr, pg, pb] = image.pixel(x, y);
          if (pr === r && pg === g && pb === b) return y;
        }
      }
      throw new Error("no point drawn");
    };
    const low = topRow(decodePng(await png(trend([0.2], [null]))));
    const high = topRow(decodePng(await png(trend([0.9], [null]))));
    // 70 points of the panel's 118-pixel height, at twice the size.
    expect(low - high).toBeGreaterThan(0.7 * 118 * CHART_SCALE - 4);
    expect(low - high).toBeLessThan(0.7 * 118 * CHART_SCALE + 4);
  });

  it("with no figures at all, still renders both panels and no lines", async () => {
    for (const chart of [trend([], []), trend([null, null], [null, null])]) {
      const image = decodePng(await png(chart));
      expect(inkColumns(image, COLOURS.first)).toEqual([]);
      expect(inkColumns(image, COLOURS.second)).toEqual([]);
      expect(countColour(image, COLOURS.quiet)).toBeGreaterThan(1_000);
    }
  });
});

describe("where no renderer is given (Workers)", () => {
  const textOnly = createChartRenderer(null);

  it("returns null, so the caller posts the figures as text", async () => {
    expect(await textOnly(BUSY_DAY)).toBeNull();
    expect(await textOnly(trend([0.5], [4]))).toBeNull();
  });

  it("still refuses a chart that cannot be drawn, as the Node renderer does", async () => {
    const bad = { ...BUSY_DAY, inbound: hours({}).slice(1) };
    await expect(textOnly(bad)).rejects.toBeInstanceOf(ChartError);
    await expect(renderChart(bad)).rejects.toBeInstanceOf(ChartError);
  });
});
