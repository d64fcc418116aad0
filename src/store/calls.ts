import type { Language } from "../rules/directory.ts";
import { type Db, prismaOf } from "./db.ts";
import { missedCallsAnswerable } from "./missed-calls.ts";
import type { Call, CallEvent, Message, MissedCall } from "./records.ts";
import { type SqlStatement, statement } from "./sql.ts";
import { lastAskedSurvey, type SurveyAnswer, withSurveys } from "./surveys.ts";

// A call's own record: created by its first webhook, then changed by the steps that follow
// (where it is going, who the caller is, how it ended). The changes are statements a step
// returns; they are applied with the step's record (call-steps.ts).

export type Intent =
  | "department"
  | "person"
  | "guest"
  | "emergency"
  | "complaint"
  | "operator"
  | "faq"
  | "unknown";
export type Outcome = "transferred" | "message" | "missed" | "abandoned" | "emergency" | "info";

/** A call seen for the first time, as `insertCall` will store it. */
export function newCall(call: {
  callSid: string;
  from: string;
  to: string;
  language: Language;
  startedAt: Date;
}): Call {
  // Spelt out: a spread followed by this many new fields costs V8 microseconds per call.
  return {
    callSid: call.callSid,
    from: call.from,
    to: call.to,
    language: call.language,
    startedAt: call.startedAt,
    status: "in-progress",
    callerName: null,
    organisation: null,
    callbackNumber: null,
    intent: null,
    department: null,
    target: null,
    outcome: null,
    handledBy: null,
    answeredAt: null,
    endedAt: null,
    durationSeconds: null,
    direction: "inbound",
    placedBy: null,
    purpose: null,
    purposeId: null,
    cost: null,
    costCurrency: null,
  };
}

/** Creates the call unless it exists already (a retry, or a webhook that came out of order). */
export function insertCall(call: Call): SqlStatement {
  return statement(
    `INSERT INTO "Call" ("callSid", "from", "to", "language", "status", "startedAt")
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ("callSid") DO NOTHING`,
    call.callSid,
    call.from,
    call.to,
    call.language,
    call.status,
    call.startedAt,
  );
}

/** The language the call goes on in. */
export function setLanguage(callSid: string, language: Language): SqlStatement {
  return statement(`UPDATE "Call" SET "language" = ? WHERE "callSid" = ?`, language, callSid);
}

/** Where the caller is going, set as soon as it is understood. */
export function setDestination(
  callSid: string,
  to: { intent: Intent; department: string | null; target: string | null },
): SqlStatement {
  return statement(
    `UPDATE "Call" SET "intent" = ?, "department" = ?, "target" = ? WHERE "callSid" = ?`,
    to.intent,
    to.department,
    to.target,
    callSid,
  );
}

export type CallUpdate = Partial<
  Pick<
    Call,
    | "callerName"
    | "organisation"
    | "callbackNumber"
    | "language"
    | "intent"
    | "department"
    | "target"
    | "outcome"
    | "handledBy"
    | "status"
    | "answeredAt"
    | "endedAt"
    | "durationSeconds"
  >
>;

/** Sets the given fields of the call. */
export function updateCall(callSid: string, data: CallUpdate): SqlStatement {
  const [set, values] = assignments(data);
  return statement(`UPDATE "Call" SET ${set} WHERE "callSid" = ?`, ...values, callSid);
}

/** Sets the outcome only if none is set yet, so the first thing that settled a call wins. */
export function settleOutcome(
  callSid: string,
  outcome: Outcome,
  data: CallUpdate = {},
): SqlStatement {
  const [set, values] = assignments({ ...data, outcome });
  return statement(
    `UPDATE "Call" SET ${set} WHERE "callSid" = ? AND "outcome" IS NULL`,
    ...values,
    callSid,
  );
}

/** `"a" = ?, "b" = ?` for the fields given, and their values in the same order. */
function assignments(data: CallUpdate): [string, unknown[]] {
  const names = Object.keys(data) as (keyof CallUpdate)[];
  if (names.length === 0) throw new Error("a call update needs at least one field");
  return [names.map((name) => `"${name}" = ?`).join(", "), names.map((name) => data[name])];
}

export async function findCall(db: Db, callSid: string): Promise<Call | null> {
  return prismaOf(db).call.findUnique({ where: { callSid } });
}

export async function findEvents(
  db: Db,
  call: { callSid: string; startedAt: Date },
  types?: string[],
): Promise<CallEvent[]> {
  return prismaOf(db).callEvent.findMany({
    // The call's start time leads the index that holds its events.
    where: {
      callStartedAt: call.startedAt,
      callSid: call.callSid,
      ...(types ? { type: { in: types } } : {}),
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
}

export async function findMissedCalls(db: Db, callSid: string): Promise<MissedCall[]> {
  return prismaOf(db).missedCall.findMany({ where: { callSid }, orderBy: { createdAt: "asc" } });
}

/**
 * What a call's records say, for a step that needs more than the call itself: read when first
 * asked for, and once. A step reads; only the statements it returns write.
 */
export interface CallHistory {
  /** The call's steps so far, oldest first; only those of `types` when given. */
  events(types?: string[]): Promise<CallEvent[]>;
  missedCalls(): Promise<MissedCall[]>;
  /** The open missed calls a message for `to` would answer (see `missedCallsAnswerable`). */
  missedCallsAnswerable(
    to: { from: string | null; department: string | null; target: string | null },
    now: Date,
    windowMs: number,
  ): Promise<MissedCall[]>;
  /** The message taken on the call, if one was. */
  message(): Promise<Message | null>;
  /** Whether a long-distance request was made on the call. */
  requestedLongDistance(): Promise<boolean>;
  /** When the caller was last asked the survey, on another call. */
  lastSurveyed(): Promise<Date | null>;
}

export function callHistory(
  db: Db,
  call: { callSid: string; startedAt: Date; from: string },
): CallHistory {
  let events: Promise<CallEvent[]> | undefined;
  return {
    async events(types) {
      events ??= findEvents(db, call);
      const all = await events;
      return types ? all.filter((e) => types.includes(e.type)) : all;
    },
    missedCalls: () => findMissedCalls(db, call.callSid),
    missedCallsAnswerable: (to, now, windowMs) =>
      missedCallsAnswerable(db, { callSid: call.callSid, ...to }, now, windowMs),
    message: () => prismaOf(db).message.findUnique({ where: { callSid: call.callSid } }),
    async requestedLongDistance() {
      const request = await prismaOf(db).longDistanceRequest.findUnique({
        where: { sourceCallSid: call.callSid },
        select: { id: true },
      });
      return request !== null;
    },
    lastSurveyed: () => lastAskedSurvey(db, call.from, call.callSid),
  };
}

/** Calls as the admin API lists them, newest first. */
export async function listCalls(
  db: Db,
  filter: {
    department?: string;
    outcome?: string;
    direction?: string;
    startedFrom?: Date;
    startedBefore?: Date;
  },
  page: { page: number; pageSize: number },
): Promise<{ items: (Call & { survey: SurveyAnswer })[]; total: number }> {
  const prisma = prismaOf(db);
  const where = {
    ...(filter.department ? { department: filter.department } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.direction ? { direction: filter.direction } : {}),
    ...(filter.startedFrom || filter.startedBefore
      ? {
          startedAt: {
            ...(filter.startedFrom ? { gte: filter.startedFrom } : {}),
            ...(filter.startedBefore ? { lt: filter.startedBefore } : {}),
          },
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    prisma.call.findMany({
      where,
      orderBy: [{ startedAt: "desc" }, { callSid: "desc" }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    prisma.call.count({ where }),
  ]);
  return { items: await withSurveys(db, items), total };
}

/** One call with its steps and the message taken on it, as the admin API shows it. */
export async function callRecord(
  db: Db,
  callSid: string,
): Promise<{
  call: Call & { survey: SurveyAnswer };
  events: CallEvent[];
  message: Message | null;
} | null> {
  const prisma = prismaOf(db);
  const [call, message] = await Promise.all([
    prisma.call.findUnique({ where: { callSid } }),
    prisma.message.findUnique({ where: { callSid } }),
  ]);
  if (!call) return null;
  const [events, [withSurvey]] = await Promise.all([findEvents(db, call), withSurveys(db, [call])]);
  return { call: withSurvey ?? { ...call, survey: null }, events, message };
}
