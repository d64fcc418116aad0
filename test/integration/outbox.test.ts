import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createJobs } from "../../src/app.ts";
import { type FetchRecording, slackDeliverer } from "../../src/bot/delivery/slack-deliverer.ts";
import { createSlackClient } from "../../src/bot/slack-client.ts";
import { type JobContext, runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { type Deliver, deliverNotices } from "../../src/store/outbox.ts";
import { fetchRecordingAudio } from "../../src/twilio/recordings.ts";
import { callThrough } from "../support/calls.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";
import {
  AUTH_TOKEN,
  admin,
  createHarness,
  type Harness,
  TWILIO_ACCOUNT_SID,
  WEEKDAY_MORNING,
} from "../support/harness.ts";
import { withoutIds } from "../support/privacy.ts";

let h: Harness;
let slack: FakeSlack;
const log = createLogger("error");
const config = (url: string) => ({
  slackApiUrl: url,
  slack: {
    botToken: "xoxb-test",
    signingSecret: "s",
    emergencyChannel: "C_EMERGENCY",
    supervisorsChannel: "C_SUPERVISORS",
  },
});

beforeEach(async () => {
  h = await createHarness();
  slack = await new FakeSlack().start();
});
afterEach(async () => {
  await h.close();
  await slack.stop();
});

function deliverer(recordingAudio?: FetchRecording): Deliver {
  return slackDeliverer({
    client: createSlackClient({ token: "xoxb-test", apiUrl: slack.url }),
    db: h.db,
    directory: () => loadDirectory(h.db),
    channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS" },
    recordingAudio,
  });
}

function ctx(now: Date, holder = crypto.randomUUID()): JobContext {
  return { db: h.db, now, log, holder };
}

async function call(says: string[], staff: ("answer" | "decline")[] = ["decline"]) {
  return callThrough(h, { says, staff, message: "请回电，谢谢。" });
}

/**
 * A declined call that leaves a message: one post, the message (its missed call is withdrawn,
 * answered by it), and the message's recording for its thread, due a little after it.
 */
/** Notifications that are posts of their own, not something added to another post. */
const POSTS = { kind: { not: "message_recording" }, status: { not: "withdrawn" } };
/** Notifications still to go: neither sent nor withdrawn. */
const UNSENT = { status: { notIn: ["sent", "withdrawn"] } };

async function leaveMessages(count: number) {
  for (let i = 0; i < count; i++) await call(["我要开发票", `客人${i}`, "个人", "#1"]);
}

describe("a message's recording", () => {
  const AUDIO = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 7, 8, 9, 250, 251, 252]);
  let twilio: FakeTwilio;
  beforeEach(async () => {
    twilio = await new FakeTwilio(TWILIO_ACCOUNT_SID, AUTH_TOKEN).start();
  });
  afterEach(async () => {
    await twilio.stop();
  });

  const withRecordings = () =>
    deliverer((sid) =>
      fetchRecordingAudio(
        { accountSid: TWILIO_ACCOUNT_SID, authToken: AUTH_TOKEN, apiUrl: twilio.url },
        sid,
      ),
    );

  const later = (minutes: number) => new Date(WEEKDAY_MORNING.getTime() + minutes * 60_000);

  it("goes into the thread of the message's post, to be played in Slack", async () => {
    await call(["我要开发票", "王小明", "个人", "#1"]);
    // Not in Twilio yet, then there.
    await deliverNotices(ctx(later(0)), withRecordings());
    twilio.anyRecording = AUDIO;
    await deliverNotices(ctx(later(5)), withRecordings());
    await deliverNotices(ctx(later(30)), withRecordings());

    const message = await h.prisma.notification.findFirstOrThrow({ where: { kind: "message" } });
    const recording = await h.prisma.notification.findFirstOrThrow({
      where: { kind: "message_recording" },
    });
    expect(recording).toMatchObject({ status: "sent", slackTs: message.slackTs });
    const completed = slack.calls.filter((c) => c.method === "files.completeUploadExternal");
    expect(completed).toHaveLength(1);
    expect(completed[0]?.args).toMatchObject({
      channel_id: message.slackChannel,
      thread_ts: message.slackTs,
    });
    expect([...slack.uploads.values()].map((a) => [...a])).toEqual([[...AUDIO]]);
    expect(
      twilio.requests
        .filter((r) => r.path.endsWith(".mp3"))
        .every((r) => r.username === TWILIO_ACCOUNT_SID),
    ).toBe(true);
  });

  it("is shared once when Slack shared it but the answer was lost", async () => {
    await call(["我要开发票", "王小明", "个人", "#1"]);
    twilio.anyRecording = AUDIO;
    await deliverNotices(ctx(later(0)), withRecordings());
    slack.faults.push(
      { status: 503, taken: true, method: "files.completeUploadExternal" },
      { status: 503, method: "files.info" },
    );
    await deliverNotices(ctx(later(5)), withRecordings());
    const recording = () =>
      h.prisma.notification.findFirstOrThrow({ where: { kind: "message_recording" } });
    expect((await recording()).status).toBe("pending");
    await deliverNotices(ctx(later(30)), withRecordings());
    expect((await recording()).status).toBe("sent");
    expect(slack.shares).toHaveLength(1);
    expect(slack.uploads.size).toBe(1);
  });

  it("is left as a link when the Slack app may not upload files", async () => {
    await call(["我要开发票", "王小明", "个人", "#1"]);
    twilio.anyRecording = AUDIO;
    await deliverNotices(ctx(later(0)), withRecordings());
    slack.faults.push({ error: "missing_scope" });
    await deliverNotices(ctx(later(5)), withRecordings());
    expect(await h.prisma.notification.count({ where: UNSENT })).toBe(0);
    expect(slack.uploads.size).toBe(0);
  });

  it("leaves the post's link alone without a Twilio account to fetch it with", async () => {
    await call(["我要开发票", "王小明", "个人", "#1"]);
    await deliverNotices(ctx(later(0)), deliverer());
    await deliverNotices(ctx(later(5)), deliverer());
    expect(await h.prisma.notification.count({ where: UNSENT })).toBe(0);
    expect(slack.calls.filter((c) => c.method.startsWith("files."))).toEqual([]);
  });
});

describe("the outbox", () => {
  it("posts a message too long for one Slack block, shortened, instead of having it refused", async () => {
    const long = "请尽快回电，关于下周的会议安排和发票。".repeat(300); // 5,700 characters
    await callThrough(h, {
      says: ["我要开发票", "王小明", "个人", "#1"],
      staff: ["decline"],
      message: long,
    });
    const report = await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    expect(slack.refused).toEqual([]);
    expect(report.delivered).toBe(await h.prisma.notification.count({ where: POSTS }));
    const post = slack.posts().find((p) => String(p.args.text).startsWith("新留言"));
    const blocks = post?.args.blocks as { type: string; text?: { text: string } }[];
    const content = blocks.find((b) => b.text?.text.startsWith("*留言 Message*"))?.text?.text ?? "";
    expect(content.length).toBeLessThanOrEqual(3000);
    expect(content.endsWith("…")).toBe(true);
    expect(content.startsWith(`*留言 Message*\n${long.slice(0, 100)}`)).toBe(true);
    // The message itself is kept whole.
    const stored = await h.prisma.message.findFirstOrThrow();
    expect(stored.transcription).toBe(long);
  });

  it("delivers every notification exactly once when two drains overlap", async () => {
    await leaveMessages(6);
    expect(await h.prisma.notification.count({ where: { ...POSTS, status: "pending" } })).toBe(6);
    slack.delayMs = 30;
    const deliver = deliverer();
    const [a, b] = await Promise.all([
      deliverNotices(ctx(WEEKDAY_MORNING), deliver),
      deliverNotices(ctx(WEEKDAY_MORNING), deliver),
    ]);
    expect(a.delivered + b.delivered).toBe(6);
    expect(slack.posts()).toHaveLength(6);
    const sent = await h.prisma.notification.findMany({ where: POSTS });
    expect(
      sent.every((n) => n.status === "sent" && n.slackTs && n.slackChannel === "C_SUPERVISORS"),
    ).toBe(true);
    expect(new Set(sent.map((n) => n.slackTs)).size).toBe(6);
  });

  it("runs one drain at a time when the job runs twice at once", async () => {
    await leaveMessages(4);
    slack.delayMs = 30;
    const jobs = createJobs({ db: h.db, config: config(slack.url) });
    const deps = { db: h.db, clock: () => WEEKDAY_MORNING, log };
    const [first, second] = await Promise.all([runJobs(jobs, deps), runJobs(jobs, deps)]);
    const outcomes = [first[0], second[0]].map((r) => (r?.ran ? "ran" : r?.skipped));
    expect(outcomes.sort()).toEqual(["leased", "ran"]);
    expect(slack.posts()).toHaveLength(4);
  });

  it("keeps everything while Slack is down and delivers it all once Slack is back", async () => {
    await leaveMessages(4);
    slack.down = true;
    const deliver = deliverer();
    const during = await deliverNotices(ctx(WEEKDAY_MORNING), deliver);
    expect(during.delivered).toBe(0);
    const waiting = await h.prisma.notification.findMany({ where: POSTS });
    expect(waiting.every((n) => n.status === "pending" && n.attempts === 1 && n.lastError)).toBe(
      true,
    );
    expect(waiting.every((n) => n.nextAttemptAt > WEEKDAY_MORNING)).toBe(true);
    // Not due yet: nothing is tried again before its backoff.
    expect(
      (await deliverNotices(ctx(new Date(WEEKDAY_MORNING.getTime() + 1000)), deliver)).delivered,
    ).toBe(0);

    slack.down = false;
    const later = new Date(WEEKDAY_MORNING.getTime() + 10 * 60_000);
    const after = await deliverNotices(ctx(later), deliver);
    // The four messages' recordings too, now that their posts are out.
    expect(after.delivered).toBe(8);
    expect(slack.posts()).toHaveLength(4);
    expect(await h.prisma.notification.count({ where: { status: "sent" } })).toBe(8);
  });

  it("honours Retry-After on a 429 and stops sending until then", async () => {
    await leaveMessages(2);
    slack.faults.push({ status: 429, retryAfter: 120 });
    const result = await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    expect(result).toMatchObject({ delivered: 0, retried: 1 });
    const limited = await h.prisma.notification.findFirstOrThrow({ where: { attempts: 1 } });
    expect(limited.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(
      WEEKDAY_MORNING.getTime() + 120_000,
    );
    // The second notification was not even tried while the workspace is rate limited.
    expect(
      await h.prisma.notification.count({ where: { ...POSTS, attempts: 0, status: "pending" } }),
    ).toBe(1);
    await deliverNotices(ctx(new Date(WEEKDAY_MORNING.getTime() + 121_000)), deliverer());
    expect(await h.prisma.notification.count({ where: { ...POSTS, status: "sent" } })).toBe(2);
  });

  it("takes up a crashed run's claim, and never posts twice what was already posted", async () => {
    await leaveMessages(2);
    const [first, second] = await h.prisma.notification.findMany({
      where: POSTS,
      orderBy: { kind: "asc" },
    });
    // A run that crashed after claiming the first, and one that crashed after posting the second.
    await h.prisma.notification.update({
      where: { id: first?.id },
      data: {
        status: "sending",
        claimedBy: "gone",
        claimedUntil: new Date(WEEKDAY_MORNING.getTime() - 1),
      },
    });
    await h.prisma.notification.update({
      where: { id: second?.id },
      data: {
        status: "sending",
        claimedBy: "gone",
        claimedUntil: new Date(WEEKDAY_MORNING.getTime() - 1),
        slackTs: "1.000001",
        slackChannel: "C_SUPERVISORS",
      },
    });
    const result = await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    expect(result.delivered).toBe(2);
    expect(slack.posts()).toHaveLength(1);
    expect(
      (await h.prisma.notification.findUniqueOrThrow({ where: { id: second?.id } })).slackTs,
    ).toBe("1.000001");
  });

  it("posts an emergency first, to the emergency channel, mentioning everyone", async () => {
    await leaveMessages(1);
    await call(["着火了"]);
    await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    const [firstPost] = slack.posts();
    expect(firstPost?.args.channel).toBe("C_EMERGENCY");
    expect(String(firstPost?.args.text)).toContain("<!channel>");
    expect(JSON.stringify(firstPost?.args.blocks)).toContain("emergency_ack");
  });

  it("posts a message with everything staff need and its buttons, never a room number", async () => {
    await call(["请帮我转刘洋的房间", "张先生", "华东公司", "#1"], ["decline"]);
    await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    const message = slack.posts().find((p) => String(p.args.text).includes("New message"));
    const blocks = JSON.stringify(message?.args.blocks);
    for (const expected of [
      "张先生",
      "华东公司",
      "+8613800138000",
      "刘洋",
      "请回电",
      "message_claim",
      "message_call_back",
      "message_done",
    ]) {
      expect(blocks).toContain(expected);
    }
    expect(withoutIds(blocks)).not.toContain("1208");
    expect(message?.token).toBe("xoxb-test");
  });

  it("leaves notifications in the outbox without Slack, visible to admins", async () => {
    await leaveMessages(1);
    const reports = await runJobs(
      createJobs({ db: h.db, config: { slackApiUrl: slack.url, slack: null } }),
      {
        db: h.db,
        clock: () => WEEKDAY_MORNING,
        log,
      },
    );
    const report = reports.find((r) => r.name === "outbox");
    expect(report?.result).toMatchObject({ delivered: 0 });
    expect(slack.calls).toHaveLength(0);
    const res = await admin(h, "/api/notifications?status=pending");
    const body = (await res.json()) as { items: { kind: string; status: string }[]; total: number };
    expect(body.total).toBe(2);
    expect(body.items.map((n) => n.kind).sort()).toEqual(["message", "message_recording"]);
  });
});

describe("a missed call's post", () => {
  it("mentions the operator on duty from the roster", async () => {
    await h.prisma.staff.update({
      where: { key: "chen_jing" },
      data: { slackUserId: "U_CHEN", role: "operator" },
    });
    await h.prisma.rosterEntry.create({
      data: {
        date: "2026-11-25",
        shift: "day",
        slackUserId: "U_CHEN",
        staffKey: "chen_jing",
        role: "operator",
        position: 0,
        setBy: "U_ADMIN",
        setAt: WEEKDAY_MORNING,
      },
    });
    await call(["我要开发票"], ["decline"]);
    await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    const missed = slack.posts().find((p) => String(p.args.text).includes("Missed call"));
    expect(JSON.stringify(missed?.args.blocks)).toContain("On duty: <@U_CHEN>");
  });
});

describe("a transcription that arrives after the message was posted", () => {
  it("updates the message's post in place, once", async () => {
    const { post, callParams } = await import("../support/harness.ts");
    const result = await call(["我要开发票", "王先生", "个人", "#1"]);
    await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    const original = await h.prisma.notification.findFirstOrThrow({ where: { kind: "message" } });
    expect(original.slackTs).toBeTruthy();

    const late = callParams(result.callSid, "+8613800138000", {
      CallStatus: "completed",
      TranscriptionSid: "TR00000000000000000000000000000001",
      TranscriptionStatus: "completed",
      TranscriptionText: "上个月的增值税发票还没有收到，请财务尽快回电。",
    });
    expect((await post(h, "/voice/message/transcription", late)).status).toBe(200);
    // Twilio retries the same callback: still one update.
    expect((await post(h, "/voice/message/transcription", late)).status).toBe(200);
    await deliverNotices(ctx(new Date(WEEKDAY_MORNING.getTime() + 1000)), deliverer());

    const updates = slack.posts("chat.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]?.args).toMatchObject({
      channel: original.slackChannel,
      ts: original.slackTs,
    });
    expect(JSON.stringify(updates[0]?.args.blocks)).toContain("上个月的增值税发票还没有收到");
  });

  it("needs no update when the post has not gone out yet: it is written with the transcription", async () => {
    const { post, callParams } = await import("../support/harness.ts");
    const result = await call(["我要开发票", "王先生", "个人", "#1"]);
    await post(
      h,
      "/voice/message/transcription",
      callParams(result.callSid, "+8613800138000", {
        TranscriptionSid: "TR00000000000000000000000000000002",
        TranscriptionStatus: "completed",
        TranscriptionText: "发票请寄到公司。",
      }),
    );
    expect(await h.prisma.notification.count({ where: { kind: "message_update" } })).toBe(0);
    await deliverNotices(ctx(WEEKDAY_MORNING), deliverer());
    const message = slack.posts().find((p) => String(p.args.text).includes("New message"));
    expect(JSON.stringify(message?.args.blocks)).toContain("发票请寄到公司。");
    expect(slack.posts("chat.update")).toHaveLength(0);
  });
});
