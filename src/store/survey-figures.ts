import type { OffsetSpan } from "../rules/local-days.ts";
import { sqliteShift, type TallySettings, talliedFrom } from "./call-figures.ts";
import { type Db, sqlOf } from "./db.ts";
import { statement } from "./sql.ts";

// The survey's figures: surveys asked, answered and each score, by the local day (or month) of
// their call, department and staff member; from the survey tally (tallied days) or the surveys
// themselves. A survey counts on its call's day, as the call does.

/** One day's (or month's) surveys for one department and staff member ('' for none). */
export type SurveyRow = { point: string; department: string; staff: string } & Record<
  "asked" | "responses" | "score1" | "score2" | "score3" | "score4" | "score5",
  number | bigint | null
>;

const SURVEY_COUNTS = `COUNT(*), COUNT("score"),
    COUNT(CASE WHEN "score" = 1 THEN 1 END), COUNT(CASE WHEN "score" = 2 THEN 1 END),
    COUNT(CASE WHEN "score" = 3 THEN 1 END), COUNT(CASE WHEN "score" = 4 THEN 1 END),
    COUNT(CASE WHEN "score" = 5 THEN 1 END)`;

/**
 * The SQL that counts one local day's surveys into the tally (call-tally.ts), by department and
 * by staff member apart; its parameters are the day, generation, start and end, twice.
 */
export const TALLY_SURVEYS = `
  INSERT INTO "SurveyTally" ("day", "generation", "by", "key", "asked", "responses",
    "score1", "score2", "score3", "score4", "score5")
  SELECT ?, ?, 'department', COALESCE("department", ''), ${SURVEY_COUNTS}
  FROM "Survey" WHERE "callStartedAt" >= ? AND "callStartedAt" < ?
  GROUP BY 4
  UNION ALL
  SELECT ?, ?, 'staff', "staff", ${SURVEY_COUNTS}
  FROM "Survey" WHERE "callStartedAt" >= ? AND "callStartedAt" < ? AND "staff" IS NOT NULL
  GROUP BY 4`;

/**
 * Stands for the side a tally row was not counted by: a row by department has this as its staff
 * member, a row by staff member has it as its department and no point, so each counts once.
 */
export const NOT_COUNTED_BY = "*";

/** The tallied days' surveys, by day (`pointLength` 10) or month (7), and by department or by
 * staff member (see NOT_COUNTED_BY). */
export async function talliedSurveys(
  db: Db,
  days: string[],
  settings: TallySettings,
  pointLength: number,
): Promise<SurveyRow[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT CASE WHEN t."by" = 'staff' THEN '' ELSE substr(t."day", 1, ${Math.trunc(pointLength)}) END AS "point",
        CASE WHEN t."by" = 'department' THEN t."key" ELSE '${NOT_COUNTED_BY}' END AS "department",
        CASE WHEN t."by" = 'staff' THEN t."key" ELSE '${NOT_COUNTED_BY}' END AS "staff",
        SUM(t."asked") AS "asked", SUM(t."responses") AS "responses",
        SUM(t."score1") AS "score1", SUM(t."score2") AS "score2", SUM(t."score3") AS "score3",
        SUM(t."score4") AS "score4", SUM(t."score5") AS "score5"
      ${talliedFrom("SurveyTally")}
      GROUP BY 1, 2, 3`,
      JSON.stringify(days),
      settings.timezone,
      settings.serviceLevelSeconds,
    ),
  );
  return rows as SurveyRow[];
}

/** The surveys of calls that started in `span`, counted from the surveys, by local day. */
export async function countedSurveys(db: Db, span: OffsetSpan): Promise<SurveyRow[]> {
  // The same counts as the tally's (TALLY_SURVEYS), by local day.
  const rows = await sqlOf(db).read(
    statement(
      `SELECT strftime('%Y-%m-%d', "callStartedAt", ?) AS "point",
        COALESCE("department", '') AS "department", COALESCE("staff", '') AS "staff",
        COUNT(*) AS "asked", COUNT("score") AS "responses",
        COUNT(CASE WHEN "score" = 1 THEN 1 END) AS "score1",
        COUNT(CASE WHEN "score" = 2 THEN 1 END) AS "score2",
        COUNT(CASE WHEN "score" = 3 THEN 1 END) AS "score3",
        COUNT(CASE WHEN "score" = 4 THEN 1 END) AS "score4",
        COUNT(CASE WHEN "score" = 5 THEN 1 END) AS "score5"
      FROM "Survey" WHERE "callStartedAt" >= ? AND "callStartedAt" < ?
      GROUP BY 1, 2, 3`,
      sqliteShift(span.offsetMinutes),
      span.from,
      span.to,
    ),
  );
  return rows as SurveyRow[];
}

/** Low scores of calls in the period whose follow-up is still open, by department and staff. */
export async function openLowScores(
  db: Db,
  period: { from: Date; to: Date },
): Promise<{ department: string; staff: string; open: number }[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT COALESCE("department", '') AS "department", COALESCE("staff", '') AS "staff",
        COUNT(*) AS "open"
      FROM "Survey" WHERE "followUp" = 'open' AND "callStartedAt" >= ? AND "callStartedAt" < ?
      GROUP BY 1, 2`,
      period.from,
      period.to,
    ),
  );
  return rows.map((r) => ({
    department: String(r.department),
    staff: String(r.staff),
    open: Number(r.open),
  }));
}
