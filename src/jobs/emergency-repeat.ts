import { alertsToRepeat, repeatEmergency } from "../store/emergencies.ts";
import { unsentSubjects } from "../store/outbox.ts";
import type { Job } from "./runner.ts";

/** Minutes an emergency alert waits for an acknowledgement before it is posted again. */
export const EMERGENCY_REPEAT_MINUTES = 3;
/** Repeats after the first alert, at most; then a person has to notice the silence. */
export const EMERGENCY_MAX_REPEATS = 10;
/** Nor is an alert repeated once it is this old. */
export const EMERGENCY_REPEAT_FOR_MINUTES = 60;
/** Once a minute; a little less, so a cron tick that comes a moment early still runs it. */
const EVERY_MS = 50_000;

/**
 * Posts an unacknowledged emergency alert again, with @channel, every few minutes, as a reply
 * under the first alert (bot/delivery/emergencies.ts); each repeat once (see
 * store/emergencies.ts). An alert whose last post is still in the outbox waits for it.
 */
export function emergencyRepeatJob(): Job {
  return {
    name: "emergency-repeat",
    everyMs: EVERY_MS,
    async run({ db, now, log }) {
      const alerts = await alertsToRepeat(db, {
        since: new Date(now.getTime() - EMERGENCY_REPEAT_FOR_MINUTES * 60_000),
        lastBefore: new Date(now.getTime() - EMERGENCY_REPEAT_MINUTES * 60_000),
        maxAlerts: EMERGENCY_MAX_REPEATS,
      });
      if (alerts.length === 0) return { repeated: 0 };
      const waiting = await unsentSubjects(
        db,
        "emergency",
        alerts.map((a) => a.id),
      );
      let repeated = 0;
      for (const alert of alerts) {
        if (waiting.has(alert.id)) continue;
        const post = alert.alerts + 1;
        const queued = await repeatEmergency(db, alert, now);
        if (!queued) continue;
        repeated += 1;
        const nextAt = now.getTime() + EMERGENCY_REPEAT_MINUTES * 60_000;
        const lastAt = alert.createdAt.getTime() + EMERGENCY_REPEAT_FOR_MINUTES * 60_000;
        if (post - 1 >= EMERGENCY_MAX_REPEATS || nextAt >= lastAt) {
          log.warn("emergency alert still not acknowledged; no more repeats", {
            callSid: alert.callSid,
            alerts: post,
            since: alert.createdAt.toISOString(),
          });
        }
      }
      return { repeated };
    },
  };
}
