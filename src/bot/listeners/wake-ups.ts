/**
 * `/switchboard wakeup …` for the front desk, and the "已查看 Checked on guest" button under an
 * unanswered wake-up. Replies hold rooms, so they are shown only to the person who ran the
 * command; the button is for the wake-up department's staff, supervisors and operators.
 */
import type { App } from "@slack/bolt";
import type { Directory } from "../../rules/directory.ts";
import { parseWakeUpCommand, WAKE_UP_USAGE } from "../../rules/wake-up/command.ts";
import { guestsInRooms } from "../../rules/wake-up/guests.ts";
import { localTimeOf } from "../../rules/wake-up/local-time.ts";
import type { WakeUpState } from "../../rules/wake-up/schedule.ts";
import { wakeUpSettings } from "../../rules/wake-up/settings.ts";
import {
  cancelWakeUp,
  checkWakeUp,
  findWakeUp,
  listWakeUps,
  pendingWakeUps,
  setWakeUps,
  wakeUpFor,
  wakeUpGuests,
} from "../../store/wake-ups.ts";
import { slackMessage } from "../blocks/slack-post.ts";
import { WAKE_UP_CHECKED_ACTION, wakeUpLine } from "../blocks/wake-up.ts";
import { type BotDeps, type CommandContext, mayActFor, type Subcommand } from "../context.ts";
import { unansweredWakeUp } from "../delivery/wake-ups.ts";
import { type Click, onClick } from "./click.ts";

const NOT_FRONT_DESK =
  "抱歉，叫醒服务由前台、主管和总机办理。 Sorry, wake-up calls are for the front desk, supervisors and operators.";

export const wakeUpCommand: Subcommand = {
  name: "wakeup",
  // Anyone in the directory may ask; the wake-up department's staff and overseers may act.
  roles: ["staff"],
  usage:
    "wakeup <room(s)> <HH:MM> [YYYY-MM-DD] | wakeup list [date] | wakeup cancel <room(s)> [HH:MM] — 叫醒 wake-up calls",
  async run(ctx) {
    const settings = wakeUpSettings(ctx.dir.organisation);
    if (!mayActFor(ctx.actor, settings.department)) {
      await ctx.respond({ text: NOT_FRONT_DESK });
      return;
    }
    const now = ctx.deps.clock();
    const timezone = ctx.dir.organisation.timezone;
    const command = parseWakeUpCommand(ctx.args, { now, timezone });
    if ("error" in command) {
      await ctx.respond({ text: command.error });
      return;
    }
    switch (command.kind) {
      case "list":
        return list(ctx, command.date);
      case "cancel":
        return cancel(ctx, command.rooms, command.time);
      case "set":
        return set(ctx, command);
    }
  },
};

async function set(
  ctx: CommandContext,
  command: Extract<ReturnType<typeof parseWakeUpCommand>, { kind: "set" }>,
): Promise<void> {
  const { guests, empty } = guestsInRooms(ctx.dir, command.rooms);
  if (empty.length > 0) {
    await ctx.respond({
      text: `没有设置任何叫醒：${empty.join(", ")} 没有住客。 Nothing was set: nobody is staying in ${empty.join(", ")}.\n${WAKE_UP_USAGE}`,
    });
    return;
  }
  const now = ctx.deps.clock();
  const { organisation } = ctx.dir;
  const wakeUps = [...guests].map(([room, inRoom]) =>
    wakeUpFor(
      { room, guests: inRoom, at: command.at, language: organisation.defaultLanguage },
      organisation.timezone,
      { source: "slack", setBy: ctx.userId },
    ),
  );
  const stored = await setWakeUps(ctx.deps.db, wakeUps, now, { actor: ctx.userId });
  const made = stored.filter((s) => s.created).map((s) => s.wakeUp.room);
  const already = stored.filter((s) => !s.created).map((s) => s.wakeUp.room);
  const when = `${command.at.date} ${command.at.time}`;
  const lines = [
    made.length > 0
      ? `已设置叫醒 Wake-up set for ${when}${command.rolled ? " (明天 tomorrow)" : ""}: ${made.join(", ")}`
      : null,
    already.length > 0 ? `已有，未重复设置 Already set for ${when}: ${already.join(", ")}` : null,
  ].filter((line): line is string => line !== null);
  await ctx.respond({ text: lines.join("\n") });
}

async function list(ctx: CommandContext, date: string): Promise<void> {
  const day = await listWakeUps(ctx.deps.db, date);
  if (day.length === 0) {
    await ctx.respond({ text: `${date} 没有叫醒。 No wake-up calls on ${date}.` });
    return;
  }
  const timezone = ctx.dir.organisation.timezone;
  const lines = day.map(({ wakeUp, rings }) =>
    wakeUpLine({
      time: wakeUp.time,
      room: wakeUp.room,
      guests: wakeUpGuests(wakeUp).map((g) => g.name),
      state: wakeUp.state as WakeUpState,
      rings: rings.map((r) => localTimeOf(r.startedAt, timezone).time),
    }),
  );
  await ctx.respond({
    text: [`*叫醒 Wake-up calls · ${date} (${day.length})*`, ...lines].join("\n"),
  });
}

async function cancel(ctx: CommandContext, rooms: string[], time: string | null): Promise<void> {
  const pending = await pendingWakeUps(ctx.deps.db, rooms, time ?? undefined);
  const now = ctx.deps.clock();
  const cancelled: string[] = [];
  for (const wakeUp of pending) {
    if (await cancelWakeUp(ctx.deps.db, wakeUp.id, ctx.userId, now)) {
      cancelled.push(`${wakeUp.room} ${wakeUp.date} ${wakeUp.time}`);
    }
  }
  const asked = `${rooms.join(", ")}${time ? ` ${time}` : ""}`;
  await ctx.respond({
    text:
      cancelled.length > 0
        ? `已取消叫醒 Wake-up cancelled: ${cancelled.join("; ")}`
        : `${asked} 没有待叫醒的叫醒。 No wake-up still to ring for ${asked}.`,
  });
}

/** The "已查看 Checked on guest" button under an unanswered wake-up. */
export function registerWakeUps(app: App, deps: BotDeps): void {
  onClick(app, deps, WAKE_UP_CHECKED_ACTION, async (click) => {
    const { db } = click.deps;
    const wakeUp = await findWakeUp(db, click.value);
    if (!wakeUp || !click.dir) return;
    const settings = wakeUpSettings(click.dir.organisation);
    if (!mayActFor(click.actor, settings.department)) {
      if (click.channel) {
        await click.client.chat.postEphemeral({
          channel: click.channel,
          user: click.userId,
          text: NOT_FRONT_DESK,
        });
      }
      return;
    }
    if (!(await checkWakeUp(db, wakeUp.id, click.userId, click.now))) return;
    await showCheck(click.dir, click, wakeUp.id);
  });
}

/** The post that was clicked, now saying who checked on the guest and when. */
async function showCheck(dir: Directory, click: Click, id: string): Promise<void> {
  const post = await unansweredWakeUp(click.deps.db, id, dir);
  if (!post || !click.channel || !click.ts) return;
  await click.client.chat.update({ channel: click.channel, ts: click.ts, ...slackMessage(post) });
}
