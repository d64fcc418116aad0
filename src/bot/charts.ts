import type { WebClient } from "@slack/web-api";
import type { Chart } from "../charts/chart.ts";
import type { RenderChart } from "../charts/render.ts";
import { chartFilename, chartTitle } from "../charts/stats-charts.ts";
import { type FileToShare, type ShareFilesOptions, type ShareTarget, shareFiles } from "./files.ts";

// Charts beside figures in Slack: drawn as PNG where the runtime has a renderer (Node), then
// shared in one completion so they appear together, at most once (files.ts). Where none is
// (Workers) the figures' text is all there is.

/**
 * Draws `charts` and shares them at `where`; false when this runtime draws none. Slack's
 * refusals (an app not in the channel) are thrown for the caller to tell or retry.
 */
export async function uploadCharts(
  client: WebClient,
  render: RenderChart | null | undefined,
  charts: readonly Chart[],
  where: ShareTarget,
  options: ShareFilesOptions = {},
): Promise<boolean> {
  if (!render || charts.length === 0) return false;
  return shareFiles(
    client,
    where,
    async () => {
      const files: FileToShare[] = [];
      for (const chart of charts) {
        const png = await render(chart);
        if (!png) return null;
        files.push({
          bytes: png,
          filename: chartFilename(chart),
          title: chartTitle(chart),
        });
      }
      return files;
    },
    options,
  );
}
