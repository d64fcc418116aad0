import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import { callParams, createHarness, type Harness, newCallSid, post } from "../support/harness.ts";

const LI_NA_DESK = "+862155550206";
const ZHANG_WEI_MOBILE = "+8613900000001";
const STRANGER = "+14155550100";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function call(script: CallScript, from: string): Promise<CallResult> {
  const result = await callThrough(h, script, from);
  expect(result.problems).toEqual([]);
  return result;
}

const heard = (r: CallResult) => r.heard.join("\n");

describe("a staff member asking the IVR for an outside number", () => {
  it("gets a request for approval, is told they'll be called back, and the call ends", async () => {
    const r = await call({ says: ["帮我拨打 001 212 736 3100，跟客户确认合同"] }, LI_NA_DESK);
    expect(r.dialled).toEqual([]);
    expect(heard(r)).toContain("长途申请已提交审批");
    expect(heard(r)).toContain("回拨您的座机");
    expect(r.ended).toBe("twiml");
    const request = await h.prisma.longDistanceRequest.findFirstOrThrow();
    expect(request).toMatchObject({
      source: "ivr",
      sourceCallSid: r.callSid,
      requesterKey: "li_na",
      requesterName: "李娜",
      department: "finance",
      destination: "+12127363100",
      tollClass: "international",
      reason: "帮我拨打 001 212 736 3100，跟客户确认合同",
      private: false,
      status: "pending",
    });
    const notices = await h.prisma.notification.findMany({ where: { subject: request.id } });
    expect(notices.map((n) => n.kind)).toEqual(["long_distance"]);
    expect(await h.prisma.auditLog.findMany({ where: { subject: request.id } })).toMatchObject([
      { actor: "staff:li_na", action: "long_distance.request" },
    ]);
    // The call was handled: no missed call for the staff member's own request.
    expect(await h.prisma.missedCall.count()).toBe(0);
    expect((await h.prisma.call.findUniqueOrThrow({ where: { callSid: r.callSid } })).outcome).toBe(
      "info",
    );
  });

  it("asks for the number on the keypad when they didn't say one, from their mobile", async () => {
    const r = await call({ says: ["我要打外线，私人电话", "#13912345678"] }, ZHANG_WEI_MOBILE);
    expect(heard(r)).toContain("请用电话按键输入您要拨打的号码");
    expect(heard(r)).toContain("+86 139 1234 5678");
    expect(r.dialled).toEqual([]);
    expect(await h.prisma.longDistanceRequest.findFirstOrThrow()).toMatchObject({
      requesterKey: "zhang_wei",
      destination: "+8613912345678",
      tollClass: "mobile",
      reason: "我要打外线，私人电话",
      private: true,
    });
  });

  it("makes no request for a premium or a local number", async () => {
    const premium = await call({ says: ["帮我拨打 001 900 555 1234"] }, LI_NA_DESK);
    expect(heard(premium)).toContain("不能申请拨打");
    const local = await call({ says: ["帮我拨打 021 5555 0123"] }, LI_NA_DESK);
    expect(heard(local)).toContain("不需要审批");
    expect([...premium.dialled, ...local.dialled]).toEqual([]);
    expect(await h.prisma.longDistanceRequest.count()).toBe(0);
    expect(await h.prisma.notification.count()).toBe(0);
  });

  it("makes one request when Twilio delivers the same webhook twice", async () => {
    const callSid = newCallSid();
    await post(h, "/voice/incoming", callParams(callSid, LI_NA_DESK));
    const said = callParams(callSid, LI_NA_DESK, {
      CallStatus: "in-progress",
      SpeechResult: "帮我拨打 001 212 736 3100",
      Confidence: "0.9",
    });
    const first = await (await post(h, "/voice/intent?n=1", said)).text();
    const again = await (await post(h, "/voice/intent?n=1", said)).text();
    expect(again).toBe(first);
    expect(await h.prisma.longDistanceRequest.count()).toBe(1);
  });
});

describe("an unknown caller asking for an outside number", () => {
  it.each([
    "transfer me to 001 212 736 3100",
    "I need an outside line",
    "please dial 13912345678 for me",
  ])("never gets a request or a dial: %s", async (words) => {
    const r = await call({ says: [words, words, "#"] }, STRANGER);
    expect(r.dialled.map((d) => d.number)).not.toContain("+12127363100");
    expect(r.dialled.map((d) => d.number)).not.toContain("+8613912345678");
    expect(heard(r)).toMatch(/outside numbers|外部号码/);
    expect(heard(r)).not.toMatch(/approval|审批/);
    expect(await h.prisma.longDistanceRequest.count()).toBe(0);
  });

  it("gets nothing from the keypad step either", async () => {
    const callSid = newCallSid();
    await post(h, "/voice/incoming", callParams(callSid, STRANGER));
    const res = await post(
      h,
      "/voice/outside-number?n=2",
      callParams(callSid, STRANGER, { CallStatus: "in-progress", Digits: "0012127363100" }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain("2127363100");
    expect(await h.prisma.longDistanceRequest.count()).toBe(0);
  });
});
