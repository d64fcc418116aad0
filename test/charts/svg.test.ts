// The SVG every runtime shares: what it says, what it refuses, and that it is always the same.
import { describe, expect, it } from "vitest";
import {
  type CallsByHourChart,
  ChartError,
  type ServiceTrendChart,
} from "../../src/charts/chart.ts";
import { chartSvg } from "../../src/charts/render.ts";
import { countScale, shortCount } from "../../src/charts/svg.ts";
import { CHART_WORDS } from "../../src/charts/words.ts";

const flat = (n: number) => Array.from({ length: 24 }, () => n);

const DAY: CallsByHourChart = {
  kind: "calls-by-hour",
  period: "2026-11-25",
  inbound: flat(3),
  outbound: flat(1),
};

function days(count: number, first = "2026-11-01"): ServiceTrendChart {
  const start = Date.parse(`${first}T00:00:00Z`);
  return {
    kind: "service-trend",
    period: "2026-11",
    thresholdSeconds: 20,
    points: Array.from({ length: count }, (_, i) => ({
      key: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      serviceLevel: 0.8,
      satisfaction: 4.2,
    })),
  };
}

/** The text of every <text> element, in order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? "");
}

describe("calls by hour", () => {
  it("names itself and its period, and labels every third hour", () => {
    const labels = texts(chartSvg(DAY));
    expect(labels).toContain(CHART_WORDS.callsByHour);
    expect(labels).toContain("2026-11-25");
    expect(labels).toContain(CHART_WORDS.inbound);
    expect(labels).toContain(CHART_WORDS.outbound);
    for (const hour of ["0", "3", "6", "9", "12", "15", "18", "21"]) expect(labels).toContain(hour);
    expect(labels).not.toContain("23");
    expect(labels).not.toContain(CHART_WORDS.noCalls);
  });

  it("says there were no calls instead of drawing an empty scale silently", () => {
    expect(texts(chartSvg({ ...DAY, inbound: flat(0), outbound: flat(0) }))).toContain(
      CHART_WORDS.noCalls,
    );
  });

  it("writes the busiest hour's total, shortened when large", () => {
    const busy = { ...DAY, inbound: flat(100), outbound: [...flat(0).slice(1), 25_400] };
    expect(texts(chartSvg(busy))).toContain("25.5k");
  });

  it("refuses hours that are not 24 whole, non-negative counts", () => {
    for (const inbound of [
      flat(1).slice(1),
      [...flat(1).slice(1), -1],
      [...flat(1).slice(1), 0.5],
    ]) {
      expect(() => chartSvg({ ...DAY, inbound })).toThrow(ChartError);
    }
  });
});

describe("the service trend", () => {
  it("shortens day and week keys, and labels only as many points as fit", () => {
    const week = texts(chartSvg(days(7, "2026-11-23")));
    expect(week).toEqual(expect.arrayContaining(["11-23", "11-24", "11-29"]));
    const month = texts(chartSvg(days(30)));
    const shown = month.filter((label) => /^11-\d\d$/.test(label));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(30);
    expect(shown[0]).toBe("11-01");
    const weeks = texts(
      chartSvg({
        ...days(0),
        points: ["2026-W47", "2026-W48"].map((key) => ({
          key,
          serviceLevel: 0.9,
          satisfaction: 5,
        })),
      }),
    );
    expect(weeks).toEqual(expect.arrayContaining(["W47", "W48"]));
  });

  it("prints its threshold and the latest figures", () => {
    const chart = days(3);
    const labels = texts(
      chartSvg({
        ...chart,
        thresholdSeconds: 15,
        points: [
          ...chart.points.slice(0, 2),
          { key: "2026-11-03", serviceLevel: 0.874, satisfaction: 4.26 },
        ],
      }),
    );
    expect(labels).toContain(CHART_WORDS.serviceLevel(15));
    expect(labels).toContain("87%");
    expect(labels).toContain("4.3");
  });

  it("says where there are no figures", () => {
    const empty = texts(chartSvg(days(0)));
    expect(empty.filter((label) => label === CHART_WORDS.noData)).toHaveLength(2);
    const noScores = days(2);
    const labels = texts(
      chartSvg({
        ...noScores,
        points: noScores.points.map((point) => ({ ...point, satisfaction: null })),
      }),
    );
    expect(labels.filter((label) => label === CHART_WORDS.noData)).toHaveLength(1);
  });

  it("refuses figures outside their scales", () => {
    const [point] = days(1).points;
    if (!point) throw new Error("no point");
    for (const bad of [
      { ...point, serviceLevel: 1.2 },
      { ...point, serviceLevel: -0.1 },
      { ...point, satisfaction: 0.5 },
      { ...point, satisfaction: Number.NaN },
    ]) {
      expect(() => chartSvg({ ...days(0), points: [bad] })).toThrow(ChartError);
    }
    expect(() => chartSvg({ ...days(1), thresholdSeconds: 0 })).toThrow(ChartError);
  });
});

describe("labels from outside", () => {
  it("are drawn only in printable ASCII, which the bundled font holds", () => {
    expect(() => chartSvg({ ...DAY, period: "2026年11月" })).toThrow(/printable ASCII/);
    const [point] = days(1).points;
    if (!point) throw new Error("no point");
    expect(() => chartSvg({ ...days(0), points: [{ ...point, key: "十一月" }] })).toThrow(
      ChartError,
    );
  });

  it("are escaped, so a label can never break the SVG", () => {
    const svg = chartSvg({ ...DAY, period: `<b a="1">&` });
    expect(svg).toContain("&lt;b a=&quot;1&quot;&gt;&amp;");
    expect(svg).not.toContain("<b ");
  });
});

describe("the same figures", () => {
  it("give the same SVG, text for text", () => {
    expect(chartSvg(days(30))).toBe(chartSvg(days(30)));
    expect(chartSvg(DAY)).toBe(chartSvg({ ...DAY, inbound: [...DAY.inbound] }));
  });
});

describe("scales", () => {
  it("end on a round number above the largest count, in steps of 1, 2 or 5 × 10ⁿ", () => {
    expect(countScale(0)).toEqual({ top: 4, step: 1 });
    expect(countScale(3)).toEqual({ top: 3, step: 1 });
    expect(countScale(7)).toEqual({ top: 8, step: 2 });
    expect(countScale(50)).toEqual({ top: 50, step: 10 });
    expect(countScale(75)).toEqual({ top: 80, step: 20 });
    expect(countScale(123_456)).toEqual({ top: 150_000, step: 50_000 });
  });

  it("write large counts short", () => {
    expect(shortCount(9_999)).toBe("9999");
    expect(shortCount(12_500)).toBe("12.5k");
    expect(shortCount(999_960)).toBe("1M");
    expect(shortCount(3_000_000)).toBe("3M");
  });
});
