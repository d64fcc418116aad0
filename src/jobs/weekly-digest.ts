import { localParts } from "../rules/hours.ts";
import { type Period, parsePeriod } from "../stats/period.ts";
import { hadCalls, queueWeeklyDigests } from "../store/digests.ts";
import { loadDirectory } from "../store/directory.ts";
import type { Job } from "./runner.ts";

/** Monday's local hour from which the week just ended is sent: read with the morning's work. */
export const DIGEST_HOUR = 8;

/**
 * Queues the weekly digests of the week just ended, from Monday 08:00 in the organisation's time
 * zone (later in the week if the switchboard was down then). The outbox's dedupe keys make it
 * once per week per channel, however often this runs.
 */
export function weeklyDigestJob(): Job {
  return {
    name: "weekly-digest",
    everyMs: 10 * 60_000,
    async run({ db, now }) {
      const dir = await loadDirectory(db);
      if (!dir) return { queued: 0, skipped: "no directory" };
      const { timezone } = dir.organisation;
      const local = localParts(now, timezone);
      if (local.weekday === "mon" && local.hour < DIGEST_HOUR) return { queued: 0 };
      const week = lastWeek(now, timezone);
      if (!week) return { queued: 0 };
      // A switchboard that took and placed no calls all week (not yet in use) has nothing to say.
      if (!(await hadCalls(db, week))) return { week: week.label, queued: 0 };
      return { week: week.label, queued: await queueWeeklyDigests(db, dir, week.label, now) };
    },
  };
}

/** The ISO week before the one `now` is in (`2026-W48`). */
export function lastWeek(now: Date, timezone: string): Period | null {
  const thisWeek = parsePeriod("week", now, timezone);
  if (!thisWeek) return null;
  return parsePeriod("week", new Date(thisWeek.from.getTime() - 1), timezone);
}
