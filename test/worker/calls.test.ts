// The core calls against the real worker bundle on local workerd, with a local D1 migrated by
// wrangler, driven over HTTP exactly as Twilio would. The worker runs on the real clock, so the
// calls go to departments that are open around the clock (front desk, security).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, startLocalWorker } from "../../scripts/lib/local-worker.ts";
import {
  type CallResult,
  type CallScript,
  inboundCallParams,
  newSid,
  PhoneSimulator,
  scriptedCaller,
  signTwilio,
} from "../../scripts/lib/phone.ts";
import { DEFAULT_TRANSCRIPTION, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";

const AUTH_TOKEN = "worker-twilio-auth-token-0123456789";
const ADMIN_TOKEN = "worker-admin-token-0123456789abcdef";
const FRONT_DESK = "+862155550100";
const SECURITY = "+862155550109";

const ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

let worker: LocalWorker;
let slack: FakeSlack;
let twilio: FakeTwilio;
let openai: FakeOpenAI;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  twilio = await new FakeTwilio(ACCOUNT_SID, AUTH_TOKEN).start();
  openai = await startFakeOpenAI();
  worker = await startLocalWorker({
    vars: {
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_API_URL: twilio.url,
      OPENAI_API_KEY: "sk-test-openai-key",
      OPENAI_BASE_URL: openai.url,
      ADMIN_TOKEN,
      SLACK_BOT_TOKEN: "xoxb-worker-test",
      SLACK_SIGNING_SECRET: "worker-signing-secret",
      SLACK_API_URL: slack.url,
      SLACK_EMERGENCY_CHANNEL: "C_EMERGENCY",
      SLACK_SUPERVISORS_CHANNEL: "C_SUPERVISORS",
      LOG_LEVEL: "warn",
    },
  });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await slack?.stop();
  await twilio?.stop();
  await openai?.close();
});

/** A whole call to the worker; no PUBLIC_BASE_URL is set, so it checks signatures on its own URL. */
async function call(script: CallScript): Promise<CallResult> {
  const phone = new PhoneSimulator({ baseUrl: worker.url, authToken: AUTH_TOKEN });
  const result = await phone.call(scriptedCaller(script));
  expect(result.problems, worker.output.join("\n")).toEqual([]);
  return result;
}

function admin(path: string, token: string | null = ADMIN_TOKEN, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token !== null) headers.set("authorization", `Bearer ${token}`);
  return fetch(`${worker.url}${path}`, { ...init, headers });
}

async function adminJson<T>(path: string): Promise<T> {
  const res = await admin(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

interface StoredCall {
  outcome: string | null;
  department: string | null;
  handledBy: string | null;
  intent: string | null;
  status: string;
  message: { callerName: string | null } | null;
}

const heard = (r: CallResult) => r.heard.join("\n");

describe("the worker on workerd with D1", () => {
  it("greets in Chinese from the directory it loaded into the empty database", async () => {
    const r = await call({ says: [] });
    expect(r.heard[0]).toBe("您好，欢迎致电湖畔酒店，请问有什么可以为您服务的吗？");
    expect(await adminJson<StoredCall>(`/api/calls/${r.callSid}`)).toMatchObject({
      outcome: "abandoned",
      status: "completed",
    });
  });

  it("transfers to a department after asking the staff member first", async () => {
    const r = await call({ says: ["我要办理入住"], staff: ["answer"] });
    expect(heard(r)).toContain("正在为您转接前台");
    expect(r.dialled.map((d) => d.number)).toEqual([FRONT_DESK]);
    expect(r.staffHeard.join("")).toMatch(/按1/);
    expect(await adminJson<StoredCall>(`/api/calls/${r.callSid}`)).toMatchObject({
      intent: "department",
      department: "front_desk",
      handledBy: "front_desk",
      outcome: "transferred",
      status: "completed",
    });
  });

  it("takes a complete message when the staff member declines", async () => {
    const r = await call({
      says: ["我要办理入住", "我姓王", "东方贸易公司", "#1"],
      staff: ["decline"],
      message: "请帮我保留今晚的房间，谢谢。",
    });
    expect(r.dialled.map((d) => d.number)).toEqual([FRONT_DESK]);
    expect(heard(r)).toContain("您的留言已记录");
    const messages = await adminJson<{ items: Record<string, unknown>[] }>(
      "/api/messages?department=front_desk",
    );
    expect(messages.items.find((m) => m.callSid === r.callSid)).toMatchObject({
      department: "front_desk",
      callerName: "王",
      organisation: "东方贸易公司",
      callbackNumber: "+8613800138000",
      transcription: "请帮我保留今晚的房间，谢谢。",
      status: "new",
    });
    expect(await adminJson<StoredCall>(`/api/calls/${r.callSid}`)).toMatchObject({
      outcome: "message",
      message: { callerName: "王" },
    });
    // One post for the caller: the message's, saying the transfer was declined; the missed
    // call it answered is withdrawn in the message's own D1 batch, never posted.
    const deadline = Date.now() + 15_000;
    const posted = () =>
      slack.posts().find((p) => JSON.stringify(p.args.blocks).includes("东方贸易公司"));
    while (!posted() && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(JSON.stringify(posted()?.args.blocks)).toContain("转接 Transfer: 拒接 declined");
    const missed = await adminJson<{ items: { department: string; status: string }[] }>(
      "/api/notifications?kind=missed_call",
    );
    expect(missed.items.filter((n) => n.department === "front_desk")).toEqual([
      expect.objectContaining({ status: "withdrawn" }),
    ]);
  });

  it("transcribes from the cron trigger a message Twilio could not, and puts its recording in the post's thread", async () => {
    const audio = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 1, 2, 3]);
    twilio.anyRecording = audio;
    const taken = Date.now();
    const r = await call({
      says: ["我要办理入住", "我叫王小明", "个人", "#1"],
      staff: ["decline"],
      message: "请帮我保留今晚的房间。",
      untranscribed: true,
    });
    const transcribed = async () => {
      const { items } = await adminJson<{ items: Record<string, unknown>[] }>("/api/messages");
      return items.find((m) => m.callSid === r.callSid)?.transcription;
    };
    expect(await transcribed()).toBeNull();
    const cron = await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`);
    expect(cron.status).toBe(200);
    const deadline = Date.now() + 15_000;
    while ((await transcribed()) !== DEFAULT_TRANSCRIPTION && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
    }
    expect(await transcribed(), worker.output.join("\n")).toBe(DEFAULT_TRANSCRIPTION);
    expect(openai.transcriptions.at(-1)).toMatchObject({ language: "zh", filename: "message.mp3" });
    expect(twilio.requests.some((q) => q.path.endsWith(".mp3") && q.username === ACCOUNT_SID)).toBe(
      true,
    );

    // The recording follows the post half a minute after the message, on the real clock.
    await new Promise((done) => setTimeout(done, Math.max(0, taken + 31_000 - Date.now())));
    await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`);
    // This message's post went out with the first run, to the supervisors' channel.
    expect(
      slack.posts().some((p) => JSON.stringify(p.args.blocks).includes("王小明")),
      worker.output.join("\n"),
    ).toBe(true);
    const uploaded = Date.now() + 15_000;
    while (slack.uploads.size === 0 && Date.now() < uploaded) {
      await new Promise((done) => setTimeout(done, 200));
    }
    expect(slack.uploads.size, worker.output.join("\n")).toBeGreaterThan(0);
    for (const file of slack.uploads.values()) expect([...file]).toEqual([...audio]);
    expect(
      slack.calls.find((c) => c.method === "files.completeUploadExternal")?.args,
    ).toMatchObject({
      channel_id: "C_SUPERVISORS",
      thread_ts: expect.stringMatching(/^\d+\.\d+$/),
    });
  }, 90_000);

  it("dials security at once in an emergency, and the alert goes to Slack as the step commits, with no cron trigger", async () => {
    const r = await call({ says: ["着火了，快来人！"] });
    expect(r.dialled.map((d) => d.number)).toEqual([SECURITY]);
    expect(r.dialled[0]?.whisperUrl).toBeUndefined();
    expect(heard(r)).toContain("紧急转接保安部");
    expect(await adminJson<StoredCall>(`/api/calls/${r.callSid}`)).toMatchObject({
      intent: "emergency",
      outcome: "emergency",
      department: "security",
    });

    // Delivery runs under waitUntil, after the webhook has answered: wait for the post to land.
    const deadline = Date.now() + 15_000;
    while (!slack.posts().some((p) => p.args.channel === "C_EMERGENCY") && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const alert = slack.posts().find((p) => p.args.channel === "C_EMERGENCY");
    expect(alert?.token).toBe("xoxb-worker-test");
    expect(alert?.args.metadata).toMatchObject({ event_type: "switchboard_notice" });
  });

  it("answers an unsigned or wrongly signed webhook with 403 and writes nothing", async () => {
    const before = await adminJson<{ total: number }>("/api/calls");
    const callSid = newSid("CA");
    const params = inboundCallParams({
      callSid,
      accountSid: newSid("AC"),
      from: "+8613800138000",
      to: "+862155550000",
      status: "ringing",
    });
    const url = `${worker.url}/voice/incoming`;
    const body = new URLSearchParams(params).toString();
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const unsigned = await fetch(url, { method: "POST", headers: form, body });
    const forged = await fetch(url, {
      method: "POST",
      headers: { ...form, "x-twilio-signature": signTwilio("not-the-token", url, params) },
      body,
    });
    expect([unsigned.status, forged.status]).toEqual([403, 403]);
    expect((await admin(`/api/calls/${callSid}`)).status).toBe(404);
    expect((await adminJson<{ total: number }>("/api/calls")).total).toBe(before.total);
  });

  it("replaces the directory in one D1 batch: a failure part-way leaves the old one whole", async () => {
    const { readFileSync } = await import("node:fs");
    const demo = readFileSync("directory/lakeside-hotel.yaml", "utf8");
    const put = (body: string) => admin("/api/directory", ADMIN_TOKEN, { method: "PUT", body });
    const greeting = async () => (await call({ says: [] })).heard[0] ?? "";

    expect((await put(demo.replaceAll("湖畔酒店", "山景酒店"))).status).toBe(200);
    // The worker rechecks the directory within a second.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await greeting()).toContain("山景酒店");

    // The last statement of the import fails after the deletes and most inserts have run.
    await worker.execute(
      `CREATE TRIGGER refuse_guests BEFORE INSERT ON "Guest" BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    try {
      expect((await put(demo.replaceAll("湖畔酒店", "河畔酒店"))).status).toBe(500);
      await new Promise((r) => setTimeout(r, 1100));
      expect(await greeting()).toContain("山景酒店");
      const departments = await adminJson<{ total: number }>("/api/calls?pageSize=1");
      expect(departments.total).toBeGreaterThan(0);
    } finally {
      await worker.execute("DROP TRIGGER refuse_guests");
    }
    expect((await put(demo)).status).toBe(200);
  });

  it("writes nothing of a webhook's step killed half-way: one D1 batch, all or nothing", async () => {
    const callSid = newSid("CA");
    const accountSid = newSid("AC");
    const webhook = (path: string, extra: Record<string, string>) => {
      const params = {
        ...inboundCallParams({
          callSid,
          accountSid,
          from: "+8613800138000",
          to: "+862155550000",
          status: "in-progress",
        }),
        ...extra,
      };
      const url = `${worker.url}${path}`;
      return fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-signature": signTwilio(AUTH_TOKEN, url, params),
        },
        body: new URLSearchParams(params).toString(),
      });
    };
    expect((await webhook("/voice/incoming", { CallStatus: "ringing" })).status).toBe(200);
    const recordingSid = newSid("RE");
    const recorded = () =>
      webhook("/voice/message/recorded?dept=front_desk", {
        RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}`,
        RecordingSid: recordingSid,
        RecordingDuration: "12",
      });
    const left = async () => {
      const stored = await adminJson<{
        outcome: string | null;
        events: { type: string }[];
        message: unknown;
      }>(`/api/calls/${callSid}`);
      const notices = await adminJson<{ total: number }>("/api/notifications?kind=message");
      return {
        steps: stored.events.filter((e) => e.type === "message-recorded").length,
        message: stored.message !== null,
        outcome: stored.outcome,
        notices: notices.total,
      };
    };
    const before = await left();
    // The step's unit is its record, the message, its posts and the call's outcome, in that
    // order: the last statement fails, after all the others have run.
    await worker.execute(
      `CREATE TRIGGER kill_the_message BEFORE UPDATE OF "outcome" ON "Call" WHEN NEW."outcome" = 'message' BEGIN SELECT RAISE(ABORT, 'killed half-way'); END`,
    );
    try {
      const failed = await recorded();
      expect(failed.status).toBe(200);
      expect(await failed.text()).toContain("<Dial");
      expect(await left()).toEqual({ ...before, steps: 0, message: false, outcome: null });
    } finally {
      await worker.execute("DROP TRIGGER kill_the_message");
    }
    // Twilio's retry of the same webhook: the whole step, once, ending with the survey's question.
    expect(await (await recorded()).text()).toContain('<Gather action="/voice/survey');
    expect(await left()).toEqual({
      steps: 1,
      message: true,
      outcome: "message",
      notices: before.notices + 1,
    });
  });

  it("guards the admin API with the admin token", async () => {
    expect((await admin("/api/calls", null)).status).toBe(401);
    expect((await admin("/api/calls", "not-the-admin-token-at-all")).status).toBe(401);
    expect((await admin("/api/messages", null)).status).toBe(401);
    const calls = await admin("/api/calls?pageSize=1");
    expect(calls.status).toBe(200);
    expect(await calls.json()).toMatchObject({ page: 1, pageSize: 1 });
  });
});

describe("the guest list on D1", () => {
  it("checks a guest in and out through the admin API, and callers reach them between", async () => {
    const put = await admin("/api/guests/wang_lei", ADMIN_TOKEN, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "王磊", room: "0901" }),
    });
    expect(put.status, await put.clone().text()).toBe(201);
    // The worker rechecks the directory within a second.
    await new Promise((r) => setTimeout(r, 1100));
    const r = await call({ says: ["请帮我转王磊的房间"], staff: ["answer"] });
    expect(r.dialled[0]).toMatchObject({ number: "+862155550001", sendDigits: "ww0901" });

    expect((await admin("/api/guests/wang_lei", ADMIN_TOKEN, { method: "DELETE" })).status).toBe(
      204,
    );
    const { guests } = await adminJson<{ guests: { key: string }[] }>("/api/guests");
    expect(guests.map((g) => g.key)).not.toContain("wang_lei");
  });
});
