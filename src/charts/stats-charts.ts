import type { Stats } from "../stats/compute.ts";
import type { Chart, ChartSubject } from "./chart.ts";
import { CHART_WORDS } from "./words.ts";

/**
 * The pictures beside a period's figures: calls by hour in and out, and for a week or longer the
 * service level and satisfaction day by day (month by month for a quarter or a year). With a
 * `subject`, `stats` must hold that department's hours and points (computeStats' `department`).
 */
export function statsCharts(stats: Stats, label: string, subject?: ChartSubject): Chart[] {
  const about = subject ? { subject } : {};
  const charts: Chart[] = [
    {
      kind: "calls-by-hour",
      ...about,
      period: label,
      inbound: stats.hourly,
      outbound: stats.hourlyOutbound,
    },
  ];
  const points = stats.byDay ?? stats.byMonth;
  if (points && points.length > 0) {
    charts.push({
      kind: "service-trend",
      ...about,
      period: label,
      thresholdSeconds: stats.serviceLevel.thresholdSeconds,
      points: points.map((p) => ({
        key: p.key,
        serviceLevel: p.serviceLevel.rate,
        satisfaction: p.satisfaction.average,
      })),
    });
  }
  return charts;
}

/** What a chart is called in Slack, in both languages, with whose figures it draws. */
export function chartTitle(chart: Chart): string {
  const name = chart.kind === "calls-by-hour" ? CHART_WORDS.callsByHour : CHART_WORDS.serviceTrend;
  const whose = chart.subject ? ` · ${chart.subject.name.zh} ${chart.subject.name.en}` : "";
  return `${name} · ${chart.period}${whose}`;
}

/** A chart's file name in Slack: `calls-by-hour-2026-W48-finance.png`. */
export function chartFilename(chart: Chart): string {
  return `${chart.kind}-${chart.period}${chart.subject ? `-${chart.subject.key}` : ""}.png`;
}
