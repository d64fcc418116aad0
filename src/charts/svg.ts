import { CHART_SIZE, ChartError } from "./chart.ts";
import { isPrintableAscii } from "./words.ts";

/** SVG pieces shared by the charts. Pure and deterministic: the same figures give the same bytes. */

/** The family name of the bundled font; the rasterisers load that font and no other. */
export const CHART_FONT_FAMILY = "Noto Sans CJK SC";

export const COLOURS = {
  background: "#ffffff",
  title: "#1a202c",
  text: "#4a5568",
  quiet: "#718096",
  grid: "#e2e8f0",
  axis: "#a0aec0",
  // Blue and orange stay apart for the common kinds of colour blindness.
  first: "#2b6cb0",
  second: "#dd6b20",
} as const;

export const TITLE_SIZE = 26;
/** Where text starts on the left and ends on the right; plots begin further in, after their scale. */
export const MARGIN = { left: 32, right: CHART_SIZE.width - 32, plot: 72 } as const;
export const LABEL_SIZE = 17;
export const TICK_SIZE = 16;

/** Numbers as SVG writes them: at most one decimal, never `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

export interface TextStyle {
  size: number;
  fill?: string;
  anchor?: "start" | "middle" | "end";
  /** A white outline, so a figure written over a line stays legible. */
  halo?: boolean;
}

export function text(x: number, y: number, content: string, style: TextStyle): string {
  const anchor = style.anchor && style.anchor !== "start" ? ` text-anchor="${style.anchor}"` : "";
  const halo = style.halo
    ? ` stroke="${COLOURS.background}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"`
    : "";
  return `<text x="${num(x)}" y="${num(y)}" font-size="${style.size}" fill="${style.fill ?? COLOURS.text}"${anchor}${halo}>${escapeXml(content)}</text>`;
}

/** The chart's name on the left and its period on the right, on the first line. */
export function titleLine(title: string, period: string): string[] {
  return [
    text(MARGIN.left, 44, title, { size: TITLE_SIZE, fill: COLOURS.title }),
    text(MARGIN.right, 44, period, { size: TITLE_SIZE, fill: COLOURS.quiet, anchor: "end" }),
  ];
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="1"/>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${fill}"/>`;
}

/** The whole picture: a white canvas in the bundled font around `body`. */
export function svgDocument(body: string[]): string {
  const { width, height } = CHART_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    rect(0, 0, width, height, COLOURS.background),
    ...body,
    "</svg>",
  ].join("\n");
}

/**
 * About how wide `content` is at `size`, enough to keep labels apart: the font's digits and
 * Latin letters are a little over half an em, its Chinese characters a whole one.
 */
export function textWidth(content: string, size: number): number {
  let ems = 0;
  for (const char of content) ems += isPrintableAscii(char) ? 0.56 : 1;
  return ems * size;
}

/** A label from outside the chart's own words, checked against what the font can draw. */
export function asciiLabel(what: string, value: string, maxLength: number): string {
  if (!isPrintableAscii(value) || value.length > maxLength) {
    throw new ChartError(
      "label",
      `${what} ${JSON.stringify(value)} must be printable ASCII of at most ${maxLength} characters`,
    );
  }
  return value;
}

/** An axis from 0 up that ends on a round number: steps of 1, 2 or 5 times a power of ten. */
export function countScale(largest: number, ticks = 5): { top: number; step: number } {
  if (largest <= 0) return { top: ticks - 1, step: 1 };
  const rough = largest / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  const factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
  // Counts are whole, so a step is too.
  const step = Math.max(1, factor * magnitude);
  return { top: Math.ceil(largest / step) * step, step };
}

/** 1234 → "1234", 12500 → "12.5k", 3000000 → "3M": short enough for an axis. */
export function shortCount(value: number): string {
  if (value < 10_000) return String(value);
  // Below 999,950 so that rounding never writes "1000k".
  if (value < 999_950) return `${num(value / 1000)}k`;
  return `${num(value / 1_000_000)}M`;
}
