import { ErrorCode, type WebClient } from "@slack/web-api";
import { type Delivery, DeliveryError } from "../../store/outbox.ts";
import type { Notification } from "../../store/records.ts";

// Posting a notice exactly once: each post carries the notice's id in its metadata, so a post
// whose outcome was never recorded is found in the channel and adopted, not posted again.

/** What went wrong talking to Slack, as the outbox reads it. */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const coded = error as {
    code?: string;
    retryAfter?: number;
    message?: string;
    data?: { error?: string };
  };
  if (coded.code === ErrorCode.RateLimitedError) {
    return new DeliveryError("Slack rate limit", {
      retryAfterMs: (coded.retryAfter ?? 60) * 1000,
    });
  }
  if (coded.code === ErrorCode.PlatformError)
    return new DeliveryError(`Slack refused: ${coded.data?.error ?? "error"}`);
  // No answer, or a server error: Slack may have taken the post all the same.
  return new DeliveryError(`Slack unreachable: ${coded.message ?? String(error)}`, {
    outcomeUnknown: true,
  });
}

/** The event type of the metadata each post carries: the notice it delivers. */
export const NOTICE_EVENT = "switchboard_notice";

/** History pages read when looking for a post that may have gone out. */
const HISTORY_PAGES = 5;

/**
 * Posts a notice once: with its id in the message's metadata, and, when an earlier attempt may
 * have gone out unrecorded (`attemptedAt`), only after looking for that post in the channel's
 * history since then, whose `ts` is adopted if it is there.
 */
export async function postNotice(
  client: WebClient,
  n: Pick<Notification, "id" | "attemptedAt">,
  message: {
    channel: string;
    text: string;
    blocks?: object[];
    thread_ts?: string;
    reply_broadcast?: boolean;
  },
): Promise<Delivery> {
  if (n.attemptedAt) {
    const found = await findPosted(client, message, n.id, n.attemptedAt);
    if (found) return found;
  }
  const res = await client.chat.postMessage({
    ...message,
    metadata: { event_type: NOTICE_EVENT, event_payload: { notice: n.id } },
  } as Parameters<WebClient["chat"]["postMessage"]>[0]);
  if (!res.ts) throw new DeliveryError("Slack answered without a message ts");
  return { channel: res.channel ?? message.channel, ts: res.ts };
}

/** The post of notice `noticeId` in the channel (or thread) since `since`, if it went out. */
export async function findPosted(
  client: WebClient,
  where: { channel: string; thread_ts?: string },
  noticeId: string,
  since: Date,
): Promise<Delivery | null> {
  const { channel, thread_ts } = where;
  // A minute's leeway for the clocks of Slack and of the run that tried.
  const oldest = String(Math.floor(since.getTime() / 1000) - 60);
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    let res: Awaited<ReturnType<WebClient["conversations"]["history"]>>;
    const query = {
      channel,
      oldest,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    };
    try {
      // A reply in a thread is not in the channel's history, only in the thread's.
      res = thread_ts
        ? await client.conversations.replies({ ...query, ts: thread_ts })
        : await client.conversations.history(query);
    } catch (error) {
      const refused = (error as { code?: string }).code === ErrorCode.PlatformError;
      // History we may not read (an app installed before it asked for it, a DM): post.
      if (refused) return null;
      throw asDeliveryError(error);
    }
    for (const m of res.messages ?? []) {
      const meta = (
        m as { metadata?: { event_type?: string; event_payload?: { notice?: unknown } } }
      ).metadata;
      if (m.ts && meta?.event_type === NOTICE_EVENT && meta.event_payload?.notice === noticeId) {
        return { channel, ts: m.ts };
      }
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!res.has_more || !cursor) return null;
  }
  return null;
}
