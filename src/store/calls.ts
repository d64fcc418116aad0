import type { Call, CallEvent, Message } from "../generated/prisma/client.ts";
import type { Language } from "../rules/directory.ts";
import { type Db, insertOnce, newId } from "./db.ts";

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
export type MissReason =
  | "declined"
  | "no-answer"
  | "busy"
  | "failed"
  | "caller-hung-up"
  | "hung-up-in-ivr"
  | "after-hours";

// The steps every webhook takes use single raw statements: each is one SQLite/D1 statement,
// about half the cost of the equivalent model query, on the path every caller waits on.

/** The TwiML already given for this exact webhook, if it was delivered before. */
export async function findStepResponse(db: Db, requestKey: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ response: string | null }[]>`
    SELECT "response" FROM "CallEvent" WHERE "requestKey" = ${requestKey} LIMIT 1`;
  return rows[0]?.response ?? null;
}

/**
 * The call and, when this exact webhook was answered before, that answer: one statement for
 * what every step needs first.
 */
export async function findCallAndReplay(
  db: Db,
  callSid: string,
  requestKey: string,
): Promise<{ call: Call | null; replay: string | null }> {
  const rows = await db.$queryRaw<(Call & { replay: string | null })[]>`
    SELECT c.*, (SELECT e."response" FROM "CallEvent" e WHERE e."requestKey" = ${requestKey}) AS "replay"
    FROM (SELECT 1) AS one LEFT JOIN "Call" c ON c."callSid" = ${callSid}`;
  const row = rows[0];
  if (!row) return { call: null, replay: null };
  const { replay, ...call } = row;
  return { call: call.callSid ? (call as Call) : null, replay };
}

/** Creates the call on first sight; null when it already exists (a retry, or out of order). */
export async function insertCall(
  db: Db,
  call: { callSid: string; from: string; to: string; language: Language; startedAt: Date },
): Promise<Call | null> {
  const inserted = await db.$executeRaw`
    INSERT INTO "Call" ("callSid", "from", "to", "language", "status", "startedAt")
    VALUES (${call.callSid}, ${call.from}, ${call.to}, ${call.language}, 'in-progress', ${call.startedAt})
    ON CONFLICT ("callSid") DO NOTHING`;
  if (inserted === 0) return null;
  return {
    ...call,
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
  };
}

/**
 * Records a step with its answer. Returns the answer to send: ours, or the one a concurrent
 * identical delivery stored first.
 */
export async function recordStep(
  db: Db,
  step: {
    callSid: string;
    at: Date;
    type: string;
    detail: object;
    requestKey: string;
    response: string;
  },
): Promise<string> {
  const inserted = await db.$executeRaw`
    INSERT INTO "CallEvent" ("callSid", "at", "type", "detail", "requestKey", "response")
    VALUES (${step.callSid}, ${step.at}, ${step.type}, ${JSON.stringify(step.detail)}, ${step.requestKey}, ${step.response})
    ON CONFLICT ("requestKey") DO NOTHING`;
  if (inserted > 0) return step.response;
  return (await findStepResponse(db, step.requestKey)) ?? step.response;
}

/** Where the caller is going, set as soon as it is understood. */
export async function setDestination(
  db: Db,
  callSid: string,
  to: { intent: Intent; department: string | null; target: string | null },
): Promise<void> {
  await db.$executeRaw`
    UPDATE "Call" SET "intent" = ${to.intent}, "department" = ${to.department}, "target" = ${to.target}
    WHERE "callSid" = ${callSid}`;
}

export async function addEvent(
  db: Db,
  callSid: string,
  at: Date,
  type: string,
  detail: object = {},
) {
  await db.callEvent.create({ data: { callSid, at, type, detail: JSON.stringify(detail) } });
}

export async function findEvents(db: Db, callSid: string, types?: string[]): Promise<CallEvent[]> {
  return db.callEvent.findMany({
    where: { callSid, ...(types ? { type: { in: types } } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
}

export async function findCall(db: Db, callSid: string): Promise<Call | null> {
  return db.call.findUnique({ where: { callSid } });
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

export async function updateCall(db: Db, callSid: string, data: CallUpdate): Promise<void> {
  await db.call.update({ where: { callSid }, data });
}

/** Sets the outcome only if none is set yet, so the first thing that settled a call wins. */
export async function settleOutcome(
  db: Db,
  callSid: string,
  outcome: Outcome,
  data: CallUpdate = {},
) {
  await db.call.updateMany({ where: { callSid, outcome: null }, data: { ...data, outcome } });
}

export interface NotificationInput {
  kind:
    | "message"
    | "missed_call"
    | "emergency"
    | "complaint"
    | "reminder"
    | "escalation"
    | "handover"
    | "message_update";
  dedupeKey: string;
  subject: string;
  department: string | null;
  payload: object;
}

/** An outbox row, due now; written in the same transaction as what it reports. */
export function notification(n: NotificationInput, now: Date) {
  return {
    id: newId(),
    kind: n.kind,
    dedupeKey: n.dedupeKey,
    subject: n.subject,
    department: n.department,
    payload: JSON.stringify(n.payload),
    status: "pending",
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
}

/** A missed transfer and its notification, written together, once per transfer attempt. */
export async function recordMissedCall(
  db: Db,
  missed: {
    key: string;
    callSid: string;
    from: string;
    department: string | null;
    target: string | null;
    reason: MissReason;
  },
  now: Date,
): Promise<void> {
  const id = newId();
  await insertOnce(() =>
    db.$transaction([
      db.missedCall.create({
        data: {
          id,
          key: missed.key,
          callSid: missed.callSid,
          department: missed.department,
          target: missed.target,
          reason: missed.reason,
          createdAt: now,
        },
      }),
      db.notification.create({
        data: notification(
          {
            kind: "missed_call",
            dedupeKey: `missed:${missed.key}`,
            subject: id,
            department: missed.department,
            payload: { ...missed, at: now.toISOString() },
          },
          now,
        ),
      }),
    ]),
  );
}

export async function findMissedCalls(db: Db, callSid: string) {
  return db.missedCall.findMany({ where: { callSid }, orderBy: { createdAt: "asc" } });
}

/** An emergency alert and its notification, written together, once per call. */
export async function recordEmergency(
  db: Db,
  alert: { callSid: string; from: string; utterance: string; category: string; department: string },
  now: Date,
): Promise<void> {
  const id = newId();
  await insertOnce(() =>
    db.$transaction([
      db.emergencyAlert.create({ data: { id, ...alert, createdAt: now } }),
      db.notification.create({
        data: notification(
          {
            kind: "emergency",
            dedupeKey: `emergency:${alert.callSid}`,
            subject: id,
            department: alert.department,
            payload: { ...alert, at: now.toISOString() },
          },
          now,
        ),
      }),
    ]),
  );
}

/** A complaint's notification for the duty manager, once per call. */
export async function recordComplaint(
  db: Db,
  complaint: { callSid: string; from: string; utterance: string; department: string },
  now: Date,
): Promise<void> {
  await insertOnce(() =>
    db.notification.create({
      data: notification(
        {
          kind: "complaint",
          dedupeKey: `complaint:${complaint.callSid}`,
          subject: complaint.callSid,
          department: complaint.department,
          payload: { ...complaint, at: now.toISOString() },
        },
        now,
      ),
    }),
  );
}

export interface MessageInput {
  callSid: string;
  department: string | null;
  target: string | null;
  callerName: string | null;
  organisation: string | null;
  callbackNumber: string | null;
  language: Language;
  transcript: string | null;
  recordingUrl: string | null;
  recordingSid: string | null;
  recordingDuration: number | null;
  transcription: string | null;
  /** One line for staff, and how urgent the caller said it was. */
  summary?: string | null;
  urgency?: "low" | "normal" | "urgent" | null;
  from: string;
}

/**
 * Stores a message with status `new`, its notification in the outbox and the call's outcome,
 * all in one transaction; a second delivery of the same webhook writes nothing.
 */
export async function createMessage(
  db: Db,
  input: MessageInput,
  now: Date,
): Promise<Message | null> {
  const { from, ...fields } = input;
  const id = newId();
  const created = await insertOnce(() =>
    db.$transaction([
      db.message.create({ data: { id, ...fields, status: "new", createdAt: now, updatedAt: now } }),
      db.notification.create({
        data: notification(
          {
            kind: "message",
            dedupeKey: `message:${input.callSid}`,
            subject: id,
            department: input.department,
            payload: { messageId: id, ...fields, from, at: now.toISOString() },
          },
          now,
        ),
      }),
      db.call.updateMany({
        where: { callSid: input.callSid },
        data: {
          outcome: "message",
          callerName: input.callerName,
          organisation: input.organisation,
          callbackNumber: input.callbackNumber,
        },
      }),
    ]),
  );
  return created ? created[0] : null;
}

export async function updateMessageByCall(
  db: Db,
  callSid: string,
  data: Partial<
    Pick<
      Message,
      | "recordingUrl"
      | "recordingSid"
      | "recordingDuration"
      | "transcription"
      | "summary"
      | "urgency"
    >
  >,
  now: Date,
): Promise<boolean> {
  const { count } = await db.message.updateMany({
    where: { callSid },
    data: { ...data, updatedAt: now },
  });
  return count > 0;
}

/**
 * Updates a message with what arrived after it was taken (its transcription and summary) and,
 * in the same batch, queues the update of its Slack post if that post has gone out (or is going);
 * a post still waiting in the outbox is written from the message as it is when it is sent.
 */
export async function reviseMessage(
  db: Db,
  callSid: string,
  data: Partial<Pick<Message, "transcription" | "summary" | "urgency">>,
  revision: string,
  now: Date,
): Promise<void> {
  await db.$transaction([
    db.message.updateMany({ where: { callSid }, data: { ...data, updatedAt: now } }),
    db.$executeRaw`
      INSERT INTO "Notification" ("id", "kind", "dedupeKey", "subject", "department", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
      SELECT ${newId()}, 'message_update', ${`message-update:${callSid}:${revision}`}, m."id", m."department", '{}', 'pending', 0, ${now}, ${now}
      FROM "Message" m
      JOIN "Notification" o ON o."kind" = 'message' AND o."subject" = m."id" AND o."status" IN ('sending', 'sent')
      WHERE m."callSid" = ${callSid}
      ON CONFLICT ("dedupeKey") DO NOTHING`,
  ]);
}
