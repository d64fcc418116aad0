import type { Directory, Language } from "../rules/directory.ts";
import { stepWakeUp } from "../rules/wake-up/schedule.ts";
import { type WakeUpSettings, wakeUpSettings } from "../rules/wake-up/settings.ts";
import type { Db } from "../store/db.ts";
import { loadDirectory } from "../store/directory.ts";
import type { WakeUpCall } from "../store/records.ts";
import {
  anyWakeUpDue,
  applyWakeUpStep,
  dueWakeUps,
  onlyWhile,
  progressOf,
  recordRingPlaced,
  ringEnded,
  wakeUpEvent,
} from "../store/wake-ups.ts";
import type { TwilioAccount } from "../twilio/rest.ts";
import { placeWakeUpRing } from "../twilio/wake-up-calls.ts";
import type { Job, JobContext } from "./runner.ts";

/**
 * Rings the rooms whose wake-up time has come, gives up on rings Twilio never reported, and
 * tells the front desk (through the outbox) when every ring has failed. Each wake-up is claimed
 * by a guarded update before its call is placed: of two runs that overlap, only the one whose
 * update took effect calls, so a room is never rung twice.
 */
export function wakeUpJob(deps: {
  /** Without a Twilio account, or the public URL its webhooks come back to, no ring can be made. */
  twilio: TwilioAccount | null;
  publicBaseUrl: string | null;
}): Job {
  return {
    name: "wake-ups",
    everyMs: 0,
    // A run that died frees the wake-ups within the minute; overlapping runs are safe anyway.
    leaseMs: 55_000,
    async run(ctx) {
      const { db, now } = ctx;
      const report = { rung: 0, notPlaced: 0, escalated: 0, retried: 0 };
      if (!(await anyWakeUpDue(db, now))) return report;
      const dir = await loadDirectory(db);
      if (!dir) return report;
      const settings = wakeUpSettings(dir.organisation);
      for (const row of await dueWakeUps(db, now)) {
        const step = stepWakeUp(progressOf(row), { kind: "due" }, now, settings);
        // A ring still unreported this late is over: it counts as not answered.
        const unreported = row.state === "ringing";
        const taken = await applyWakeUpStep(db, row, step, now, settings, (still) =>
          unreported
            ? [
                onlyWhile(
                  ringEnded(row.id, row.rings, "no-report", now, "Twilio never said how it ended"),
                  still,
                ),
              ]
            : [],
        );
        // Another run took it first.
        if (!taken) continue;
        const { action } = step;
        if (action.kind === "escalate") report.escalated += 1;
        else if (unreported) report.retried += 1;
        if (action.kind !== "ring") continue;
        if (await ring(ctx, deps, dir, settings, row, action.ring)) report.rung += 1;
        else report.notPlaced += 1;
      }
      return report;
    },
  };
}

/** Places ring number `ring`; when it cannot go out, the ring has failed like an unanswered one. */
async function ring(
  ctx: JobContext,
  deps: { twilio: TwilioAccount | null; publicBaseUrl: string | null },
  dir: Directory,
  settings: WakeUpSettings,
  row: WakeUpCall,
  ring: number,
): Promise<boolean> {
  const { db, now, log } = ctx;
  const { pbxNumber, mainNumber } = dir.organisation;
  let failure: string;
  if (!deps.twilio) failure = "no Twilio account (TWILIO_ACCOUNT_SID) to place the call";
  else if (!deps.publicBaseUrl) failure = "no PUBLIC_BASE_URL for Twilio to fetch the greeting";
  else if (!pbxNumber) failure = "the directory has no pbxNumber";
  else {
    try {
      const { callSid } = await placeWakeUpRing(deps.twilio, {
        wakeUpId: row.id,
        ring,
        pbx: pbxNumber,
        room: row.room,
        callerId: mainNumber,
        ringSeconds: settings.ringSeconds,
        publicBaseUrl: deps.publicBaseUrl,
      });
      await recordRingPlaced(
        db,
        { wakeUpId: row.id, ring, callSid },
        {
          from: mainNumber,
          to: pbxNumber,
          language: row.language as Language,
          department: settings.department,
          startedAt: now,
        },
      );
      return true;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
  }
  log.warn("wake-up ring not placed", { wakeUp: row.id, ring, failure });
  await wakeUpEvent(
    db,
    row.id,
    { kind: "ring_ended", ring, outcome: "failed" },
    now,
    settings,
    (still) => [
      onlyWhile(ringEnded(row.id, ring, "not-placed", now, failure.slice(0, 500)), still),
    ],
  );
  return false;
}

export type { Db };
