import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AUTH_TOKEN,
  callParams,
  createHarness,
  type Harness,
  newCallSid,
  PUBLIC_BASE_URL,
  post,
  signedRequest,
} from "../support/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function rowCounts() {
  const [calls, events, messages, notifications] = await Promise.all([
    h.prisma.call.count(),
    h.prisma.callEvent.count(),
    h.prisma.message.count(),
    h.prisma.notification.count(),
  ]);
  return { calls, events, messages, notifications };
}

const NOTHING = { calls: 0, events: 0, messages: 0, notifications: 0 };

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
    Response: Record<string, unknown>;
  };
}

describe("Twilio signature", () => {
  it("answers an unsigned webhook with 403 and writes nothing", async () => {
    const res = await h.app.request(`${PUBLIC_BASE_URL}/voice/incoming`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(callParams(newCallSid())).toString(),
    });
    expect(res.status).toBe(403);
    expect(await rowCounts()).toEqual(NOTHING);
  });

  it("answers a webhook signed with another token with 403 and writes nothing", async () => {
    const res = await post(h, "/voice/incoming", callParams(newCallSid()), "not-the-auth-token");
    expect(res.status).toBe(403);
    expect(await rowCounts()).toEqual(NOTHING);
  });

  it("rejects a signature made for other parameters or another URL", async () => {
    const sid = newCallSid();
    const init = signedRequest("/voice/incoming", callParams(sid));
    const tampered = {
      ...init,
      body: new URLSearchParams(callParams(sid, "+19005550100")).toString(),
    };
    expect((await h.app.request(`${PUBLIC_BASE_URL}/voice/incoming`, tampered)).status).toBe(403);
    const moved = signedRequest("/voice/intent?n=1", callParams(sid));
    expect((await h.app.request(`${PUBLIC_BASE_URL}/voice/intent?n=2`, moved)).status).toBe(403);
    expect(await rowCounts()).toEqual(NOTHING);
  });

  it("checks the signature against PUBLIC_BASE_URL, not the address the server sees", async () => {
    const sid = newCallSid();
    const res = await h.app.request(
      "http://10.0.0.5:3000/voice/incoming",
      signedRequest("/voice/incoming", callParams(sid)),
    );
    expect(res.status).toBe(200);
  });
});

describe("malformed webhooks", () => {
  it("answers a signed body that is not Twilio's form with 400 and writes nothing", async () => {
    const signature = (
      await import("twilio/lib/webhooks/webhooks.js")
    ).default.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/voice/incoming`, {});
    const res = await h.app.request(`${PUBLIC_BASE_URL}/voice/incoming`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-twilio-signature": signature },
      body: JSON.stringify({ CallSid: newCallSid() }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CallSid/);
    expect(await rowCounts()).toEqual(NOTHING);
  });

  it("answers a form without a valid CallSid with 400", async () => {
    const res = await post(h, "/voice/incoming", { From: "+8613800138000", CallSid: "not-a-sid" });
    expect(res.status).toBe(400);
    expect(await rowCounts()).toEqual(NOTHING);
  });
});

describe("the greeting", () => {
  it("answers at once with the organisation's greeting, listening for speech and keys", async () => {
    const sid = newCallSid();
    const res = await post(h, "/voice/incoming", callParams(sid));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    const xml = await res.text();
    const doc = parse(xml);
    const gather = doc.Response.Gather as Record<string, unknown>;
    expect(gather.input).toBe("speech dtmf");
    expect(gather.language).toBe("cmn-Hans-CN");
    expect(gather.action).toBe("/voice/intent?n=1");
    expect(String(gather.hints)).toContain("预订部");
    expect(xml).toContain("您好，欢迎致电湖畔酒店，请问有什么可以为您服务的吗？");
    expect(xml).toContain("For English, please press 9.");
    const call = await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } });
    expect(call.language).toBe("zh");
  });

  it("greets a caller from outside mainland China in English first", async () => {
    const res = await post(h, "/voice/incoming", callParams(newCallSid(), "+14155550100"));
    const xml = await res.text();
    expect(xml).toContain("Lakeside Hotel");
    expect(xml).toContain('language="en-US"');
    expect(xml).toContain("中文服务请按9。");
  });
});

describe("duplicated webhooks", () => {
  it("answers a retried greeting the same and creates nothing twice", async () => {
    const sid = newCallSid();
    const first = await (await post(h, "/voice/incoming", callParams(sid))).text();
    const second = await (await post(h, "/voice/incoming", callParams(sid))).text();
    expect(second).toBe(first);
    expect(await rowCounts()).toEqual({ calls: 1, events: 1, messages: 0, notifications: 0 });
    // The record keeps the answer with the directory's speech hints named, not repeated; the
    // retry got them back.
    expect(first).toContain("预订部, 客房部");
    const [event] = await h.prisma.callEvent.findMany({ where: { callSid: sid } });
    expect(event?.response).toContain(' hints="<zh>"');
    expect(event?.response).not.toContain("预订部");
  });

  it("answers a greeting retried seconds later the same, recorded once under the first time", async () => {
    const at = new Date("2026-11-25T02:00:00Z");
    h.setNow(at);
    const sid = newCallSid();
    const first = await (await post(h, "/voice/incoming", callParams(sid))).text();
    h.setNow(new Date(at.getTime() + 15_000));
    const second = await (await post(h, "/voice/incoming", callParams(sid))).text();
    expect(second).toBe(first);
    expect(await rowCounts()).toEqual({ calls: 1, events: 1, messages: 0, notifications: 0 });
    const [event] = await h.prisma.callEvent.findMany({ where: { callSid: sid } });
    expect(event?.callStartedAt).toEqual(at);
    expect((await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } })).startedAt).toEqual(
      at,
    );
  });

  it("answers a turn retried after it was recorded the same, speech hints and all", async () => {
    // 23:30 in Shanghai: Reservations is closed, and the answer listens again, with hints.
    h.setNow(new Date("2026-11-25T15:30:00Z"));
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const turn = { ...callParams(sid), CallStatus: "in-progress", SpeechResult: "我想订房" };
    const first = await (await post(h, "/voice/intent?n=1", turn)).text();
    expect(first).toContain("预订部, 客房部");
    // Later, so nothing in the answer could come from rendering it again at the same moment.
    h.setNow(new Date("2026-11-25T15:30:20Z"));
    const again = await (await post(h, "/voice/intent?n=1", turn)).text();
    expect(again).toBe(first);
  });

  it("applies a step's effects once when the same turn arrives several times at once", async () => {
    // 23:30 in Shanghai: Reservations is closed, so the turn sets the destination, and its
    // record notes that the caller was told so.
    h.setNow(new Date("2026-11-25T15:30:00Z"));
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const turn = { ...callParams(sid), CallStatus: "in-progress", SpeechResult: "我想订房" };
    const answers = await Promise.all(
      [1, 2, 3].map(async () => (await post(h, "/voice/intent?n=1", turn)).text()),
    );
    expect(new Set(answers).size).toBe(1);
    const events = await h.prisma.callEvent.findMany({ where: { callSid: sid } });
    expect(events.map((e) => e.type).sort()).toEqual(["incoming", "intent"]);
    const turnRecord = events.find((e) => e.type === "intent");
    expect(JSON.parse(turnRecord?.detail ?? "{}")).toMatchObject({
      info: [{ what: "closed", department: "reservations" }],
    });
    const call = await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } });
    expect(call.department).toBe("reservations");
    // A new call whose first webhook is a turn: created once, with one record of the turn.
    const fresh = { ...turn, CallSid: newCallSid() };
    await Promise.all([1, 2].map(() => post(h, "/voice/intent?n=1", fresh)));
    expect(await h.prisma.call.count({ where: { callSid: fresh.CallSid } })).toBe(1);
    expect(await h.prisma.callEvent.count({ where: { callSid: fresh.CallSid } })).toBe(1);
  });

  it("handles an emergency in a call whose greeting it never saw", async () => {
    // The greeting's webhook was lost: the first thing Switchboard hears of this call is a fire.
    const sid = newCallSid();
    const turn = {
      ...callParams(sid),
      CallStatus: "in-progress",
      SpeechResult: "着火了，快来人！",
    };
    const answer = await (await post(h, "/voice/intent?n=1", turn)).text();
    expect(answer).toContain("<Number");
    expect(answer).toContain("+862155550109");
    const call = await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } });
    expect(call).toMatchObject({
      intent: "emergency",
      outcome: "emergency",
      department: "security",
    });
    expect(await h.prisma.emergencyAlert.count({ where: { callSid: sid } })).toBe(1);
  });

  it("stores one message and one notification when the recording webhook comes twice", async () => {
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const recorded = callParams(sid, "+8613800138000", {
      CallStatus: "in-progress",
      RecordingUrl: "https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE0",
      RecordingSid: "RE00000000000000000000000000000000",
      RecordingDuration: "7",
      Digits: "#",
    });
    const path = "/voice/message/recorded?dept=finance";
    const a = await (await post(h, path, recorded)).text();
    const b = await (await post(h, path, recorded)).text();
    expect(b).toBe(a);
    expect(a).toContain('<Gather action="/voice/survey?dept=finance"');
    expect(await h.prisma.message.count()).toBe(1);
    expect(await h.prisma.survey.count()).toBe(1);
    expect(await h.prisma.notification.count({ where: { kind: "message" } })).toBe(1);
    // The same webhook delivered concurrently still stores one message.
    const sid2 = newCallSid();
    await post(h, "/voice/incoming", callParams(sid2));
    const again = { ...recorded, CallSid: sid2 };
    const answers = await Promise.all([
      post(h, path, again),
      post(h, path, again),
      post(h, path, again),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await h.prisma.message.count({ where: { callSid: sid2 } })).toBe(1);
    expect(await h.prisma.notification.count({ where: { dedupeKey: `message:${sid2}` } })).toBe(1);
  });
});

describe("a failure inside a voice step", () => {
  it("still answers valid TwiML with an apology and the operator", async () => {
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    await h.prisma.$executeRawUnsafe('DROP TABLE "Message"');
    const res = await post(
      h,
      "/voice/message/recorded?dept=finance",
      callParams(sid, "+8613800138000", {
        RecordingUrl: "https://api.twilio.com/r/RE1",
        RecordingDuration: "5",
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    const xml = await res.text();
    parse(xml);
    expect(xml).toContain("系统暂时出现问题");
    expect(xml).toContain("<Number>+862155550199</Number>");
    expect(h.logs.some((l) => l.includes("voice step failed"))).toBe(true);
  });

  it("apologises and ends politely when there is no directory at all", async () => {
    await h.prisma.organisation.deleteMany();
    const res = await post(h, "/voice/incoming", callParams(newCallSid()));
    expect(res.status).toBe(200);
    const xml = await res.text();
    parse(xml);
    expect(xml).toContain("请稍后再拨");
    expect(xml).toContain("<Hangup/>");
  });
});
