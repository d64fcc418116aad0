// `/switchboard guests`: the front desk checks guests in and out from Slack, and callers reach them.
import { beforeEach, describe, expect, it } from "vitest";
import { guestKey } from "../../src/bot/listeners/guests.ts";
import { callThrough } from "../support/calls.ts";
import { WEEKDAY_MORNING } from "../support/harness.ts";
import { slackPost, slashCommand, useSlackHarness } from "../support/slack.ts";

const t = useSlackHarness([
  ["li_na", "U_LINA"],
  ["chen_jing", "U_CHEN", "operator"],
]);
let now = WEEKDAY_MORNING;
beforeEach(() => {
  now = WEEKDAY_MORNING;
});

/** A moment later: the switchboard rereads its directory within a second. */
function later() {
  now = new Date(now.getTime() + 2000);
  t.h.setNow(now);
}

async function command(text: string, userId = "U_CHEN") {
  later();
  const res = await slackPost(t.h, slashCommand(text, userId, t.slack.responseUrl()), { now });
  expect(res.status).toBe(200);
  await t.h.settle();
  const answer = t.slack.responses().at(-1)?.args ?? {};
  expect(answer.response_type).toBe("ephemeral");
  return String(answer.text);
}

async function callFor(says: string) {
  later();
  const r = await callThrough(t.h, { says: [says], staff: ["answer"] });
  expect(r.problems).toEqual([]);
  return r;
}

describe("/switchboard guests", () => {
  it("checks a guest in, and callers asking for them by name are put through to the room", async () => {
    expect(await command("guests in 0901 王磊")).toBe("已登记入住 Checked in: 王磊, 0901.");
    const r = await callFor("请帮我转王磊的房间");
    expect(r.dialled[0]).toMatchObject({ number: "+862155550001", sendDigits: "ww0901" });
    const entry = await t.h.prisma.auditLog.findFirstOrThrow({
      where: { action: "guest.check_in" },
    });
    expect(entry).toMatchObject({ actor: "chen_jing", subject: "guest:wang_lei_0901" });

    expect(await command("guests out 0901")).toBe("已退房 Checked out: 王磊, 0901.");
    const gone = await callFor("请帮我转王磊的房间");
    expect(gone.dialled).toEqual([]);
    expect(await command("guests out 王磊")).toContain("No such guest is checked in");
  });

  it("lists the guests by room, only to whoever asked, with the incognito ones marked", async () => {
    const text = await command("guests");
    expect(text.split("\n")).toEqual([
      "*在住客人 In-house guests (3)*",
      "• 0816  Emily Carter",
      "• 1208  刘洋",
      "• 1502  赵敏  _(免打扰 incognito)_",
    ]);
  });

  it("hides a guest already staying rather than checking them in twice", async () => {
    expect(await command("guests in 1208 刘洋 incognito")).toContain("incognito");
    const guests = await t.h.prisma.guest.findMany({ where: { name: "刘洋" } });
    expect(guests).toEqual([expect.objectContaining({ key: "liu_yang", incognito: true })]);
    const r = await callFor("请帮我转刘洋的房间");
    expect(r.dialled).toEqual([]);
    expect(r.heard.join("")).toContain("不能确认住客信息");
  });

  it("checks out by name, and asks for the room when two guests share the name", async () => {
    await command("guests in 0902 Emily Carter");
    expect(await command("guests out Emily Carter")).toContain("check out by room");
    expect(await t.h.prisma.guest.count({ where: { name: "Emily Carter" } })).toBe(2);
    expect(await command("guests out 0816")).toBe("已退房 Checked out: Emily Carter, 0816.");
    expect(await command("guests out emily carter")).toBe(
      "已退房 Checked out: Emily Carter, 0902.",
    );
  });

  it("explains the usage for a room that is not digits, and is only for the front of house", async () => {
    expect(await command("guests in 9th 王磊")).toContain("Usage: `/switchboard guests in");
    expect(await command("guests in 0901")).toContain("Usage: `/switchboard guests in");
    expect(await command("guests", "U_LINA")).toContain(
      "`guests` is for admin, supervisor, operator",
    );
    expect(await t.h.prisma.guest.count()).toBe(3);
  });

  it("makes a key from the name and the room", () => {
    expect(guestKey("王磊", "0901")).toBe("wang_lei_0901");
    expect(guestKey("Emily Carter", "0816")).toBe("emily_carter_0816");
    expect(guestKey("Ólafur Sørensen", "12")).toBe("olafur_s_rensen_12");
    expect(guestKey("123", "12")).toBe("guest_12");
  });
});
