import type { Logger } from "../log.ts";
import type { Db } from "../store/db.ts";
import { lastRun, releaseLease, renewLease, takeLease } from "../store/job-leases.ts";

/** What a job gets each time it runs. */
export interface JobContext {
  db: Db;
  now: Date;
  log: Logger;
  /** This run's identity, recorded on the lease and on anything it claims. */
  holder: string;
}

export interface Job {
  name: string;
  /** The least time between two runs; a run that comes sooner is skipped. */
  everyMs: number;
  /** How long the lease holds, renewed while the job runs; a crashed run frees it after this. */
  leaseMs?: number;
  /** Whether it is due now, beyond `everyMs` (e.g. the nightly backup at 03:00). */
  due?(now: Date, lastRunAt: Date | null, db: Db): boolean | Promise<boolean>;
  run(ctx: JobContext): Promise<Record<string, unknown>>;
}

export interface JobReport {
  name: string;
  ran: boolean;
  /** Why it did not run: another run holds the lease, or it is not due. */
  skipped?: "leased" | "not-due";
  result?: Record<string, unknown>;
  error?: string;
}

/**
 * Runs the jobs that are due, each under a lease taken with a conditional update, so two
 * overlapping runs (two cron ticks, two processes) never run the same job at once.
 */
export async function runJobs(
  jobs: readonly Job[],
  deps: { db: Db; clock: () => Date; log: Logger },
  options: { force?: boolean } = {},
): Promise<JobReport[]> {
  const reports: JobReport[] = [];
  for (const job of jobs) reports.push(await runJob(job, deps, options.force ?? false));
  return reports;
}

async function runJob(
  job: Job,
  deps: { db: Db; clock: () => Date; log: Logger },
  force: boolean,
): Promise<JobReport> {
  const { db } = deps;
  const now = deps.clock();
  const holder = `${job.name}:${crypto.randomUUID()}`;
  if (!force) {
    const lastRunAt = await lastRun(db, job.name);
    const sinceLast = lastRunAt ? now.getTime() - lastRunAt.getTime() : Number.POSITIVE_INFINITY;
    const due = job.due ? await job.due(now, lastRunAt, db) : sinceLast >= job.everyMs;
    if (!due) return { name: job.name, ran: false, skipped: "not-due" };
  } else {
    await lastRun(db, job.name);
  }
  const leaseMs = job.leaseMs ?? 5 * 60_000;
  const until = new Date(now.getTime() + leaseMs);
  if (!(await takeLease(db, job.name, holder, now, until))) {
    return { name: job.name, ran: false, skipped: "leased" };
  }

  const log = deps.log.child({ job: job.name });
  // Short leases, renewed while the job runs: one that died frees its job soon after.
  const renewal = setInterval(() => {
    void renewLease(db, job.name, holder, new Date(deps.clock().getTime() + leaseMs)).catch(
      (error) => log.warn("job lease not renewed", { error }),
    );
  }, leaseMs / 3);
  try {
    const result = await job.run({ db, now, log, holder });
    log.info("job ran", result);
    await releaseLease(db, job.name, holder, deps.clock(), { ranAt: now, result });
    return { name: job.name, ran: true, result };
  } catch (error) {
    log.error("job failed", { error });
    await releaseLease(db, job.name, holder, deps.clock(), { result: { error: String(error) } });
    return { name: job.name, ran: true, error: String(error) };
  } finally {
    clearInterval(renewal);
  }
}
