// `/switchboard wakeup …` from the front desk, and `/switchboard guests out` cancelling wake-ups:
// the real app with a fake Slack, on a clock the test sets.
import { describe, expect, it } from "vitest";
import { slackPost, slashCommand } from "../support/slack.ts";
import { CLERK, EVENING, OPERATOR, SALES, useWakeUpRig } from "../support/wake-ups.ts";

const rig = useWakeUpRig();

/** Runs a command as `user` and returns what Slack was answered. */
async function command(text: string, user = CLERK): Promise<string> {
  const before = rig.slack.responses().length;
  const res = await slackPost(rig.h, slashCommand(text, user, rig.slack.responseUrl()), {
    now: rig.now(),
  });
  expect(res.status).toBe(200);
  await rig.h.settle();
  const answers = rig.slack.responses().slice(before);
  expect(answers).toHaveLength(1);
  expect(answers[0]?.args.response_type).toBe("ephemeral");
  return String(answers[0]?.args.text ?? "");
}

const wakeUps = () =>
  rig.h.prisma.wakeUpCall.findMany({ orderBy: [{ room: "asc" }, { time: "asc" }] });

describe("/switchboard wakeup", () => {
  it("sets a room's wake-up for the next 06:30, and says it is tomorrow's", async () => {
    const said = await command("wakeup 1208 06:30");
    expect(said).toContain("已设置叫醒 Wake-up set for 2026-12-05 06:30 (明天 tomorrow): 1208");
    expect(await wakeUps()).toMatchObject([
      {
        room: "1208",
        date: "2026-12-05",
        time: "06:30",
        state: "scheduled",
        source: "slack",
        setBy: CLERK,
      },
    ]);
    expect(await command("wakeup 1208 06:30")).toContain("已有，未重复设置 Already set");
    expect(await wakeUps()).toHaveLength(1);
  });

  it("sets a tour group's rooms at once from ranges, on a date", async () => {
    for (const room of ["1201", "1203", "1204", "1205"]) {
      await command(`guests in ${room} 团员${room}`, OPERATOR);
    }
    // The directory is read again once a second has passed.
    rig.setNow(new Date(EVENING.getTime() + 2000));
    const said = await command("wakeup 1201,1203-1205 06:00 2026-12-06");
    expect(said).toContain("1201, 1203, 1204, 1205");
    expect((await wakeUps()).map((w) => `${w.room} ${w.date} ${w.time}`)).toEqual([
      "1201 2026-12-06 06:00",
      "1203 2026-12-06 06:00",
      "1204 2026-12-06 06:00",
      "1205 2026-12-06 06:00",
    ]);
  });

  it.each([
    ["wakeup 1208 25:00", '"25:00" is not a time of day'],
    ["wakeup 1208 06:61", '"06:61" is not a time of day'],
    ["wakeup 1208 0630", "Give the wake-up time as HH:MM"],
    ["wakeup 1208 21:00 today", "has already passed"],
    ["wakeup 1208 06:30 2026-12-03", "has already passed"],
    ["wakeup 1208 06:30 2026-02-30", '"2026-02-30" is not a date'],
    ["wakeup 1210-1203 06:30", "1210-1203 runs backwards: write it 1203-1210"],
    ["wakeup abc 06:30", '"abc" is not a room'],
    ["wakeup 1208 06:30 2028-01-01", "more than a year ahead"],
  ])("refuses %s, naming what is wrong, and sets nothing", async (text, problem) => {
    const said = await command(text);
    expect(said).toContain(problem);
    expect(said).toContain("/switchboard wakeup <room(s)> <HH:MM>");
    expect(await wakeUps()).toEqual([]);
  });

  it("sets nothing when a room has nobody in it, and names the empty rooms", async () => {
    const said = await command("wakeup 1208,1999,0777 06:30");
    expect(said).toContain("Nothing was set: nobody is staying in 1999, 0777");
    expect(await wakeUps()).toEqual([]);
  });

  it("lists the day's wake-ups with their state, and cancels a room's or one at a time", async () => {
    await command("wakeup 1208 06:30");
    await command("wakeup 1208 07:00");
    await command("wakeup 0816 06:30");
    const list = await command("wakeup list 2026-12-05");
    expect(list).toContain("叫醒 Wake-up calls · 2026-12-05 (3)");
    expect(list).toContain("• 06:30 · 0816 · Emily Carter · 待叫醒 scheduled");
    expect(list).toContain("• 06:30 · 1208 · 刘洋 · 待叫醒 scheduled");
    expect(list).toContain("• 07:00 · 1208 · 刘洋 · 待叫醒 scheduled");
    expect(await command("wakeup list")).toContain("No wake-up calls on 2026-12-04");

    expect(await command("wakeup cancel 1208 07:00")).toContain(
      "已取消叫醒 Wake-up cancelled: 1208 2026-12-05 07:00",
    );
    expect((await wakeUps()).map((w) => `${w.room} ${w.time} ${w.state}`)).toEqual([
      "0816 06:30 scheduled",
      "1208 06:30 scheduled",
      "1208 07:00 cancelled",
    ]);
    expect(await command("wakeup cancel 1208,0816")).toContain("1208 2026-12-05 06:30");
    expect(await command("wakeup cancel 1208")).toContain("No wake-up still to ring for 1208");
    expect((await wakeUps()).every((w) => w.state === "cancelled")).toBe(true);
    expect(
      await rig.h.prisma.auditLog.count({ where: { action: "wake_up.cancel", actor: CLERK } }),
    ).toBe(3);
  });

  it("is for the front desk, supervisors and operators, not other staff", async () => {
    expect(await command("wakeup 1208 06:30", SALES)).toContain(
      "wake-up calls are for the front desk",
    );
    expect(await wakeUps()).toEqual([]);
    expect(await command("wakeup 1208 06:30", OPERATOR)).toContain("Wake-up set");
  });

  it("cancels a guest's wake-ups when the front desk checks them out", async () => {
    await command("wakeup 1208 06:30");
    await command("wakeup 0816 06:30");
    const out = await command("guests out 1208", OPERATOR);
    expect(out).toContain("已退房 Checked out");
    expect((await wakeUps()).map((w) => `${w.room} ${w.state}`)).toEqual([
      "0816 scheduled",
      "1208 cancelled",
    ]);
  });

  it("shows wake-up figures in /switchboard stats", async () => {
    await command("wakeup 1208 23:30");
    const before = rig.slack.responses().length;
    await slackPost(rig.h, slashCommand("stats today", OPERATOR, rig.slack.responseUrl()), {
      now: rig.now(),
    });
    await rig.h.settle();
    const blocks = JSON.stringify(rig.slack.responses().slice(before)[0]?.args.blocks);
    expect(blocks).toContain("叫醒服务 Wake-up calls");
    expect(blocks).toContain("设置 Set*\\n1");
  });
});
