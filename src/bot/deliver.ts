import { Buffer } from "node:buffer";
import { ErrorCode, type WebClient } from "@slack/web-api";
import type { Notification } from "../generated/prisma/client.ts";
import { type Deliver, type Delivery, DeliveryError } from "../jobs/outbox.ts";
import type { Directory } from "../rules/directory.ts";
import type { Db } from "../store/db.ts";
import { onDutyOperator } from "../store/roster.ts";
import {
  type EmergencyPayload,
  emergencyBlocks,
  type MessagePayload,
  type MissedCallPayload,
  messageBlocks,
  missedCallBlocks,
  type SlackPost,
  slackMessage,
} from "./blocks.ts";
import { handoverPostFor } from "./handover.ts";
import { deliverLongDistance, LONG_DISTANCE_KINDS } from "./long-distance.ts";
import { messageFromRow } from "./message-post.ts";
import { type EmergencyRepeatPayload, emergencyRepeatBlocks, noticePost } from "./notices.ts";

export interface Channels {
  emergency: string | undefined;
  supervisors: string | undefined;
  /** Long-distance requests; the supervisors' channel when unset. */
  approvers?: string | undefined;
}

/** Which channel a notification belongs in: its department's, else the supervisors'. */
export function channelFor(
  n: Pick<Notification, "kind" | "department">,
  dir: Directory | null,
  channels: Channels,
) {
  if (n.kind === "emergency") return channels.emergency ?? channels.supervisors;
  const dept = dir?.departments.find((d) => d.key === n.department);
  return dept?.slackChannel ?? channels.supervisors;
}

/**
 * What to post for a notification. A message is read as it is now, not as it was queued, so
 * a transcription that arrived in the meantime is shown.
 */
export async function postFor(n: Notification, dir: Directory | null, db: Db): Promise<SlackPost> {
  const payload = JSON.parse(n.payload);
  if (n.kind === "message") {
    const message = await db.message.findUnique({ where: { id: n.subject } });
    if (message) {
      return messageBlocks(
        { ...messageFromRow(message), from: (payload as MessagePayload).from },
        dir,
      );
    }
  }
  switch (n.kind) {
    case "message":
      return messageBlocks(payload as MessagePayload, dir);
    case "missed_call": {
      const onDuty = await onDutyOperator(db, dir, n.createdAt);
      return missedCallBlocks(
        { ...(payload as MissedCallPayload), onDuty: onDuty?.slackUserId ?? null },
        dir,
      );
    }
    case "emergency":
      return "repeat" in payload
        ? emergencyRepeatBlocks(payload as EmergencyRepeatPayload, dir)
        : emergencyBlocks(payload as EmergencyPayload, dir);
    case "handover":
      return handoverPostFor(db, n.subject, dir);
    case "complaint":
    case "reminder":
    case "escalation":
      return noticePost(n, dir, db);
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
    if (n.kind === "message_update") return updateMessagePost(n, dir, options);
    if (n.kind === "message_recording") return postMessageRecording(n, options);
    const channel = channelFor(n, dir, options.channels);
    if (!channel) {
      throw new DeliveryError(
        `no Slack channel for ${n.kind} (department ${n.department ?? "none"})`,
      );
    }
    const post = await postFor(n, dir, options.db);
    try {
      const res = await options.client.chat.postMessage({
        channel,
        ...slackMessage(post),
      });
      if (!res.ts) throw new DeliveryError("Slack answered without a message ts");
      return { channel: res.channel ?? channel, ts: res.ts };
    } catch (error) {
      throw asDeliveryError(error);
    }
  };
}

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const coded = error as {
    code?: string;
    retryAfter?: number;
    message?: string;
    data?: { error?: string };
  };
  if (coded.code === ErrorCode.RateLimitedError) {
    return new DeliveryError("Slack rate limit", (coded.retryAfter ?? 60) * 1000);
  }
  if (coded.code === ErrorCode.PlatformError)
    return new DeliveryError(`Slack refused: ${coded.data?.error ?? "error"}`);
  return new DeliveryError(`Slack unreachable: ${coded.message ?? String(error)}`);
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
  options: { client: WebClient; db: Db; recordingAudio?: FetchRecording | null },
): Promise<Delivery> {
  const { post } = await messagePost(options.db, n.subject);
  const { recordingSid } = JSON.parse(n.payload) as { recordingSid?: string };
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
    await options.client.filesUploadV2({
      channel_id: post.channel,
      thread_ts: post.ts,
      file: Buffer.from(audio),
      filename: "message.mp3",
      title: "留言录音 Message recording",
    });
  } catch (error) {
    // An app installed before it asked for files:write: the post keeps its link, and no retry
    // would do better until the app is reinstalled.
    if ((error as { data?: { error?: string } }).data?.error === "missing_scope") return post;
    throw asDeliveryError(error);
  }
  return post;
}

/**
 * Shows a message as it is now on its Slack post (a transcription or summary arrived after the
 * post). Until the post itself has gone out there is nothing to update, so it waits for it.
 */
async function updateMessagePost(
  n: Notification,
  dir: Directory | null,
  options: { client: WebClient; db: Db },
): Promise<Delivery> {
  const { original, post } = await messagePost(options.db, n.subject);
  const shown = await postFor(original, dir, options.db);
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
async function messagePost(
  db: Db,
  messageId: string,
): Promise<{ original: Notification; post: Delivery }> {
  const original = await db.notification.findFirst({
    where: { kind: "message", subject: messageId },
  });
  if (!original?.slackTs || !original.slackChannel) {
    throw new DeliveryError("the message's own post has not gone out yet");
  }
  return { original, post: { channel: original.slackChannel, ts: original.slackTs } };
}
