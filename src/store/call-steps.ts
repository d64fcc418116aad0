import { commit, type Db, sqlOf } from "./db.ts";
import type { Call } from "./records.ts";
import { type SqlRow, type SqlStatement, sqlTime, statement } from "./sql.ts";

// What every webhook does, in plain SQL: one read for its call (and the answer an identical
// earlier delivery was given), then one atomic unit: the step's record with the TwiML it
// answered, and the effects the step decided on.

/**
 * The call and, when this exact webhook was answered before, that answer: one statement for
 * what every step needs first.
 */
export async function findCallAndReplay(
  db: Db,
  callSid: string,
  requestKey: string,
): Promise<FoundCall> {
  const [row] = await sqlOf(db).read(
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

/** The TwiML already given for this exact webhook, if it was delivered before. */
async function findStepResponse(db: Db, callSid: string, requestKey: string) {
  const [row] = await sqlOf(db).read(
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
    direction: String(row.direction ?? "inbound"),
    placedBy: text(row.placedBy),
    purpose: text(row.purpose),
    purposeId: text(row.purposeId),
    cost: text(row.cost),
    costCurrency: text(row.costCurrency),
  };
}

/**
 * Records a step and applies its effects, as one unit. The record goes first and has no
 * fallback for its unique key: if this exact webhook was recorded before, it fails, the unit
 * is rolled back with every effect in it, and the answer given first is returned instead. So
 * a retried or concurrent delivery changes nothing twice, with no condition on each effect.
 * Returns the answer to send: ours, or the one an identical delivery stored first.
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
    effects: readonly SqlStatement[];
    /**
     * The call's start time exactly as stored (`FoundCall.startedAt`), when the call was read
     * before this step: the record is filed under it without looking the call up again.
     */
    callStartedAt?: string | null;
    /** A call seen for the first time: created in the same unit, before its record. */
    newCall?: SqlStatement;
  },
): Promise<string> {
  const stored = step.callStartedAt;
  const detail = JSON.stringify(step.detail);
  const { callSid, requestKey } = step;
  const record = stored
    ? statement(RECORD_AT, callSid, stored, step.at, step.type, detail, requestKey, step.response)
    : statement(RECORD, callSid, step.at, step.type, detail, requestKey, step.response, callSid);
  const unit = step.newCall ? [step.newCall, record, ...step.effects] : [record, ...step.effects];
  try {
    await commit(db, unit);
  } catch (error) {
    // Recorded already (a retry, or a twin that committed first): its answer, and nothing written.
    const first = await findStepResponse(db, callSid, requestKey);
    if (first === null) throw error;
    return first;
  }
  return step.response;
}

/**
 * A step's record, under its call's start time as stored, not as this delivery saw it: a
 * retried greeting then finds the first one's record. Nothing is recorded for a call not there.
 */
const RECORD = `INSERT INTO "CallEvent" ("callSid", "callStartedAt", "at", "type", "detail", "requestKey", "response")
  SELECT ?, c."startedAt", ?, ?, ?, ?, ? FROM "Call" c WHERE c."callSid" = ?`;

/** The same, given that start time. */
const RECORD_AT = `INSERT INTO "CallEvent" ("callSid", "callStartedAt", "at", "type", "detail", "requestKey", "response")
  VALUES (?, ?, ?, ?, ?, ?, ?)`;
