import { localParts } from "../rules/hours.ts";
import { addDays, offsetSpans, startOfLocalDay } from "../rules/local-days.ts";
import {
  CALL_STAFF,
  COUNTED,
  callCounts,
  daysOfHours,
  MESSAGE_TIMES,
  sqliteShift,
  type TallySettings,
} from "./call-figures.ts";
import { commit, type Db, prismaOf } from "./db.ts";
import { statement } from "./sql.ts";
import { TALLY_SURVEYS } from "./survey-figures.ts";

// The call tally: each finished local day's calls counted once, so statistics over months read
// the tally instead of every call. D1 runs a "transaction" as separate statements, so every
// step here is one statement, ordered so that stopping between any two leaves statistics
// right: a day's new counts are written under a fresh generation and take effect in one
// statement, and a day is only trusted while no change to its calls is outstanding.

export interface TallyResult {
  /** Days counted this run, for the first time or again after their calls changed. */
  counted: number;
  /** Whether days are left for the next run. */
  behind: boolean;
  /** Why nothing was counted. */
  skipped?: "no directory";
}

/** Counts finished days not yet counted, and counts again days whose calls changed. */
export async function tallyCalls(
  db: Db,
  now: Date,
  options: { maxDays?: number } = {},
): Promise<TallyResult> {
  const maxDays = options.maxDays ?? 92;
  const organisation = await prismaOf(db).organisation.findFirst({
    select: { timezone: true, serviceLevelSeconds: true },
  });
  if (!organisation) return { counted: 0, behind: false, skipped: "no directory" };
  const settings: TallySettings = organisation;
  const { timezone, serviceLevelSeconds } = settings;

  await commit(db, [
    statement(
      `
    INSERT INTO "CallTallyState" ("id", "timezone", "through", "generation", "serviceLevelSeconds")
    VALUES (1, ?, NULL, 0, ?) ON CONFLICT ("id") DO NOTHING`,
      timezone,
      serviceLevelSeconds,
    ),
  ]);
  // Another time zone moves every day's boundaries, another service-level threshold changes
  // what every day counts: count again from the first call.
  await commit(db, [
    statement(
      `
    UPDATE "CallTallyState" SET "timezone" = ?, "serviceLevelSeconds" = ?, "through" = NULL
    WHERE "id" = 1 AND ("timezone" <> ? OR "serviceLevelSeconds" <> ?)`,
      timezone,
      serviceLevelSeconds,
      timezone,
      serviceLevelSeconds,
    ),
  ]);
  // Every run, so a run stopped just after the move still leaves nothing behind.
  await forgetOtherSettings(db, settings);

  const today = localParts(now, timezone).date;
  const [state] = await prismaOf(db).$queryRaw<{ through: Date | null }[]>`
    SELECT "through" FROM "CallTallyState" WHERE "id" = 1`;
  let next: string;
  if (state?.through) {
    next = localParts(state.through, timezone).date;
  } else {
    const first = await prismaOf(db).call.findFirst({
      orderBy: { startedAt: "asc" },
      select: { startedAt: true },
    });
    next = first ? minDay(localParts(first.startedAt, timezone).date, today) : today;
  }

  const newDays: string[] = [];
  for (let day = next; day < today && newDays.length < maxDays; day = addDays(day, 1)) {
    newDays.push(day);
  }
  const reached = newDays.length > 0 ? addDays(newDays.at(-1) as string, 1) : next;
  const through = startOfLocalDay(reached, timezone);
  // Moved first, so from here on the triggers note any change to these days' calls.
  await commit(db, [
    statement(
      `
    UPDATE "CallTallyState" SET "through" = ?
    WHERE "id" = 1 AND "timezone" = ? AND "serviceLevelSeconds" = ?
      AND ("through" IS NULL OR "through" < ?)`,
      through,
      timezone,
      serviceLevelSeconds,
      through,
    ),
  ]);

  // Changes noted up to here are all seen by the counts below, so these may be cleared after.
  const [{ last } = { last: 0 }] = await prismaOf(db).$queryRaw<{ last: number | bigint }[]>`
    SELECT COALESCE(MAX("id"), 0) AS "last" FROM "CallTallyChange"`;
  const lastChange = Number(last);
  // Changes on days not counted yet need nothing: those days are counted when reached. The
  // bound is read afresh, as an overlapping run may have counted further meanwhile.
  await commit(db, [
    statement(
      `
    DELETE FROM "CallTallyChange" WHERE "id" <= ?
    AND "at" >= (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)`,
      lastChange,
    ),
  ]);
  const changedHours = await prismaOf(db).$queryRaw<{ hour: string }[]>`
    SELECT DISTINCT substr("at", 1, 13) AS "hour" FROM "CallTallyChange" WHERE "id" <= ${lastChange}`;
  const hours = changedHours.map((row) => row.hour);
  const changed = [...daysOfHours(hours, timezone)].filter((day) => day < reached).sort();

  const toCount = [...new Set([...changed.slice(0, maxDays), ...newDays])];
  for (const day of toCount) await countDay(db, day, settings, lastChange, now);
  return { counted: toCount.length, behind: reached < today || changed.length > maxDays };
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

/** Counts one local day's calls into a fresh generation, then makes it the day's tally. */
async function countDay(
  db: Db,
  day: string,
  settings: TallySettings,
  lastChange: number,
  now: Date,
): Promise<void> {
  const { timezone, serviceLevelSeconds } = settings;
  const start = startOfLocalDay(day, timezone);
  const end = startOfLocalDay(addDays(day, 1), timezone);
  // Handed out after lastChange was read, so a newer generation has seen every change up to it.
  const [issued] = await prismaOf(db).$queryRaw<{ generation: number | bigint }[]>`
    UPDATE "CallTallyState" SET "generation" = "generation" + 1 WHERE "id" = 1
    RETURNING "generation"`;
  if (!issued) throw new Error("the call tally has no state row");
  const generation = Number(issued.generation);

  // The same counts as the statistics make from the calls (call-figures.ts), for one local day:
  // by department, and by the staff member who took or placed the call.
  await commit(db, [
    statement(
      `
    INSERT INTO "CallTally" ("day", "generation", "direction", "by", "key",
      ${COUNTED.map((c) => `"${c}"`).join(", ")})
    SELECT ?, ?, "direction", 'department', COALESCE("department", ''),
      ${callCounts(serviceLevelSeconds)}
    FROM "Call" WHERE "startedAt" >= ? AND "startedAt" < ?
    GROUP BY 3, 5
    UNION ALL
    SELECT ?, ?, "direction", 'staff', ${CALL_STAFF},
      ${callCounts(serviceLevelSeconds)}
    FROM "Call" WHERE "startedAt" >= ? AND "startedAt" < ? AND ${CALL_STAFF} <> ''
    GROUP BY 3, 5`,
      day,
      generation,
      start,
      end,
      day,
      generation,
      start,
      end,
    ),
    // The day's surveys, in the same generation: both take effect with the day below.
    statement(TALLY_SURVEYS, day, generation, start, end, day, generation, start, end),
  ]);
  // A day with a clock change has two offsets; an hour repeated when clocks go back adds up.
  for (const span of offsetSpans(start, end, timezone)) {
    await commit(db, [
      statement(
        `
      INSERT INTO "CallHourTally" ("day", "generation", "direction", "hour", "calls")
      SELECT ?, ?, "direction", CAST(strftime('%H', "startedAt", ?) AS INTEGER), COUNT(*)
      FROM "Call" WHERE "startedAt" >= ? AND "startedAt" < ?
      GROUP BY 3, 4
      ON CONFLICT ("day", "generation", "direction", "hour")
      DO UPDATE SET "calls" = "calls" + excluded."calls"`,
        day,
        generation,
        sqliteShift(span.offsetMinutes),
        span.from,
        span.to,
      ),
    ]);
  }
  // Each bucket of the day's message times as "bucket:count:longest", per department and per
  // staff member, so a year reads a few rows a day instead of one per bucket.
  const histogram = (by: string) => `
    SELECT ?, ?, '${by}', "key", "measure",
      group_concat("bucket" || ':' || "count" || ':' || "maxSeconds", ' ')
    FROM (
      SELECT "${by}" AS "key", "measure", "bucket", SUM("count") AS "count",
        MAX("maxSeconds") AS "maxSeconds"
      FROM (${MESSAGE_TIMES}) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    )${by === "staff" ? ` WHERE "key" <> ''` : ""}
    GROUP BY 4, 5`;
  await commit(db, [
    statement(
      `
    INSERT INTO "MessageTally" ("day", "generation", "by", "key", "measure", "buckets")
    ${histogram("department")}
    UNION ALL
    ${histogram("staff")}`,
      day,
      generation,
      start,
      end,
      start,
      end,
      day,
      generation,
      start,
      end,
      start,
      end,
    ),
  ]);
  // One statement makes the new counts the day's tally, unless a newer run got there first.
  await commit(db, [
    statement(
      `
    INSERT INTO "CallTallyDay" ("day", "timezone", "generation", "talliedAt", "serviceLevelSeconds")
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT ("day") DO UPDATE SET
      "timezone" = excluded."timezone", "generation" = excluded."generation",
      "talliedAt" = excluded."talliedAt", "serviceLevelSeconds" = excluded."serviceLevelSeconds"
    WHERE excluded."generation" > "CallTallyDay"."generation"`,
      day,
      timezone,
      generation,
      now,
      serviceLevelSeconds,
    ),
  ]);
  for (const table of TALLY_TABLES) {
    await commit(db, [
      statement(
        `
      DELETE FROM "${table}" WHERE "day" = ?
      AND "generation" < (SELECT "generation" FROM "CallTallyDay" WHERE "day" = ?)`,
        day,
        day,
      ),
    ]);
  }
  await commit(db, [
    statement(
      `
    DELETE FROM "CallTallyChange"
    WHERE "id" <= ? AND "at" >= ? AND "at" < ?`,
      lastChange,
      start,
      end,
    ),
  ]);
}

/** The tables of a day's counts, each row under the generation that counted it. */
const TALLY_TABLES = ["CallTally", "CallHourTally", "MessageTally", "SurveyTally"] as const;

/** Drops the days counted with other settings; statistics already ignore them. */
async function forgetOtherSettings(db: Db, settings: TallySettings): Promise<void> {
  const other = `"timezone" <> ? OR "serviceLevelSeconds" <> ?`;
  for (const table of TALLY_TABLES) {
    await commit(db, [
      statement(
        `
      DELETE FROM "${table}" WHERE ("day", "generation") IN
        (SELECT "day", "generation" FROM "CallTallyDay" WHERE ${other})`,
        settings.timezone,
        settings.serviceLevelSeconds,
      ),
    ]);
  }
  await commit(db, [
    statement(
      `DELETE FROM "CallTallyDay" WHERE ${other}`,
      settings.timezone,
      settings.serviceLevelSeconds,
    ),
  ]);
}
