import type { WebClient } from "@slack/web-api";
import type { Directory } from "../../rules/directory.ts";
import type { Db } from "../../store/db.ts";
import { findRequest, LONG_DISTANCE_NOTICES, recordPost } from "../../store/long-distance.ts";
import { type Delivery, DeliveryError } from "../../store/outbox.ts";
import type { Notification } from "../../store/records.ts";
import { outcomeText, requestPost } from "../blocks/long-distance.ts";
import { slackMessage } from "../blocks/slack-post.ts";
import type { Channels } from "./channels.ts";
import { postNotice } from "./post.ts";

// Delivers the long-distance notices: the approvers' post, its updates, and the requester's news.
export const LONG_DISTANCE_KINDS: ReadonlySet<string> = new Set(
  Object.values(LONG_DISTANCE_NOTICES),
);

/**
 * Delivers a long-distance notice, showing the request as it is now: the request to the
 * approvers' channel (the supervisors' if none is set), an update onto that post, or the
 * outcome to the requester (in a DM; without a Slack user, in the post's thread).
 */
export async function deliverLongDistance(
  n: Notification,
  dir: Directory | null,
  options: { client: WebClient; db: Db; channels: Channels },
): Promise<Delivery> {
  const { client, db } = options;
  const request = await findRequest(db, n.subject);
  if (!request) throw new DeliveryError(`no long-distance request ${n.subject}`);
  const approvers = options.channels.approvers ?? options.channels.supervisors;
  switch (n.kind) {
    case LONG_DISTANCE_NOTICES.request: {
      if (!approvers) throw new DeliveryError("no Slack channel for long-distance approvals");
      const post = requestPost(request, dir);
      const posted = await postNotice(client, n, { channel: approvers, ...slackMessage(post) });
      await recordPost(db, request.id, posted.channel, posted.ts);
      return posted;
    }
    case LONG_DISTANCE_NOTICES.update: {
      if (!request.slackChannel || !request.slackTs) {
        throw new DeliveryError("the request has not been posted yet");
      }
      const post = requestPost(request, dir);
      await client.chat.update({
        channel: request.slackChannel,
        ts: request.slackTs,
        ...slackMessage(post),
      });
      return { channel: request.slackChannel, ts: request.slackTs };
    }
    default: {
      const requester =
        dir?.staff.find((s) => s.key === request.requesterKey)?.slackUserId ??
        request.requesterSlackId;
      const text = outcomeText(request, dir);
      return requester
        ? await postNotice(client, n, { channel: requester, text })
        : await postNotice(client, n, {
            channel: request.slackChannel ?? approvers ?? "",
            text: `${request.requesterName}（无 Slack，请电话告知 not on Slack: please tell them by phone）: ${text}`,
            ...(request.slackTs ? { thread_ts: request.slackTs } : {}),
          });
    }
  }
}
