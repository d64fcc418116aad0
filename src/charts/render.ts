import { callsByHourSvg } from "./calls-by-hour.ts";
import { CHART_SCALE, type Chart } from "./chart.ts";
import { serviceTrendSvg } from "./service-trend.ts";

/** A chart as SVG text: the part every runtime shares. */
export function chartSvg(chart: Chart): string {
  switch (chart.kind) {
    case "calls-by-hour":
      return callsByHourSvg(chart);
    case "service-trend":
      return serviceTrendSvg(chart);
  }
}

/**
 * Turns a chart's SVG into PNG bytes, `scale` times its size each way, drawing text only in
 * the bundled font. Each runtime brings its own (Node: resvg.ts); none means no pictures there.
 */
export type Rasterise = (svg: string, scale: number) => Promise<Uint8Array>;

/** A chart as a PNG, or null where this runtime draws none and the figures go as text alone. */
export type RenderChart = (chart: Chart) => Promise<Uint8Array | null>;

export function createChartRenderer(rasterise: Rasterise | null): RenderChart {
  return async (chart) => {
    // Built even without a rasteriser, so a chart that cannot be drawn fails the same everywhere.
    const svg = chartSvg(chart);
    return rasterise ? rasterise(svg, CHART_SCALE) : null;
  };
}
