/**
 * Every word a chart prints. Charts carry only these, digits and ASCII labels (a period's
 * `2026-W48`), so the bundled font, a subset of Noto Sans CJK SC, holds every glyph they need;
 * names that change, such as a department's, go in the Slack text beside the picture.
 */
export const CHART_WORDS = {
  callsByHour: "每小时通话 Calls by hour",
  inbound: "呼入 Inbound",
  outbound: "呼出 Outbound",
  hourOfDay: "小时 Hour of day",
  noCalls: "没有通话 No calls",
  serviceTrend: "服务趋势 Service trend",
  serviceLevel: (seconds: number) =>
    `服务水平 Service level (${seconds} 秒内接听 answered within ${seconds} s)`,
  satisfaction: "满意度 Satisfaction (平均分 average score, 1–5)",
  noData: "没有数据 No data",
} as const;

/** Characters the bundled font must hold: printable ASCII, and those of the words above. */
export function chartCharacters(): string {
  const words = Object.values(CHART_WORDS)
    .map((word) => (typeof word === "function" ? word(0) : word))
    .join("");
  const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
  return [...new Set([...ascii, ...words])].sort().join("");
}

/** Labels from outside (periods, points) are drawn only in printable ASCII, which the font holds. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
