import { ErrorCode, type WebClient } from "@slack/web-api";
import type { ChartSubject } from "../../charts/chart.ts";
import type { RenderChart } from "../../charts/render.ts";
import { statsCharts } from "../../charts/stats-charts.ts";
import type { Directory } from "../../rules/directory.ts";
import { localParts } from "../../rules/hours.ts";
import { computeStats, type Stats } from "../../stats/compute.ts";
import { parsePeriod } from "../../stats/period.ts";
import type { Db } from "../../store/db.ts";
import { openFollowUps } from "../../store/digests.ts";
import { type Delivery, DeliveryError } from "../../store/outbox.ts";
import type { Notification } from "../../store/records.ts";
import { DIGEST_OPEN_SHOWN, digestBlocks, digestFigures } from "../blocks/digest.ts";
import { slackMessage } from "../blocks/slack-post.ts";
import { uploadCharts } from "../charts.ts";
import { type Channels, channelFor } from "./channels.ts";
import { asDeliveryError, postNotice } from "./post.ts";
import { fileUploadOf } from "./uploads.ts";

/**
 * Posts a week's digest (the notice's subject, `2026-W48`) for its department, or for the whole
 * organisation (no department), with its charts in the post's thread: the department's drawn
 * from its own calls, none for a department without a call that week. The figures are counted
 * when it is posted: the week is over, so they are final but for late corrections.
 */
export async function deliverDigest(
  n: Notification,
  dir: Directory | null,
  options: {
    client: WebClient;
    db: Db;
    channels: Channels;
    renderChart?: RenderChart | null;
    fetch?: typeof fetch;
  },
): Promise<Delivery> {
  if (!dir) throw new DeliveryError("no directory to count the digest with");
  const { timezone, serviceLevelSeconds } = dir.organisation;
  const week = parsePeriod(n.subject, n.createdAt, timezone);
  const before = week && parsePeriod("week", new Date(week.from.getTime() - 1), timezone);
  if (week?.unit !== "week" || !before) {
    throw new DeliveryError(`${n.subject} is not a week`);
  }
  const department = n.department === null ? undefined : n.department;
  const [stats, previous, open] = await Promise.all([
    computeStats(options.db, week, dir, department === undefined ? {} : { department }),
    computeStats(options.db, before, dir),
    openFollowUps(options.db, n.department, DIGEST_OPEN_SHOWN),
  ]);
  const thisWeek = digestFigures(stats, n.department);
  const lastWeek = digestFigures(previous, n.department);
  if (!thisWeek || !lastWeek) throw new DeliveryError(`no department ${n.department}`);
  const channel = channelFor(n, dir, options.channels);
  if (!channel) throw new DeliveryError("no Slack channel for the weekly digest");
  const listed = dir.departments.find((d) => d.key === n.department);
  const post = digestBlocks(
    {
      week: {
        label: week.label,
        first: localParts(week.from, timezone).date,
        last: localParts(new Date(week.to.getTime() - 1), timezone).date,
      },
      before: { label: before.label },
      name: listed?.name ?? null,
      thisWeek,
      lastWeek,
      open,
      thresholdSeconds: serviceLevelSeconds,
    },
    dir,
  );
  let delivery: Delivery;
  try {
    delivery = await postNotice(options.client, n, { channel, ...slackMessage(post) });
  } catch (error) {
    throw asDeliveryError(error);
  }
  // A week without a call in or out has nothing to draw: the text's zeros say it all.
  if (thisWeek.calls + thisWeek.outboundCalls === 0) return delivery;
  try {
    await uploadCharts(
      options.client,
      options.renderChart,
      statsCharts(stats, week.label, subjectOf(stats, department)),
      { channel, threadTs: delivery.ts },
      fileUploadOf(n, options),
    );
  } catch (error) {
    // Slack refused the files (an app without files:write): the digest stands as text.
    if ((error as { code?: string }).code === ErrorCode.PlatformError) return delivery;
    throw asDeliveryError(error);
  }
  return delivery;
}

/** A department's digest's charts are its own: named as its row in the statistics names it. */
function subjectOf(stats: Stats, department: string | undefined): ChartSubject | undefined {
  const row = stats.departments.find((d) => d.key !== null && d.key === department);
  return row?.key ? { key: row.key, name: row.name } : undefined;
}
