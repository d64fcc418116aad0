import type { Notification } from "../generated/prisma/client.ts";
import type { Job, JobContext } from "./runner.ts";

/** Where a notification ended up. */
export interface Delivery {
  channel: string;
  ts: string;
}

/** Sends one notification; throws DeliveryError to have it tried again later. */
export type Deliver = (notification: Notification) => Promise<Delivery>;

export class DeliveryError extends Error {
  readonly code = "DELIVERY_FAILED";
  constructor(
    message: string,
    /** How long the other side asked us to wait (HTTP 429 Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

const CLAIM_MS = 2 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const FIRST_BACKOFF_MS = 15_000;

/** 15 s, 30 s, 1 min … capped at an hour: a long outage is retried, never given up. */
export function backoffMs(attempts: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export interface DrainResult {
  [key: string]: unknown;
  delivered: number;
  retried: number;
  claimedElsewhere: number;
}

/**
 * Delivers what is due in the outbox. Each notification is claimed with a conditional update
 * first, so two overlapping drains never send the same one; a claim left by a crashed run
 * expires and the notification is taken up again. Emergencies go first.
 */
export async function drainOutbox(
  ctx: JobContext,
  deliver: Deliver,
  batch = 25,
): Promise<DrainResult> {
  const { db, now, holder } = ctx;
  const claimable = {
    OR: [
      { status: "pending", nextAttemptAt: { lte: now } },
      { status: "sending", claimedUntil: { lt: now } },
    ],
  };
  const due = await db.notification.findMany({
    where: claimable,
    orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }],
    take: batch,
  });
  due.sort((a, b) => Number(b.kind === "emergency") - Number(a.kind === "emergency"));
  const result: DrainResult = { delivered: 0, retried: 0, claimedElsewhere: 0 };
  for (const notification of due) {
    const { count } = await db.notification.updateMany({
      where: { id: notification.id, ...claimable },
      data: {
        status: "sending",
        claimedBy: holder,
        claimedUntil: new Date(now.getTime() + CLAIM_MS),
      },
    });
    if (count === 0) {
      result.claimedElsewhere += 1;
      continue;
    }
    const mine = { id: notification.id, claimedBy: holder };
    try {
      // Posted before but its result was never stored: never post it twice.
      const delivery =
        notification.slackTs && notification.slackChannel
          ? { channel: notification.slackChannel, ts: notification.slackTs }
          : await deliver(notification);
      await db.notification.updateMany({
        where: mine,
        data: {
          status: "sent",
          sentAt: now,
          slackChannel: delivery.channel,
          slackTs: delivery.ts,
          claimedBy: null,
          claimedUntil: null,
          attempts: notification.attempts + 1,
          lastError: null,
        },
      });
      result.delivered += 1;
    } catch (error) {
      const attempts = notification.attempts + 1;
      const retryAfter = error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0;
      await db.notification.updateMany({
        where: mine,
        data: {
          status: "pending",
          attempts,
          nextAttemptAt: new Date(now.getTime() + Math.max(retryAfter, backoffMs(attempts))),
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          claimedBy: null,
          claimedUntil: null,
        },
      });
      result.retried += 1;
      ctx.log.warn("notification not delivered", {
        id: notification.id,
        kind: notification.kind,
        attempts,
        error,
      });
      // Rate limited: the whole workspace waits, not just this one message.
      if (retryAfter > 0) break;
    }
  }
  return result;
}

/** The outbox job; without a deliverer (no Slack configured) notifications wait where they are. */
export function outboxJob(deliver: Deliver | null): Job {
  return {
    name: "outbox",
    everyMs: 0,
    leaseMs: CLAIM_MS,
    async run(ctx) {
      if (!deliver) return { delivered: 0, skipped: "no deliverer configured" };
      return drainOutbox(ctx, deliver);
    },
  };
}
