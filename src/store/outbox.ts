import type { Logger } from "../log.ts";
import { commit, type Db, newId, prismaOf } from "./db.ts";
import type { Notification } from "./records.ts";
import { type SqlStatement, sqlValue, statement } from "./sql.ts";

// The outbox: what staff are to be told, stored in the same unit as what it reports, then
// delivered. A notice names its subject (a message, a missed call, an emergency, a request, a
// handover) and delivery reads that row as it is then, so a post never shows a stale copy.

export type NoticeKind =
  | "message"
  | "message_update"
  | "message_recording"
  | "missed_call"
  | "emergency"
  | "complaint"
  | "reminder"
  | "escalation"
  | "handover"
  | "long_distance"
  | "long_distance_update"
  | "long_distance_outcome";

export interface NoticeInput {
  kind: NoticeKind;
  /** Queued once: a second notice with the same key is never written. */
  dedupeKey: string;
  /** The row it is about (a message's id, a request's id, …), read again when it is delivered. */
  subject: string;
  department: string | null;
  /** What the notice itself says that no row holds: a complaint's words, a repeat's number. */
  detail?: object;
  /** When it was queued. */
  at: Date;
  /** When it is first due, if later than `at`. */
  dueAt?: Date;
}

/** A condition a write waits for, checked inside the statement itself. */
export type Condition = SqlStatement;

/** `sql` (with its parameters) as a condition for `onlyIf`. */
export function condition(sql: string, ...params: unknown[]): Condition {
  return statement(sql, ...params);
}

const ENQUEUE = `INSERT INTO "Notification" ("id", "kind", "dedupeKey", "subject", "department", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
  SELECT ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ? WHERE`;

/**
 * The one writer of the outbox: a notice, queued once (its dedupe key) and, with `onlyIf`, only
 * while that still holds. One guarded INSERT, so it is atomic wherever it runs: alone, or in the
 * unit that writes what it reports (see `commit`).
 */
export function enqueueNotice(
  notice: NoticeInput,
  options: { onlyIf?: Condition } = {},
): SqlStatement {
  const guard = options.onlyIf;
  return {
    sql: `${ENQUEUE} ${guard ? guard.sql : "1"} ON CONFLICT ("dedupeKey") DO NOTHING`,
    params: [
      newId(),
      notice.kind,
      notice.dedupeKey,
      notice.subject,
      notice.department,
      JSON.stringify(notice.detail ?? {}),
      sqlValue(notice.dueAt ?? notice.at),
      sqlValue(notice.at),
      ...(guard ? guard.params : []),
    ],
  };
}

/** What a notice says beyond its subject (`NoticeInput.detail`). */
export function noticeDetail<T extends object>(notice: Pick<Notification, "payload">): Partial<T> {
  return JSON.parse(notice.payload) as Partial<T>;
}

/** Where a notice ended up in Slack. */
export interface Delivery {
  channel: string;
  ts: string;
}

/**
 * The delivery contract: posts one notice where it belongs and says where it went; throws
 * DeliveryError to have it tried again later. The bot implements it (src/bot/delivery/).
 */
export type Deliver = (notice: Notification) => Promise<Delivery>;

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

/** How long a run's claim on a notice holds; a run that crashed frees it after this. */
export const CLAIM_MS = 2 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const FIRST_BACKOFF_MS = 15_000;

/** 15 s, 30 s, 1 min … capped at an hour: a long outage is retried, never given up. */
export function backoffMs(attempts: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export interface DeliveryRun {
  db: Db;
  now: Date;
  log: Logger;
  /** This run's identity, recorded on what it claims. */
  holder: string;
}

export interface DeliveryReport {
  [key: string]: unknown;
  delivered: number;
  retried: number;
  claimedElsewhere: number;
}

/**
 * Delivers notices: those due now (the periodic sweep), or only those with the given dedupe keys
 * (a unit that has just committed them, delivering them at once). Each is claimed with a
 * conditional update first, so two runs never send the same one; a claim left by a crashed run
 * expires and the notice is taken up again. Emergencies go first.
 */
export async function deliverNotices(
  run: DeliveryRun,
  deliver: Deliver,
  options: { keys?: readonly string[]; batch?: number } = {},
): Promise<DeliveryReport> {
  const { db, now, holder } = run;
  const prisma = prismaOf(db);
  const claimable = {
    OR: [
      { status: "pending", nextAttemptAt: { lte: now } },
      { status: "sending", claimedUntil: { lt: now } },
    ],
  };
  const due = await prisma.notification.findMany({
    where: options.keys ? { ...claimable, dedupeKey: { in: [...options.keys] } } : claimable,
    orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }],
    take: options.batch ?? 25,
  });
  due.sort((a, b) => Number(b.kind === "emergency") - Number(a.kind === "emergency"));
  const report: DeliveryReport = { delivered: 0, retried: 0, claimedElsewhere: 0 };
  for (const notice of due) {
    if (!(await claim(db, notice.id, holder, now))) {
      report.claimedElsewhere += 1;
      continue;
    }
    try {
      // Posted before but its result was never stored: never post it twice.
      const delivery =
        notice.slackTs && notice.slackChannel
          ? { channel: notice.slackChannel, ts: notice.slackTs }
          : await deliver(notice);
      await commit(db, [delivered(notice, holder, delivery, now)]);
      report.delivered += 1;
    } catch (error) {
      const attempts = notice.attempts + 1;
      const retryAfter = error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0;
      const next = new Date(now.getTime() + Math.max(retryAfter, backoffMs(attempts)));
      const why = String(error instanceof Error ? error.message : error).slice(0, 500);
      await commit(db, [
        statement(
          `UPDATE "Notification" SET "status" = 'pending', "attempts" = ?, "nextAttemptAt" = ?,
             "lastError" = ?, "claimedBy" = NULL, "claimedUntil" = NULL
           WHERE "id" = ? AND "claimedBy" = ?`,
          attempts,
          next,
          why,
          notice.id,
          holder,
        ),
      ]);
      report.retried += 1;
      run.log.warn("notification not delivered", {
        id: notice.id,
        kind: notice.kind,
        attempts,
        error,
      });
      // Rate limited: the whole workspace waits, not just this one message.
      if (retryAfter > 0) break;
    }
  }
  return report;
}

async function claim(db: Db, id: string, holder: string, now: Date): Promise<boolean> {
  const [claimed] = await commit(db, [
    statement(
      `UPDATE "Notification" SET "status" = 'sending', "claimedBy" = ?, "claimedUntil" = ?
       WHERE "id" = ? AND (("status" = 'pending' AND "nextAttemptAt" <= ?)
         OR ("status" = 'sending' AND "claimedUntil" < ?))`,
      holder,
      new Date(now.getTime() + CLAIM_MS),
      id,
      now,
      now,
    ),
  ]);
  return claimed === 1;
}

function delivered(
  notice: Notification,
  holder: string,
  delivery: Delivery,
  now: Date,
): SqlStatement {
  return statement(
    `UPDATE "Notification" SET "status" = 'sent', "sentAt" = ?, "slackChannel" = ?, "slackTs" = ?,
       "claimedBy" = NULL, "claimedUntil" = NULL, "attempts" = ?, "lastError" = NULL
     WHERE "id" = ? AND "claimedBy" = ?`,
    now,
    delivery.channel,
    delivery.ts,
    notice.attempts + 1,
    notice.id,
    holder,
  );
}

/** Where the post of the notice with this dedupe key went, once it has gone out. */
export async function postOf(db: Db, dedupeKey: string): Promise<Delivery | null> {
  const notice = await prismaOf(db).notification.findUnique({ where: { dedupeKey } });
  if (!notice?.slackChannel || !notice.slackTs) return null;
  return { channel: notice.slackChannel, ts: notice.slackTs };
}

/** Whether any notice of `kind` about these subjects is still to be sent. */
export async function unsentSubjects(
  db: Db,
  kind: NoticeKind,
  subjects: readonly string[],
): Promise<Set<string>> {
  const unsent = await prismaOf(db).notification.findMany({
    where: { kind, status: { not: "sent" }, subject: { in: [...subjects] } },
    select: { subject: true },
  });
  return new Set(unsent.map((n) => n.subject));
}

/** The outbox as the admin API lists it, newest first. */
export async function listNotifications(
  db: Db,
  filter: { status?: string; kind?: string },
  page: { page: number; pageSize: number },
): Promise<{ items: Notification[]; total: number }> {
  const prisma = prismaOf(db);
  const where = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    prisma.notification.count({ where }),
  ]);
  return { items, total };
}
