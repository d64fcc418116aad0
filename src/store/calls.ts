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
export type MissReason = "declined" | "no-answer" | "busy" | "failed" | "caller-hung-up";

/** The TwiML already given for this exact webhook, if it was delivered before. */
export async function findStepResponse(db: Db, requestKey: string): Promise<string | null> {
  const event = await db.callEvent.findUnique({
    where: { requestKey },
    select: { response: true },
  });
  return event?.response ?? null;
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
  const created = await insertOnce(() =>
    db.callEvent.create({ data: { ...step, detail: JSON.stringify(step.detail) } }),
  );
  if (created) return step.response;
  return (await findStepResponse(db, step.requestKey)) ?? step.response;
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

/** The call row, created on first sight (a retried or out-of-order webhook finds it there). */
export async function ensureCall(
  db: Db,
  call: { callSid: string; from: string; to: string; language: Language; startedAt: Date },
): Promise<Call> {
  const existing = await findCall(db, call.callSid);
  if (existing) return existing;
  const created = await insertOnce(() =>
    db.call.create({ data: { ...call, status: "in-progress" } }),
  );
  return created ?? (await db.call.findUniqueOrThrow({ where: { callSid: call.callSid } }));
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

interface NotificationInput {
  kind: "message" | "missed_call" | "emergency";
  dedupeKey: string;
  subject: string;
  department: string | null;
  payload: object;
}

function notification(n: NotificationInput, now: Date) {
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
    Pick<Message, "recordingUrl" | "recordingSid" | "recordingDuration" | "transcription">
  >,
  now: Date,
): Promise<boolean> {
  const { count } = await db.message.updateMany({
    where: { callSid },
    data: { ...data, updatedAt: now },
  });
  return count > 0;
}
