import type { Language } from "../rules/directory.ts";
import { auditedChange } from "./audit.ts";
import { commit, type Db, newId, prismaOf } from "./db.ts";
import { answerMissedCalls } from "./missed-calls.ts";
import { type Condition, condition, enqueueNotice } from "./outbox.ts";
import type { Message, MissedCall } from "./records.ts";
import { type SqlStatement, statement } from "./sql.ts";

// A message a caller left: taken by the IVR, completed by what arrives after it (the recording,
// its transcription, a summary), then taken up by staff in Slack (claimed, called back, done),
// reminded and escalated by the jobs while nobody does.

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
}

/** How long after the message its recording's post waits: the post goes first. */
const RECORDING_POST_DELAY_MS = 30_000;

/** The message with this id exists: it was written by this unit, not by a twin before it. */
function messageWritten(id: string): Condition {
  return condition(`EXISTS (SELECT 1 FROM "Message" WHERE "id" = ?)`, id);
}

/**
 * A message taken: stored with status `new`, its post (and its recording's) queued, the call's
 * outcome and caller set, and the missed calls it answers (`answers`) closed by it, as one unit.
 * Only the first message of a call is kept: a second one writes nothing, its notices and the
 * call's update included. A recorded message is transcribed by Switchboard once `graceMs`
 * (config `waits.transcriptionGraceMs`) has passed without Twilio's transcription.
 */
export function takeMessage(
  input: MessageInput,
  now: Date,
  options: {
    graceMs: number;
    answers?: readonly Pick<MissedCall, "id" | "key" | "department">[];
  },
): SqlStatement[] {
  const id = newId();
  const written = messageWritten(id);
  const answers = options.answers ?? [];
  // Twilio's transcription normally comes within this; if not, Switchboard makes its own.
  const transcribeAfter = input.recordingSid ? new Date(now.getTime() + options.graceMs) : null;
  const notice = { subject: id, department: input.department, at: now };
  return [
    statement(
      `INSERT INTO "Message" ("id", "callSid", "department", "target", "callerName", "organisation",
         "callbackNumber", "language", "transcript", "recordingUrl", "recordingSid",
         "recordingDuration", "transcription", "summary", "urgency", "transcribeAfter",
         "transcribeAttempts", "status", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'new', ?, ?)
       ON CONFLICT ("callSid") DO NOTHING`,
      id,
      input.callSid,
      input.department,
      input.target,
      input.callerName,
      input.organisation,
      input.callbackNumber,
      input.language,
      input.transcript,
      input.recordingUrl,
      input.recordingSid,
      input.recordingDuration,
      input.transcription,
      input.summary ?? null,
      input.urgency ?? null,
      transcribeAfter,
      now,
      now,
    ),
    enqueueNotice(
      { ...notice, kind: "message", dedupeKey: `message:${input.callSid}` },
      { onlyIf: written },
    ),
    // The recording itself, to go beside the message's post: after the post, and once Twilio
    // has had a moment to make the recording's audio available.
    ...(input.recordingSid
      ? [
          enqueueNotice(
            {
              ...notice,
              kind: "message_recording",
              dedupeKey: `message-recording:${input.callSid}`,
              dueAt: new Date(now.getTime() + RECORDING_POST_DELAY_MS),
            },
            { onlyIf: written },
          ),
        ]
      : []),
    statement(
      `UPDATE "Call" SET "outcome" = 'message', "callerName" = ?, "organisation" = ?,
         "callbackNumber" = ?
       WHERE "callSid" = ? AND ${written.sql}`,
      input.callerName,
      input.organisation,
      input.callbackNumber,
      input.callSid,
      ...written.params,
    ),
    ...answerMissedCalls(answers, id, written, now),
  ];
}

/** The recording Twilio made of the call's message, once it is complete. */
export function setMessageRecording(
  callSid: string,
  recording: { url: string | null; sid: string | null; duration: number | null },
  now: Date,
): SqlStatement {
  return statement(
    `UPDATE "Message" SET "recordingUrl" = ?, "recordingSid" = ?, "recordingDuration" = ?,
       "updatedAt" = ?
     WHERE "callSid" = ?`,
    recording.url,
    recording.sid,
    recording.duration,
    now,
    callSid,
  );
}

/**
 * When Switchboard should transcribe a call's message itself (the transcription job): at `at`,
 * or, with `ifUnset`, only if no time is set yet, so a later callback never delays it.
 */
export function scheduleTranscription(
  callSid: string,
  at: Date,
  options: { ifUnset?: boolean } = {},
): SqlStatement {
  return statement(
    `UPDATE "Message" SET "transcribeAfter" = ?
     WHERE "callSid" = ? AND "transcription" IS NULL${options.ifUnset ? ` AND "transcribeAfter" IS NULL` : ""}`,
    at,
    callSid,
  );
}

/**
 * A message completed with what arrived after it was taken (its transcription and summary)
 * and, with it, the update of its Slack post if that post has gone out (or is going); a post
 * still waiting in the outbox shows the message as it is when it is sent.
 */
export function reviseMessage(
  message: Pick<Message, "id" | "callSid" | "department">,
  data: Partial<Pick<Message, "transcription" | "summary" | "machineSummary" | "urgency">>,
  revision: string,
  now: Date,
): SqlStatement[] {
  const fields = Object.entries(data).filter(([, value]) => value !== undefined);
  return [
    statement(
      `UPDATE "Message" SET ${fields.map(([name]) => `"${name}" = ?, `).join("")}"updatedAt" = ?
       WHERE "id" = ?`,
      ...fields.map(([, value]) => value),
      now,
      message.id,
    ),
    enqueueNotice(
      {
        kind: "message_update",
        dedupeKey: `message-update:${message.callSid}:${revision}`,
        subject: message.id,
        department: message.department,
        at: now,
      },
      {
        onlyIf: condition(
          `EXISTS (SELECT 1 FROM "Notification" WHERE "kind" = 'message' AND "subject" = ?
             AND "status" IN ('sending', 'sent'))`,
          message.id,
        ),
      },
    ),
  ];
}

export async function findMessage(db: Db, id: string): Promise<Message | null> {
  return prismaOf(db).message.findUnique({ where: { id } });
}

/** A message as its post shows it: with the number the caller called from, and the missed calls it answered. */
export async function messageToPost(
  db: Db,
  id: string,
): Promise<{ message: Message; from: string; missed: MissedCall[] } | null> {
  const prisma = prismaOf(db);
  const message = await prisma.message.findUnique({ where: { id } });
  if (!message) return null;
  const [call, missed] = await Promise.all([
    prisma.call.findUnique({ where: { callSid: message.callSid }, select: { from: true } }),
    prisma.missedCall.findMany({ where: { messageId: id }, orderBy: { createdAt: "asc" } }),
  ]);
  return { message, from: call?.from ?? message.callbackNumber ?? "", missed };
}

/** Someone takes the message on; false when it was taken or finished already. */
export function claimMessage(db: Db, id: string, by: string, at: Date): Promise<boolean> {
  return auditedChange(
    db,
    { table: "Message", column: "id", key: id },
    statement(
      `UPDATE "Message" SET "claimedBy" = ?, "claimedAt" = ?, "status" = 'claimed', "updatedAt" = ?`,
      by,
      at,
      at,
    ),
    { sql: `"claimedBy" IS NULL AND "doneAt" IS NULL` },
    { at, actor: by, action: "message.claim" },
  );
}

/** The message is dealt with; false when it was finished already. */
export function finishMessage(db: Db, id: string, by: string, at: Date): Promise<boolean> {
  return auditedChange(
    db,
    { table: "Message", column: "id", key: id },
    statement(
      `UPDATE "Message" SET "doneBy" = ?, "doneAt" = ?, "status" = 'done', "updatedAt" = ?`,
      by,
      at,
      at,
    ),
    { sql: `"doneAt" IS NULL` },
    { at, actor: by, action: "message.done" },
  );
}

export type Nudge = "reminder" | "escalation";

/** Messages nobody has taken (a reminder) or finished (an escalation), created by `before`. */
export async function messagesToNudge(
  db: Db,
  nudge: Nudge,
  before: Date,
  take: number,
): Promise<Message[]> {
  const pending =
    nudge === "reminder"
      ? { claimedBy: null, calledBackAt: null, doneAt: null, remindedAt: null }
      : { doneAt: null, escalatedAt: null };
  return prismaOf(db).message.findMany({
    where: { ...pending, createdAt: { lte: before } },
    orderBy: { createdAt: "asc" },
    take,
  });
}

/**
 * Reminds of an unclaimed message, or escalates one not done, once; false when it was taken,
 * finished or nudged meanwhile. The notice's INSERT is the guard and goes first: D1 runs a
 * batch statement by statement, so an overlapping run or a claim landing meanwhile can never
 * queue it twice or too late.
 */
export async function nudgeMessage(
  db: Db,
  message: Pick<Message, "id">,
  nudge: Nudge,
  department: string | null,
  now: Date,
): Promise<boolean> {
  const still =
    nudge === "reminder"
      ? `"remindedAt" IS NULL AND "claimedBy" IS NULL AND "calledBackAt" IS NULL AND "doneAt" IS NULL`
      : `"escalatedAt" IS NULL AND "doneAt" IS NULL`;
  const [queued] = await commit(db, [
    enqueueNotice(
      {
        kind: nudge,
        dedupeKey: `${nudge}:${message.id}`,
        subject: message.id,
        department,
        at: now,
      },
      {
        onlyIf: condition(
          `EXISTS (SELECT 1 FROM "Message" WHERE "id" = ? AND ${still})`,
          message.id,
        ),
      },
    ),
    statement(
      `UPDATE "Message" SET "${nudge === "reminder" ? "remindedAt" : "escalatedAt"}" = ?
       WHERE "id" = ? AND ${still}`,
      now,
      message.id,
    ),
  ]);
  return queued === 1;
}

/** Messages whose recording Switchboard is to transcribe itself now, with fewer than `maxTries`. */
export async function messagesToTranscribe(db: Db, now: Date, maxTries: number, take: number) {
  return prismaOf(db).message.findMany({
    where: {
      transcription: null,
      recordingSid: { not: null },
      transcribeAfter: { lte: now },
      transcribeAttempts: { lt: maxTries },
    },
    orderBy: { transcribeAfter: "asc" },
    take,
    select: {
      id: true,
      callSid: true,
      department: true,
      language: true,
      recordingSid: true,
      transcribeAttempts: true,
      transcript: true,
    },
  });
}

/**
 * Takes a message's transcription on, as attempt `attempts + 1`, tried again after `retryAt`
 * if it fails; false when another run took it first.
 */
export async function claimTranscription(
  db: Db,
  message: { id: string; transcribeAttempts: number },
  retryAt: Date,
): Promise<boolean> {
  const [claimed] = await commit(db, [
    statement(
      `UPDATE "Message" SET "transcribeAttempts" = ?, "transcribeAfter" = ?
       WHERE "id" = ? AND "transcription" IS NULL AND "transcribeAttempts" = ?`,
      message.transcribeAttempts + 1,
      retryAt,
      message.id,
      message.transcribeAttempts,
    ),
  ]);
  return claimed === 1;
}

/** Nothing more to transcribe for this message. */
export function doneTranscribing(id: string): SqlStatement {
  return statement(`UPDATE "Message" SET "transcribeAfter" = NULL WHERE "id" = ?`, id);
}

/** Open messages, newest first: all of them, or one department's. */
export async function openMessages(
  db: Db,
  department: string | null,
  page: { skip: number; take: number },
): Promise<{ total: number; oldest: Message[] }> {
  const prisma = prismaOf(db);
  const where = { doneAt: null, ...(department ? { department } : {}) };
  const [total, oldest] = await Promise.all([
    prisma.message.count({ where }),
    prisma.message.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
    }),
  ]);
  return { total, oldest };
}

/** Messages as the admin API lists them, newest first. */
export async function listMessages(
  db: Db,
  filter: { status?: string; department?: string },
  page: { page: number; pageSize: number },
): Promise<{ items: Message[]; total: number }> {
  const prisma = prismaOf(db);
  const where = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.department ? { department: filter.department } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.message.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    prisma.message.count({ where }),
  ]);
  return { items, total };
}
