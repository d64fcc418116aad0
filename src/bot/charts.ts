import { Buffer } from "node:buffer";
import type { WebClient } from "@slack/web-api";
import type { Chart } from "../charts/chart.ts";
import type { RenderChart } from "../charts/render.ts";
import { chartTitle } from "../charts/stats-charts.ts";

// Charts beside figures in Slack: drawn as PNG where the runtime has a renderer (Node), then
// uploaded in one files.uploadV2 call (files.getUploadURLExternal, the bytes to its upload URL,
// files.completeUploadExternal), so they appear together. Where none is (Workers) the figures'
// text is all there is.

/**
 * Draws `charts` and uploads them to `where`; false when this runtime draws none. Slack's
 * refusals (an app not in the channel) are thrown for the caller to tell or retry.
 */
export async function uploadCharts(
  client: WebClient,
  render: RenderChart | null | undefined,
  charts: readonly Chart[],
  where: { channel: string; threadTs?: string },
): Promise<boolean> {
  if (!render || charts.length === 0) return false;
  const files: { file: Buffer; filename: string; title: string }[] = [];
  for (const chart of charts) {
    const png = await render(chart);
    if (!png) return false;
    files.push({
      file: Buffer.from(png),
      filename: `${chart.kind}-${chart.period}.png`,
      title: chartTitle(chart),
    });
  }
  await client.filesUploadV2({
    channel_id: where.channel,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    file_uploads: files,
  });
  return true;
}
