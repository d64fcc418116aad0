// Wake-up calls on the real worker bundle on local workerd with a D1 migrated by wrangler: set
// through the admin API, rung from the cron trigger within the minute, once however many cron
// runs overlap, and escalated to the front desk's Slack channel. The worker runs on the real
// clock, so the wake-up is set for the coming minute.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, startLocalWorker } from "../../scripts/lib/local-worker.ts";
import { signTwilio } from "../../scripts/lib/phone.ts";
import { localTimeOf } from "../../src/rules/wake-up/local-time.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";
import { FRONT_DESK_CHANNEL, wakeUpDirectory } from "../support/wake-ups.ts";

const AUTH_TOKEN = "worker-twilio-auth-token-0123456789";
const ADMIN_TOKEN = "worker-admin-token-0123456789abcdef";
const ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

let worker: LocalWorker;
let slack: FakeSlack;
let twilio: FakeTwilio;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  twilio = await new FakeTwilio(ACCOUNT_SID, AUTH_TOKEN).start();
  worker = await startLocalWorker({
    // The cron has no request to learn the worker's URL from: Twilio's webhooks need it set.
    vars: (url) => ({
      PUBLIC_BASE_URL: url,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_API_URL: twilio.url,
      ADMIN_TOKEN,
      SLACK_BOT_TOKEN: "xoxb-worker-test",
      SLACK_SIGNING_SECRET: "worker-signing-secret",
      SLACK_API_URL: slack.url,
      SLACK_SUPERVISORS_CHANNEL: "C_SUPERVISORS",
      LOG_LEVEL: "warn",
    }),
  });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await slack?.stop();
  await twilio?.stop();
});

function admin(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${ADMIN_TOKEN}`);
  return fetch(`${worker.url}${path}`, { ...init, headers });
}

/** A webhook from Twilio to the worker, signed over the worker's public URL. */
function twilioPost(path: string, params: Record<string, string>) {
  return fetch(`${worker.url}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signTwilio(AUTH_TOKEN, `${worker.url}${path}`, params),
    },
    body: new URLSearchParams(params).toString(),
  });
}

const cron = () => fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await pause(200);
}

describe("wake-up calls on workerd with D1", () => {
  it("rings the room from the cron within a minute of its time, once, and tells the front desk when nobody answers", async () => {
    const dir = wakeUpDirectory();
    // One ring before the front desk is told, so the test need not wait five minutes.
    dir.organisation.wakeUp = { department: "front_desk", attempts: 1 };
    const imported = await admin("/api/directory", { method: "PUT", body: JSON.stringify(dir) });
    expect(imported.status, await imported.clone().text()).toBe(200);

    // The coming minute, with at least ten seconds to set it in.
    const ringAt = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000);
    const local = localTimeOf(ringAt, "Asia/Shanghai");
    const set = await admin("/api/wakeups", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ room: "1208", time: local.time, date: local.date }),
    });
    expect(set.status, await set.clone().text()).toBe(201);
    const { id } = (await set.json()) as { id: string };

    await cron();
    await pause(1000);
    expect(twilio.placed).toHaveLength(0);

    await pause(Math.max(0, ringAt.getTime() + 500 - Date.now()));
    // Three cron runs at once: the room is rung once.
    await Promise.all([cron(), cron(), cron()]);
    await until(() => twilio.placed.length > 0);
    await pause(2000);
    expect(twilio.placed, worker.output.join("\n")).toHaveLength(1);
    const call = twilio.placed[0];
    if (!call) throw new Error("no call");
    expect(call.form).toMatchObject({
      To: "+862155550001",
      From: "+862155550000",
      SendDigits: "ww1208",
    });
    expect(Date.now() - ringAt.getTime()).toBeLessThan(60_000);

    const params = (extra: Record<string, string>) => ({
      AccountSid: ACCOUNT_SID,
      ApiVersion: "2010-04-01",
      CallSid: call.sid,
      From: "+862155550000",
      To: "+862155550001",
      Direction: "outbound-api",
      CallStatus: "in-progress",
      ...extra,
    });
    const answer = call.url?.slice(worker.url.length) ?? "";
    const greeting = await twilioPost(answer, params({}));
    expect(greeting.status).toBe(200);
    expect(await greeting.text()).toContain("这是您的叫醒电话。确认请按1");
    const status = call.statusCallback?.slice(worker.url.length) ?? "";
    expect((await twilioPost(status, params({ CallStatus: "no-answer" }))).status).toBe(200);

    const listed = async () => {
      const res = await admin(`/api/wakeups?date=${local.date}`);
      const { items } = (await res.json()) as { items: { id: string; state: string }[] };
      return items.find((w) => w.id === id)?.state;
    };
    expect(await listed()).toBe("unanswered");
    await cron();
    await until(() => slack.posts().some((p) => p.args.channel === FRONT_DESK_CHANNEL));
    const post = slack.posts().find((p) => p.args.channel === FRONT_DESK_CHANNEL);
    expect(post?.args.text, worker.output.join("\n")).toBe(
      `叫醒未应答 Wake-up not answered · 1208 · 刘洋 · ${local.time}`,
    );
  }, 120_000);
});
