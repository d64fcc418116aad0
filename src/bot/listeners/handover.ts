import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { z } from "zod";
import type { Directory } from "../../rules/directory.ts";
import {
  findShift,
  localDate,
  previousShift,
  type Range,
  type Shift,
  type ShiftSlot,
  shiftAt,
  shiftEndingNearest,
  shiftName,
  shiftRange,
} from "../../rules/shifts.ts";
import { computeStats, type ShiftService, shiftService } from "../../stats/compute.ts";
import type { Db } from "../../store/db.ts";
import {
  confirmHandover,
  findHandover,
  handoverPost as postedAt,
  type ShiftSummary,
  shiftSummary,
  submitHandover,
} from "../../store/handovers.ts";
import { loadShifts, onDutyFor } from "../../store/roster.ts";
import {
  CONFIRM_ACTION,
  HANDOVER_MODAL,
  handoverModal,
  handoverPost,
  localTime,
} from "../blocks/handover.ts";
import { slackMessage } from "../blocks/slack-post.ts";

/** The shift's figures for its handover: the counts, and the service figures beside them. */
async function shiftFigures(
  db: Db,
  range: Range,
  dir: Directory,
): Promise<ShiftSummary & { service: ShiftService }> {
  const stats = await computeStats(db, { ...range, unit: "day" }, dir);
  // The calls counted once, by the statistics: the handover and /switchboard stats agree.
  const summary = await shiftSummary(db, range, stats.totals);
  return { ...summary, service: shiftService(stats) };
}

import {
  actorFor,
  type BotDeps,
  type CommandContext,
  hasRole,
  type Subcommand,
  usageText,
} from "../context.ts";

/**
 * `/switchboard handover`: the signed shift handover (交接班). The outgoing operator sends the
 * shift's figures with notes and pending items; the incoming operator confirms on the post.
 */

/** Who works shifts: they hand over and take over. */
const SHIFT_WORKERS = ["supervisor", "operator"] as const;

export const handoverCommand: Subcommand = {
  name: "handover",
  roles: SHIFT_WORKERS,
  usage: "handover [today|yesterday|YYYY-MM-DD] [day|evening|night] — 交接班 hand over the shift",
  async run(ctx) {
    const now = ctx.deps.clock();
    const timezone = ctx.dir.organisation.timezone;
    const shifts = await loadShifts(ctx.deps.db);
    const slot = await chosenShift(ctx, shifts, now);
    if (!slot) {
      await ctx.respond({
        text: `抱歉，看不懂。 Sorry, I can't read that. Usage: ${usageText(handoverCommand.usage)} (shifts: ${shifts.map((s) => s.key).join(", ")})`,
      });
      return;
    }
    const existing = await findHandover(ctx.deps.db, slot);
    if (existing) {
      const confirmed = existing.incomingBy
        ? `，<@${existing.incomingBy}> 已于 ${localTime(existing.confirmedAt, timezone)} 接班 and confirmed by <@${existing.incomingBy}>`
        : "，待接班确认 awaiting confirmation";
      await ctx.respond({
        text: `${slot.date} ${shiftName(slot.shift.key)} 已由 <@${existing.outgoingBy}> 于 ${localTime(existing.submittedAt, timezone)} 交班 was handed over${confirmed}.`,
      });
      return;
    }
    const range = shiftRange(slot, timezone);
    const summary = await shiftFigures(ctx.deps.db, range, ctx.dir);
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: handoverModal(slot, range, summary, ctx.channelId, timezone) as never,
    });
  },
};

/**
 * The shift named in the command, else the one the person is rostered on (now, or the one
 * just ended), else the one whose end is nearest.
 */
async function chosenShift(
  ctx: CommandContext,
  shifts: readonly Shift[],
  now: Date,
): Promise<ShiftSlot | null> {
  const timezone = ctx.dir.organisation.timezone;
  const [first, second] = ctx.args;
  const current = shiftAt(now, shifts, timezone);
  if (first) {
    const date = localDate(first, now, timezone);
    const shift = findShift(shifts, date ? second : first);
    if (!shift || (!date && second !== undefined)) return null;
    if (date) return { date, shift };
    // A shift named without a date is its latest one that has begun.
    let slot = current;
    while (slot.shift.key !== shift.key) slot = previousShift(slot, shifts);
    return slot;
  }
  for (const slot of [current, previousShift(current, shifts)]) {
    const people = await onDutyFor(ctx.deps.db, slot);
    if (people.some((p) => p.slackUserId === ctx.userId)) return slot;
  }
  return shiftEndingNearest(now, shifts, timezone);
}

function staffName(dir: Directory | null, slackUserId: string): string {
  const staff = actorFor(dir, slackUserId);
  return staff ? (staff.name.zh ?? staff.name.en) : slackUserId;
}

const metadata = z.object({ date: z.string(), shift: z.string(), channel: z.string() });

function readMetadata(raw: string): z.infer<typeof metadata> | null {
  try {
    return metadata.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function registerHandover(app: App, deps: BotDeps): void {
  app.view(HANDOVER_MODAL, async ({ ack, body, view, client }) => {
    await ack();
    const now = deps.clock();
    const user = body.user.id;
    const tell = async (text: string) => {
      await client.chat.postMessage({ channel: user, text });
    };
    const meta = readMetadata(view.private_metadata);
    const dir = await deps.directory.get(now);
    if (!meta || !dir) return deps.log.warn("handover form without its shift", { user });
    if (!hasRole(actorFor(dir, user), SHIFT_WORKERS)) {
      return tell(
        "抱歉，只有话务员和主管可以交接班。 Sorry, only operators and supervisors hand over shifts.",
      );
    }
    const shifts = await loadShifts(deps.db);
    const shift = shifts.find((s) => s.key === meta.shift);
    if (!shift)
      return tell(`抱歉，班次 "${meta.shift}" 已不存在。 Sorry, that shift no longer exists.`);
    const slot = { date: meta.date, shift };
    const timezone = dir.organisation.timezone;
    const range = shiftRange(slot, timezone);
    const summary = await shiftFigures(deps.db, range, dir);
    const values = view.state.values;
    const handover = await submitHandover(deps.db, {
      slot,
      by: user,
      byName: staffName(dir, user),
      at: now,
      notes: values.notes?.value?.value ?? "",
      pendingItems: values.pending?.value?.value ?? "",
      summary: { ...summary, from: range.from.toISOString(), to: range.to.toISOString() },
    });
    if (!handover) {
      const existing = await findHandover(deps.db, slot);
      // A double-clicked submit is the same handover; only someone else's earlier one needs saying.
      if (existing && existing.outgoingBy !== user) {
        await tell(
          `${slot.date} ${shiftName(shift.key)} 已由 <@${existing.outgoingBy}> 交班。 This shift was already handed over by <@${existing.outgoingBy}>.`,
        );
      }
    }
  });

  app.action<BlockAction<ButtonAction>>(CONFIRM_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const now = deps.clock();
    const user = body.user.id;
    const id = action.value ?? "";
    const channel = body.channel?.id ?? body.container?.channel_id;
    const refuse = async (text: string) => {
      if (channel) await client.chat.postEphemeral({ channel, user, text });
    };
    const dir = await deps.directory.get(now);
    if (!hasRole(actorFor(dir, user), SHIFT_WORKERS)) {
      return refuse(
        "抱歉，只有话务员和主管可以接班。 Sorry, only operators and supervisors take over a shift.",
      );
    }
    const handover = await findHandover(deps.db, { id });
    if (!handover)
      return refuse("抱歉，找不到这份交接班记录。 Sorry, this handover is not on record.");
    if (handover.outgoingBy === user) {
      return refuse(
        "您不能确认自己交出的班，请由接班人确认。 You can't confirm your own handover: the incoming operator confirms it.",
      );
    }
    const confirmed = await confirmHandover(
      deps.db,
      id,
      { slackUserId: user, name: staffName(dir, user) },
      now,
    );
    const timezone = dir?.organisation.timezone ?? "UTC";
    const latest = await findHandover(deps.db, { id });
    if (!confirmed || !latest) {
      return refuse(
        `此班已由 <@${latest?.incomingBy}> 于 ${localTime(latest?.confirmedAt ?? null, timezone)} 接班确认。 Already confirmed by <@${latest?.incomingBy}>.`,
      );
    }
    const post = handoverPost(latest, timezone);
    // The form was posted through the outbox, which keeps where it went.
    const posted = await postedAt(deps.db, latest);
    const postChannel = posted?.channel ?? channel;
    const ts = posted?.ts ?? body.message?.ts;
    if (postChannel && ts) {
      await client.chat.update({
        channel: postChannel,
        ts,
        ...slackMessage(post),
      });
    }
  });
}
