import type { Language } from "../rules/directory.ts";
import { type DatedRates, type Money, type Refund, refundOf, sumOf } from "../rules/money.ts";
import { type AuditEntry, audit, auditedChange } from "./audit.ts";
import { commit, type Db, newId, prismaOf } from "./db.ts";
import {
  completeOutboundCall,
  type OutboundReport,
  priceOutboundCall,
  recordOutboundCall,
  reportedCost,
} from "./outbound-calls.ts";
import { type Condition, condition, enqueueNotice } from "./outbox.ts";
import type { LongDistanceRequest } from "./records.ts";
import { type SqlStatement, sqlValue, statement } from "./sql.ts";

/**
 * The long-distance register: requests, their decisions, the calls placed and their cost.
 * Every change of status is a conditional update on the status it expects, so a double click,
 * a retried webhook or two overlapping jobs change a request once. The notices that report a
 * change and its audit entry go in the same unit, before it and on the same condition, so they
 * are written exactly when the change is made.
 */

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

/** A notice about a request, named by the event it reports (so each event posts once). */
function notice(
  kind: (typeof LONG_DISTANCE_NOTICES)[keyof typeof LONG_DISTANCE_NOTICES],
  id: string,
  event: string,
  now: Date,
  onlyIf: Condition,
): SqlStatement {
  const told = kind === LONG_DISTANCE_NOTICES.update ? "update" : "told";
  return enqueueNotice(
    {
      kind,
      dedupeKey:
        kind === LONG_DISTANCE_NOTICES.request
          ? `long_distance:${id}`
          : `long_distance:${id}:${told}:${event}`,
      subject: id,
      department: null,
      at: now,
    },
    { onlyIf },
  );
}

/** The request is still as `where` says (a condition on its columns). */
function requestWhere(id: string, where: string, ...params: unknown[]): Condition {
  return condition(
    `EXISTS (SELECT 1 FROM "LongDistanceRequest" WHERE "id" = ? AND ${where})`,
    id,
    ...params,
  );
}

/** Its status is one of these. */
function statusIn(statuses: readonly string[]): string {
  return `"status" IN (${statuses.map((s) => `'${s}'`).join(", ")})`;
}

/**
 * A change of a request, with the notices and audit entry that go with it, as one unit: they
 * first, each on the change's own condition, then the change. True when it was made.
 */
async function change(
  db: Db,
  id: string,
  where: { sql: string; params: unknown[] },
  set: SqlStatement,
  follow: {
    notices?: [kind: Parameters<typeof notice>[0], event: string][];
    audit?: AuditEntry;
    /** The call's own record, kept in step with the register (guarded by its own conditions). */
    call?: SqlStatement[];
  },
  now: Date,
): Promise<boolean> {
  const still = requestWhere(id, where.sql, ...where.params);
  const changes = await commit(db, [
    ...(follow.notices ?? []).map(([kind, event]) => notice(kind, id, event, now, still)),
    ...(follow.audit ? [audit(follow.audit, { onlyIf: still })] : []),
    ...(follow.call ?? []),
    {
      sql: `${set.sql} WHERE "id" = ? AND ${where.sql}`,
      params: [...set.params, id, ...where.params],
    },
  ]);
  return changes.at(-1) === 1;
}

/**
 * A new pending request, its post to the approvers and its audit entry, as statements for one
 * unit. From the IVR, a call makes at most one request: a second one writes nothing.
 */
export function newRequest(
  input: NewRequest,
  now: Date,
  lifetimeMinutes: number,
  entry: Omit<AuditEntry, "action" | "subject" | "at">,
): { id: string; statements: SqlStatement[] } {
  const id = newId();
  const written = requestWhere(id, "1");
  return {
    id,
    statements: [
      statement(
        `INSERT INTO "LongDistanceRequest" ("id", "source", "sourceCallSid", "requesterKey",
           "requesterName", "requesterSlackId", "department", "destination", "region", "tollClass",
           "reason", "private", "status", "createdAt", "expiresAt", "priceChecks")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, 0)
         ON CONFLICT ("sourceCallSid") DO NOTHING`,
        id,
        input.source,
        input.sourceCallSid ?? null,
        input.requesterKey,
        input.requesterName,
        input.requesterSlackId,
        input.department,
        input.destination,
        input.region,
        input.tollClass,
        input.reason,
        input.private,
        now,
        new Date(now.getTime() + lifetimeMinutes * 60_000),
      ),
      notice(LONG_DISTANCE_NOTICES.request, id, "created", now, written),
      audit(
        { ...entry, at: now, action: "long_distance.request", subject: id },
        { onlyIf: written },
      ),
    ],
  };
}

/** Stores a request made in Slack, with its post and audit entry; null if it was not stored. */
export async function createRequest(
  db: Db,
  input: NewRequest,
  now: Date,
  lifetimeMinutes: number,
  entry: Omit<AuditEntry, "action" | "subject" | "at">,
): Promise<LongDistanceRequest | null> {
  const { id, statements } = newRequest(input, now, lifetimeMinutes, entry);
  await commit(db, statements);
  return findRequest(db, id);
}

export async function findRequest(db: Db, id: string): Promise<LongDistanceRequest | null> {
  return prismaOf(db).longDistanceRequest.findUnique({ where: { id } });
}

export interface Decider {
  slackUserId: string;
  /** Their directory key: nobody decides on their own request. */
  staffKey: string;
  name: string;
}

/**
 * Approves or denies a pending, unexpired request that is not the decider's own; false when
 * it was already decided, has expired or is theirs. The requester's notice and the audit entry
 * go with it.
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
    /** What the audit entry says besides who decided. */
    detail?: object;
  },
): Promise<boolean> {
  const deposit = d.approve && d.deposit ? d.deposit : null;
  return change(
    db,
    d.id,
    {
      sql: `"status" = 'pending' AND "expiresAt" > ? AND "requesterKey" <> ?`,
      params: [sqlValue(d.now), d.by.staffKey],
    },
    statement(
      `UPDATE "LongDistanceRequest" SET "status" = ?, "decidedBy" = ?, "decidedByName" = ?,
         "decidedAt" = ?, "denyReason" = ?${deposit ? `, "deposit" = ?, "depositCurrency" = ?` : ""}`,
      d.approve ? "approved" : "denied",
      d.by.slackUserId,
      d.by.name,
      d.now,
      d.approve ? null : (d.denyReason ?? null),
      ...(deposit ? [deposit.amount, deposit.currency] : []),
    ),
    {
      notices: [[LONG_DISTANCE_NOTICES.outcome, "decision"]],
      audit: {
        at: d.now,
        actor: d.by.slackUserId,
        action: d.approve ? "long_distance.approve" : "long_distance.deny",
        subject: d.id,
        ...(d.detail ? { detail: d.detail } : {}),
      },
    },
    d.now,
  );
}

/** Expires one pending request past its time; false when it was decided (or expired) meanwhile. */
export async function expireRequest(
  db: Db,
  id: string,
  now: Date,
  detail?: object,
): Promise<boolean> {
  return change(
    db,
    id,
    { sql: `"status" = 'pending' AND "expiresAt" <= ?`, params: [sqlValue(now)] },
    statement(`UPDATE "LongDistanceRequest" SET "status" = 'expired', "decidedAt" = ?`, now),
    {
      notices: [
        [LONG_DISTANCE_NOTICES.update, "expired"],
        [LONG_DISTANCE_NOTICES.outcome, "decision"],
      ],
      audit: {
        at: now,
        actor: "system",
        action: "long_distance.expire",
        subject: id,
        ...(detail ? { detail } : {}),
      },
    },
    now,
  );
}

/** Pending requests whose time is up. */
export async function findExpired(db: Db, now: Date, take = 50) {
  return prismaOf(db).longDistanceRequest.findMany({
    where: { status: "pending", expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take,
  });
}

/** Twilio accepted the call to the requester's desk: it goes in the call record, placed by them. */
export async function markCalling(
  db: Db,
  request: LongDistanceRequest,
  placed: { callSid: string; callerId: string; language: Language },
  entry: Omit<AuditEntry, "action" | "subject">,
): Promise<boolean> {
  const { id } = request;
  return change(
    db,
    id,
    { sql: `"status" = 'approved'`, params: [] },
    statement(
      `UPDATE "LongDistanceRequest" SET "status" = 'calling', "callSid" = ?`,
      placed.callSid,
    ),
    {
      audit: { ...entry, action: "long_distance.call_placed", subject: id },
      call: [
        recordOutboundCall({
          callSid: placed.callSid,
          from: placed.callerId,
          to: request.destination,
          language: placed.language,
          placedBy: request.requesterKey,
          department: request.department,
          purpose: { kind: "long_distance", id },
          startedAt: entry.at,
        }),
      ],
    },
    entry.at,
  );
}

/** The approved call could not be placed (Twilio refused or was unreachable). */
export async function markNotPlaced(
  db: Db,
  id: string,
  failure: string,
  entry: Omit<AuditEntry, "action" | "subject">,
): Promise<boolean> {
  return change(
    db,
    id,
    { sql: `"status" = 'approved'`, params: [] },
    statement(
      `UPDATE "LongDistanceRequest" SET "status" = 'failed', "callFailure" = ?, "callEndedAt" = ?`,
      failure.slice(0, 500),
      entry.at,
    ),
    {
      notices: [[LONG_DISTANCE_NOTICES.outcome, "call"]],
      audit: { ...entry, action: "long_distance.call_failed", subject: id },
    },
    entry.at,
  );
}

/** A call-progress report from Twilio about one leg of the approved call. */
export interface LegReport extends Omit<OutboundReport, "callSid" | "leg"> {
  id: string;
  leg: "desk" | "destination";
  callSid: string;
  parentCallSid: string | null;
}

const FINAL = new Set(["completed", "busy", "no-answer", "failed", "canceled"]);

/** The columns that keep what each leg cost. */
const LEG_COST = {
  desk: { amount: "deskCost", currency: "deskCostCurrency" },
  destination: { amount: "destinationCost", currency: "destinationCostCurrency" },
} as const;

/** One leg of an approved call: its Twilio sid and, once known, what Twilio charged for it. */
export interface CallLeg {
  leg: LegReport["leg"];
  callSid: string | null;
  cost: Money | null;
}

/** Both legs of a request's call, the desk's first. */
export function callLegs(r: LongDistanceRequest): CallLeg[] {
  const cost = (amount: string | null, currency: string | null) =>
    amount !== null && currency ? { amount, currency } : null;
  return [
    { leg: "desk", callSid: r.callSid, cost: cost(r.deskCost, r.deskCostCurrency) },
    {
      leg: "destination",
      callSid: r.destinationCallSid,
      cost: cost(r.destinationCost, r.destinationCostCurrency),
    },
  ];
}

/** What Twilio charged for one leg, kept once (a retried report or a second ask writes nothing). */
function legCost(id: string, leg: LegReport["leg"], cost: Money): SqlStatement {
  const column = LEG_COST[leg];
  return statement(
    `UPDATE "LongDistanceRequest" SET "${column.amount}" = ?, "${column.currency}" = ?
     WHERE "id" = ? AND "${column.amount}" IS NULL`,
    cost.amount,
    cost.currency,
    id,
  );
}

/** Keeps what Twilio, asked after the call, said one leg cost. */
export async function recordLegCost(
  db: Db,
  id: string,
  leg: LegReport["leg"],
  cost: Money,
): Promise<void> {
  await commit(db, [legCost(id, leg, cost)]);
}

/**
 * Records a leg's final status, with its audit entry, and its price when the report carries
 * one. The destination leg settles the request: completed when it was answered (its duration),
 * else unanswered or failed. The desk leg settles it only when the desk was never reached; once
 * it was, the destination leg's own report follows (or the job closes a call that never got
 * that far). Once both legs' prices are known, in one currency, the call's cost is their sum;
 * else the job asks Twilio for them. Returns the request as it is now when the report changed it.
 */
export async function recordLeg(db: Db, r: LegReport): Promise<LongDistanceRequest | null> {
  if (!FINAL.has(r.status)) return null;
  const request = await findRequest(db, r.id);
  if (!request) return null;
  if (request.callSid && r.leg === "destination" && r.parentCallSid !== request.callSid) {
    return null;
  }
  if (request.callSid && r.leg === "desk" && r.callSid !== request.callSid) return null;
  const live = { sql: statusIn(CALL_LIVE), params: [] };
  const entry = (status: string): AuditEntry => ({
    at: r.at,
    actor: "twilio",
    action: `long_distance.${r.leg}_leg`,
    subject: r.id,
    detail: {
      callSid: r.callSid,
      status: r.status,
      duration: r.durationSeconds,
      price: r.price,
      priceUnit: r.priceUnit,
      request: status,
    },
  });
  const { id: _id, leg: _leg, callSid: _callSid, parentCallSid: _parent, ...reported } = r;
  // The call record's cost is both legs', set with the register's (recordCost).
  const callReport = { ...reported, price: null, priceUnit: null };
  const price = reportedCost(r.price, r.priceUnit);
  const legPrice = price ? [legCost(r.id, r.leg, price)] : [];
  let changed: boolean;
  if (r.leg === "desk") {
    const reached = r.status === "completed";
    const outcome = r.status === "failed" ? "failed" : "unanswered";
    changed = await change(
      db,
      r.id,
      live,
      reached
        ? statement(`UPDATE "LongDistanceRequest" SET "deskCallStatus" = ?`, r.status)
        : statement(
            `UPDATE "LongDistanceRequest" SET "deskCallStatus" = ?, "status" = ?, "callFailure" = ?,
               "callEndedAt" = ?`,
            r.status,
            outcome,
            `desk ${r.status}`,
            r.at,
          ),
      {
        notices: reached
          ? []
          : [
              [LONG_DISTANCE_NOTICES.outcome, "call"],
              [LONG_DISTANCE_NOTICES.update, "call"],
            ],
        // Reached, the request stays as it was: approved, or calling once Twilio said so.
        audit: entry(reached ? request.status : outcome),
        call: [
          ...legPrice,
          ...completeOutboundCall({ ...callReport, callSid: r.callSid, leg: "desk" }),
        ],
      },
      r.at,
    );
  } else {
    const duration = r.durationSeconds ?? 0;
    const answered = r.status === "completed" && duration > 0;
    const outcome: LongDistanceStatus = answered
      ? "completed"
      : r.status === "failed"
        ? "failed"
        : "unanswered";
    changed = await change(
      db,
      r.id,
      live,
      statement(
        `UPDATE "LongDistanceRequest" SET "status" = ?, "destinationCallSid" = ?, "callStatus" = ?,
           "durationSeconds" = ?, "callStartedAt" = ?, "callEndedAt" = ?${answered ? "" : `, "callFailure" = ?`}`,
        outcome,
        r.callSid,
        r.status,
        answered ? duration : 0,
        answered ? new Date(r.at.getTime() - duration * 1000) : null,
        r.at,
        ...(answered ? [] : [`destination ${r.status}`]),
      ),
      {
        notices: [
          [LONG_DISTANCE_NOTICES.update, "call"],
          ...(answered
            ? []
            : ([[LONG_DISTANCE_NOTICES.outcome, "call"]] as [
                Parameters<typeof notice>[0],
                string,
              ][])),
        ],
        audit: entry(outcome),
        call: [
          ...legPrice,
          ...(r.parentCallSid
            ? completeOutboundCall({ ...callReport, callSid: r.parentCallSid, leg: "dialled" })
            : []),
        ],
      },
      r.at,
    );
  }
  if (price) {
    const current = await findRequest(db, r.id);
    if (current) await priceFromLegs(db, current, r.at);
  }
  return changed ? findRequest(db, r.id) : null;
}

/** A completed call whose two legs' prices are known, in one currency, costs their sum. */
async function priceFromLegs(db: Db, r: LongDistanceRequest, now: Date): Promise<void> {
  if (r.status !== "completed" || r.costSource !== null) return;
  const costs = callLegs(r).map((leg) => leg.cost);
  if (costs.some((c) => c === null)) return;
  // Legs in two currencies wait for the job, which has the exchange rates.
  const total = sumOf(costs as Money[], r.depositCurrency ?? "", {});
  if (total) await recordCost(db, r, total, "twilio", now, costBasis(callLegs(r)));
}

/** Where the rates a cost or refund was converted at come from, as its audit entry records. */
const RATE_SOURCE = "LONG_DISTANCE_FX";

/**
 * What a cost from Twilio was added up from: each leg's price as Twilio reported it, and the
 * rates (LONG_DISTANCE_FX, and the day they are from) legs in another currency were converted at.
 */
export function costBasis(
  legs: readonly CallLeg[],
  fx: DatedRates = { rates: {}, date: null },
): object {
  return {
    legs: legs.map(({ leg, cost }) => ({ leg, ...cost })),
    ...(Object.keys(fx.rates).length > 0
      ? { rates: fx.rates, rateSource: RATE_SOURCE, rateDate: fx.date }
      : {}),
  };
}

/** Completed calls still without a cost, oldest first. */
export async function findUnpriced(db: Db, take = 25) {
  return prismaOf(db).longDistanceRequest.findMany({
    where: { status: "completed", costSource: null },
    orderBy: { callEndedAt: "asc" },
    take,
  });
}

/**
 * Records the call's cost once, from Twilio's price or the tariff, with its audit entry, and
 * queues the post's update. `basis` is what the cost was worked out from (the legs' prices and
 * any rates they were converted at, or the tariff's rate and the minutes), kept in the entry so
 * it can be worked out again.
 */
export async function recordCost(
  db: Db,
  request: Pick<LongDistanceRequest, "id" | "callSid">,
  cost: { amount: string; currency: string } | null,
  source: "twilio" | "tariff" | "none",
  now: Date,
  basis?: object,
): Promise<boolean> {
  const { id } = request;
  return change(
    db,
    id,
    { sql: `"status" = 'completed' AND "costSource" IS NULL`, params: [] },
    statement(
      `UPDATE "LongDistanceRequest" SET "costSource" = ?, "cost" = ?, "costCurrency" = ?`,
      source,
      cost?.amount ?? null,
      cost?.currency ?? null,
    ),
    {
      notices: [[LONG_DISTANCE_NOTICES.update, "cost"]],
      call: request.callSid ? [priceOutboundCall(request.callSid, cost)] : [],
      audit: {
        at: now,
        actor: "system",
        action: "long_distance.cost",
        subject: id,
        detail: {
          source,
          ...(cost ? { amount: cost.amount, currency: cost.currency } : {}),
          ...(basis ? { basis } : {}),
        },
      },
    },
    now,
  );
}

/** Twilio was asked for the call's price once more. */
export async function countPriceCheck(db: Db, id: string): Promise<void> {
  await commit(db, [
    statement(
      `UPDATE "LongDistanceRequest" SET "priceChecks" = "priceChecks" + 1
       WHERE "id" = ? AND "costSource" IS NULL`,
      id,
    ),
  ]);
}

/** Calls whose desk answered but that never reached the destination leg, ended before `before`. */
export async function findStalled(db: Db, before: Date, take = 25) {
  return prismaOf(db).longDistanceRequest.findMany({
    where: { status: "calling", deskCallStatus: "completed", decidedAt: { lt: before } },
    take,
  });
}

/** Closes a call the desk answered and hung up before it was bridged. */
export async function markStalled(db: Db, id: string, now: Date): Promise<boolean> {
  return change(
    db,
    id,
    { sql: `"status" = 'calling' AND "deskCallStatus" = 'completed'`, params: [] },
    statement(
      `UPDATE "LongDistanceRequest" SET "status" = 'unanswered', "callFailure" = ?, "callEndedAt" = ?`,
      "desk hung up before the destination answered",
      now,
    ),
    {
      notices: [
        [LONG_DISTANCE_NOTICES.update, "call"],
        [LONG_DISTANCE_NOTICES.outcome, "call"],
      ],
      audit: { at: now, actor: "system", action: "long_distance.not_connected", subject: id },
    },
    now,
  );
}

/** Keeps where the approvers' post went, the first time it is posted. */
export async function recordPost(db: Db, id: string, channel: string, ts: string): Promise<void> {
  await commit(db, [
    statement(
      `UPDATE "LongDistanceRequest" SET "slackChannel" = ?, "slackTs" = ?
       WHERE "id" = ? AND "slackTs" IS NULL`,
      channel,
      ts,
      id,
    ),
  ]);
}

const AWAITING_SETTLEMENT = `"private" = 1 AND ${statusIn(CALL_ENDED)} AND "settledAt" IS NULL`;

/**
 * Marks a private call settled once, with its audit entry: what was deposited, what it cost and
 * how that cost was reached, and what was refunded, with the rate (LONG_DISTANCE_FX, and the
 * day it is from) a cost in another currency was converted at, so the refund can be worked out
 * again. False when it was already settled, or is not one to settle.
 */
export async function settle(
  db: Db,
  id: string,
  by: Decider,
  now: Date,
  fx: DatedRates,
): Promise<boolean> {
  const r = await findRequest(db, id);
  if (!r) return false;
  const deposit = moneyOf(r.deposit, r.depositCurrency);
  const cost = moneyOf(r.cost, r.costCurrency);
  const refund = refundOf(deposit, cost, fx.rates);
  return auditedChange(
    db,
    { table: "LongDistanceRequest", column: "id", key: id },
    statement(
      `UPDATE "LongDistanceRequest" SET "settledBy" = ?, "settledByName" = ?, "settledAt" = ?`,
      by.slackUserId,
      by.name,
      now,
    ),
    // Settled on the figures it was worked out from: a cost recorded meanwhile is another.
    {
      sql: `${AWAITING_SETTLEMENT} AND "deposit" IS ? AND "depositCurrency" IS ? AND "cost" IS ?
        AND "costCurrency" IS ? AND "costSource" IS ?`,
      params: [r.deposit, r.depositCurrency, r.cost, r.costCurrency, r.costSource],
    },
    {
      at: now,
      actor: by.slackUserId,
      action: "long_distance.settle",
      detail: {
        deposit: r.deposit,
        depositCurrency: r.depositCurrency,
        cost: r.cost,
        costCurrency: r.costCurrency,
        costSource: r.costSource,
        ...settlement(refund, fx.date),
      },
    },
  );
}

function moneyOf(amount: string | null, currency: string | null): Money | null {
  return amount !== null && currency ? { amount, currency } : null;
}

/** What a settlement refunded and how, for its audit entry. */
function settlement(refund: Refund | null, rateDate: string | null): object {
  if (!refund) return { refund: null };
  if ("rateMissing" in refund) return { refund: null, rateMissing: refund.rateMissing };
  const { refund: back, converted } = refund;
  return {
    refund: back.amount,
    refundCurrency: back.currency,
    conversion: converted
      ? {
          from: converted.from,
          rate: converted.rate,
          to: converted.cost,
          rateSource: RATE_SOURCE,
          rateDate,
          rounding: "the converted cost to the cent",
        }
      : null,
  };
}
