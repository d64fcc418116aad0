import type { App } from "@slack/bolt";
import { z } from "zod";
import type { Directory } from "../../rules/directory.ts";
import { localParts } from "../../rules/hours.ts";
import {
  findShift,
  localDate,
  parseShifts,
  type Shift,
  shiftAt,
  shiftName,
} from "../../rules/shifts.ts";
import {
  type DutyRole,
  loadShifts,
  type OnDuty,
  replaceShifts,
  rosterOn,
  setRoster,
} from "../../store/roster.ts";
import { ROSTER_MODAL, rosterBlocks, rosterModal } from "../blocks/roster.ts";
import {
  actorFor,
  type BotDeps,
  type CommandContext,
  hasRole,
  type Subcommand,
} from "../context.ts";
import type { SlackUsers } from "../slack-users.ts";

/** `/switchboard roster`: who is on duty on each shift, set by supervisors; the shifts, set by admins. */

const EVERYONE = ["admin", "supervisor", "operator", "staff"] as const;
const ROSTER_SETTERS = ["admin", "supervisor"] as const;
const SHIFT_SETTERS = ["admin"] as const;

const USAGE = [
  "`/switchboard roster [today|tomorrow|YYYY-MM-DD]` — 值班表 who is on duty",
  "`/switchboard roster set <today|tomorrow|YYYY-MM-DD> <day|evening|night> @operator … [supervisor @…]` — 排班 set a shift (supervisors); without people it opens a form; `none` clears it",
  "`/switchboard roster shifts [set day 07:00-15:00 evening 15:00-23:00 night 23:00-07:00]` — 班次 the shifts (admins set them)",
].join("\n");

export const rosterCommand: Subcommand = {
  name: "roster",
  roles: EVERYONE,
  usage: "roster [date] · roster set <date> <shift> @… · roster shifts — 值班表 duty roster",
  async run(ctx) {
    const [first, ...rest] = ctx.args;
    if (first?.toLowerCase() === "set") return setFromCommand(ctx, rest);
    if (first?.toLowerCase() === "shifts") return shiftsCommand(ctx, rest);
    return showDay(ctx, first);
  },
};

async function showDay(ctx: CommandContext, word: string | undefined): Promise<void> {
  const now = ctx.deps.clock();
  const timezone = ctx.dir.organisation.timezone;
  const date = word ? localDate(word, now, timezone) : localParts(now, timezone).date;
  if (!date) {
    await ctx.respond({
      text: `抱歉，看不懂日期 "${word}"。 Sorry, I can't read that date.\n${USAGE}`,
    });
    return;
  }
  const shifts = await loadShifts(ctx.deps.db);
  const people = await rosterOn(ctx.deps.db, date);
  await ctx.respond(rosterBlocks(date, shifts, people, shiftAt(now, shifts, timezone), ctx.dir));
}

const MENTION = /^<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>$/;
const USER_ID = /^[UW][A-Z0-9_]{2,}$/;

/** A plain `@name`, as Slack sends it when the command's text is not escaped. */
const PLAIN_MENTION = /^@(\S+)$/;

/**
 * Reads `@op1 @op2 supervisor @sup`: people are operators until the word `supervisor`.
 * Slack sends mentions as `<@U123|name>` (or `<@U123>`); a plain `@name` is looked up by name
 * among the workspace's users, and refused if it names more than one.
 */
export async function parsePeople(
  words: readonly string[],
  users: SlackUsers,
): Promise<{ people: { slackUserId: string; role: DutyRole }[] } | { error: string }> {
  const tokens = words.join(" ").match(/<@[^>]+>|\S+/g) ?? [];
  let role: DutyRole = "operator";
  let cleared = false;
  const people: { slackUserId: string; role: DutyRole }[] = [];
  for (const token of tokens) {
    const word = token.toLowerCase();
    if (["supervisor", "supervisors", "主管"].includes(word)) role = "supervisor";
    else if (["operator", "operators", "话务员"].includes(word)) role = "operator";
    else if (["none", "nobody", "无"].includes(word)) cleared = true;
    else {
      let id = MENTION.exec(token)?.[1] ?? (USER_ID.test(token) ? token : null);
      const name = id ? null : PLAIN_MENTION.exec(token)?.[1];
      if (name) {
        const match = await users.find(name);
        if (match && "ambiguous" in match) {
          return {
            error: `抱歉，"${token}" 对应多位 Slack 用户（${match.ambiguous.map((u) => `<@${u}>`).join(", ")}）。 Sorry, "${token}" could be any of them: pick the person from Slack's @ list.`,
          };
        }
        id = match?.id ?? null;
      }
      if (!id) {
        return {
          error: `抱歉，"${token}" 不是 Slack 用户。 Sorry, "${token}" is not a Slack user: mention people with @.`,
        };
      }
      if (!people.some((p) => p.slackUserId === id)) people.push({ slackUserId: id, role });
    }
  }
  if (people.length === 0 && !cleared) {
    return {
      error:
        "请写明值班的人（或 none 清空）。 Name who is on duty with @, or `none` to clear the shift.",
    };
  }
  return { people };
}

/** People as the roster stores them, or the Slack users who are not in the directory. */
function inDirectory(
  people: readonly { slackUserId: string; role: DutyRole }[],
  dir: Directory,
): { people: OnDuty[] } | { unknown: string[] } {
  const unknown = people.filter((p) => !actorFor(dir, p.slackUserId)).map((p) => p.slackUserId);
  if (unknown.length > 0) return { unknown };
  return {
    people: people.map((p) => ({ ...p, staffKey: actorFor(dir, p.slackUserId)?.key ?? null })),
  };
}

function unknownPeople(ids: readonly string[]): string {
  return `${ids.map((id) => `<@${id}>`).join(", ")} 不在总机名录中，请管理员先在名录中填写其 Slack 账号。 Not in the directory: an admin must add their Slack user ID first.`;
}

/** Sets a shift's people, with the change in the audit log. */
async function applyRoster(
  deps: BotDeps,
  change: { date: string; shift: string; people: OnDuty[]; by: string },
): Promise<void> {
  await setRoster(deps.db, { ...change, setBy: change.by, at: deps.clock() });
}

async function setFromCommand(ctx: CommandContext, words: string[]): Promise<void> {
  if (!hasRole(ctx.actor, ROSTER_SETTERS)) {
    await ctx.respond({
      text: "抱歉，只有主管和管理员可以排班。 Sorry, only supervisors and admins set the roster.",
    });
    return;
  }
  const now = ctx.deps.clock();
  const timezone = ctx.dir.organisation.timezone;
  const shifts = await loadShifts(ctx.deps.db);
  const [dateWord, shiftWord, ...rest] = words;
  const date = dateWord ? localDate(dateWord, now, timezone) : localParts(now, timezone).date;
  const shift = shiftWord ? findShift(shifts, shiftWord) : shiftAt(now, shifts, timezone).shift;
  if (!date || !shift) {
    const known = shifts.map((s) => s.key).join(", ");
    await ctx.respond({
      text: `抱歉，看不懂${date ? `班次 "${shiftWord}"（${known}）` : `日期 "${dateWord}"`}。 Sorry, I can't read that.\n${USAGE}`,
    });
    return;
  }
  if (rest.length === 0) {
    const people = await rosterOn(ctx.deps.db, date, shift.key);
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: rosterModal(date, shift, shifts, people) as never,
    });
    return;
  }
  const parsed = await parsePeople(rest, ctx.users);
  if ("error" in parsed) {
    await ctx.respond({ text: parsed.error });
    return;
  }
  const known = inDirectory(parsed.people, ctx.dir);
  if ("unknown" in known) {
    await ctx.respond({ text: unknownPeople(known.unknown) });
    return;
  }
  await applyRoster(ctx.deps, { date, shift: shift.key, people: known.people, by: ctx.userId });
  const people = await rosterOn(ctx.deps.db, date);
  await ctx.respond(rosterBlocks(date, shifts, people, shiftAt(now, shifts, timezone), ctx.dir));
}

async function shiftsCommand(ctx: CommandContext, words: string[]): Promise<void> {
  const before = await loadShifts(ctx.deps.db);
  const list = (shifts: readonly Shift[]) =>
    shifts.map((s) => `• *${shiftName(s.key)}* (\`${s.key}\`) ${s.start}–${s.end}`).join("\n");
  if (words[0]?.toLowerCase() !== "set") {
    await ctx.respond({ text: `*班次 Shifts*\n${list(before)}` });
    return;
  }
  if (!hasRole(ctx.actor, SHIFT_SETTERS)) {
    await ctx.respond({
      text: "抱歉，只有管理员可以修改班次。 Sorry, only admins change the shifts.",
    });
    return;
  }
  const parsed = parseShifts(words.slice(1));
  if ("error" in parsed) {
    await ctx.respond({ text: `抱歉，班次有误。 Sorry, those shifts won't do: ${parsed.error}` });
    return;
  }
  await replaceShifts(ctx.deps.db, parsed.shifts, {
    at: ctx.deps.clock(),
    actor: ctx.userId,
    detail: { before, after: parsed.shifts },
  });
  await ctx.respond({ text: `已更新班次 Shifts updated.\n${list(parsed.shifts)}` });
}

const rosterState = z.object({
  date: z.object({ value: z.object({ selected_date: z.string() }) }),
  shift: z.object({ value: z.object({ selected_option: z.object({ value: z.string() }) }) }),
  operators: z
    .object({ value: z.object({ selected_users: z.array(z.string()).default([]) }) })
    .optional(),
  supervisors: z
    .object({ value: z.object({ selected_users: z.array(z.string()).default([]) }) })
    .optional(),
});

export function registerRoster(app: App, deps: BotDeps): void {
  app.view(ROSTER_MODAL, async ({ ack, body, view, client }) => {
    // A form's errors can only be shown in its ack: these checks are quick and call no one.
    const dir = await deps.directory.get(deps.clock());
    const user = body.user.id;
    if (!dir || !hasRole(actorFor(dir, user), ROSTER_SETTERS)) {
      await ack({
        response_action: "errors",
        errors: {
          date: "抱歉，只有主管和管理员可以排班。 Only supervisors and admins set the roster.",
        },
      });
      return;
    }
    const state = rosterState.safeParse(view.state.values);
    const shifts = await loadShifts(deps.db);
    const shift = state.success
      ? findShift(shifts, state.data.shift.value.selected_option.value)
      : undefined;
    if (!state.success || !shift) {
      await ack({ response_action: "errors", errors: { shift: "请选择班次 Choose a shift." } });
      return;
    }
    const date = localDate(
      state.data.date.value.selected_date,
      deps.clock(),
      dir.organisation.timezone,
    );
    if (!date) {
      await ack({ response_action: "errors", errors: { date: "请选择日期 Choose a date." } });
      return;
    }
    const operators = state.data.operators?.value.selected_users ?? [];
    const supervisors = (state.data.supervisors?.value.selected_users ?? []).filter(
      (id) => !operators.includes(id),
    );
    const known = inDirectory(
      [
        ...operators.map((slackUserId) => ({ slackUserId, role: "operator" as const })),
        ...supervisors.map((slackUserId) => ({ slackUserId, role: "supervisor" as const })),
      ],
      dir,
    );
    if ("unknown" in known) {
      const block = known.unknown.some((id) => operators.includes(id))
        ? "operators"
        : "supervisors";
      await ack({ response_action: "errors", errors: { [block]: unknownPeople(known.unknown) } });
      return;
    }
    await ack();
    await applyRoster(deps, { date, shift: shift.key, people: known.people, by: user });
    const names = known.people.map((p) => `<@${p.slackUserId}>`).join(", ") || "—";
    await client.chat.postMessage({
      channel: user,
      text: `已排班 Roster set: ${date} ${shiftName(shift.key)} — ${names}`,
    });
  });
}
