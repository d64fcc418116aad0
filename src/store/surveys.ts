import type { SurveyAfter } from "../rules/survey.ts";
import { LOW_SCORE } from "../rules/survey.ts";
import { auditedChange } from "./audit.ts";
import { type Db, prismaOf } from "./db.ts";
import { condition, enqueueNotice } from "./outbox.ts";
import type { Call, Survey } from "./records.ts";
import { type SqlStatement, statement } from "./sql.ts";

// The post-call survey: asked once per call (the row is written with the step that asks), scored
// by the caller's key, perhaps commented on; a low score opens a follow-up task, posted to the
// department (and the supervisors) and called back or marked done in Slack.

/** How long a low score's post waits for the caller's comment before it goes without it. */
export const COMMENT_WAIT_MS = 90_000;

/** The dedupe keys of a low score's posts: the department's, and the supervisors' copy. */
export function followUpKeys(callSid: string): { department: string; supervisors: string } {
  return { department: `survey:${callSid}`, supervisors: `survey:${callSid}:supervisors` };
}

/** The caller is being asked; once per call. */
export function askSurvey(
  survey: {
    call: Pick<Call, "callSid" | "startedAt" | "from">;
    language: string;
    after: SurveyAfter;
    department: string | null;
    staff: string | null;
  },
  at: Date,
): SqlStatement {
  return statement(
    `INSERT INTO "Survey" ("callSid", "callStartedAt", "from", "language", "after", "department", "staff", "askedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("callSid") DO NOTHING`,
    survey.call.callSid,
    survey.call.startedAt,
    survey.call.from,
    survey.language,
    survey.after,
    survey.department,
    survey.staff,
    at,
  );
}

/** When the caller from `from` was last asked, on any other call. */
export async function lastAskedSurvey(
  db: Db,
  from: string,
  exceptCallSid: string,
): Promise<Date | null> {
  const last = await prismaOf(db).survey.findFirst({
    where: { from, callSid: { not: exceptCallSid } },
    orderBy: { askedAt: "desc" },
    select: { askedAt: true },
  });
  return last?.askedAt ?? null;
}

/**
 * The caller's score, once. A low score opens the follow-up task and queues its posts: to the
 * department (`department`, null when it has no channel of its own: the supervisors' then),
 * and a copy for the supervisors when the department has its own channel. They wait
 * `COMMENT_WAIT_MS` when a comment is asked for, so the post can carry it.
 */
export function scoreSurvey(
  callSid: string,
  score: number,
  at: Date,
  followUp: { department: string | null; ownChannel: boolean; commentAsked: boolean },
): SqlStatement[] {
  const scored = [
    statement(
      `UPDATE "Survey" SET "score" = ?, "answeredAt" = ?,
         "followUp" = CASE WHEN ? <= ${LOW_SCORE} THEN 'open' END
       WHERE "callSid" = ? AND "score" IS NULL`,
      score,
      at,
      score,
      callSid,
    ),
  ];
  if (score > LOW_SCORE) return scored;
  const keys = followUpKeys(callSid);
  const dueAt = followUp.commentAsked ? new Date(at.getTime() + COMMENT_WAIT_MS) : at;
  const open = condition(
    `EXISTS (SELECT 1 FROM "Survey" WHERE "callSid" = ? AND "followUp" = 'open')`,
    callSid,
  );
  const notice = (dedupeKey: string, department: string | null) =>
    enqueueNotice(
      { kind: "survey_follow_up", dedupeKey, subject: callSid, department, at, dueAt },
      { onlyIf: open },
    );
  return [
    ...scored,
    notice(keys.department, followUp.department),
    ...(followUp.ownChannel ? [notice(keys.supervisors, null)] : []),
  ];
}

/** The caller's spoken comment on a low score; its posts, waiting for it, are due now. */
export function commentOnSurvey(callSid: string, comment: string, at: Date): SqlStatement[] {
  const keys = followUpKeys(callSid);
  return [
    statement(
      `UPDATE "Survey" SET "comment" = ? WHERE "callSid" = ? AND "comment" IS NULL AND "score" IS NOT NULL`,
      comment,
      callSid,
    ),
    statement(
      `UPDATE "Notification" SET "nextAttemptAt" = ?
       WHERE "dedupeKey" IN (?, ?) AND "status" = 'pending' AND "nextAttemptAt" > ?`,
      at,
      keys.department,
      keys.supervisors,
      at,
    ),
  ];
}

/** A survey with its call. */
export async function findSurvey(
  db: Db,
  callSid: string,
): Promise<{ survey: Survey; call: Call | null } | null> {
  const prisma = prismaOf(db);
  const [survey, call] = await Promise.all([
    prisma.survey.findUnique({ where: { callSid } }),
    prisma.call.findUnique({ where: { callSid } }),
  ]);
  return survey ? { survey, call } : null;
}

/** The follow-up task is dealt with; false when it was already, or there is none. */
export function finishFollowUp(db: Db, callSid: string, by: string, at: Date): Promise<boolean> {
  return auditedChange(
    db,
    { table: "Survey", column: "callSid", key: callSid },
    statement(`UPDATE "Survey" SET "doneBy" = ?, "doneAt" = ?, "followUp" = 'done'`, by, at),
    { sql: `"followUp" = 'open'` },
    { at, actor: by, action: "survey.done" },
  );
}

/** What a call's record shows of its survey: the score and comment, or null when unanswered. */
export type SurveyAnswer = { score: number; comment: string | null } | null;

export function surveyAnswer(survey: Survey | null | undefined): SurveyAnswer {
  return survey?.score != null ? { score: survey.score, comment: survey.comment } : null;
}

/** The calls with their survey answers, for the admin API and exports. */
export async function withSurveys<C extends Call>(
  db: Db,
  calls: C[],
): Promise<(C & { survey: SurveyAnswer })[]> {
  if (calls.length === 0) return [];
  const surveys = await prismaOf(db).survey.findMany({
    where: { callSid: { in: calls.map((c) => c.callSid) }, score: { not: null } },
  });
  const bySid = new Map(surveys.map((s) => [s.callSid, s]));
  return calls.map((call) => ({ ...call, survey: surveyAnswer(bySid.get(call.callSid)) }));
}
