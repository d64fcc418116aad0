/** The pictures supervisors get beside the figures: what each one shows, as plain data. */

import type { LocalizedText } from "../rules/directory.ts";

/**
 * Whose figures a chart draws: a department's; none for the whole organisation. Named in the
 * file's title and name in Slack, not in the picture, whose font holds only its fixed words.
 */
export interface ChartSubject {
  key: string;
  name: LocalizedText;
}

/** Calls by local hour of day over a period, inbound and outbound stacked. */
export interface CallsByHourChart {
  kind: "calls-by-hour";
  subject?: ChartSubject;
  /** The period's canonical label (`2026-11-25`, `2026-W48`, `2026-11`, `2026-Q4`, `2026`). */
  period: string;
  /** Inbound calls that started in each local hour, 0–23. */
  inbound: readonly number[];
  /** Outbound calls placed in each local hour, 0–23. */
  outbound: readonly number[];
}

/** One day, week or month of a trend. */
export interface ServiceTrendPoint {
  /** Its canonical label: `2026-11-25`, `2026-W48`, `2026-11` or `2026-Q4`. */
  key: string;
  /** Share of transferred calls answered within the threshold, 0–1; null with no transfers. */
  serviceLevel: number | null;
  /** Average survey score, 1–5; null with no responses. */
  satisfaction: number | null;
}

/** The service level and satisfaction of a period, point by point, as two lines. */
export interface ServiceTrendChart {
  kind: "service-trend";
  subject?: ChartSubject;
  period: string;
  /** The service level's threshold, printed in its heading ("within 20 s"). */
  thresholdSeconds: number;
  /** In time order. */
  points: readonly ServiceTrendPoint[];
}

export type Chart = CallsByHourChart | ServiceTrendChart;

/** A chart's drawing size in CSS pixels; the PNG has `CHART_SCALE` times as many each way. */
export const CHART_SIZE = { width: 800, height: 450 } as const;

/** Rendered at twice the drawing size, so the picture stays sharp when opened full size in Slack. */
export const CHART_SCALE = 2;

export type ChartErrorCode = "label" | "figures";

/** A chart asked for with something it cannot draw, e.g. a label outside the bundled font. */
export class ChartError extends Error {
  constructor(
    readonly code: ChartErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ChartError";
  }
}
