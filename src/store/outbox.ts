import type { Logger } from "../log.ts";
import { afterCommit, commit, type Db, newId, prismaOf } from "./db.ts";
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
  | "missed_call_update"
  | "emergency"
  | "emergency_update"
  | "complaint"
  | "reminder"
  | "escalation"
  | "handover"
  | "long_distance"
  | "long_distance_update"
  | "long_distance_outcome"
  | "wake_up"
  | "survey_follow_up"
  | "weekly_digest";

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
  const queued: SqlStatement = {
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
  queuedLanes.set(queued, noticeLane(notice));
  return queued;
}

/**
 * A notice queued to wait (`dueAt`) made due at `at`, while `onlyIf` holds and it still waits:
 * delivery starts as soon as the unit commits, as for a notice just queued.
 */
export function releaseNotice(
  notice: Pick<NoticeInput, "kind" | "dedupeKey" | "department">,
  at: Date,
  onlyIf: Condition,
): SqlStatement {
  const released = statement(
    `UPDATE "Notification" SET "nextAttemptAt" = ?
     WHERE "dedupeKey" = ? AND "status" = 'pending' AND "nextAttemptAt" > ? AND ${onlyIf.sql}`,
    at,
    notice.dedupeKey,
    at,
    ...onlyIf.params,
  );
  queuedLanes.set(released, noticeLane(notice));
  return released;
}

/** A notice that has not gone out is not to go at all (what it reports was overtaken), while `onlyIf` holds. */
export function withdrawNotice(dedupeKey: string, onlyIf: Condition): SqlStatement {
  return statement(
    `UPDATE "Notification" SET "status" = 'withdrawn' WHERE "dedupeKey" = ? AND "status" = 'pending'
       AND ${onlyIf.sql}`,
    dedupeKey,
    ...onlyIf.params,
  );
}

/**
 * Keeps what a notice uploaded to Slack (`Notification.fileUpload`) before Slack is asked to
 * share it, while `notice`'s run still holds it; throws when it no longer does, so that run
 * shares nothing.
 */
export async function keepFileUpload(
  db: Db,
  notice: Pick<Notification, "id" | "claimedBy">,
  upload: object,
): Promise<void> {
  const [kept] = await commit(db, [
    statement(
      `UPDATE "Notification" SET "fileUpload" = ? WHERE "id" = ? AND "status" = 'sending' AND "claimedBy" = ?`,
      JSON.stringify(upload),
      notice.id,
      notice.claimedBy,
    ),
  ]);
  if (kept !== 1) throw new DeliveryError("another run has taken this notice over");
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
 * DeliveryError to have it tried again later. A notice with `attemptedAt` set may already have
 * been posted (by a run that died, or whose answer never came): look for that post first, and
 * adopt it rather than post again. The notice comes as claimed (`claimedBy` is the run's). The
 * bot implements it (src/bot/delivery/).
 */
export type Deliver = (notice: Notification) => Promise<Delivery>;

export class DeliveryError extends Error {
  readonly code = "DELIVERY_FAILED";
  constructor(
    message: string,
    readonly options: {
      /** How long the other side asked us to wait (HTTP 429 Retry-After). */
      retryAfterMs?: number;
      /** The post may have gone out all the same (no answer came): look for it next time. */
      outcomeUnknown?: boolean;
    } = {},
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/**
 * How long a run's claim on a notice holds, renewed while its post is under way; a claim left
 * by a run that died frees the notice after this.
 */
export const CLAIM_MS = 15_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const FIRST_BACKOFF_MS = 15_000;
/** A 429's Retry-After up to this is waited out in the run itself; a longer one is rescheduled. */
const WAIT_IN_RUN_MS = 30_000;

/** 15 s, 30 s, 1 min … capped at an hour: a long outage is retried, never given up. */
export function backoffMs(attempts: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

const LONG_DISTANCE_PREFIX = "long_distance";
/** An emergency's alert, its repeats and its updates. */
const EMERGENCY_PREFIX = "emergency";

/**
 * Which queue a notice waits in. Posts in one queue go one at a time, in order (a message before
 * its update), as Slack takes posts to one channel about one a second; queues go in parallel.
 * Emergencies have a queue of their own, so nothing else is ever ahead of them.
 */
export function noticeLane(n: Pick<Notification, "kind" | "department">): string {
  if (n.kind.startsWith(EMERGENCY_PREFIX)) return "emergency";
  if (n.kind.startsWith(LONG_DISTANCE_PREFIX)) return LONG_DISTANCE_PREFIX;
  return `department:${n.department ?? ""}`;
}

function laneWhere(lane: string) {
  if (lane === "emergency") return { kind: { startsWith: EMERGENCY_PREFIX } };
  if (lane === LONG_DISTANCE_PREFIX) return { kind: { startsWith: LONG_DISTANCE_PREFIX } };
  const department = lane.slice("department:".length);
  return {
    department: department === "" ? null : department,
    NOT: [
      { kind: { startsWith: EMERGENCY_PREFIX } },
      { kind: { startsWith: LONG_DISTANCE_PREFIX } },
    ],
  };
}

/** The queues of the notices a unit enqueued, by the statements `enqueueNotice` made. */
const queuedLanes = new WeakMap<SqlStatement, string>();

/**
 * Has `started` told, as soon as a unit that enqueued notices has committed, which queues they
 * are in: delivery then starts at once instead of on the next sweep.
 */
export function onNoticesCommitted(db: Db, started: ((lanes: Set<string>) => void) | null): void {
  afterCommit(
    db,
    started
      ? (statements) => {
          const lanes = new Set<string>();
          for (const s of statements) {
            const lane = queuedLanes.get(s);
            if (lane) lanes.add(lane);
          }
          if (lanes.size > 0) started(lanes);
        }
      : undefined,
  );
}

export interface DeliveryRun {
  db: Db;
  now: Date;
  log: Logger;
  /** This run's identity, recorded on what it claims. */
  holder: string;
  /** The time as the run goes on, for claims made later in a long run; `now` by default. */
  clock?: () => Date;
}

export interface DeliveryReport {
  [key: string]: unknown;
  /** How many notices were due (at most the batch). */
  due: number;
  delivered: number;
  retried: number;
  claimedElsewhere: number;
}

/**
 * Delivers notices: those due now (the periodic sweep), those of one queue (`lane`), or only
 * those with the given dedupe keys. Emergencies first, across the whole queue; then each queue
 * one post at a time, the queues in parallel. Each notice is claimed with a conditional update
 * first, so two runs never send the same one; a claim left by a run that died expires, and the
 * notice is taken up again, looked for in Slack before it is posted.
 */
export async function deliverNotices(
  run: DeliveryRun,
  deliver: Deliver,
  options: { keys?: readonly string[]; batch?: number; lane?: string } = {},
): Promise<DeliveryReport> {
  const due = await dueNotices(run.db, run.now, options);
  const lanes = new Map<string, Notification[]>();
  for (const notice of due) {
    const lane = noticeLane(notice);
    const queue = lanes.get(lane);
    if (queue) queue.push(notice);
    else lanes.set(lane, [notice]);
  }
  const report: DeliveryReport = { due: due.length, delivered: 0, retried: 0, claimedElsewhere: 0 };
  await Promise.all(
    [...lanes.values()].map(async (queue) => {
      for (const notice of queue) {
        if ((await deliverOne(run, deliver, notice, report)) === "stop") break;
      }
    }),
  );
  return report;
}

async function dueNotices(
  db: Db,
  now: Date,
  options: { keys?: readonly string[]; batch?: number; lane?: string },
): Promise<Notification[]> {
  const prisma = prismaOf(db);
  const take = options.batch ?? 25;
  const where = {
    OR: [
      { status: "pending", nextAttemptAt: { lte: now } },
      { status: "sending", claimedUntil: { lt: now } },
    ],
    ...(options.keys ? { dedupeKey: { in: [...options.keys] } } : {}),
    ...(options.lane ? laneWhere(options.lane) : {}),
  };
  const orderBy = [{ nextAttemptAt: "asc" as const }, { createdAt: "asc" as const }];
  const emergencies =
    !options.lane || options.lane === "emergency"
      ? await prisma.notification.findMany({
          where: { AND: [where, { kind: { startsWith: EMERGENCY_PREFIX } }] },
          orderBy,
          take,
        })
      : [];
  if (emergencies.length >= take || options.lane === "emergency") return emergencies;
  const rest = await prisma.notification.findMany({
    where: { AND: [where, { NOT: { kind: { startsWith: EMERGENCY_PREFIX } } }] },
    orderBy,
    take: take - emergencies.length,
  });
  return [...emergencies, ...rest];
}

/** Delivers one notice under a claim; "stop" when its queue should wait (rate limited). */
async function deliverOne(
  run: DeliveryRun,
  deliver: Deliver,
  notice: Notification,
  report: DeliveryReport,
): Promise<"next" | "stop"> {
  const { db, holder } = run;
  const clock = run.clock ?? (() => run.now);
  const claimedAt = clock();
  if (!(await claim(db, notice.id, holder, claimedAt))) {
    report.claimedElsewhere += 1;
    return "next";
  }
  // Renewed while the post is under way (a recording's upload can take a while).
  const renewal = setInterval(() => {
    void commit(db, [
      statement(
        `UPDATE "Notification" SET "claimedUntil" = ? WHERE "id" = ? AND "claimedBy" = ?`,
        new Date(clock().getTime() + CLAIM_MS),
        notice.id,
        holder,
      ),
    ]).catch(() => {});
  }, CLAIM_MS / 3);
  // Since when a post of it may already be in Slack: a claim that expired (its run died) or
  // an attempt whose answer never came.
  const unsureSince = notice.attemptedAt ?? (notice.status === "sending" ? claimedAt : null);
  let attempts = notice.attempts;
  try {
    for (;;) {
      try {
        // Posted before but its result was never stored: never post it twice.
        const delivery =
          notice.slackTs && notice.slackChannel
            ? { channel: notice.slackChannel, ts: notice.slackTs }
            : await deliver({ ...notice, attemptedAt: unsureSince, claimedBy: holder });
        await commit(db, [delivered(notice, holder, delivery, clock(), attempts + 1)]);
        report.delivered += 1;
        return "next";
      } catch (error) {
        attempts += 1;
        const coded = error instanceof DeliveryError ? error.options : {};
        const retryAfter = coded.retryAfterMs ?? 0;
        const why = String(error instanceof Error ? error.message : error).slice(0, 500);
        run.log.warn("notification not delivered", {
          id: notice.id,
          kind: notice.kind,
          attempts,
          error,
        });
        if (retryAfter > 0 && retryAfter <= WAIT_IN_RUN_MS) {
          // Rate limited for a moment: this queue waits exactly that long, then tries again.
          await commit(db, [
            statement(
              `UPDATE "Notification" SET "attempts" = ?, "lastError" = ?, "claimedUntil" = ?
               WHERE "id" = ? AND "claimedBy" = ?`,
              attempts,
              why,
              new Date(clock().getTime() + retryAfter + CLAIM_MS),
              notice.id,
              holder,
            ),
          ]);
          await new Promise((resume) => setTimeout(resume, retryAfter));
          continue;
        }
        const now = clock();
        const next = new Date(now.getTime() + (retryAfter > 0 ? retryAfter : backoffMs(attempts)));
        await commit(db, [
          statement(
            `UPDATE "Notification" SET "status" = 'pending', "attempts" = ?, "nextAttemptAt" = ?,
               "lastError" = ?, "claimedBy" = NULL, "claimedUntil" = NULL, "attemptedAt" = ?
             WHERE "id" = ? AND "claimedBy" = ?`,
            attempts,
            next,
            why,
            coded.outcomeUnknown ? (unsureSince ?? claimedAt) : unsureSince,
            notice.id,
            holder,
          ),
        ]);
        report.retried += 1;
        // Rate limited for longer: the rest of this queue waits for the next run.
        return retryAfter > 0 ? "stop" : "next";
      }
    }
  } finally {
    clearInterval(renewal);
  }
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
  attempts: number,
): SqlStatement {
  return statement(
    `UPDATE "Notification" SET "status" = 'sent', "sentAt" = ?, "slackChannel" = ?, "slackTs" = ?,
       "claimedBy" = NULL, "claimedUntil" = NULL, "attempts" = ?, "lastError" = NULL,
       "attemptedAt" = NULL
     WHERE "id" = ? AND "claimedBy" = ?`,
    now,
    delivery.channel,
    delivery.ts,
    attempts,
    notice.id,
    holder,
  );
}

/** The queues that have notices due now, emergencies' first. */
export async function dueLanes(db: Db, now: Date): Promise<string[]> {
  const due = await prismaOf(db).notification.findMany({
    where: {
      OR: [
        { status: "pending", nextAttemptAt: { lte: now } },
        { status: "sending", claimedUntil: { lt: now } },
      ],
    },
    select: { kind: true, department: true },
    distinct: ["kind", "department"],
  });
  const lanes = new Set(due.map(noticeLane));
  return [...lanes].sort((a, b) => Number(b === "emergency") - Number(a === "emergency"));
}

/** Where the post of the notice with this dedupe key went, once it has gone out. */
export async function postOf(
  db: Db,
  dedupeKey: string,
): Promise<(Delivery & { sentAt: Date | null }) | null> {
  const notice = await prismaOf(db).notification.findUnique({ where: { dedupeKey } });
  if (!notice?.slackChannel || !notice.slackTs) return null;
  return { channel: notice.slackChannel, ts: notice.slackTs, sentAt: notice.sentAt };
}

/** The notices of `kind` about one subject, oldest first, with where each went once sent. */
export async function noticesAbout(
  db: Db,
  kind: NoticeKind,
  subject: string,
): Promise<Notification[]> {
  return prismaOf(db).notification.findMany({
    where: { kind, subject },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
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
