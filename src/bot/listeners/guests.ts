/**
 * `/switchboard guests`: the in-house guests, checked in and out by the front desk from Slack
 * where the hotel's own system does not do it through the admin API. Room numbers are shown
 * only to the person who asked, never in a channel.
 */
import { type Guest, guestSchema } from "../../rules/directory.ts";
import { nameSyllables } from "../../rules/names.ts";
import { audit } from "../../store/audit.ts";
import {
  changeGuests,
  directoryAt,
  type GuestsChanged,
  guestChange,
} from "../../store/directory.ts";
import { mrkdwn } from "../blocks/slack-post.ts";
import { type CommandContext, type Subcommand, usageText } from "../context.ts";

const USAGE =
  "guests [in <room> <name> [incognito] | out <room|name>] — 住客 in-house guests: list, check in, check out";

/** Said after the name to keep the stay from being confirmed to callers. */
const INCOGNITO = /^(incognito|hidden|免打扰|保密)$/i;

export const guestsCommand: Subcommand = {
  name: "guests",
  roles: ["admin", "supervisor", "operator"],
  usage: USAGE,
  async run(ctx) {
    const [verb, ...rest] = ctx.args;
    if (!verb) return list(ctx);
    if (verb.toLowerCase() === "in") return checkIn(ctx, rest);
    if (verb.toLowerCase() === "out") return checkOut(ctx, rest.join(" "));
    await ctx.respond({ text: `用法 Usage: ${usageText(USAGE)}` });
  },
};

async function list(ctx: CommandContext): Promise<void> {
  const guests = [...ctx.dir.guests].sort((a, b) => a.room.localeCompare(b.room));
  if (guests.length === 0) {
    await ctx.respond({ text: "目前没有在住客人。 No guests are checked in." });
    return;
  }
  const lines = guests.map(
    (g) => `• ${g.room}  ${mrkdwn(g.name)}${g.incognito ? "  _(免打扰 incognito)_" : ""}`,
  );
  await ctx.respond({
    text: [`*在住客人 In-house guests (${guests.length})*`, ...lines].join("\n"),
  });
}

async function checkIn(ctx: CommandContext, args: string[]): Promise<void> {
  const [room = "", ...words] = args;
  const incognito = words.length > 1 && INCOGNITO.test(words.at(-1) ?? "");
  const name = (incognito ? words.slice(0, -1) : words).join(" ").trim();
  if (!/^\d{1,6}$/.test(room) || !name) {
    await ctx.respond({
      text: "用法 Usage: `/switchboard guests in <room> <name> [incognito]`, e.g. `/switchboard guests in 0901 王磊`",
    });
    return;
  }
  let guest: Guest | undefined;
  const outcome = await changeGuests(
    ctx.deps,
    (guests) => {
      // The same person in the same room is updated, not checked in twice.
      const same = guests.find((g) => g.room === room && sameName(g.name, name));
      guest = guestSchema.parse({ key: same?.key ?? guestKey(name, room), name, room, incognito });
      const kept = guest;
      return same ? guests.map((g) => (g === same ? kept : g)) : [...guests, kept];
    },
    (_, version, savedAt) => [
      // Written only with the change, which holds while the directory is at `version`.
      audit(
        {
          at: ctx.deps.clock(),
          actor: ctx.actor.key,
          action: "guest.check_in",
          subject: `guest:${guest?.key}`,
          detail: { room, incognito },
        },
        { onlyIf: directoryAt(version) },
      ),
      ...guestChange({ put: guest ? [guest] : [], remove: [] }, version, savedAt),
    ],
  );
  if (!outcome.ok || !guest) return refused(ctx, outcome);
  await ctx.respond({
    text: `已登记入住 Checked in: ${mrkdwn(name)}, ${room}${
      incognito ? " — 免打扰：来电不确认其入住 incognito: callers are told nothing" : ""
    }.`,
  });
}

async function checkOut(ctx: CommandContext, who: string): Promise<void> {
  const target = who.trim();
  if (!target) {
    await ctx.respond({ text: "用法 Usage: `/switchboard guests out <room|name>`" });
    return;
  }
  const byRoom = /^\d{1,6}$/.test(target);
  const leaving = ctx.dir.guests.filter((g) =>
    byRoom ? g.room === target : sameName(g.name, target),
  );
  const rooms = new Set(leaving.map((g) => g.room));
  if (!byRoom && rooms.size > 1) {
    await ctx.respond({
      text: `有 ${leaving.length} 位 ${mrkdwn(target)}，请按房间退房。 More than one ${mrkdwn(target)} is staying: check out by room, e.g. \`/switchboard guests out ${[...rooms][0]}\`.`,
    });
    return;
  }
  const keys = leaving.map((g) => g.key);
  const outcome = await changeGuests(
    ctx.deps,
    (guests) => {
      const left = guests.filter((g) => !keys.includes(g.key));
      return keys.length === 0 || left.length === guests.length ? "not found" : left;
    },
    (_, version, savedAt) => [
      ...leaving.map((g) =>
        audit(
          {
            at: ctx.deps.clock(),
            actor: ctx.actor.key,
            action: "guest.check_out",
            subject: `guest:${g.key}`,
            detail: { room: g.room },
          },
          { onlyIf: directoryAt(version) },
        ),
      ),
      ...guestChange({ put: [], remove: keys }, version, savedAt),
    ],
  );
  if (!outcome.ok) return refused(ctx, outcome);
  const names = leaving.map((g) => `${mrkdwn(g.name)}, ${g.room}`).join("; ");
  await ctx.respond({ text: `已退房 Checked out: ${names}.` });
}

async function refused(ctx: CommandContext, outcome: GuestsChanged): Promise<void> {
  if (outcome.ok) return;
  const text =
    outcome.reason === "invalid"
      ? `抱歉，未能保存。 Sorry, that can't be saved: ${outcome.issues.join("; ")}`
      : outcome.reason === "not found"
        ? "没有这位客人。 No such guest is checked in (see `/switchboard guests`)."
        : "名录正在被修改，请再试一次。 The directory was changing: please try again.";
  await ctx.respond({ text });
}

function sameName(a: string, b: string): boolean {
  const clean = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return clean(a) === clean(b);
}

/** A key for a new guest from their name and room: 王磊 in 0901 is wang_lei_0901. */
export function guestKey(name: string, room: string): string {
  // Accents off, so Ólafur is olafur, not lafur.
  const slug = nameSyllables(name.normalize("NFD").replace(/\p{M}/gu, ""))
    .join("_")
    .replace(/[^a-z0-9_]/g, "")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  return /^[a-z]/.test(slug) ? `${slug}_${room}` : `guest_${room}`;
}
