import type { Call, CallEvent, Message } from "../generated/prisma/client.ts";
import type { Language } from "../rules/directory.ts";
import { type Db, insertOnce, newId } from "./db.ts";
import { type Sql, type SqlRow, type SqlStatement, sqlTime, statement } from "./sql.ts";

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

// What every webhook does is plain SQL (see sql.ts): one read for the call, then one
// all-or-nothing write of the step's effects and its record.

/** The TwiML already given for this exact webhook, if it was delivered before. */
export async function findStepResponse(
  sql: Sql,
  callSid: string,
  requestKey: string,
): Promise<string | null> {
  const [row] = await sql.read(
    statement(
      `SELECT e."response" FROM "Call" c
       JOIN "CallEvent" e ON e."callStartedAt" = c."startedAt" AND e."callSid" = c."callSid"
       WHERE c."callSid" = ? AND e."requestKey" = ?`,
      callSid,
      requestKey,
    ),
  );
  return (row?.response as string | null | undefined) ?? null;
}

/**
 * The call and, when this exact webhook was answered before, that answer: one statement for
 * what every step needs first.
 */
export async function findCallAndReplay(
  sql: Sql,
  callSid: string,
  requestKey: string,
): Promise<FoundCall> {
  const [row] = await sql.read(
    statement(
      `SELECT c.*, (SELECT e."response" FROM "CallEvent" e
                     WHERE e."callStartedAt" = c."startedAt" AND e."callSid" = c."callSid"
                       AND e."requestKey" = ?) AS "replay"
       FROM (SELECT 1) AS one LEFT JOIN "Call" c ON c."callSid" = ?`,
      requestKey,
      callSid,
    ),
  );
  if (!row?.callSid) return { call: null, replay: null, startedAt: null };
  return {
    call: callFromRow(row),
    replay: (row.replay as string | null) ?? null,
    startedAt: String(row.startedAt),
  };
}

/** A call as `findCallAndReplay` found it. */
export interface FoundCall {
  call: Call | null;
  /** The answer this exact webhook was given before, if it was delivered before. */
  replay: string | null;
  /** The call's start time exactly as stored, which its events are filed under. */
  startedAt: string | null;
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

function callFromRow(row: SqlRow): Call {
  return {
    callSid: String(row.callSid),
    from: String(row.from),
    to: String(row.to),
    callerName: text(row.callerName),
    organisation: text(row.organisation),
    callbackNumber: text(row.callbackNumber),
    language: String(row.language),
    intent: text(row.intent),
    department: text(row.department),
    target: text(row.target),
    outcome: text(row.outcome),
    handledBy: text(row.handledBy),
    status: String(row.status),
    startedAt: sqlTime(row.startedAt) ?? new Date(Number.NaN),
    answeredAt: sqlTime(row.answeredAt),
    endedAt: sqlTime(row.endedAt),
    durationSeconds:
      row.durationSeconds === null || row.durationSeconds === undefined
        ? null
        : Number(row.durationSeconds),
  };
}

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

/**
 * Records a step: its effects and its record (with the TwiML it answered) in one transaction,
 * the effects only if this exact webhook has not been recorded before. Returns the answer to
 * send: ours, or the one an identical delivery stored first.
 */
export async function recordStep(
  sql: Sql,
  step: {
    callSid: string;
    at: Date;
    type: string;
    detail: object;
    requestKey: string;
    response: string;
    effects: SqlStatement[];
    /**
     * The call's start time exactly as stored (`FoundCall.startedAt`), when the call was read
     * before this step: the record is filed under it without looking the call up again.
     */
    callStartedAt?: string | null;
  },
): Promise<string> {
  const stored = step.callStartedAt;
  const detail = JSON.stringify(step.detail);
  const { callSid, requestKey } = step;
  const record = stored
    ? statement(RECORD_AT, callSid, stored, step.at, step.type, detail, requestKey, step.response)
    : statement(RECORD, callSid, step.at, step.type, detail, requestKey, step.response, callSid);
  // The stored start time given, or the call's looked up by its CallSid.
  const [firstTime, start] = stored ? [FIRST_TIME_AT, stored] : [FIRST_TIME, callSid];
  const changes = await sql.write([
    ...step.effects.map((effect) => onlyIf(effect, firstTime, start, callSid, requestKey)),
    record,
  ]);
  if (changes.at(-1)) return step.response;
  return (await findStepResponse(sql, callSid, requestKey)) ?? step.response;
}

/**
 * A step's record, under its call's start time as stored, not as this delivery saw it: a
 * retried greeting then finds the first one's record. Nothing is recorded for a call not there.
 */
const RECORD = `INSERT INTO "CallEvent" ("callSid", "callStartedAt", "at", "type", "detail", "requestKey", "response")
  SELECT ?, c."startedAt", ?, ?, ?, ?, ? FROM "Call" c WHERE c."callSid" = ?
  ON CONFLICT ("callStartedAt", "callSid", "requestKey") DO NOTHING`;

/** The same, given that start time. */
const RECORD_AT = `INSERT INTO "CallEvent" ("callSid", "callStartedAt", "at", "type", "detail", "requestKey", "response")
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT ("callStartedAt", "callSid", "requestKey") DO NOTHING`;

/** No record of this exact webhook yet, under the call's start time as stored. */
const FIRST_TIME = `NOT EXISTS (SELECT 1 FROM "CallEvent"
  WHERE "callStartedAt" = (SELECT "startedAt" FROM "Call" WHERE "callSid" = ?)
    AND "callSid" = ? AND "requestKey" = ?)`;

/** The same, given that start time. */
const FIRST_TIME_AT = `NOT EXISTS (SELECT 1 FROM "CallEvent"
  WHERE "callStartedAt" = ? AND "callSid" = ? AND "requestKey" = ?)`;

/** A statement that does nothing unless `condition` holds (an INSERT … VALUES or an UPDATE … WHERE). */
function onlyIf(s: SqlStatement, condition: string, ...params: unknown[]): SqlStatement {
  return { sql: conditional(s.sql, condition), params: [...s.params, ...params] };
}

// The few effects there are, each with the two conditions: kept, so no webhook rewrites them.
const rewritten = new Map<string, Map<string, string>>();
const MAX_REWRITTEN = 256;

function conditional(sql: string, condition: string): string {
  let byCondition = rewritten.get(sql);
  const known = byCondition?.get(condition);
  if (known !== undefined) return known;
  const text = rewrite(sql, condition);
  if (!byCondition && rewritten.size < MAX_REWRITTEN) {
    byCondition = new Map();
    rewritten.set(sql, byCondition);
  }
  byCondition?.set(condition, text);
  return text;
}

function rewrite(sql: string, condition: string): string {
  const values = /^(INSERT INTO [^(]+\([^)]*\))\s*VALUES\s*\(([^)]*)\)(.*)$/s.exec(sql);
  if (values) {
    const [, into, placeholders, rest] = values;
    return `${into} SELECT ${placeholders} WHERE ${condition}${rest}`;
  }
  if (/^UPDATE\b[\s\S]*\bWHERE\b/.test(sql)) return `${sql} AND ${condition}`;
  throw new Error(`a step's effect must be an INSERT … VALUES or an UPDATE … WHERE: ${sql}`);
}

export async function findEvents(
  db: Db,
  call: { callSid: string; startedAt: Date },
  types?: string[],
): Promise<CallEvent[]> {
  return db.callEvent.findMany({
    // The call's start time leads the index that holds its events.
    where: {
      callStartedAt: call.startedAt,
      callSid: call.callSid,
      ...(types ? { type: { in: types } } : {}),
    },
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
    | "message_update"
    | "message_recording";
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
  /** One line for staff in the caller's words, and how urgent it is by what it is about. */
  summary?: string | null;
  urgency?: "low" | "normal" | "urgent" | null;
  from: string;
}

/** How long after the message its recording's post waits: the post goes first. */
const RECORDING_POST_DELAY_MS = 30_000;

/** How long Twilio's transcription of a message is waited for before Switchboard makes its own. */
export const TRANSCRIPTION_GRACE_MS = 3 * 60_000;

/**
 * When Switchboard should transcribe a call's message itself (messageTranscriptionJob): at `at`,
 * or, with `ifUnset`, only if no time is set yet, so a later callback never delays it.
 */
export async function scheduleTranscription(
  db: Db,
  callSid: string,
  at: Date,
  options: { ifUnset?: boolean } = {},
): Promise<void> {
  await db.message.updateMany({
    where: { callSid, transcription: null, ...(options.ifUnset ? { transcribeAfter: null } : {}) },
    data: { transcribeAfter: at },
  });
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
      db.message.create({
        data: {
          id,
          ...fields,
          status: "new",
          createdAt: now,
          updatedAt: now,
          // Twilio's transcription normally comes within this; if not, Switchboard makes its own.
          transcribeAfter: input.recordingSid
            ? new Date(now.getTime() + TRANSCRIPTION_GRACE_MS)
            : null,
        },
      }),
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
      // The recording itself, to go beside the message's post: after the post, and once Twilio
      // has had a moment to make the recording's audio available.
      ...(input.recordingSid
        ? [
            db.notification.create({
              data: {
                ...notification(
                  {
                    kind: "message_recording",
                    dedupeKey: `message-recording:${input.callSid}`,
                    subject: id,
                    department: input.department,
                    payload: { recordingSid: input.recordingSid },
                  },
                  now,
                ),
                nextAttemptAt: new Date(now.getTime() + RECORDING_POST_DELAY_MS),
              },
            }),
          ]
        : []),
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
      | "machineSummary"
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
  data: Partial<Pick<Message, "transcription" | "summary" | "machineSummary" | "urgency">>,
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
