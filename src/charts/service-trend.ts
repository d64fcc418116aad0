import { CHART_SIZE, ChartError, type ServiceTrendChart, type ServiceTrendPoint } from "./chart.ts";
import {
  asciiLabel,
  COLOURS,
  LABEL_SIZE,
  line,
  MARGIN,
  num,
  svgDocument,
  TICK_SIZE,
  text,
  textWidth,
  titleLine,
} from "./svg.ts";
import { CHART_WORDS } from "./words.ts";

const LEFT = MARGIN.plot;
const RIGHT = MARGIN.right;
/** Two panels, one above the other on the same days: two scales never share an axis. */
const PANELS = {
  serviceLevel: { headingY: 86, top: 104, bottom: 222 },
  satisfaction: { headingY: 266, top: 284, bottom: CHART_SIZE.height - 48 },
} as const;
const MAX_POINTS = 400;
const DOT_RADIUS = 4.5;

interface Panel {
  heading: string;
  headingY: number;
  colour: string;
  top: number;
  bottom: number;
  /** The axis: its lowest and highest values, and where its lines go. */
  low: number;
  high: number;
  ticks: number[];
  tickLabel: (value: number) => string;
  /** How the latest figure is written beside its point. */
  valueLabel: (value: number) => string;
  values: (number | null)[];
}

function checked(chart: ServiceTrendChart): ServiceTrendPoint[] {
  if (!Number.isInteger(chart.thresholdSeconds) || chart.thresholdSeconds <= 0) {
    throw new ChartError("figures", "thresholdSeconds must be a whole number of seconds above 0");
  }
  if (chart.points.length > MAX_POINTS) {
    throw new ChartError("figures", `a trend has at most ${MAX_POINTS} points`);
  }
  for (const point of chart.points) {
    asciiLabel("a point's key", point.key, 16);
    const { serviceLevel: level, satisfaction: score } = point;
    if (level !== null && !(level >= 0 && level <= 1)) {
      throw new ChartError("figures", `${point.key}: serviceLevel must be from 0 to 1, or null`);
    }
    if (score !== null && !(score >= 1 && score <= 5)) {
      throw new ChartError("figures", `${point.key}: satisfaction must be from 1 to 5, or null`);
    }
  }
  return [...chart.points];
}

/** `2026-11-25` → `11-25` and `2026-W48` → `W48`: the year is in the title. */
function shortKey(key: string): string {
  return /^\d{4}-(\d{2}-\d{2}|W\d{2})$/.test(key) ? key.slice(5) : key;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The service level and the average score of each day, week or month, as two lines. */
export function serviceTrendSvg(chart: ServiceTrendChart): string {
  const period = asciiLabel("the period", chart.period, 24);
  const points = checked(chart);
  const band = (RIGHT - LEFT) / Math.max(points.length, 1);
  const x = (index: number) => LEFT + (index + 0.5) * band;
  const panels: Panel[] = [
    {
      heading: CHART_WORDS.serviceLevel(chart.thresholdSeconds),
      colour: COLOURS.first,
      ...PANELS.serviceLevel,
      low: 0,
      high: 1,
      ticks: [0, 0.25, 0.5, 0.75, 1],
      tickLabel: percent,
      valueLabel: percent,
      values: points.map((point) => point.serviceLevel),
    },
    {
      heading: CHART_WORDS.satisfaction,
      colour: COLOURS.second,
      ...PANELS.satisfaction,
      low: 1,
      high: 5,
      ticks: [1, 2, 3, 4, 5],
      tickLabel: String,
      valueLabel: (value) => value.toFixed(1),
      values: points.map((point) => point.satisfaction),
    },
  ];

  const body = titleLine(CHART_WORDS.serviceTrend, period);
  for (const panel of panels) body.push(...panelSvg(panel, x));

  // As many point labels as fit side by side, evenly spread from the first.
  const labels = points.map((point) => shortKey(point.key));
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, TICK_SIZE)));
  const every = Math.max(1, Math.ceil((widest + 12) / band));
  const axisY = PANELS.satisfaction.bottom;
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    body.push(line(x(i), axisY, x(i), axisY + 5, COLOURS.axis));
    body.push(text(x(i), axisY + 24, label, { size: TICK_SIZE, anchor: "middle" }));
  });
  return svgDocument(body);
}

function panelSvg(panel: Panel, x: (index: number) => number): string[] {
  const y = (value: number) =>
    panel.bottom - ((value - panel.low) / (panel.high - panel.low)) * (panel.bottom - panel.top);
  const parts = [
    text(MARGIN.left, panel.headingY, panel.heading, { size: LABEL_SIZE, fill: COLOURS.title }),
  ];
  for (const tick of panel.ticks) {
    parts.push(
      line(LEFT, y(tick), RIGHT, y(tick), tick === panel.low ? COLOURS.axis : COLOURS.grid),
    );
    parts.push(
      text(LEFT - 10, y(tick) + 5, panel.tickLabel(tick), { size: TICK_SIZE - 1, anchor: "end" }),
    );
  }
  const known = panel.values.flatMap((value, i) => (value === null ? [] : [{ i, value }]));
  const last = known[known.length - 1];
  if (!last) {
    parts.push(
      text((LEFT + RIGHT) / 2, (panel.top + panel.bottom) / 2 + 7, CHART_WORDS.noData, {
        size: 20,
        anchor: "middle",
        fill: COLOURS.quiet,
        halo: true,
      }),
    );
    return parts;
  }
  // A line joins neighbouring points only: a day without figures leaves a gap, not a guess.
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) {
      parts.push(
        `<polyline points="${run.join(" ")}" fill="none" stroke="${panel.colour}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>`,
      );
    }
    run = [];
  };
  for (const [i, value] of panel.values.entries()) {
    if (value === null) endRun();
    else run.push(`${num(x(i))},${num(y(value))}`);
  }
  endRun();
  for (const { i, value } of known) {
    parts.push(
      `<circle cx="${num(x(i))}" cy="${num(y(value))}" r="${DOT_RADIUS}" fill="${panel.colour}" stroke="${COLOURS.background}" stroke-width="1.5"/>`,
    );
  }
  // The latest figure, written above its point (below it when the point is at the top).
  const label = panel.valueLabel(last.value);
  const atRight = x(last.i) + textWidth(label, LABEL_SIZE) / 2 > RIGHT;
  const pointY = y(last.value);
  parts.push(
    text(atRight ? RIGHT : x(last.i), pointY < panel.top + 20 ? pointY + 24 : pointY - 10, label, {
      size: LABEL_SIZE,
      anchor: atRight ? "end" : "middle",
      fill: COLOURS.title,
      halo: true,
    }),
  );
  return parts;
}
