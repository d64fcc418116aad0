import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutbox } from "../../src/app.ts";
import { slackDeliverer } from "../../src/bot/delivery/slack-deliverer.ts";
import { createSlackClient } from "../../src/bot/slack-client.ts";
import { createLogger } from "../../src/log.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { CLAIM_MS, type Deliver, deliverNotices } from "../../src/store/outbox.ts";
import { callThrough } from "../support/calls.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { createHarness, type Harness, WEEKDAY_MORNING } from "../support/harness.ts";

// Delivery as staff feel it: a post as soon as its unit commits, emergencies ahead of any
// backlog, a rate limit waited out exactly, and exactly one post through crashes and restarts.

let slack: FakeSlack;
const log = createLogger("error");
const at = (ms: number) => new Date(WEEKDAY_MORNING.getTime() + ms);

beforeEach(async () => {
  slack = await new FakeSlack().start();
});
afterEach(async () => {
  await slack.stop();
});

function deliverer(h: Harness): Deliver {
  return slackDeliverer({
    client: createSlackClient({ token: "xoxb-test", apiUrl: slack.url }),
    db: h.db,
    directory: () => loadDirectory(h.db),
    channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS" },
  });
}

const run = (h: Harness, now: Date, holder: string = crypto.randomUUID()) => ({
  db: h.db,
  now,
  log,
  holder,
});

const MESSAGE = { says: ["我要开发票", "王先生", "个人", "#1"], message: "请回电，谢谢。" };

describe("with Slack configured", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ slackApiUrl: slack.url });
  });
  afterEach(async () => {
    await h.close();
  });

  it("posts as soon as the webhook's unit commits, with no sweep of the outbox", async () => {
    await callThrough(h, { ...MESSAGE, staff: ["decline"] });
    await callThrough(h, { says: ["着火了"] });
    await h.settle();
    const texts = slack.posts().map((p) => String(p.args.text));
    expect(texts.filter((t) => t.includes("EMERGENCY"))).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith("新留言"))).toHaveLength(1);
    // The missed call the message answered is withdrawn, never posted.
    expect(await h.prisma.notification.count({ where: { kind: "missed_call" } })).toBe(1);
    expect(
      await h.prisma.notification.count({ where: { status: { notIn: ["sent", "withdrawn"] } } }),
    ).toBe(
      // The message's recording waits a little for Twilio to have it.
      await h.prisma.notification.count({ where: { kind: "message_recording" } }),
    );
    // Each post names the notice it delivers.
    const emergency = await h.prisma.notification.findFirstOrThrow({
      where: { kind: "emergency" },
    });
    const post = slack.messages.find((m) => m.ts === emergency.slackTs);
    expect(post?.metadata).toEqual({
      event_type: "switchboard_notice",
      event_payload: { notice: emergency.id },
    });
  });

  it("resumes after a restart at once, without waiting out the dead process's lease", async () => {
    // The process died holding the sweep's lease, with notices queued while Slack was away.
    slack.down = true;
    await callThrough(h, { ...MESSAGE, staff: ["decline"] });
    await h.settle();
    await h.prisma.jobLease.upsert({
      where: { name: "outbox" },
      create: { name: "outbox", holder: "dead", until: at(10 * 60_000) },
      update: { holder: "dead", until: at(10 * 60_000) },
    });
    slack.down = false;
    const due = await h.prisma.notification.findMany({
      where: { kind: { not: "message_recording" }, status: { not: "withdrawn" } },
    });
    await h.prisma.notification.updateMany({ data: { nextAttemptAt: WEEKDAY_MORNING } });

    // The new process delivers what is due as it starts.
    const restarted = createOutbox({
      db: h.db,
      config: {
        slackApiUrl: slack.url,
        slack: {
          botToken: "xoxb-test",
          signingSecret: "s",
          emergencyChannel: "C_EMERGENCY",
          supervisorsChannel: "C_SUPERVISORS",
        },
      },
      log,
      clock: () => WEEKDAY_MORNING,
    });
    await restarted?.idle();
    const posts = due.filter((n) => n.kind === "message" || n.kind === "missed_call");
    expect(posts.length).toBeGreaterThan(0);
    expect(slack.posts()).toHaveLength(posts.length);
    expect(
      await h.prisma.notification.count({
        where: { id: { in: due.map((n) => n.id) }, status: "sent" },
      }),
    ).toBe(due.length);
  });
});

describe("the outbox", () => {
  let h: Harness;
  beforeEach(async () => {
    // No Slack for the app: the test alone delivers, when it chooses.
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("posts an emergency before a backlog older than it, across the whole queue", async () => {
    for (let i = 0; i < 6; i++) {
      await callThrough(h, { says: ["我要开发票", `客人${i}`, "个人", "#1"], staff: ["decline"] });
    }
    await callThrough(h, { says: ["着火了"] });
    // A pass smaller than the backlog still takes the emergency, and posts it first.
    const report = await deliverNotices(run(h, WEEKDAY_MORNING), deliverer(h), { batch: 3 });
    expect(report.delivered).toBe(3);
    expect(slack.posts()[0]?.args.channel).toBe("C_EMERGENCY");
    expect(
      (await h.prisma.notification.findFirstOrThrow({ where: { kind: "emergency" } })).status,
    ).toBe("sent");
  });

  it("waits out a short Retry-After in the same run, and no longer", async () => {
    await callThrough(h, { ...MESSAGE, staff: ["decline"] });
    await callThrough(h, { ...MESSAGE, staff: ["no-answer"] });
    slack.faults.push({ status: 429, retryAfter: 1 });
    const report = await deliverNotices(run(h, WEEKDAY_MORNING), deliverer(h));
    // Both posts, the rate-limited one after its second.
    expect(report).toMatchObject({ delivered: 2, retried: 0 });
    expect(slack.posts()).toHaveLength(2);
    const limited = await h.prisma.notification.findFirstOrThrow({ where: { attempts: 2 } });
    expect(limited).toMatchObject({ status: "sent", lastError: null });
  });

  it("adopts a post Slack took though its answer never came, instead of posting again", async () => {
    await callThrough(h, { says: ["着火了"] });
    slack.faults.push({ drop: true });
    const first = await deliverNotices(run(h, WEEKDAY_MORNING), deliverer(h));
    expect(first).toMatchObject({ delivered: 0, retried: 1 });
    const unsure = await h.prisma.notification.findFirstOrThrow({ where: { kind: "emergency" } });
    expect(unsure.attemptedAt).not.toBeNull();

    await deliverNotices(run(h, at(10 * 60_000)), deliverer(h));
    expect(slack.posts()).toHaveLength(1);
    expect(slack.posts("conversations.history")).toHaveLength(1);
    const sent = await h.prisma.notification.findFirstOrThrow({ where: { kind: "emergency" } });
    expect(sent).toMatchObject({ status: "sent", slackTs: slack.messages[0]?.ts });
  });

  it("finds through history the post of a process killed before it saved the ts: one post", async () => {
    await callThrough(h, { says: ["着火了"] });
    // This process posts, and dies before it hears back: its run never ends.
    const real = deliverer(h);
    let posted: () => void = () => {};
    const postedOnce = new Promise<void>((resolve) => {
      posted = resolve;
    });
    const dying: Deliver = async (n) => {
      await real(n);
      posted();
      return new Promise(() => {});
    };
    void deliverNotices(run(h, WEEKDAY_MORNING, "killed"), dying);
    await postedOnce;
    const claimed = await h.prisma.notification.findFirstOrThrow({ where: { kind: "emergency" } });
    expect(claimed).toMatchObject({ status: "sending", claimedBy: "killed", slackTs: null });

    // Its claim is still live a moment later: nobody else posts it.
    expect((await deliverNotices(run(h, at(CLAIM_MS - 1000)), deliverer(h))).delivered).toBe(0);
    expect(slack.posts()).toHaveLength(1);
    // Once the claim runs out, the next run looks for the post, finds it and adopts it.
    const after = await deliverNotices(run(h, at(CLAIM_MS + 1000)), deliverer(h));
    expect(after.delivered).toBe(1);
    expect(slack.posts()).toHaveLength(1);
    const sent = await h.prisma.notification.findFirstOrThrow({ where: { kind: "emergency" } });
    expect(sent).toMatchObject({ status: "sent", slackTs: slack.messages[0]?.ts });
  });

  it("posts when the history has no such post", async () => {
    await callThrough(h, { says: ["着火了"] });
    await h.prisma.notification.updateMany({
      data: {
        status: "sending",
        claimedBy: "gone",
        claimedUntil: at(-1),
        attemptedAt: at(-5000),
      },
    });
    await deliverNotices(run(h, WEEKDAY_MORNING), deliverer(h));
    expect(slack.posts("conversations.history")).toHaveLength(1);
    expect(slack.posts()).toHaveLength(1);
  });
});
