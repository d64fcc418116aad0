import { type CallsByHourChart, CHART_SIZE, ChartError } from "./chart.ts";
import {
  asciiLabel,
  COLOURS,
  countScale,
  LABEL_SIZE,
  line,
  MARGIN,
  rect,
  shortCount,
  svgDocument,
  TICK_SIZE,
  text,
  textWidth,
  titleLine,
} from "./svg.ts";
import { CHART_WORDS } from "./words.ts";

const HOURS = 24;
const PLOT = { left: MARGIN.plot, right: MARGIN.right, top: 108, bottom: CHART_SIZE.height - 70 };
// Every third hour is labelled: all 24 would crowd at Slack's preview size.
const LABELLED_EVERY = 3;
const BAR_SHARE = 0.72;

function hourCounts(what: string, counts: readonly number[]): number[] {
  if (counts.length !== HOURS || counts.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new ChartError("figures", `${what} must be 24 whole numbers of calls, one per hour`);
  }
  return [...counts];
}

/** Calls by hour of day: a bar per hour, inbound at the bottom and outbound stacked on it. */
export function callsByHourSvg(chart: CallsByHourChart): string {
  const period = asciiLabel("the period", chart.period, 24);
  const inbound = hourCounts("inbound", chart.inbound);
  const outbound = hourCounts("outbound", chart.outbound);
  const totals = inbound.map((calls, hour) => calls + (outbound[hour] ?? 0));
  const busiest = Math.max(...totals);
  const { top, step } = countScale(busiest);
  const band = (PLOT.right - PLOT.left) / HOURS;
  const y = (count: number) => PLOT.bottom - (count / top) * (PLOT.bottom - PLOT.top);
  const middle = (PLOT.left + PLOT.right) / 2;

  const body = [
    ...titleLine(CHART_WORDS.callsByHour, period),
    ...legend([
      [CHART_WORDS.inbound, COLOURS.first],
      [CHART_WORDS.outbound, COLOURS.second],
    ]),
  ];
  for (let tick = 0; tick <= top; tick += step) {
    if (tick > 0) body.push(line(PLOT.left, y(tick), PLOT.right, y(tick), COLOURS.grid));
    body.push(
      text(PLOT.left - 10, y(tick) + 5, shortCount(tick), { size: TICK_SIZE, anchor: "end" }),
    );
  }
  const barWidth = band * BAR_SHARE;
  inbound.forEach((calls, hour) => {
    const x = PLOT.left + hour * band + (band - barWidth) / 2;
    const total = totals[hour] ?? calls;
    if (calls > 0) body.push(rect(x, y(calls), barWidth, y(0) - y(calls), COLOURS.first));
    if (total > calls) body.push(rect(x, y(total), barWidth, y(calls) - y(total), COLOURS.second));
  });
  body.push(line(PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom, COLOURS.axis));
  for (let hour = 0; hour < HOURS; hour += LABELLED_EVERY) {
    const x = PLOT.left + (hour + 0.5) * band;
    body.push(line(x, PLOT.bottom, x, PLOT.bottom + 5, COLOURS.axis));
    body.push(text(x, PLOT.bottom + 24, String(hour), { size: TICK_SIZE, anchor: "middle" }));
  }
  body.push(
    text(middle, PLOT.bottom + 54, CHART_WORDS.hourOfDay, {
      size: TICK_SIZE,
      anchor: "middle",
      fill: COLOURS.quiet,
    }),
  );
  if (busiest === 0) {
    body.push(
      text(middle, (PLOT.top + PLOT.bottom) / 2, CHART_WORDS.noCalls, {
        size: 22,
        anchor: "middle",
        fill: COLOURS.quiet,
        halo: true,
      }),
    );
  } else {
    // The busiest hour's total, so the figure that matters most needs no reading off the scale.
    const peak = totals.indexOf(busiest);
    body.push(
      text(PLOT.left + (peak + 0.5) * band, y(busiest) - 6, shortCount(busiest), {
        size: TICK_SIZE,
        anchor: "middle",
        fill: COLOURS.title,
        halo: true,
      }),
    );
  }
  return svgDocument(body);
}

/** Coloured squares with their names, in a row under the title. */
function legend(entries: [name: string, colour: string][]): string[] {
  const parts: string[] = [];
  let x = MARGIN.left;
  for (const [name, colour] of entries) {
    parts.push(rect(x, 66, 14, 14, colour));
    parts.push(text(x + 20, 79, name, { size: LABEL_SIZE }));
    x += 20 + textWidth(name, LABEL_SIZE) + 28;
  }
  return parts;
}
