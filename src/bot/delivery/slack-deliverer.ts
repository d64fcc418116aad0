import type { WebClient } from "@slack/web-api";
import type { RenderChart } from "../../charts/render.ts";
import type { Directory } from "../../rules/directory.ts";
import { findCall } from "../../store/calls.ts";
import type { Db } from "../../store/db.ts";
import { handoverToPost } from "../../store/handovers.ts";
import { messageToPost } from "../../store/messages.ts";
import { findMissedCall } from "../../store/missed-calls.ts";
import {
  type Deliver,
  type Delivery,
  DeliveryError,
  noticeDetail,
  postOf,
} from "../../store/outbox.ts";
import type { Notification } from "../../store/records.ts";
import { onDutyOperator } from "../../store/roster.ts";
import { findSurvey } from "../../store/surveys.ts";
import { complaintBlocks } from "../blocks/complaint.ts";
import { handoverPost } from "../blocks/handover.ts";
import { messageBlocks } from "../blocks/message.ts";
import { missedCallBlocks } from "../blocks/missed-call.ts";
import { messageFromRow, missedCallFromRow, surveyFollowUpFromRow } from "../blocks/payloads.ts";
import { escalationBlocks, reminderBlocks } from "../blocks/reminders.ts";
import { type SlackPost, slackMessage } from "../blocks/slack-post.ts";
import { surveyFollowUpBlocks } from "../blocks/survey.ts";
import { shareFiles } from "../files.ts";
import { type Channels, channelFor } from "./channels.ts";
import { deliverDigest } from "./digests.ts";
import { deliverEmergency, EMERGENCY_KINDS } from "./emergencies.ts";
import { deliverLongDistance, LONG_DISTANCE_KINDS } from "./long-distance.ts";
import { asDeliveryError, postNotice } from "./post.ts";
import { fileUploadOf } from "./uploads.ts";
import { deliverWakeUp } from "./wake-ups.ts";

// The delivery contract (store/outbox.ts) for Slack: each notice posted where it belongs, its
// subject read as it is now.

/**
 * What to post for a notification: its subject read as it is now, so what happened since it
 * was queued (a transcription, a claim, a call back) is shown.
 */
export async function postFor(n: Notification, dir: Directory | null, db: Db): Promise<SlackPost> {
  switch (n.kind) {
    case "message":
    case "reminder":
    case "escalation": {
      const found = await messageToPost(db, n.subject);
      if (!found) throw new DeliveryError(`no message ${n.subject}`);
      const message = messageFromRow(found.message, found.from, found.missed);
      if (n.kind === "message") return messageBlocks(message, dir);
      // How long it had waited when it was reminded or escalated.
      const waited = Math.floor(
        (n.createdAt.getTime() - found.message.createdAt.getTime()) / 60_000,
      );
      return n.kind === "reminder"
        ? reminderBlocks(message, waited, dir)
        : escalationBlocks(message, waited, dir);
    }
    case "missed_call": {
      const found = await findMissedCall(db, { id: n.subject });
      if (!found) throw new DeliveryError(`no missed call ${n.subject}`);
      const onDuty = await onDutyOperator(db, dir, n.createdAt);
      return missedCallBlocks(
        {
          ...missedCallFromRow(found.missed, found.call?.from ?? "", found.message),
          onDuty: onDuty?.slackUserId ?? null,
        },
        dir,
      );
    }
    case "complaint": {
      const call = await findCall(db, n.subject);
      const { utterance } = noticeDetail<{ utterance: string }>(n);
      return complaintBlocks(
        {
          callSid: n.subject,
          from: call?.from ?? "",
          utterance: utterance ?? "",
          department: n.department ?? "",
          at: n.createdAt.toISOString(),
        },
        dir,
      );
    }
    case "handover": {
      const found = await handoverToPost(db, n.subject);
      if (!found) throw new DeliveryError(`no handover ${n.subject}`);
      return handoverPost(found.handover, dir?.organisation.timezone ?? "UTC", found.next);
    }
    case "survey_follow_up": {
      const found = await findSurvey(db, n.subject);
      if (!found?.survey.score) throw new DeliveryError(`no scored survey ${n.subject}`);
      return surveyFollowUpBlocks(surveyFollowUpFromRow(found.survey), dir);
    }
    default:
      throw new DeliveryError(`unknown notification kind ${n.kind}`);
  }
}

/** Posts notifications to Slack with the official Web API client. */
export function slackDeliverer(options: {
  client: WebClient;
  db: Db;
  directory: () => Promise<Directory | null>;
  channels: Channels;
  /** A message's recording as MP3, from Twilio; without a Twilio account, posts keep the link. */
  recordingAudio?: FetchRecording | null;
  /** Draws the weekly digest's charts; none on Workers, where the digest is text alone. */
  renderChart?: RenderChart | null;
  /** For files' bytes to Slack's upload URLs; the platform's fetch by default. */
  fetch?: typeof fetch;
}): Deliver {
  return async (n) => {
    const dir = await options.directory();
    if (LONG_DISTANCE_KINDS.has(n.kind)) {
      try {
        return await deliverLongDistance(n, dir, options);
      } catch (error) {
        throw asDeliveryError(error);
      }
    }
    if (EMERGENCY_KINDS.has(n.kind)) {
      try {
        return await deliverEmergency(n, dir, options);
      } catch (error) {
        throw asDeliveryError(error);
      }
    }
    if (n.kind === "wake_up") {
      try {
        return await deliverWakeUp(n, dir, options);
      } catch (error) {
        throw asDeliveryError(error);
      }
    }
    if (n.kind === "weekly_digest") return deliverDigest(n, dir, options);
    if (n.kind === "message_update") {
      const found = await messageToPost(options.db, n.subject);
      return updatePost(n, "message", found && `message:${found.message.callSid}`, dir, options);
    }
    if (n.kind === "missed_call_update") {
      const found = await findMissedCall(options.db, { id: n.subject });
      return updatePost(n, "missed_call", found && `missed:${found.missed.key}`, dir, options);
    }
    if (n.kind === "message_recording") return postMessageRecording(n, options);
    const channel = channelFor(n, dir, options.channels);
    if (!channel) {
      throw new DeliveryError(
        `no Slack channel for ${n.kind} (department ${n.department ?? "none"})`,
      );
    }
    const post = await postFor(n, dir, options.db);
    try {
      return await postNotice(options.client, n, { channel, ...slackMessage(post) });
    } catch (error) {
      throw asDeliveryError(error);
    }
  };
}

export type FetchRecording = (recordingSid: string) => Promise<Uint8Array>;

/** Tries after which a recording Twilio still does not have is given up (it was deleted). */
const RECORDING_GIVE_UP_ATTEMPTS = 6;

/**
 * Puts a message's recording in the thread of its post, so staff can play it in Slack: the
 * link on the post needs the Twilio account's password wherever media is protected. Until the
 * post has gone out there is nowhere to put it, so it waits for it.
 */
async function postMessageRecording(
  n: Notification,
  options: {
    client: WebClient;
    db: Db;
    recordingAudio?: FetchRecording | null;
    fetch?: typeof fetch;
  },
): Promise<Delivery> {
  const { sentAt: _, ...post } = await messagePost(options.db, n.subject);
  const recordingSid = (await messageToPost(options.db, n.subject))?.message.recordingSid;
  // Nothing to fetch it with: the post's link is all there is.
  if (!options.recordingAudio || !recordingSid) return post;
  let audio: Uint8Array;
  try {
    audio = await options.recordingAudio(recordingSid);
  } catch (error) {
    if (n.attempts + 1 >= RECORDING_GIVE_UP_ATTEMPTS) return post;
    throw new DeliveryError(`the recording could not be fetched: ${(error as Error).message}`);
  }
  try {
    await shareFiles(
      options.client,
      { channel: post.channel, threadTs: post.ts },
      async () => [{ bytes: audio, filename: "message.mp3", title: "留言录音 Message recording" }],
      fileUploadOf(n, options),
    );
  } catch (error) {
    // An app installed before it asked for files:write: the post keeps its link, and no retry
    // would do better until the app is reinstalled.
    if ((error as { data?: { error?: string } }).data?.error === "missing_scope") return post;
    throw asDeliveryError(error);
  }
  return post;
}

/**
 * Shows a message or missed call as it is now on its Slack post (a transcription arrived, a
 * message answered the missed call). Until the post itself has gone out there is nothing to
 * update, so it waits for it.
 */
async function updatePost(
  n: Notification,
  kind: "message" | "missed_call",
  postKey: string | null,
  dir: Directory | null,
  options: { client: WebClient; db: Db },
): Promise<Delivery> {
  const posted = postKey ? await postOf(options.db, postKey) : null;
  if (!posted) throw new DeliveryError(`the ${kind}'s own post has not gone out yet`);
  const { sentAt, ...post } = posted;
  // Posted after this change was made: the post already shows it.
  if (sentAt && sentAt > n.createdAt) return post;
  const shown = await postFor({ ...n, kind }, dir, options.db);
  try {
    await options.client.chat.update({ ...post, ...slackMessage(shown) });
  } catch (error) {
    throw asDeliveryError(error);
  }
  return post;
}

/**
 * Where a message's own post went, for what follows it there; until it has gone out there is
 * nowhere to put anything, so the caller waits and tries again.
 */
async function messagePost(db: Db, messageId: string): Promise<Delivery & { sentAt: Date | null }> {
  const found = await messageToPost(db, messageId);
  const post = found ? await postOf(db, `message:${found.message.callSid}`) : null;
  if (!post) throw new DeliveryError("the message's own post has not gone out yet");
  return post;
}
