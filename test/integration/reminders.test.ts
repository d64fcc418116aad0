import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createJobs } from "../../src/app.ts";
import { slackDeliverer } from "../../src/bot/delivery/slack-deliverer.ts";
import { createSlackClient } from "../../src/bot/slack-client.ts";
import { emergencyRepeatJob } from "../../src/jobs/emergency-repeat.ts";
import { messageRemindersJob } from "../../src/jobs/reminders.ts";
import { type Job, runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { acknowledgeEmergency, repeatEmergency } from "../../src/store/emergencies.ts";
import { nudgeMessage } from "../../src/store/messages.ts";
import { deliverNotices } from "../../src/store/outbox.ts";
import { callThrough } from "../support/calls.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { createHarness, type Harness, WEEKDAY_MORNING } from "../support/harness.ts";

let h: Harness;
let slack: FakeSlack;
let logs: string[];

beforeEach(async () => {
  h = await createHarness();
  slack = await new FakeSlack().start();
  logs = [];
});
afterEach(async () => {
  await h.close();
  await slack.stop();
});

const log = () => createLogger("debug", {}, (line) => logs.push(line));
const at = (minutes: number) => new Date(WEEKDAY_MORNING.getTime() + minutes * 60_000);

async function run(minutes: number, jobs: Job[]) {
  return runJobs(jobs, { db: h.db, clock: () => at(minutes), log: log() });
}

async function deliver(minutes: number) {
  const deliverer = slackDeliverer({
    client: createSlackClient({ token: "xoxb-test", apiUrl: slack.url }),
    db: h.db,
    directory: () => loadDirectory(h.db),
    channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS" },
  });
  return deliverNotices({ db: h.db, now: at(minutes), log: log(), holder: "test" }, deliverer);
}

async function call(says: string[], message = "请回电，谢谢。") {
  const result = await callThrough(h, { says, staff: ["decline"], message });
  expect(result.problems).toEqual([]);
  return result;
}

/** A message for finance, through a whole call the staff member declines. */
async function financeMessage(name = "王先生") {
  const r = await call(["我要开发票", name, "东方贸易", "#1"]);
  return h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
}

async function reservationsMessage() {
  const r = await call(["我想订房", "李先生", "个人", "#1"]);
  return h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
}

async function queued(kind: string) {
  return h.prisma.notification.findMany({ where: { kind }, orderBy: { createdAt: "asc" } });
}

describe("reminders", () => {
  it("reminds each department after its own time, and only once", async () => {
    await h.prisma.department.update({ where: { key: "finance" }, data: { reminderMinutes: 5 } });
    const finance = await financeMessage();
    const reservations = await reservationsMessage();
    const jobs = [messageRemindersJob()];

    await run(4, jobs);
    expect(await queued("reminder")).toEqual([]);
    await run(5, jobs);
    expect((await queued("reminder")).map((n) => n.subject)).toEqual([finance.id]);
    await run(14, jobs);
    expect(await queued("reminder")).toHaveLength(1);
    await run(15, jobs);
    await run(30, jobs);
    await run(90, jobs);
    const reminders = await queued("reminder");
    expect(reminders.map((n) => [n.subject, n.department, n.dedupeKey])).toEqual([
      [finance.id, "finance", `reminder:${finance.id}`],
      [reservations.id, "reservations", `reminder:${reservations.id}`],
    ]);
    // Each names its message; its post shows the message as it is, and how long it had waited.
    expect(reminders.map((n) => JSON.parse(n.payload))).toEqual([{}, {}]);
    await deliver(90);
    const posted = slack
      .posts()
      .map((p) => String(p.args.text))
      .filter((text) => text.startsWith("提醒 Reminder"));
    expect(posted).toEqual([
      expect.stringMatching(/王先生 · 东方贸易 not taken after 5 min$/),
      expect.stringMatching(/not taken after 15 min$/),
    ]);
    const marked = await h.prisma.message.findMany({ orderBy: { department: "asc" } });
    expect(marked.map((m) => [m.department, m.remindedAt?.toISOString()])).toEqual([
      ["finance", at(5).toISOString()],
      ["reservations", at(15).toISOString()],
    ]);
  });

  it("does not remind of a message someone has taken or called back", async () => {
    const claimed = await financeMessage("张先生");
    const calledBack = await financeMessage("赵女士");
    const waiting = await financeMessage("钱先生");
    await h.prisma.message.update({
      where: { id: claimed.id },
      data: { claimedBy: "U_LINA", claimedAt: at(3), status: "claimed" },
    });
    await h.prisma.message.update({
      where: { id: calledBack.id },
      data: { calledBackBy: "U_LINA", calledBackAt: at(4) },
    });
    await run(15, [messageRemindersJob()]);
    expect((await queued("reminder")).map((n) => n.subject)).toEqual([waiting.id]);
  });

  it("queues one reminder when two runs overlap", async () => {
    const first = await financeMessage("张先生");
    const second = await financeMessage("赵女士");
    const job = messageRemindersJob();
    // Two runs whose leases overlapped (a crashed holder's lease ran out mid-run).
    const results = await Promise.all(
      [1, 2, 3].map((n) => job.run({ db: h.db, now: at(15), log: log(), holder: `run-${n}` })),
    );
    expect(results.reduce((sum, r) => sum + Number(r.reminded), 0)).toBe(2);
    expect((await queued("reminder")).map((n) => n.subject).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    // And through the runner, the second run finds the lease taken.
    const runs = await Promise.all([run(16, [job]), run(16, [job])]);
    expect(runs.map(([r]) => (r?.ran ? "ran" : r?.skipped)).sort()).toEqual(["leased", "ran"]);
    expect(await queued("reminder")).toHaveLength(2);
  });
});

describe("queueing a follow-up", () => {
  it("queues nothing for what was taken, finished or acknowledged since it was picked", async () => {
    const claimed = await financeMessage("张先生");
    const done = await financeMessage("赵女士");
    await h.prisma.message.update({ where: { id: claimed.id }, data: { claimedBy: "U_LINA" } });
    await h.prisma.message.update({ where: { id: done.id }, data: { doneAt: at(1) } });
    expect(await nudgeMessage(h.db, claimed, "reminder", "finance", at(15))).toBe(false);
    expect(await nudgeMessage(h.db, done, "escalation", "duty_manager", at(240))).toBe(false);
    const r = await call(["着火了，快来人！"]);
    const alert = await h.prisma.emergencyAlert.update({
      where: { callSid: r.callSid },
      data: { acknowledgedBy: "U_SECURITY", acknowledgedAt: at(1) },
    });
    expect(await repeatEmergency(h.db, alert, at(3))).toBe(false);
    expect(
      await h.prisma.notification.count({ where: { kind: { in: ["reminder", "escalation"] } } }),
    ).toBe(0);
    expect(await h.prisma.notification.count({ where: { kind: "emergency" } })).toBe(1);
    expect(await h.prisma.message.count({ where: { remindedAt: { not: null } } })).toBe(0);
    expect(await h.prisma.message.count({ where: { escalatedAt: { not: null } } })).toBe(0);
    expect(
      (await h.prisma.emergencyAlert.findUniqueOrThrow({ where: { id: alert.id } })).alerts,
    ).toBe(1);
  });
});

describe("escalation", () => {
  it("escalates to the duty manager a message not done in time, and not one that is done", async () => {
    await h.prisma.department.update({
      where: { key: "reservations" },
      data: { escalationMinutes: 60 },
    });
    const done = await financeMessage("张先生");
    const claimed = await financeMessage("赵女士");
    const plain = await financeMessage("钱先生");
    const early = await reservationsMessage();
    await h.prisma.message.update({
      where: { id: done.id },
      data: { claimedBy: "U_LINA", doneBy: "U_LINA", doneAt: at(30), status: "done" },
    });
    await h.prisma.message.update({ where: { id: claimed.id }, data: { claimedBy: "U_LINA" } });
    const jobs = [messageRemindersJob()];

    await run(59, jobs);
    expect(await queued("escalation")).toEqual([]);
    await run(60, jobs);
    expect((await queued("escalation")).map((n) => n.subject)).toEqual([early.id]);
    await run(239, jobs);
    expect(await queued("escalation")).toHaveLength(1);
    await run(240, jobs);
    await run(600, jobs);
    const escalations = await queued("escalation");
    expect(escalations.map((n) => n.subject).sort()).toEqual(
      [early.id, claimed.id, plain.id].sort(),
    );
    expect(escalations.every((n) => n.department === "duty_manager")).toBe(true);
    expect(new Set(escalations.map((n) => n.dedupeKey)).size).toBe(3);
    expect(
      (await h.prisma.message.findUniqueOrThrow({ where: { id: done.id } })).escalatedAt,
    ).toBeNull();
  });
});

describe("emergency repeats", () => {
  async function fire() {
    const r = await call(["着火了，快来人！"]);
    await deliver(0);
    return h.prisma.emergencyAlert.findUniqueOrThrow({ where: { callSid: r.callSid } });
  }

  it("repeats an unacknowledged alert every three minutes and stops once acknowledged", async () => {
    const alert = await fire();
    const jobs = [emergencyRepeatJob()];
    await run(2, jobs);
    expect(await queued("emergency")).toHaveLength(1);
    await run(3, jobs);
    await deliver(3);
    await run(5, jobs);
    expect((await queued("emergency")).map((n) => n.dedupeKey)).toEqual([
      `emergency:${alert.callSid}`,
      `emergency:${alert.callSid}:2`,
    ]);
    await run(6, jobs);
    await deliver(6);
    await h.prisma.emergencyAlert.update({
      where: { id: alert.id },
      data: { acknowledgedBy: "U_SECURITY", acknowledgedAt: at(7) },
    });
    for (const minutes of [9, 12, 30, 59]) await run(minutes, jobs);
    expect(await queued("emergency")).toHaveLength(3);
    expect(
      await h.prisma.emergencyAlert.findUniqueOrThrow({ where: { id: alert.id } }),
    ).toMatchObject({
      alerts: 3,
      lastAlertAt: at(6),
    });
    const posts = slack.posts().filter((p) => p.args.channel === "C_EMERGENCY");
    expect(posts).toHaveLength(3);
    for (const p of posts) {
      expect(String(p.args.text)).toContain("<!channel>");
      expect(JSON.stringify(p.args.blocks)).toContain("emergency_ack");
    }
    expect(posts.map((p) => String(p.args.text).includes("still not acknowledged"))).toEqual([
      false,
      true,
      true,
    ]);
    expect(JSON.stringify(posts[2]?.args.blocks)).toContain("Alert 3");
  });

  it("posts each repeat as a reply in the first alert's thread, sent to the channel too", async () => {
    await fire();
    const jobs = [emergencyRepeatJob()];
    for (const minutes of [3, 6]) {
      await run(minutes, jobs);
      await deliver(minutes);
    }
    const [first, ...repeats] = slack.posts().filter((p) => p.args.channel === "C_EMERGENCY");
    expect(first?.args.thread_ts).toBeUndefined();
    const firstTs = slack.messages.find((m) => m.channel === "C_EMERGENCY")?.ts;
    expect(repeats).toHaveLength(2);
    for (const reply of repeats) {
      expect(reply.args.thread_ts).toBe(firstTs);
      expect(String(reply.args.reply_broadcast)).toBe("true");
      expect(String(reply.args.text)).toMatch(/^<!channel> /);
    }
  });

  it("waits for the first alert's own post before posting a repeat under it", async () => {
    const r = await call(["着火了，快来人！"]);
    const alert = await h.prisma.emergencyAlert.findUniqueOrThrow({
      where: { callSid: r.callSid },
    });
    // Queued while the first post is still to go out, as a second process could.
    expect(await repeatEmergency(h.db, alert, at(3))).toBe(true);
    slack.faults.push({ error: "not_in_channel" });
    await deliver(3);
    expect(slack.messages).toEqual([]);
    await deliver(4);
    const [first, reply] = slack.messages;
    expect(first?.thread_ts).toBeUndefined();
    expect(reply?.thread_ts).toBe(first?.ts);
    expect(String(reply?.text)).toContain("still not acknowledged");
  });

  it("posts no repeat once the alert is acknowledged, even one queued before", async () => {
    const alert = await fire();
    await run(3, [emergencyRepeatJob()]);
    expect(await acknowledgeEmergency(h.db, alert.callSid, "U_SECURITY", at(4))).toBe(true);
    await deliver(4);
    expect(slack.posts().filter((p) => p.args.channel === "C_EMERGENCY")).toHaveLength(1);
    expect((await queued("emergency")).map((n) => n.status)).toEqual(["sent", "sent"]);
  });

  it("shows the acknowledgement on a repeat whose post went out unanswered, posting it no more", async () => {
    const alert = await fire();
    await run(3, [emergencyRepeatJob()]);
    // Slack takes the repeat but the answer never comes: it may be in the thread.
    slack.faults.push({ drop: true });
    await deliver(3);
    expect(await acknowledgeEmergency(h.db, alert.callSid, "U_SECURITY", at(4))).toBe(true);
    await deliver(4);
    const [first, reply] = slack.messages;
    expect(slack.messages).toHaveLength(2);
    expect(reply?.thread_ts).toBe(first?.ts);
    const updates = slack.posts("chat.update");
    expect(new Set(updates.map((u) => u.args.ts))).toEqual(new Set([first?.ts, reply?.ts]));
    for (const u of updates) expect(JSON.stringify(u.args.blocks)).not.toContain("emergency_ack");
    expect((await queued("emergency")).map((n) => n.slackTs)).toEqual([first?.ts, reply?.ts]);
  });

  it("shows the acknowledgement only once a repeat being posted elsewhere is done", async () => {
    const alert = await fire();
    await run(3, [emergencyRepeatJob()]);
    // Another process has the repeat in hand when the alert is acknowledged.
    const [, repeat] = await queued("emergency");
    await h.prisma.notification.update({
      where: { id: repeat?.id },
      data: { status: "sending", claimedBy: "elsewhere", claimedUntil: at(3.25) },
    });
    expect(await acknowledgeEmergency(h.db, alert.callSid, "U_SECURITY", at(3))).toBe(true);
    await deliver(3);
    expect(slack.posts("chat.update")).toEqual([]);
    // That process died: its claim runs out, the repeat is not posted, the first alert is updated.
    await deliver(4);
    expect(slack.messages).toHaveLength(1);
    const updates = slack.posts("chat.update");
    expect(updates.map((u) => u.args.ts)).toEqual([slack.messages[0]?.ts]);
    expect(JSON.stringify(updates[0]?.args.blocks)).toContain("<@U_SECURITY> 已确认 acknowledged");
  });

  it("waits while the last post is still in the outbox, rather than piling up repeats", async () => {
    const r = await call(["着火了，快来人！"]);
    const jobs = [emergencyRepeatJob()];
    for (const minutes of [3, 6, 9]) await run(minutes, jobs);
    expect(await queued("emergency")).toHaveLength(1);
    await deliver(10);
    await run(11, jobs);
    expect((await queued("emergency")).map((n) => n.dedupeKey)).toEqual([
      `emergency:${r.callSid}`,
      `emergency:${r.callSid}:2`,
    ]);
  });

  it("queues one repeat when two runs overlap", async () => {
    await fire();
    const job = emergencyRepeatJob();
    const results = await Promise.all(
      [1, 2, 3].map((n) => job.run({ db: h.db, now: at(3), log: log(), holder: `run-${n}` })),
    );
    expect(results.map((r) => r.repeated).sort()).toEqual([0, 0, 1]);
    expect(await queued("emergency")).toHaveLength(2);
  });

  it("gives up after ten repeats and logs it once", async () => {
    const alert = await fire();
    const jobs = [emergencyRepeatJob()];
    for (let minutes = 3; minutes <= 90; minutes += 3) {
      await run(minutes, jobs);
      await deliver(minutes);
    }
    expect(await queued("emergency")).toHaveLength(11);
    expect(
      (await h.prisma.emergencyAlert.findUniqueOrThrow({ where: { id: alert.id } })).alerts,
    ).toBe(11);
    const gaveUp = logs.filter((l) => l.includes("no more repeats"));
    expect(gaveUp).toHaveLength(1);
    expect(JSON.parse(gaveUp[0] ?? "{}")).toMatchObject({ level: "warn", callSid: alert.callSid });
  });
});

describe("in Slack", () => {
  it("posts a reminder in the department's channel and an escalation to the duty manager's", async () => {
    await h.prisma.department.update({
      where: { key: "finance" },
      data: { slackChannel: "C_FINANCE" },
    });
    await h.prisma.department.update({
      where: { key: "duty_manager" },
      data: { slackChannel: "C_DUTY_MANAGER" },
    });
    const message = await financeMessage();
    await deliver(0);
    const jobs = createJobs({ db: h.db, config: { slackApiUrl: slack.url, slack: null } });
    await run(15, jobs);
    await deliver(15);
    await run(240, jobs);
    // Claimed after the escalation was queued: the post shows it as it is when it goes out.
    await h.prisma.message.update({
      where: { id: message.id },
      data: { claimedBy: "U_LINA", claimedAt: at(241), status: "claimed" },
    });
    await deliver(241);

    const reminder = slack.posts().find((p) => String(p.args.text).startsWith("提醒 Reminder"));
    expect(reminder?.args.channel).toBe("C_FINANCE");
    expect(String(reminder?.args.text)).toContain("王先生");
    expect(String(reminder?.args.text)).toContain("15 min");
    const reminderBlocks = JSON.stringify(reminder?.args.blocks);
    for (const expected of [
      "message_claim",
      "message_call_back",
      "message_done",
      `message:${message.id}`,
      "东方贸易",
      "请回电，谢谢。",
    ]) {
      expect(reminderBlocks).toContain(expected);
    }

    const escalation = slack.posts().find((p) => String(p.args.text).startsWith("升级 Escalation"));
    expect(escalation?.args.channel).toBe("C_DUTY_MANAGER");
    expect(String(escalation?.args.text)).toContain("4 h");
    const escalationBlocks = JSON.stringify(escalation?.args.blocks);
    expect(escalationBlocks).toContain("message_done");
    expect(escalationBlocks).toContain("<@U_LINA>");
    expect(escalationBlocks).not.toContain("message_claim");
    // The message (in place of the declined transfer's missed call), its reminder, its escalation.
    expect(slack.posts().map((p) => p.args.channel)).toEqual([
      "C_FINANCE",
      "C_FINANCE",
      "C_DUTY_MANAGER",
    ]);
  });
});
