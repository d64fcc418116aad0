import type { Stats } from "../stats/compute.ts";
import type { Chart } from "./chart.ts";
import { CHART_WORDS } from "./words.ts";

/**
 * The pictures beside a period's figures: calls by hour in and out, and for a week or longer the
 * service level and satisfaction day by day (month by month for a quarter or a year).
 */
export function statsCharts(stats: Stats, label: string): Chart[] {
  const charts: Chart[] = [
    {
      kind: "calls-by-hour",
      period: label,
      inbound: stats.hourly,
      outbound: stats.hourlyOutbound,
    },
  ];
  const points = stats.byDay ?? stats.byMonth;
  if (points && points.length > 0) {
    charts.push({
      kind: "service-trend",
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

/** What a chart is called in Slack, in both languages. */
export function chartTitle(chart: Chart): string {
  const name = chart.kind === "calls-by-hour" ? CHART_WORDS.callsByHour : CHART_WORDS.serviceTrend;
  return `${name} · ${chart.period}`;
}
