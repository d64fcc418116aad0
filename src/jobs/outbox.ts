import { CLAIM_MS, type Deliver, deliverNotices } from "../store/outbox.ts";
import type { Job } from "./runner.ts";

/**
 * The periodic sweep of the outbox: delivers what is due (see store/outbox.ts). Without a
 * deliverer (no Slack configured) notices wait where they are.
 */
export function outboxJob(deliver: Deliver | null): Job {
  return {
    name: "outbox",
    everyMs: 0,
    leaseMs: CLAIM_MS,
    async run(run) {
      if (!deliver) return { delivered: 0, skipped: "no deliverer configured" };
      return deliverNotices(run, deliver);
    },
  };
}
