import { tallyCalls } from "../store/call-tally.ts";
import type { Job } from "./runner.ts";

/** The call tally as a scheduled job: a finished day is counted within the hour. */
export function callTallyJob(options: { maxDays?: number } = {}): Job {
  return {
    name: "call-tally",
    everyMs: 10 * 60_000,
    leaseMs: 15 * 60_000,
    async run({ db, now }) {
      return { ...(await tallyCalls(db, now, options)) };
    },
  };
}
