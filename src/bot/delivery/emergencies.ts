import type { WebClient } from "@slack/web-api";
import type { Directory } from "../../rules/directory.ts";
import type { Db } from "../../store/db.ts";
import { findEmergency } from "../../store/emergencies.ts";
import {
  type Delivery,
  DeliveryError,
  noticeDetail,
  noticesAbout,
  postOf,
} from "../../store/outbox.ts";
import type { EmergencyAlert, Notification } from "../../store/records.ts";
import { emergencyBlocks, emergencyRepeatBlocks } from "../blocks/emergency.ts";
import { emergencyFromRow } from "../blocks/payloads.ts";
import { type SlackPost, slackMessage } from "../blocks/slack-post.ts";
import { type Channels, channelFor } from "./channels.ts";
import { asDeliveryError, findPosted, postNotice } from "./post.ts";

// Delivers an emergency's notices: the alert, its repeats as replies in the alert's thread, and,
// once someone acknowledges it, the acknowledgement shown on every one of them.

export const EMERGENCY_KINDS: ReadonlySet<string> = new Set(["emergency", "emergency_update"]);

interface Options {
  client: WebClient;
  db: Db;
  channels: Channels;
}

export async function deliverEmergency(
  n: Notification,
  dir: Directory | null,
  options: Options,
): Promise<Delivery> {
  const alert = await findEmergency(options.db, { id: n.subject });
  if (!alert) throw new DeliveryError(`no emergency alert ${n.subject}`);
  const { repeat } = noticeDetail<{ repeat: number }>(n);
  if (n.kind === "emergency" && !repeat) {
    const channel = channelFor(n, dir, options.channels);
    if (!channel) throw new DeliveryError("no Slack channel for emergencies");
    return postNotice(options.client, n, { channel, ...slackMessage(alertPost(alert, 1, dir)) });
  }
  // Repeats and updates go where the first alert went; until it has gone out, they wait.
  const first = await postOf(options.db, `emergency:${alert.callSid}`);
  if (!first) throw new DeliveryError("the emergency's first alert has not been posted yet");
  const thread = { channel: first.channel, ts: first.ts };
  return n.kind === "emergency"
    ? postRepeat(n, alert, repeat ?? 2, thread, dir, options)
    : showAcknowledged(alert, thread, dir, options);
}

/** The alert's post number `post` (1 is the first alert) as it is now. */
function alertPost(alert: EmergencyAlert, post: number, dir: Directory | null): SlackPost {
  const shown = emergencyFromRow(alert);
  return post > 1
    ? emergencyRepeatBlocks({ ...shown, repeat: post }, dir)
    : emergencyBlocks(shown, dir);
}

/**
 * A repeat, as a reply under the first alert, also sent to the channel so its @channel reaches
 * everyone. None once the alert is acknowledged: a try that may have gone out is shown
 * acknowledged, and the notice is done with the first alert's post.
 */
async function postRepeat(
  n: Notification,
  alert: EmergencyAlert,
  post: number,
  thread: Delivery,
  dir: Directory | null,
  options: Options,
): Promise<Delivery> {
  const { client, db } = options;
  const reply = { channel: thread.channel, thread_ts: thread.ts };
  if (alert.acknowledgedAt) {
    const sent = n.attemptedAt ? await findPosted(client, reply, n.id, n.attemptedAt) : null;
    if (!sent) return thread;
    await update(client, sent, alertPost(alert, post, dir));
    return sent;
  }
  const sent = await postNotice(client, n, {
    ...reply,
    reply_broadcast: true,
    ...slackMessage(alertPost(alert, post, dir)),
  });
  // Acknowledged while it was being posted: the acknowledgement's update may not have seen it.
  const now = await findEmergency(db, { id: alert.id });
  if (now?.acknowledgedAt) await update(client, sent, alertPost(now, post, dir));
  return sent;
}

/**
 * Shows the acknowledgement on the first alert and on every repeat, so no button is left
 * live. Waits while a repeat is being posted, so that one is not missed.
 */
async function showAcknowledged(
  alert: EmergencyAlert,
  thread: Delivery,
  dir: Directory | null,
  options: Options,
): Promise<Delivery> {
  const posts = await noticesAbout(options.db, "emergency", alert.id);
  if (posts.some((p) => p.status === "sending")) {
    throw new DeliveryError("a repeat of the alert is being posted");
  }
  const shown = new Set<string>();
  for (const p of posts) {
    if (!p.slackChannel || !p.slackTs || shown.has(p.slackTs)) continue;
    shown.add(p.slackTs);
    const post = noticeDetail<{ repeat: number }>(p).repeat ?? 1;
    await update(
      options.client,
      { channel: p.slackChannel, ts: p.slackTs },
      alertPost(alert, p.slackTs === thread.ts ? 1 : post, dir),
    );
  }
  return thread;
}

/** Shows a post as it is now; one deleted meanwhile is left alone. */
async function update(client: WebClient, post: Delivery, shown: SlackPost): Promise<void> {
  try {
    await client.chat.update({ ...post, ...slackMessage(shown) });
  } catch (error) {
    if ((error as { data?: { error?: string } }).data?.error === "message_not_found") return;
    throw asDeliveryError(error);
  }
}
