import type { LongDistanceRequest } from "../generated/prisma/client.ts";
import { money } from "../rules/toll.ts";
import type { Db } from "./db.ts";
import { insertOnce, newId } from "./db.ts";
import type { PendingRequestCounter } from "./roster.ts";

/**
 * The long-distance register: requests, their decisions, the calls placed and their cost.
 * Every change of status is a conditional update on the status it expects, so a double click,
 * a retried webhook or two overlapping jobs change a request once. Notifications that report a
 * change are queued in the outbox in the same batch, guarded by the same condition.
 */

export type { LongDistanceRequest };

export type LongDistanceStatus =
  | "pending"
  | "approved"
  | "calling"
  | "completed"
  | "unanswered"
  | "failed"
  | "denied"
  | "expired";

/** The call has ended, one way or another: a private one can be settled. */
export const CALL_ENDED: readonly LongDistanceStatus[] = ["completed", "unanswered", "failed"];
/** Waiting for Twilio to tell how the call went. */
const CALL_LIVE: LongDistanceStatus[] = ["approved", "calling"];

/** What the outbox delivers about a request. */
export const LONG_DISTANCE_NOTICES = {
  /** The request itself, posted to the approvers with its buttons. */
  request: "long_distance",
  /** The approvers' post, shown again as the request is now. */
  update: "long_distance_update",
  /** The requester, told what became of their request. */
  outcome: "long_distance_outcome",
} as const;

/** Each notice names only its request; delivery shows the request as it is then. */
export interface LongDistanceNoticePayload {
  requestId: string;
  event: string;
}

export interface NewRequest {
  source: "slack" | "ivr";
  sourceCallSid?: string;
  requesterKey: string;
  requesterName: string;
  requesterSlackId: string | null;
  department: string;
  destination: string;
  region: string | null;
  tollClass: string;
  reason: string;
  private: boolean;
}

function noticeRow(
  kind: string,
  request: { id: string; department: string | null },
  event: string,
  now: Date,
) {
  const payload: LongDistanceNoticePayload = { requestId: request.id, event };
  return {
    id: newId(),
    kind,
    dedupeKey:
      kind === LONG_DISTANCE_NOTICES.request
        ? `long_distance:${request.id}`
        : `long_distance:${request.id}:${kind === LONG_DISTANCE_NOTICES.update ? "update" : "told"}:${event}`,
    subject: request.id,
    department: request.department,
    payload: JSON.stringify(payload),
    status: "pending",
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
}

/**
 * A notice, queued once (its dedupe key), only while the request still has `status` (or is
 * still waiting for the call's outcome, for "live").
 */
function queueWhile(db: Db, notice: ReturnType<typeof noticeRow>, status: string) {
  const n = notice;
  const [first, second] = status === "live" ? CALL_LIVE : [status, status];
  return db.$executeRaw`
    INSERT INTO "Notification" ("id", "kind", "dedupeKey", "subject", "department", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
    SELECT ${n.id}, ${n.kind}, ${n.dedupeKey}, ${n.subject}, ${n.department}, ${n.payload}, ${n.status}, ${n.attempts}, ${n.nextAttemptAt}, ${n.createdAt}
    WHERE EXISTS (
      SELECT 1 FROM "LongDistanceRequest" WHERE "id" = ${n.subject} AND "status" IN (${first}, ${second}))
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

/** Queues the notices and runs the update in one batch; the update's row count. */
async function withNotices(
  db: Db,
  notices: ReturnType<typeof queueWhile>[],
  update: ReturnType<Db["longDistanceRequest"]["updateMany"]>,
): Promise<number> {
  const results = await db.$transaction([...notices, update]);
  return (results.at(-1) as { count: number }).count;
}

/**
 * Stores a pending request and queues its post to the approvers, together. From the IVR, a
 * call makes at most one request: null when this call's request already exists.
 */
export async function createRequest(
  db: Db,
  input: NewRequest,
  now: Date,
  lifetimeMinutes: number,
): Promise<LongDistanceRequest | null> {
  const id = newId();
  const created = await insertOnce(() =>
    db.$transaction([
      db.longDistanceRequest.create({
        data: {
          id,
          ...input,
          sourceCallSid: input.sourceCallSid ?? null,
          status: "pending",
          createdAt: now,
          expiresAt: new Date(now.getTime() + lifetimeMinutes * 60_000),
        },
      }),
      db.notification.create({
        data: noticeRow(LONG_DISTANCE_NOTICES.request, { id, department: null }, "created", now),
      }),
    ]),
  );
  return created ? created[0] : null;
}

export async function findRequest(db: Db, id: string): Promise<LongDistanceRequest | null> {
  return db.longDistanceRequest.findUnique({ where: { id } });
}

export interface Decider {
  slackUserId: string;
  /** Their directory key: nobody decides on their own request. */
  staffKey: string;
  name: string;
}

/**
 * Approves or denies a pending, unexpired request that is not the decider's own; false when
 * it was already decided, has expired or is theirs. The requester's notice is queued with it.
 */
export async function recordDecision(
  db: Db,
  d: {
    id: string;
    approve: boolean;
    by: Decider;
    now: Date;
    denyReason?: string;
    /** Taken at the approval of a private call. */
    deposit?: { amount: string; currency: string } | null;
  },
): Promise<boolean> {
  const told = noticeRow(
    LONG_DISTANCE_NOTICES.outcome,
    { id: d.id, department: null },
    "decision",
    d.now,
  );
  const [, updated] = await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Notification" ("id", "kind", "dedupeKey", "subject", "department", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
      SELECT ${told.id}, ${told.kind}, ${told.dedupeKey}, ${told.subject}, ${told.department}, ${told.payload}, ${told.status}, ${told.attempts}, ${told.nextAttemptAt}, ${told.createdAt}
      WHERE EXISTS (
        SELECT 1 FROM "LongDistanceRequest" WHERE "id" = ${d.id} AND "status" = 'pending'
          AND "expiresAt" > ${d.now} AND "requesterKey" <> ${d.by.staffKey})
      ON CONFLICT ("dedupeKey") DO NOTHING`,
    db.longDistanceRequest.updateMany({
      where: {
        id: d.id,
        status: "pending",
        expiresAt: { gt: d.now },
        requesterKey: { not: d.by.staffKey },
      },
      data: {
        status: d.approve ? "approved" : "denied",
        decidedBy: d.by.slackUserId,
        decidedByName: d.by.name,
        decidedAt: d.now,
        denyReason: d.approve ? null : (d.denyReason ?? null),
        ...(d.approve && d.deposit
          ? { deposit: d.deposit.amount, depositCurrency: d.deposit.currency }
          : {}),
      },
    }),
  ]);
  return updated.count > 0;
}

/** Expires one pending request past its time; false when it was decided (or expired) meanwhile. */
export async function expireRequest(db: Db, id: string, now: Date): Promise<boolean> {
  const ref = { id, department: null };
  const count = await withNotices(
    db,
    [
      queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.update, ref, "expired", now), "pending"),
      queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.outcome, ref, "decision", now), "pending"),
    ],
    db.longDistanceRequest.updateMany({
      where: { id, status: "pending", expiresAt: { lte: now } },
      data: { status: "expired", decidedAt: now },
    }),
  );
  return count > 0;
}

/** Pending requests whose time is up. */
export async function findExpired(db: Db, now: Date, take = 50) {
  return db.longDistanceRequest.findMany({
    where: { status: "pending", expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take,
  });
}

/** Twilio accepted the call to the requester's desk. */
export async function markCalling(db: Db, id: string, callSid: string): Promise<boolean> {
  const { count } = await db.longDistanceRequest.updateMany({
    where: { id, status: "approved" },
    data: { status: "calling", callSid },
  });
  return count > 0;
}

/** The approved call could not be placed (Twilio refused or was unreachable). */
export async function markNotPlaced(
  db: Db,
  id: string,
  failure: string,
  now: Date,
): Promise<boolean> {
  const ref = { id, department: null };
  const count = await withNotices(
    db,
    [queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.outcome, ref, "call", now), "approved")],
    db.longDistanceRequest.updateMany({
      where: { id, status: "approved" },
      data: { status: "failed", callFailure: failure.slice(0, 500), callEndedAt: now },
    }),
  );
  return count > 0;
}

/** A call-progress report from Twilio about one leg of the approved call. */
export interface LegReport {
  id: string;
  leg: "desk" | "destination";
  callSid: string;
  parentCallSid: string | null;
  /** Twilio's CallStatus */
  status: string;
  durationSeconds: number | null;
  /** Twilio's Price (negative: charged) and PriceUnit, when the report carries them */
  price: string | null;
  priceUnit: string | null;
  at: Date;
}

const FINAL = new Set(["completed", "busy", "no-answer", "failed", "canceled"]);

/**
 * Records a leg's final status. The destination leg settles the request: completed when it
 * was answered (its duration, and its price if reported), else unanswered or failed. The desk
 * leg settles it only when the desk was never reached; once it was, the destination leg's own
 * report follows (or the job closes a call that never got that far).
 */
export async function recordLeg(db: Db, r: LegReport): Promise<LongDistanceRequest | null> {
  if (!FINAL.has(r.status)) return null;
  const request = await findRequest(db, r.id);
  if (!request) return null;
  if (request.callSid && r.leg === "destination" && r.parentCallSid !== request.callSid) {
    return null;
  }
  if (request.callSid && r.leg === "desk" && r.callSid !== request.callSid) return null;
  const ref = { id: r.id, department: null };
  const live = { id: r.id, status: { in: CALL_LIVE } };
  if (r.leg === "desk") {
    const reached = r.status === "completed";
    const count = await withNotices(
      db,
      reached
        ? []
        : [
            queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.outcome, ref, "call", r.at), "live"),
            queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.update, ref, "call", r.at), "live"),
          ],
      db.longDistanceRequest.updateMany({
        where: live,
        data: reached
          ? { deskCallStatus: r.status }
          : {
              deskCallStatus: r.status,
              status: r.status === "failed" ? "failed" : "unanswered",
              callFailure: `desk ${r.status}`,
              callEndedAt: r.at,
            },
      }),
    );
    return count > 0 ? findRequest(db, r.id) : null;
  }
  const duration = r.durationSeconds ?? 0;
  const answered = r.status === "completed" && duration > 0;
  const cost = answered ? reportedCost(r.price, r.priceUnit) : null;
  const outcome: LongDistanceStatus = answered
    ? "completed"
    : r.status === "failed"
      ? "failed"
      : "unanswered";
  const count = await withNotices(
    db,
    [
      queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.update, ref, "call", r.at), "live"),
      ...(answered
        ? []
        : [queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.outcome, ref, "call", r.at), "live")]),
    ],
    db.longDistanceRequest.updateMany({
      where: live,
      data: {
        status: outcome,
        destinationCallSid: r.callSid,
        callStatus: r.status,
        durationSeconds: answered ? duration : 0,
        callStartedAt: answered ? new Date(r.at.getTime() - duration * 1000) : null,
        callEndedAt: r.at,
        ...(answered ? {} : { callFailure: `destination ${r.status}` }),
        ...(cost ? { cost: cost.amount, costCurrency: cost.currency, costSource: "twilio" } : {}),
      },
    }),
  );
  return count > 0 ? findRequest(db, r.id) : null;
}

/** Twilio's price as a positive amount: it reports what was charged as a negative number. */
export function reportedCost(
  price: string | null | undefined,
  unit: string | null | undefined,
): { amount: string; currency: string } | null {
  if (price === null || price === undefined || price.trim() === "" || !unit) return null;
  const amount = Number(price);
  if (!Number.isFinite(amount)) return null;
  return { amount: money(Math.abs(amount)), currency: unit.toUpperCase() };
}

/** Completed calls still without a cost, oldest first. */
export async function findUnpriced(db: Db, take = 25) {
  return db.longDistanceRequest.findMany({
    where: { status: "completed", costSource: null },
    orderBy: { callEndedAt: "asc" },
    take,
  });
}

/** Records the call's cost once, from Twilio's price or the tariff, and queues the post's update. */
export async function recordCost(
  db: Db,
  id: string,
  cost: { amount: string; currency: string } | null,
  source: "twilio" | "tariff" | "none",
  now: Date,
): Promise<boolean> {
  const ref = { id, department: null };
  const count = await withNotices(
    db,
    [queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.update, ref, "cost", now), "completed")],
    db.longDistanceRequest.updateMany({
      where: { id, status: "completed", costSource: null },
      data: {
        costSource: source,
        cost: cost?.amount ?? null,
        costCurrency: cost?.currency ?? null,
      },
    }),
  );
  return count > 0;
}

export async function countPriceCheck(db: Db, id: string): Promise<void> {
  await db.longDistanceRequest.updateMany({
    where: { id, costSource: null },
    data: { priceChecks: { increment: 1 } },
  });
}

/** Calls whose desk answered but that never reached the destination leg, ended before `before`. */
export async function findStalled(db: Db, before: Date, take = 25) {
  return db.longDistanceRequest.findMany({
    where: { status: "calling", deskCallStatus: "completed", decidedAt: { lt: before } },
    take,
  });
}

/** Closes a call the desk answered and hung up before it was bridged. */
export async function markStalled(db: Db, id: string, now: Date): Promise<boolean> {
  const ref = { id, department: null };
  const count = await withNotices(
    db,
    [
      queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.update, ref, "call", now), "calling"),
      queueWhile(db, noticeRow(LONG_DISTANCE_NOTICES.outcome, ref, "call", now), "calling"),
    ],
    db.longDistanceRequest.updateMany({
      where: { id, status: "calling", deskCallStatus: "completed" },
      data: {
        status: "unanswered",
        callFailure: "desk hung up before the destination answered",
        callEndedAt: now,
      },
    }),
  );
  return count > 0;
}

/** Keeps where the approvers' post went, the first time it is posted. */
export async function recordPost(db: Db, id: string, channel: string, ts: string): Promise<void> {
  await db.longDistanceRequest.updateMany({
    where: { id, slackTs: null },
    data: { slackChannel: channel, slackTs: ts },
  });
}

/** Private calls that ended and are not yet settled with finance. */
export function awaitingSettlement(range?: { from: Date; to: Date }) {
  return {
    private: true,
    status: { in: [...CALL_ENDED] },
    settledAt: null,
    ...(range ? { createdAt: { gte: range.from, lt: range.to } } : {}),
  };
}

/** Marks a private call settled once; false when it was already, or is not one to settle. */
export async function settle(db: Db, id: string, by: Decider, now: Date): Promise<boolean> {
  const { count } = await db.longDistanceRequest.updateMany({
    where: { id, ...awaitingSettlement() },
    data: { settledBy: by.slackUserId, settledByName: by.name, settledAt: now },
  });
  return count > 0;
}

/** The handover's count: requests still waiting for a decision at the end of the shift. */
export const pendingLongDistanceRequests: PendingRequestCounter = async (db, range) =>
  db.longDistanceRequest.count({
    where: { status: "pending", createdAt: { lt: range.to }, expiresAt: { gt: range.to } },
  });

/** The register's figures for a period: requests made in it, by what became of them, and cost. */
export interface LongDistanceFigures {
  requests: number;
  approved: number;
  denied: number;
  expired: number;
  /** Calls that reached the destination */
  connected: number;
  seconds: number;
  /** What the connected calls cost, per currency */
  cost: { currency: string; amount: string }[];
  /** Connected calls with no price yet */
  unpriced: number;
}

export async function longDistanceFigures(
  db: Db,
  range: { from: Date; to: Date },
): Promise<LongDistanceFigures> {
  const rows = await db.longDistanceRequest.findMany({
    where: { createdAt: { gte: range.from, lt: range.to } },
    select: {
      status: true,
      decidedBy: true,
      durationSeconds: true,
      cost: true,
      costCurrency: true,
    },
  });
  const figures: LongDistanceFigures = {
    requests: rows.length,
    approved: 0,
    denied: 0,
    expired: 0,
    connected: 0,
    seconds: 0,
    cost: [],
    unpriced: 0,
  };
  const costs = new Map<string, number>();
  for (const row of rows) {
    if (row.status === "denied") figures.denied += 1;
    else if (row.status === "expired") figures.expired += 1;
    else if (row.decidedBy && row.status !== "pending") figures.approved += 1;
    if (row.status !== "completed") continue;
    figures.connected += 1;
    figures.seconds += row.durationSeconds ?? 0;
    if (row.cost !== null && row.costCurrency) {
      costs.set(row.costCurrency, (costs.get(row.costCurrency) ?? 0) + Number(row.cost));
    } else figures.unpriced += 1;
  }
  figures.cost = [...costs]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount: money(amount) }));
  return figures;
}

/** A request as the admin API and the CSV export show it. */
export function requestJson(r: LongDistanceRequest) {
  const iso = (at: Date | null) => at?.toISOString() ?? null;
  return {
    id: r.id,
    source: r.source,
    requester: r.requesterKey,
    requesterName: r.requesterName,
    requesterSlackId: r.requesterSlackId,
    department: r.department,
    destination: r.destination,
    region: r.region,
    class: r.tollClass,
    reason: r.reason,
    private: r.private,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    decidedBy: r.decidedBy,
    decidedByName: r.decidedByName,
    decidedAt: iso(r.decidedAt),
    denyReason: r.denyReason,
    deposit: r.deposit,
    depositCurrency: r.depositCurrency,
    callSid: r.callSid,
    destinationCallSid: r.destinationCallSid,
    callStatus: r.callStatus,
    callStartedAt: iso(r.callStartedAt),
    callEndedAt: iso(r.callEndedAt),
    durationSeconds: r.durationSeconds,
    callFailure: r.callFailure,
    cost: r.cost,
    costCurrency: r.costCurrency,
    costSource: r.costSource,
    settledBy: r.settledBy,
    settledByName: r.settledByName,
    settledAt: iso(r.settledAt),
  };
}

export type LongDistanceRecord = ReturnType<typeof requestJson>;
