import { commit, type Db, prismaOf } from "./db.ts";
import { statement } from "./sql.ts";

// One row per scheduled job: whoever holds an unexpired lease runs it, so two overlapping runs
// (two cron ticks, two processes) never run the same job at once.

const EPOCH = new Date(0);

/** When the job last ran to the end, or null if it never has. */
export async function lastRun(db: Db, job: string): Promise<Date | null> {
  await commit(db, [
    statement(
      `INSERT INTO "JobLease" ("name", "until") VALUES (?, ?) ON CONFLICT ("name") DO NOTHING`,
      job,
      EPOCH,
    ),
  ]);
  const lease = await prismaOf(db).jobLease.findUniqueOrThrow({ where: { name: job } });
  return lease.lastRunAt;
}

/** Takes the job's lease until `until`, unless someone holds it now; false then. */
export async function takeLease(
  db: Db,
  job: string,
  holder: string,
  now: Date,
  until: Date,
): Promise<boolean> {
  const [taken] = await commit(db, [
    statement(
      `UPDATE "JobLease" SET "holder" = ?, "until" = ? WHERE "name" = ? AND "until" <= ?`,
      holder,
      until,
      job,
      now,
    ),
  ]);
  return taken === 1;
}

/** Holds the lease until `until` while the run goes on; false if it is no longer ours. */
export async function renewLease(
  db: Db,
  job: string,
  holder: string,
  until: Date,
): Promise<boolean> {
  const [renewed] = await commit(db, [
    statement(
      `UPDATE "JobLease" SET "until" = ? WHERE "name" = ? AND "holder" = ?`,
      until,
      job,
      holder,
    ),
  ]);
  return renewed === 1;
}

/**
 * Gives the lease back, with what the run reported; `ranAt` (the run's start) when it ran to
 * the end, so the next is due from then.
 */
export async function releaseLease(
  db: Db,
  job: string,
  holder: string,
  at: Date,
  outcome: { ranAt?: Date; result: object },
): Promise<void> {
  await commit(db, [
    statement(
      `UPDATE "JobLease" SET "holder" = NULL, "until" = ?, "lastResult" = ?${outcome.ranAt ? `, "lastRunAt" = ?` : ""}
       WHERE "name" = ? AND "holder" = ?`,
      at,
      JSON.stringify(outcome.result),
      ...(outcome.ranAt ? [outcome.ranAt] : []),
      job,
      holder,
    ),
  ]);
}
