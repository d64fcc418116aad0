import type { Directory } from "../rules/directory.ts";
import { commit, type Db, prismaOf } from "./db.ts";
import { enqueueNotice } from "./outbox.ts";
import type { Survey } from "./records.ts";

// The weekly digest: one post per department with its own channel, and one for the whole
// organisation to the supervisors, queued in the outbox once per week each (the notice's dedupe
// key names the week), so however many runs overlap or retry, each channel hears of a week once.

/** The outbox key of a week's digest for a department, or for the organisation (null). */
export function digestKey(week: string, department: string | null): string {
  return department === null ? `weekly_digest:${week}` : `weekly_digest:${week}:${department}`;
}

/** Queues the digests of `week` (its label, `2026-W48`); returns how many were new. */
export async function queueWeeklyDigests(
  db: Db,
  dir: Directory,
  week: string,
  at: Date,
): Promise<number> {
  // A department without a channel of its own would post to the supervisors, who get the whole.
  const departments = [...dir.departments.filter((d) => d.slackChannel).map((d) => d.key), null];
  const written = await commit(
    db,
    departments.map((department) =>
      enqueueNotice({
        kind: "weekly_digest",
        dedupeKey: digestKey(week, department),
        subject: week,
        department,
        at,
      }),
    ),
  );
  return written.reduce((n, rows) => n + rows, 0);
}

/** The low scores whose follow-up is still open, the oldest first: a department's, or all. */
export async function openFollowUps(
  db: Db,
  department: string | null,
  take: number,
): Promise<{ total: number; oldest: Survey[] }> {
  const where = { followUp: "open", ...(department === null ? {} : { department }) };
  const prisma = prismaOf(db);
  const [total, oldest] = await Promise.all([
    prisma.survey.count({ where }),
    prisma.survey.findMany({ where, orderBy: { askedAt: "asc" }, take }),
  ]);
  return { total, oldest };
}

/** Whether any call began between `from` and `to`: a switchboard not yet in use gets no digest. */
export async function hadCalls(db: Db, period: { from: Date; to: Date }): Promise<boolean> {
  const call = await prismaOf(db).call.findFirst({
    where: { startedAt: { gte: period.from, lt: period.to } },
    select: { callSid: true },
  });
  return call !== null;
}
