import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDirectory } from "../../src/store/directory.ts";
import { loadShifts, onDutyOperator, rosterOn } from "../../src/store/roster.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { slackPost, slashCommand, viewSubmission } from "../support/slack.ts";
import { giveSlackIds } from "../support/staff.ts";

let h: Harness;
let slack: FakeSlack;

/** A local Shanghai time, e.g. cst("2026-11-25 09:00"). */
const cst = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
const now = cst("2026-11-25 10:00");

beforeEach(async () => {
  slack = await new FakeSlack().start();
  h = await createHarness({ slackApiUrl: slack.url, now });
  await giveSlackIds(h, [
    ["li_na", "U_LINA"],
    ["chen_jing", "U_CHEN", "operator"],
    ["zhang_wei", "U_ZHANG", "operator"],
    ["wang_fang", "U_WANG", "supervisor"],
    ["david_miller", "U_DAVID", "admin"],
  ]);
});
afterEach(async () => {
  await h.close();
  await slack.stop();
});

/** Runs `/switchboard <text>` as a user and returns what it answered. */
async function command(text: string, userId: string, at = now) {
  h.setNow(at);
  const res = await slackPost(h, slashCommand(text, userId, slack.responseUrl()), { now: at });
  expect(res.status).toBe(200);
  await h.settle();
  const answer = slack.responses().at(-1)?.args ?? {};
  return { text: String(answer.text), blocks: JSON.stringify(answer.blocks ?? []) };
}

async function roster(date: string, shift: string) {
  return (await rosterOn(h.db, date, shift)).map((p) => `${p.role}:${p.slackUserId}`);
}

describe("/switchboard roster", () => {
  it("does nothing for a request with a bad signature or a stale timestamp", async () => {
    const body = slashCommand("roster set today day <@U_CHEN|chen>", "U_WANG", slack.responseUrl());
    expect((await slackPost(h, body, { now, secret: "not-the-signing-secret" })).status).toBe(401);
    const stale = Math.floor(now.getTime() / 1000) - 6 * 60;
    expect((await slackPost(h, body, { now, timestamp: stale })).status).toBe(401);
    await h.settle();
    expect(slack.calls).toEqual([]);
    expect(await h.prisma.rosterEntry.count()).toBe(0);
  });

  it("lets a supervisor set a shift with mentions and shows it on the day's roster", async () => {
    await command(
      "roster set today day <@U_CHEN|chen.jing> <@U_ZHANG|zhang> supervisor <@U_WANG|wang>",
      "U_WANG",
    );
    expect(await roster("2026-11-25", "day")).toEqual([
      "operator:U_CHEN",
      "operator:U_ZHANG",
      "supervisor:U_WANG",
    ]);
    expect(
      await h.prisma.rosterEntry.findFirst({ where: { slackUserId: "U_CHEN" } }),
    ).toMatchObject({
      staffKey: "chen_jing",
      setBy: "U_WANG",
    });

    const shown = await command("roster today", "U_LINA");
    expect(shown.blocks).toContain("值班表 Duty roster 2026-11-25");
    expect(shown.blocks).toContain("*早班 day* 07:00–15:00  ● 当班 on now");
    expect(shown.blocks).toContain("话务员 Operators: <@U_CHEN> (陈静), <@U_ZHANG> (张伟)");
    expect(shown.blocks).toContain("主管 Supervisors: <@U_WANG> (王芳)");
    expect(shown.blocks).toContain("*夜班 night* 23:00–07:00\\n_无人值班 nobody rostered_");

    const audit = await h.prisma.auditLog.findMany({ where: { subject: "roster:2026-11-25:day" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: "U_WANG", action: "roster.set" });
    expect(JSON.parse(audit[0]?.detail ?? "{}")).toEqual({
      before: [],
      after: [
        { slackUserId: "U_CHEN", role: "operator" },
        { slackUserId: "U_ZHANG", role: "operator" },
        { slackUserId: "U_WANG", role: "supervisor" },
      ],
    });
  });

  it("sets exactly the people named: repeating it changes nothing, and `none` clears the shift", async () => {
    await command("roster set tomorrow night <@U_CHEN> <@U_ZHANG>", "U_WANG");
    await command("roster set tomorrow night <@U_ZHANG> supervisor <@U_WANG>", "U_WANG");
    await command("roster set tomorrow night <@U_ZHANG> supervisor <@U_WANG>", "U_WANG");
    expect(await roster("2026-11-26", "night")).toEqual(["operator:U_ZHANG", "supervisor:U_WANG"]);
    await command("roster set 2026-11-26 夜班 none", "U_DAVID");
    expect(await roster("2026-11-26", "night")).toEqual([]);
    expect(await h.prisma.auditLog.count({ where: { action: "roster.set" } })).toBe(4);
  });

  it("reads mentions exactly as Slack sends them under the shipped manifest, and plain @names", async () => {
    // The manifest escapes the command's text: Slack sends picked people as <@U…>.
    const manifest = readFileSync("slack/manifest.yaml", "utf8");
    expect(manifest).toMatch(/should_escape: true/);
    expect(manifest).toMatch(/- users:read/);
    slack.users.push(
      { id: "U_CHEN", name: "chen.jing", real_name: "Chen Jing" },
      { id: "U_ZHANG", name: "zhang.wei", profile: { display_name: "Wei" } },
      { id: "U_WANG", name: "wang.fang", profile: { display_name: "Wei" } },
      { id: "U_GONE", name: "old.chen", deleted: true },
    );
    await command("roster set today day <@U_CHEN> supervisor <@U_WANG>", "U_WANG");
    expect(await roster("2026-11-25", "day")).toEqual(["operator:U_CHEN", "supervisor:U_WANG"]);
    // Typed or pasted as plain text, by handle or by a name only one person has.
    await command("roster set today evening @chen.jing @Chen_Jing supervisor @wang.fang", "U_WANG");
    expect(await roster("2026-11-25", "evening")).toEqual([]);
    await command("roster set today evening @chen.jing supervisor @wang.fang", "U_WANG");
    expect(await roster("2026-11-25", "evening")).toEqual(["operator:U_CHEN", "supervisor:U_WANG"]);
    // A name two people go by is refused, naming both.
    const ambiguous = await command("roster set today night @wei", "U_WANG");
    expect(ambiguous.text).toContain('"@wei" could be any of them');
    expect(ambiguous.text).toContain("<@U_ZHANG>");
    expect(ambiguous.text).toContain("<@U_WANG>");
    expect(await roster("2026-11-25", "night")).toEqual([]);
    // users.list is read once and kept.
    expect(slack.posts("users.list")).toHaveLength(1);
  });

  it("keeps the roster from operators and from people who are not in the directory", async () => {
    const refused = await command("roster set today day <@U_CHEN>", "U_ZHANG");
    expect(refused.text).toContain("only supervisors and admins set the roster");
    const unknown = await command("roster set today day <@U_CHEN> <@U_NOBODY|nobody>", "U_WANG");
    expect(unknown.text).toContain("<@U_NOBODY>");
    expect(unknown.text).toContain("Not in the directory");
    const unreadable = await command("roster set today day @chen", "U_WANG");
    expect(unreadable.text).toContain('"@chen" is not a Slack user');
    expect(await h.prisma.rosterEntry.count()).toBe(0);
    expect(await h.prisma.auditLog.count()).toBe(0);
  });

  it("opens a form prefilled with the shift's people, and saves what a supervisor submits", async () => {
    await command("roster set today evening <@U_CHEN>", "U_WANG");
    await command("roster set today evening", "U_WANG");
    const opened = slack.posts("views.open").at(-1)?.args.view as Record<string, unknown>;
    expect(opened).toMatchObject({ callback_id: "roster_set" });
    const blocks = JSON.stringify(opened.blocks);
    expect(blocks).toContain('"initial_date":"2026-11-25"');
    expect(blocks).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"中班 evening 15:00–23:00"},"value":"evening"}',
    );
    expect(blocks).toContain('"initial_users":["U_CHEN"]');

    const values = {
      date: { value: { type: "datepicker", selected_date: "2026-11-25" } },
      shift: { value: { type: "static_select", selected_option: { value: "evening" } } },
      operators: { value: { type: "multi_users_select", selected_users: ["U_ZHANG"] } },
      supervisors: { value: { type: "multi_users_select", selected_users: ["U_WANG"] } },
    };
    const byOperator = await slackPost(
      h,
      viewSubmission({ callbackId: "roster_set", userId: "U_CHEN", values }),
      { now },
    );
    expect(await byOperator.json()).toMatchObject({
      response_action: "errors",
      errors: { date: expect.stringContaining("Only supervisors and admins") },
    });
    const res = await slackPost(
      h,
      viewSubmission({ callbackId: "roster_set", userId: "U_WANG", values }),
      { now },
    );
    expect(await res.text()).toBe("");
    await h.settle();
    expect(await roster("2026-11-25", "evening")).toEqual([
      "operator:U_ZHANG",
      "supervisor:U_WANG",
    ]);
    expect(String(slack.posts().at(-1)?.args.text)).toContain(
      "Roster set: 2026-11-25 中班 evening",
    );
  });
});

describe("the on-duty operator for missed calls", () => {
  it("is the night operator after midnight, and the supervisor when no operator is rostered", async () => {
    await command("roster set 2026-11-25 night supervisor <@U_WANG> operator <@U_CHEN>", "U_WANG");
    await command("roster set 2026-11-26 day supervisor <@U_WANG>", "U_WANG");
    const dir = await loadDirectory(h.db);
    expect(await onDutyOperator(h.db, dir, cst("2026-11-26 00:30"))).toEqual({
      slackUserId: "U_CHEN",
      staffKey: "chen_jing",
    });
    expect(await onDutyOperator(h.db, dir, cst("2026-11-25 22:59"))).toBeNull();
    expect(await onDutyOperator(h.db, dir, cst("2026-11-26 07:00"))).toEqual({
      slackUserId: "U_WANG",
      staffKey: "wang_fang",
    });
    expect(await onDutyOperator(h.db, null, cst("2026-11-26 00:30"))).toBeNull();
  });
});

describe("/switchboard roster shifts", () => {
  it("shows the default shifts and lets an admin change them, audit-logged", async () => {
    const shown = await command("roster shifts", "U_LINA");
    expect(shown.text).toContain("*夜班 night* (`night`) 23:00–07:00");

    const refused = await command("roster shifts set day 08:00-20:00 night 20:00-08:00", "U_WANG");
    expect(refused.text).toContain("only admins change the shifts");
    const gap = await command("roster shifts set day 08:00-20:00 night 21:00-08:00", "U_DAVID");
    expect(gap.text).toContain("day ends at 20:00 but the next shift (night) starts at 21:00");
    expect(await loadShifts(h.db)).toHaveLength(3);

    const changed = await command("roster shifts set day 08:00-20:00 night 20:00-08:00", "U_DAVID");
    expect(changed.text).toContain("Shifts updated");
    expect(await loadShifts(h.db)).toEqual([
      { key: "day", start: "08:00", end: "20:00" },
      { key: "night", start: "20:00", end: "08:00" },
    ]);
    const [entry] = await h.prisma.auditLog.findMany({ where: { action: "shifts.set" } });
    expect(entry?.actor).toBe("U_DAVID");
    expect(JSON.parse(entry?.detail ?? "{}").before).toHaveLength(3);

    // The new night starts at 20:00, so its operator is on duty at 21:00.
    await command("roster set today night <@U_ZHANG>", "U_WANG");
    expect(
      await onDutyOperator(h.db, await loadDirectory(h.db), cst("2026-11-25 21:00")),
    ).toMatchObject({
      slackUserId: "U_ZHANG",
    });
  });
});
