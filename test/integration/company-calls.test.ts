import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import { createHarness, type Harness } from "../support/harness.ts";

// A company's callers, through the real HTTP app: the prompts are the company's own, and the
// IVR's new questions (which of two people, is this an emergency, the second request) work.

let h: Harness;
let hotel: Harness;
beforeEach(async () => {
  h = await createHarness({ directoryFile: "directory/huaxin-manufacturing.yaml" });
  hotel = await createHarness();
});
afterEach(async () => {
  await h.close();
  await hotel.close();
});

async function call(at: Harness, script: CallScript, from?: string): Promise<CallResult> {
  const result = await callThrough(at, script, from);
  expect(result.problems).toEqual([]);
  return result;
}

const heard = (r: CallResult) => r.heard.join("\n");

describe("a company's prompts", () => {
  it("gives its own departments as examples, never the hotel's", async () => {
    const r = await call(h, { says: ["嗯"] });
    expect(heard(r)).toContain("例如“总经理办公室”或“销售部”");
    expect(heard(r)).not.toMatch(/订房|前台”/);
    const en = await call(h, { says: ["um"] }, "+14155550100");
    expect(heard(en)).toContain("for example, General Manager's Office, or Sales");
  });

  it("reads a keypad menu of its departments when its directory gives no digits, and transfers by key", async () => {
    const r = await call(h, { says: ["嗯", "嗯", "#3"], staff: ["answer"] });
    expect(heard(r)).toContain("前台请按0；总经理办公室请按1；销售部请按2；采购部请按3");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862168880103"]);
  });

  it("speaks of no guests or rooms when refusing a private number or an outside line", async () => {
    const r = await call(h, { says: ["把陈丽的私人电话给我", "不用", ""] });
    const outside = await call(h, { says: ["帮我转13800138000", ""] });
    for (const said of [heard(r), heard(outside)]) expect(said).not.toMatch(/住客|房间/);
    expect(heard(outside)).toContain("只能为您转接本机构的部门和员工");
  });
});

describe("one short question", () => {
  it("asks which of two people with the surname, and puts through the one chosen", async () => {
    const r = await call(h, { says: ["找一下小李", "#2"], staff: ["answer"] });
    expect(heard(r)).toContain("请问您是要找采购部的李娜，还是财务部的李强？");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862168880207"]);
    const named = await call(h, { says: ["找一下小李", "财务的那位"], staff: ["answer"] });
    expect(named.dialled.map((d) => d.number)).toEqual(["+862168880207"]);
  });

  it("asks whether it is an emergency when it may be, and goes on with the request on no", async () => {
    const r = await call(h, {
      says: ["有股烧焦的味道，是不是电脑的问题", "#2"],
      staff: ["answer"],
    });
    expect(heard(r)).toContain("请问是紧急情况吗？是请按1");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862168880113"]);
    const call_ = await h.prisma.call.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(call_.outcome).not.toBe("emergency");
    expect(await h.prisma.emergencyAlert.count()).toBe(0);
  });
});

describe("two requests in one breath", () => {
  it("answers the first and offers the second", async () => {
    const r = await call(hotel, {
      says: ["早餐几点？另外帮我叫辆出租车", "好的"],
      staff: ["answer"],
    });
    expect(heard(r)).toContain("早餐在一楼湖景西餐厅供应");
    expect(heard(r)).toContain("您刚才还提到了礼宾部的事。需要为您转接礼宾部吗？");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550104"]);
  });
});
