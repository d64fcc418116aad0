import type { Logger } from "../log.ts";
import type { Db } from "../store/db.ts";
import { type Deliver, deliverNotices, dueLanes } from "../store/outbox.ts";
import type { Job } from "./runner.ts";

/** How long the sweep's lease holds, renewed while it runs: a process that died frees it soon. */
const SWEEP_LEASE_MS = 30_000;
/** Notices one pass of a queue takes; a full pass is followed by another. */
const PASS = 25;

/**
 * The periodic sweep of the outbox: delivers what is due (see store/outbox.ts), the backstop for
 * retries, outages and restarts. Without a deliverer (no Slack configured) notices wait.
 */
export function outboxJob(deliver: Deliver | null): Job {
  return {
    name: "outbox",
    everyMs: 0,
    leaseMs: SWEEP_LEASE_MS,
    async run(run) {
      if (!deliver) return { delivered: 0, skipped: "no deliverer configured" };
      return deliverNotices(run, deliver);
    },
  };
}

/** Starts delivery as soon as notices are committed, one worker per queue. */
export interface OutboxDispatcher {
  /** Delivers what is due in these queues now (all of them without an argument). */
  start(lanes?: Iterable<string>): void;
  /** Whether any queue is being delivered now. */
  readonly busy: boolean;
  /** Resolves once no queue is being delivered. */
  idle(): Promise<void>;
}

/**
 * Delivery right after the commit that queued a notice: each queue (store/outbox.ts
 * `noticeLane`) has at most one worker in this process, which delivers until its queue has
 * nothing due; a start while it works has it look once more when done. Claims keep it exactly
 * once with the sweep and with other processes.
 */
export function outboxDispatcher(deps: {
  db: Db;
  deliver: Deliver;
  log: Logger;
  clock: () => Date;
}): OutboxDispatcher {
  const { db, deliver, log, clock } = deps;
  const holder = `dispatch:${crypto.randomUUID()}`;
  const working = new Map<string, Promise<void>>();
  const again = new Set<string>();
  let looking: Promise<void> | null = null;

  const work = async (lane: string) => {
    do {
      again.delete(lane);
      let pass: Awaited<ReturnType<typeof deliverNotices>>;
      do {
        pass = await deliverNotices({ db, now: clock(), log, holder, clock }, deliver, {
          lane,
          batch: PASS,
        });
      } while (pass.due === PASS && pass.delivered > 0);
    } while (again.has(lane));
  };

  const startLane = (lane: string) => {
    if (working.has(lane)) {
      again.add(lane);
      return;
    }
    const worker = work(lane)
      .catch((error) => log.error("outbox delivery failed", { lane, error }))
      .finally(() => working.delete(lane));
    working.set(lane, worker);
  };

  return {
    start(lanes) {
      if (lanes) {
        for (const lane of lanes) startLane(lane);
        return;
      }
      looking = dueLanes(db, clock())
        .then((due) => due.forEach(startLane))
        .catch((error) => log.error("outbox delivery failed", { error }))
        .finally(() => {
          looking = null;
        });
    },
    get busy() {
      return working.size > 0 || looking !== null;
    },
    async idle() {
      while (looking || working.size > 0) {
        await looking;
        await Promise.all(working.values());
      }
    },
  };
}
