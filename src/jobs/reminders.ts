import type { Directory } from "../rules/directory.ts";
import { loadDirectory } from "../store/directory.ts";
import { messagesToNudge, type Nudge, nudgeMessage } from "../store/messages.ts";
import type { Job, JobContext } from "./runner.ts";

/** Minutes before an unclaimed message is reminded in its channel, unless its department says. */
export const DEFAULT_REMINDER_MINUTES = 15;
/** Minutes before a message not done is escalated to the duty manager, unless its department says. */
export const DEFAULT_ESCALATION_MINUTES = 240;
/** Once a minute; a little less, so a cron tick that comes a moment early still runs it. */
const EVERY_MS = 50_000;
const BATCH = 200;

/** The minutes after which a message of this department is reminded or escalated. */
export function nudgeAfterMinutes(dir: Directory, department: string | null, nudge: Nudge): number {
  const dept = dir.departments.find((d) => d.key === department);
  return nudge === "reminder"
    ? (dept?.reminderMinutes ?? DEFAULT_REMINDER_MINUTES)
    : (dept?.escalationMinutes ?? DEFAULT_ESCALATION_MINUTES);
}

/** Whole minutes a message has waited at `now`. */
function waitedMinutes(message: { createdAt: Date }, now: Date): number {
  return Math.floor((now.getTime() - message.createdAt.getTime()) / 60_000);
}

/**
 * Reminds a department of messages nobody has taken (claimed or called back), and escalates to
 * the duty manager those nobody has finished, each once (see store/messages.ts).
 */
export function messageRemindersJob(): Job {
  return {
    name: "message-reminders",
    everyMs: EVERY_MS,
    async run(ctx) {
      const dir = await loadDirectory(ctx.db);
      if (!dir) return { reminded: 0, escalated: 0, skipped: "no directory" };
      return {
        reminded: await nudge(ctx, dir, "reminder"),
        escalated: await nudge(ctx, dir, "escalation"),
      };
    },
  };
}

async function nudge(ctx: JobContext, dir: Directory, kind: Nudge): Promise<number> {
  const { db, now } = ctx;
  const soonest = Math.min(
    ...[null, ...dir.departments.map((d) => d.key)].map((key) => nudgeAfterMinutes(dir, key, kind)),
  );
  const candidates = await messagesToNudge(
    db,
    kind,
    new Date(now.getTime() - soonest * 60_000),
    BATCH,
  );
  const due = candidates.filter(
    (m) => waitedMinutes(m, now) >= nudgeAfterMinutes(dir, m.department, kind),
  );
  let queued = 0;
  for (const message of due) {
    const department =
      kind === "reminder" ? message.department : dir.organisation.complaintsDepartment;
    if (await nudgeMessage(db, message, kind, department, now)) queued += 1;
  }
  return queued;
}
