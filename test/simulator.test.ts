import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { validateRequest } from "twilio/lib/webhooks/webhooks.js";
import { describe, expect, it } from "vitest";
import {
  type CallResult,
  type CallScript,
  formatLine,
  type PhoneOptions,
  PhoneSimulator,
  parseTwiml,
  scriptedCaller,
} from "../scripts/lib/phone.ts";
import { withoutIds } from "./support/privacy.ts";

const TOKEN = "test-auth-token-0123456789abcdef";
const PUBLIC = "https://hotel.example.com";
const INTERNAL = "http://switchboard.internal";
const SALES = "+862155550100";

interface Posted {
  method: string;
  path: string;
  params: Record<string, string>;
  signed: boolean;
}

const xml = (body: string) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`, {
    headers: { "content-type": "text/xml; charset=utf-8" },
  });

/** A stand-in Switchboard: checks Twilio signatures like the real one and records every webhook. */
function fakeSwitchboard(publicBase: () => string) {
  const posted: Posted[] = [];
  const app = new Hono();

  app.use("*", async (c, next) => {
    const url = new URL(c.req.url);
    const params: Record<string, string> = {};
    if (c.req.method === "POST") {
      for (const [k, v] of Object.entries(await c.req.parseBody())) params[k] = String(v);
    }
    const signature = c.req.header("x-twilio-signature") ?? "";
    const signed = validateRequest(
      TOKEN,
      signature,
      publicBase() + url.pathname + url.search,
      params,
    );
    posted.push({ method: c.req.method, path: url.pathname + url.search, params, signed });
    if (!signed) return c.text("bad signature", 403);
    await next();
  });

  // The middleware has just recorded the request being answered.
  const params = () => posted.at(-1)?.params ?? {};

  app.post("/voice/incoming", () =>
    xml(
      `<Gather input="speech dtmf" action="/voice/intent?n=1" language="zh-CN" hints="订房,前台">` +
        `<Say language="zh-CN" voice="Polly.Zhiyu">您好，这里是测试酒店，请问有什么可以帮您？</Say></Gather>` +
        "<Say>没有听到您的声音，再见。</Say><Hangup/>",
    ),
  );

  app.post("/voice/intent", (c) => {
    const p = params();
    const said = p.SpeechResult ?? "";
    if (said.includes("订房") || p.Digits === "1") {
      return xml(
        `<Say>正在为您转接。</Say><Dial action="${publicBase()}/voice/dial-done?x=1&amp;y=2" timeout="20" answerOnBridge="true">` +
          `<Number url="/voice/whisper?to=sales" sendDigits="wwww1208">${SALES}</Number></Dial>`,
      );
    }
    if (said.includes("前台")) return xml(`<Dial action="dial-done">+862155550101</Dial>`);
    if (said.includes("留言")) {
      return xml(
        `<Say>请在提示音后留言。</Say><Record action="leave-message" maxLength="60" playBeep="true" ` +
          `recordingStatusCallback="/voice/recording-status" transcribe="true" ` +
          `transcribeCallback="${publicBase()}/voice/transcription"/><Say>没有录到留言。</Say>`,
      );
    }
    if (said.includes("菜单"))
      return xml(`<Redirect method="GET">/voice/menu?from=intent</Redirect>`);
    if (said.includes("转圈")) return xml("<Redirect>/voice/loop</Redirect>");
    if (said.includes("坏了")) return c.json({ oops: true });
    if (said.includes("错根"))
      return new Response("<Twiml/>", { headers: { "content-type": "text/xml" } });
    if (said.includes("外面"))
      return xml("<Redirect>https://elsewhere.example.net/voice/menu</Redirect>");
    return xml("<Say>好的，再见。</Say>");
  });

  app.post("/voice/loop", () => xml('<Pause length="1"/><Redirect>/voice/loop</Redirect>'));
  app.get("/voice/menu", () => xml("<Say>这是菜单。</Say><Hangup/>"));

  app.post("/voice/whisper", () =>
    xml(
      `<Gather numDigits="1" action="/voice/whisper-answer" timeout="5">` +
        "<Say>总机转接来电，按1接听，按2拒接。</Say></Gather><Hangup/>",
    ),
  );

  app.post("/voice/whisper-answer", () =>
    params().Digits === "1" ? xml("<Say>正在接通。</Say>") : xml("<Hangup/>"),
  );

  app.post("/voice/dial-done", () =>
    xml(`<Say>转接结果 ${params().DialCallStatus}</Say><Hangup/>`),
  );

  app.post("/voice/leave-message", () => xml("<Say>留言已收到，再见。</Say><Hangup/>"));
  app.post("/voice/recording-status", (c) => c.body(null, 204));
  app.post("/voice/transcription", (c) => c.body(null, 204));
  app.post("/voice/status", (c) => c.body(null, 204));

  return { app, posted };
}

async function ring(script: CallScript, overrides: Partial<PhoneOptions> = {}) {
  const fake = fakeSwitchboard(() => PUBLIC);
  const phone = new PhoneSimulator({
    baseUrl: INTERNAL,
    publicBaseUrl: PUBLIC,
    authToken: TOKEN,
    from: "+8613800138000",
    fetch: (url, init) => Promise.resolve(fake.app.request(url, init)),
    ...overrides,
  });
  const result = await phone.call(scriptedCaller(script));
  return { result, posted: fake.posted };
}

const at = (posted: Posted[], path: string) => posted.filter((p) => p.path.startsWith(path));
const one = (posted: Posted[], path: string): Posted => {
  const hits = at(posted, path);
  expect(hits, `exactly one request to ${path}`).toHaveLength(1);
  return hits[0] as Posted;
};
const paths = (posted: Posted[]) => posted.map((p) => p.path.split("?")[0]);

function expectAllSigned(posted: Posted[], result: CallResult) {
  expect(posted.length).toBeGreaterThan(0);
  expect(posted.filter((p) => !p.signed)).toEqual([]);
  expect(result.requests.map((r) => r.status).filter((s) => s === 403)).toEqual([]);
}

describe("phone simulator", () => {
  it("greets, hears speech, dials with a whisper, staff presses 1, and the call is bridged", async () => {
    const { result, posted } = await ring({ says: ["我想订房"], staff: ["answer"] });
    expectAllSigned(posted, result);
    expect(result.ok).toBe(true);
    expect(result.ended).toBe("twiml");
    expect(paths(posted)).toEqual([
      "/voice/incoming",
      "/voice/intent",
      "/voice/whisper",
      "/voice/whisper-answer",
      "/voice/dial-done",
      "/voice/status",
    ]);

    const incoming = one(posted, "/voice/incoming").params;
    expect(incoming).toMatchObject({
      CallSid: result.callSid,
      CallStatus: "ringing",
      Direction: "inbound",
      ApiVersion: "2010-04-01",
      From: "+8613800138000",
      Caller: "+8613800138000",
      To: "+862155550000",
      Called: "+862155550000",
      FromCountry: "CN",
    });
    expect(incoming.CallSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(incoming.AccountSid).toMatch(/^AC[0-9a-f]{32}$/);

    const intent = one(posted, "/voice/intent?n=1");
    expect(intent.params).toMatchObject({
      SpeechResult: "我想订房",
      Confidence: "0.9",
      CallStatus: "in-progress",
      CallSid: result.callSid,
    });
    expect(intent.params).not.toHaveProperty("Digits");

    const whisper = one(posted, "/voice/whisper?to=sales").params;
    expect(whisper).toMatchObject({
      ParentCallSid: result.callSid,
      AccountSid: incoming.AccountSid,
      From: "+8613800138000",
      To: SALES,
      Direction: "outbound-dial",
      CallStatus: "in-progress",
    });
    expect(whisper.CallSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(whisper.CallSid).not.toBe(result.callSid);

    const pressed = one(posted, "/voice/whisper-answer").params;
    expect(pressed).toMatchObject({
      CallSid: whisper.CallSid,
      Digits: "1",
      ParentCallSid: result.callSid,
    });

    // The Dial action was absolute, with an escaped query: it must arrive intact.
    const done = one(posted, "/voice/dial-done?x=1&y=2").params;
    expect(done).toMatchObject({
      CallSid: result.callSid,
      DialCallStatus: "completed",
      DialCallSid: whisper.CallSid,
      DialCallDuration: "42",
    });

    const status = one(posted, "/voice/status").params;
    expect(status).toMatchObject({ CallSid: result.callSid, CallStatus: "completed" });
    expect(Number(status.CallDuration)).toBeGreaterThanOrEqual(42);

    expect(result.heard).toEqual([
      "您好，这里是测试酒店，请问有什么可以帮您？",
      "正在为您转接。",
      "转接结果 completed",
    ]);
    expect(result.staffHeard).toEqual(["总机转接来电，按1接听，按2拒接。", "正在接通。"]);
    expect(result.lines.some((l) => l.kind === "connected")).toBe(true);
    expect(result.lines.find((l) => l.kind === "say")?.attrs).toMatchObject({
      language: "zh-CN",
      voice: "Polly.Zhiyu",
    });
    expect(result.dialled).toEqual([
      { number: SALES, sendDigits: "wwww1208", whisperUrl: "/voice/whisper?to=sales" },
    ]);
  });

  it("never prints the digits sent after the answer, only that some are sent", async () => {
    const { result } = await ring({ says: ["我想订房"] });
    const printed = result.lines.map(formatLine);
    expect(printed.some((l) => l.includes(SALES) && l.includes("DTMF"))).toBe(true);
    expect(printed.filter((l) => withoutIds(l).includes("1208"))).toEqual([]);
  });

  it("sends keypad input as Digits, without SpeechResult", async () => {
    const { result, posted } = await ring({ says: ["#1"] });
    expectAllSigned(posted, result);
    const intent = one(posted, "/voice/intent").params;
    expect(intent.Digits).toBe("1");
    expect(intent).not.toHaveProperty("SpeechResult");
    expect(intent).not.toHaveProperty("Confidence");
  });

  it("reports a declined whisper as completed with no talk time", async () => {
    const { result, posted } = await ring({ says: ["我想订房"], staff: ["decline"] });
    expectAllSigned(posted, result);
    expect(one(posted, "/voice/whisper-answer").params.Digits).toBe("2");
    expect(one(posted, "/voice/dial-done").params).toMatchObject({
      DialCallStatus: "completed",
      DialCallDuration: "0",
    });
    expect(result.lines.some((l) => l.kind === "connected")).toBe(false);
    expect(result.heard.at(-1)).toBe("转接结果 completed");
  });

  it.each([
    ["no-answer", "no-answer"],
    ["busy", "busy"],
  ] as const)(
    "reports staff %s as DialCallStatus=%s without a whisper leg",
    async (staff, status) => {
      const { result, posted } = await ring({ says: ["我想订房"], staff: [staff] });
      expectAllSigned(posted, result);
      expect(at(posted, "/voice/whisper")).toEqual([]);
      expect(one(posted, "/voice/dial-done").params.DialCallStatus).toBe(status);
      expect(result.heard.at(-1)).toBe(`转接结果 ${status}`);
    },
  );

  it("bridges a bare number directly and resolves a relative action against the document", async () => {
    const { result, posted } = await ring({ says: ["转前台"] });
    expectAllSigned(posted, result);
    expect(result.dialled).toEqual([{ number: "+862155550101" }]);
    // action="dial-done" is relative to /voice/intent, as Twilio resolves it.
    expect(one(posted, "/voice/dial-done").params).toMatchObject({
      DialCallStatus: "completed",
      DialCallDuration: "42",
    });
  });

  it("treats a declined plain ring as busy", async () => {
    const { posted } = await ring({ says: ["转前台"], staff: ["decline"] });
    expect(one(posted, "/voice/dial-done").params.DialCallStatus).toBe("busy");
  });

  it("on silence skips the Gather action and carries on with the next verb", async () => {
    const { result, posted } = await ring({ says: [""] });
    expectAllSigned(posted, result);
    expect(paths(posted)).toEqual(["/voice/incoming", "/voice/status"]);
    expect(result.heard).toEqual([
      "您好，这里是测试酒店，请问有什么可以帮您？",
      "没有听到您的声音，再见。",
    ]);
    expect(result.ended).toBe("twiml");
    expect(result.ok).toBe(true);
  });

  it("posts the status callback when the caller hangs up at a prompt", async () => {
    const { result, posted } = await ring({ says: [] });
    expect(result.ended).toBe("caller");
    expect(paths(posted)).toEqual(["/voice/incoming", "/voice/status"]);
    expect(one(posted, "/voice/status").params.CallStatus).toBe("completed");
  });

  it("records a message and fires the recording and transcription callbacks", async () => {
    const message = "我是1208的客人，请回电。";
    const { result, posted } = await ring({ says: ["我要留言"], message });
    expectAllSigned(posted, result);
    expect(result.ok).toBe(true);
    const action = one(posted, "/voice/leave-message").params;
    expect(action).toMatchObject({
      CallSid: result.callSid,
      Digits: "#",
      CallStatus: "in-progress",
    });
    expect(action.RecordingSid).toMatch(/^RE[0-9a-f]{32}$/);
    expect(action.RecordingUrl).toBe(
      `https://api.twilio.com/2010-04-01/Accounts/${action.AccountSid}/Recordings/${action.RecordingSid}`,
    );
    expect(Number(action.RecordingDuration)).toBeGreaterThan(0);
    expect(one(posted, "/voice/recording-status").params).toMatchObject({
      RecordingStatus: "completed",
      RecordingSid: action.RecordingSid,
      RecordingUrl: action.RecordingUrl,
      CallSid: result.callSid,
    });
    expect(one(posted, "/voice/transcription").params).toMatchObject({
      TranscriptionText: message,
      TranscriptionStatus: "completed",
      RecordingSid: action.RecordingSid,
      CallSid: result.callSid,
    });
    expect(result.heard.at(-1)).toBe("留言已收到，再见。");
  });

  it("posts the recording with Digits=hangup when the caller hangs up after the message", async () => {
    const { result, posted } = await ring({ says: ["我要留言"], hangupAfterMessage: true });
    expect(result.ended).toBe("caller");
    expect(one(posted, "/voice/leave-message").params.Digits).toBe("hangup");
    expect(result.heard).not.toContain("留言已收到，再见。");
    expect(paths(posted).at(-1)).toBe("/voice/status");
  });

  it("follows a GET redirect, signing the fields in the query string", async () => {
    const { result, posted } = await ring({ says: ["菜单"] });
    expectAllSigned(posted, result);
    const menu = one(posted, "/voice/menu");
    expect(menu.method).toBe("GET");
    expect(menu.path).toContain("from=intent");
    expect(menu.path).toContain(`CallSid=${result.callSid}`);
    expect(result.heard.at(-1)).toBe("这是菜单。");
  });

  it("is rejected with the wrong token, and says so", async () => {
    const { result, posted } = await ring({ says: ["我想订房"] }, { authToken: "wrong-token" });
    expect(result.ok).toBe(false);
    expect(result.ended).toBe("error");
    expect(result.error).toMatch(/POST \/voice\/incoming answered HTTP 403/);
    expect(posted.every((p) => !p.signed)).toBe(true);
    expect(paths(posted)).toEqual(["/voice/incoming", "/voice/status"]);
  });

  it("reports an answer that is not TwiML", async () => {
    const { result } = await ring({ says: ["坏了"] });
    expect(result.ended).toBe("error");
    expect(result.error).toMatch(/content-type "application\/json/);
  });

  it("reports XML whose root is not <Response>", async () => {
    const { result } = await ring({ says: ["错根"] });
    expect(result.ended).toBe("error");
    expect(result.error).toMatch(/not <Response>/);
  });

  it("refuses to follow TwiML off to another host", async () => {
    const { result, posted } = await ring({ says: ["外面"] });
    expect(result.ended).toBe("error");
    expect(result.error).toMatch(/outside Switchboard/);
    expect(posted.some((p) => p.path.includes("elsewhere"))).toBe(false);
  });

  it("stops a redirect loop after 60 webhooks", async () => {
    const { result, posted } = await ring({ says: ["转圈"] });
    expect(result.ended).toBe("error");
    expect(result.error).toMatch(/loop guard/);
    expect(posted.filter((p) => p.path !== "/voice/status")).toHaveLength(60);
    expect(paths(posted).at(-1)).toBe("/voice/status");
  });

  it("talks to a real HTTP server with the global fetch", async () => {
    let base = "";
    const fake = fakeSwitchboard(() => base);
    const server = serve({ fetch: fake.app.fetch, hostname: "127.0.0.1", port: 0 });
    await new Promise<void>((res) => server.once("listening", () => res()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const phone = new PhoneSimulator({ baseUrl: base, authToken: TOKEN });
      const result = await phone.call(scriptedCaller({ says: ["我想订房"], staff: ["busy"] }));
      expectAllSigned(fake.posted, result);
      expect(result.ok).toBe(true);
      expect(one(fake.posted, "/voice/dial-done").params.DialCallStatus).toBe("busy");
    } finally {
      await new Promise<void>((res) => server.close(() => res()));
    }
  });

  it("reports an unreachable server without throwing", async () => {
    const phone = new PhoneSimulator({
      baseUrl: INTERNAL,
      authToken: TOKEN,
      fetch: () =>
        Promise.reject(new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") })),
    });
    const result = await phone.call(scriptedCaller({}));
    expect(result.ended).toBe("error");
    expect(result.error).toMatch(/cannot reach Switchboard .*ECONNREFUSED/);
    expect(result.requests).toEqual([]);
  });
});

describe("parseTwiml", () => {
  it("keeps verb order and flattens nested speech markup", () => {
    const verbs = parseTwiml(
      '<?xml version="1.0"?><Response><Say>你好 <prosody rate="slow">慢慢</prosody> 说</Say><Pause length="2"/><Hangup/></Response>',
    );
    expect(verbs.map((v) => v.name)).toEqual(["Say", "Pause", "Hangup"]);
    expect(verbs[0]?.text).toBe("你好 慢慢 说");
    expect(verbs[1]?.attrs.length).toBe("2");
  });

  it("rejects malformed XML", () => {
    expect(() => parseTwiml("<Response><Say>")).toThrow(/well-formed/);
  });
});
