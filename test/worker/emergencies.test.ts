// An emergency on the real worker bundle on local workerd with a D1 migrated by wrangler: the
// alert in Slack as the call's step commits, repeated from the cron trigger as replies in its
// thread (once however many cron runs overlap), and acknowledged from a reply through a signed
// Slack click, which shows on every post and ends the repeats. The worker runs on the real
// clock, so the test moves the alert's times back rather than waiting three minutes a repeat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, startLocalWorker } from "../../scripts/lib/local-worker.ts";
import { PhoneSimulator, scriptedCaller } from "../../scripts/lib/phone.ts";
import { signSlackRequest } from "../../src/bot/verify.ts";
import { demoDirectory } from "../support/demo.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { buttonClick } from "../support/slack.ts";

const AUTH_TOKEN = "worker-twilio-auth-token-0123456789";
const ADMIN_TOKEN = "worker-admin-token-0123456789abcdef";
const SIGNING_SECRET = "worker-signing-secret";
const OPERATOR = "U_CHEN";

let worker: LocalWorker;
let slack: FakeSlack;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  worker = await startLocalWorker({
    vars: {
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      ADMIN_TOKEN,
      SLACK_BOT_TOKEN: "xoxb-worker-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      SLACK_EMERGENCY_CHANNEL: "C_EMERGENCY",
      SLACK_SUPERVISORS_CHANNEL: "C_SUPERVISORS",
      LOG_LEVEL: "warn",
    },
  });
  // An operator on Slack, who may acknowledge.
  const dir = structuredClone(demoDirectory);
  dir.staff = dir.staff.map((s) =>
    s.key === "chen_jing" ? { ...s, role: "operator", slackUserId: OPERATOR } : s,
  );
  const imported = await fetch(`${worker.url}/api/directory`, {
    method: "PUT",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(dir),
  });
  expect(imported.status, await imported.clone().text()).toBe(200);
  // The worker rechecks the directory within a second.
  await pause(1100);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await slack?.stop();
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await pause(100);
}

const cron = () => fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`);

/**
 * Four minutes pass for the alert: its times move back, and the jobs' last runs are forgotten
 * so the next cron run has them due, as a minute's cron would.
 */
const fourMinutesLater = () =>
  worker.execute(
    `UPDATE "EmergencyAlert" SET
       "createdAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', "createdAt", '-4 minutes'),
       "lastAlertAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', "lastAlertAt", '-4 minutes');
     UPDATE "JobLease" SET "lastRunAt" = NULL`,
  );

const alerts = () => slack.messages.filter((m) => m.channel === "C_EMERGENCY");

describe("an emergency on workerd with D1", () => {
  it("is alerted, repeated in the alert's thread once per repeat, and acknowledged from a reply on every post", async () => {
    const phone = new PhoneSimulator({ baseUrl: worker.url, authToken: AUTH_TOKEN });
    const call = await phone.call(scriptedCaller({ says: ["着火了，快来人！"] }));
    expect(call.problems, worker.output.join("\n")).toEqual([]);
    await until(() => alerts().length > 0);
    const [first] = alerts();
    expect(first?.thread_ts, worker.output.join("\n")).toBeUndefined();

    for (const repeat of [2, 3]) {
      await fourMinutesLater();
      // Three cron runs at once: one repeat.
      await Promise.all([cron(), cron(), cron()]);
      await until(() => alerts().length >= repeat);
      await pause(1500);
      expect(alerts(), worker.output.join("\n")).toHaveLength(repeat);
    }
    const replies = slack
      .posts("chat.postMessage")
      .filter((p) => p.args.channel === "C_EMERGENCY" && p.args.thread_ts);
    expect(replies).toHaveLength(2);
    for (const reply of replies) {
      expect(reply.args.thread_ts).toBe(first?.ts);
      expect(String(reply.args.reply_broadcast)).toBe("true");
      expect(String(reply.args.text)).toMatch(/^<!channel> /);
      expect(JSON.stringify(reply.args.blocks)).toContain("emergency_ack");
    }
    expect(JSON.stringify(replies[1]?.args.blocks)).toContain("Alert 3");

    // Acknowledged from the last reply, by a signed click.
    const body = buttonClick({
      actionId: "emergency_ack",
      value: call.callSid,
      userId: OPERATOR,
      channel: "C_EMERGENCY",
      messageTs: alerts()[2]?.ts,
      responseUrl: slack.responseUrl(),
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const clicked = await fetch(`${worker.url}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": await signSlackRequest(SIGNING_SECRET, timestamp, body),
      },
      body,
    });
    expect(clicked.status).toBe(200);
    await until(() => slack.posts("chat.update").length >= 3);
    await pause(1000);
    const updates = slack.posts("chat.update");
    expect(updates.map((u) => u.args.ts).sort(), worker.output.join("\n")).toEqual(
      alerts().map((m) => m.ts),
    );
    for (const u of updates) {
      const shown = JSON.stringify(u.args.blocks);
      expect(shown).not.toContain("emergency_ack");
      expect(shown).toContain(`<@${OPERATOR}> 已确认 acknowledged`);
    }

    // No more repeats.
    await fourMinutesLater();
    await cron();
    await pause(3000);
    expect(alerts()).toHaveLength(3);
    const notices = await fetch(`${worker.url}/api/notifications?kind=emergency`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const { items } = (await notices.json()) as { items: { status: string }[] };
    expect(items.map((n) => n.status)).toEqual(["sent", "sent", "sent"]);
  }, 180_000);
});
