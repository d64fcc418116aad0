// The pictures supervisors get: /switchboard stats with its charts, and the weekly digest sent by
// its scheduled job, both uploaded to the fake Slack and read back as PNGs, and shared once.

import { inflateSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHART_SCALE, CHART_SIZE, type Chart } from "../../src/charts/chart.ts";
import { createChartRenderer } from "../../src/charts/render.ts";
import { resvgRasteriser } from "../../src/charts/resvg.ts";
import { runJobs } from "../../src/jobs/runner.ts";
import { weeklyDigestJob } from "../../src/jobs/weekly-digest.ts";
import { createLogger } from "../../src/log.ts";
import { newId } from "../../src/store/db.ts";
import { pngHeader } from "../charts/decode-png.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { deliverOutbox, slackPost, slashCommand } from "../support/slack.ts";
import { giveSlackIds } from "../support/staff.ts";

let h: Harness;
let slack: FakeSlack;

/** A local Shanghai time, e.g. cst("2026-11-25 09:00"). */
const cst = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);

beforeEach(async () => {
  slack = await new FakeSlack().start();
  h = await createHarness({ slackApiUrl: slack.url, now: cst("2026-11-25 22:55") });
  await giveSlackIds(h, [
    ["li_na", "U_LINA"],
    ["chen_jing", "U_CHEN", "operator"],
    ["wang_fang", "U_WANG", "supervisor"],
  ]);
  await h.prisma.department.update({
    where: { key: "finance" },
    data: { slackChannel: "C_FINANCE" },
  });
});
afterEach(async () => {
  await h.close();
  await slack.stop();
});

/** A call to finance at `local`, answered after `wait` seconds (abandoned when null). */
function call(local: string, wait: number | null, direction = "inbound") {
  const at = cst(local);
  return {
    callSid: `CA${newId().replace(/-/g, "")}`,
    from: "+8613800138000",
    to: "+862155550000",
    language: "zh",
    status: "completed",
    department: "finance",
    direction,
    placedBy: direction === "outbound" ? "li_na" : null,
    outcome: direction === "outbound" ? "answered" : wait === null ? "abandoned" : "transferred",
    startedAt: at,
    answeredAt: wait === null ? null : new Date(at.getTime() + wait * 1000),
  };
}

function survey(local: string, score: number, followUp: string | null = null) {
  return {
    callSid: `CA${newId().replace(/-/g, "")}`,
    callStartedAt: cst(local),
    from: "+8613800138000",
    language: "zh",
    after: "transfer",
    department: "finance",
    staff: "li_na",
    askedAt: cst(local),
    score,
    answeredAt: cst(local),
    followUp,
  };
}

/** Each files.completeUploadExternal call: what it was given, and its files' bytes and PNG headers. */
function completedUploads() {
  return slack.posts("files.completeUploadExternal").map((c) => {
    const files = c.args.files as { id: string; title: string }[];
    const bytes = files.map((f) => {
      const uploaded = slack.uploads.get(f.id);
      if (!uploaded) throw new Error(`file ${f.id} was never uploaded`);
      return uploaded;
    });
    return { args: c.args, titles: files.map((f) => f.title), bytes, pngs: bytes.map(pngHeader) };
  });
}

const PNG_SIZE = { width: CHART_SIZE.width * CHART_SCALE, height: CHART_SIZE.height * CHART_SCALE };

describe("/switchboard stats with its charts", () => {
  it("uploads calls by hour and the service trend as PNGs to the channel it was typed in", async () => {
    await h.prisma.call.createMany({
      data: [
        call("2026-11-23 09:10", 5),
        call("2026-11-24 09:20", 30),
        call("2026-11-25 14:00", null),
        call("2026-11-25 15:00", 0, "outbound"),
      ],
    });
    await h.prisma.survey.createMany({ data: [survey("2026-11-23 09:10", 4)] });
    await slackPost(h, slashCommand("stats week", "U_CHEN", slack.responseUrl("stats")), {
      now: cst("2026-11-25 22:55"),
    });
    await h.settle();
    // The figures as text, as before.
    expect(JSON.stringify(slack.responses()[0]?.args)).toContain("2026-W48");
    // An upload URL for each file, the bytes to it, then one completion.
    expect(slack.posts("files.getUploadURLExternal")).toHaveLength(2);
    const [upload, ...more] = completedUploads();
    expect(more).toEqual([]);
    expect(upload?.args.channel_id).toBe("C_OPS");
    expect(upload?.titles).toEqual([
      "每小时通话 Calls by hour · 2026-W48",
      "服务趋势 Service trend · 2026-W48",
    ]);
    for (const png of upload?.pngs ?? []) {
      expect(png).toMatchObject({ ...PNG_SIZE, bitDepth: 8 });
      expect(png.chunks[0]).toBe("IHDR");
    }
  });

  it("tells no failure, and shares nothing twice, when Slack shared the charts but the answer was lost", async () => {
    await h.prisma.call.createMany({ data: [call("2026-11-23 09:10", 5)] });
    slack.faults.push({ drop: true, method: "files.completeUploadExternal" });
    await slackPost(h, slashCommand("stats week", "U_CHEN", slack.responseUrl("stats")), {
      now: cst("2026-11-25 22:55"),
    });
    await h.settle();
    // Asked once (no retry of the completion), and found shared.
    expect(slack.posts("files.completeUploadExternal")).toHaveLength(1);
    expect(slack.posts("files.info").length).toBeGreaterThan(0);
    expect(slack.shares.map((s) => s.channel)).toEqual(["C_OPS", "C_OPS"]);
    expect(JSON.stringify(slack.responses())).not.toContain("could not be attached");
  });

  it("attaches calls by hour alone for a day, which has no trend", async () => {
    await h.prisma.call.createMany({ data: [call("2026-11-25 09:10", 5)] });
    await slackPost(h, slashCommand("stats today", "U_CHEN", slack.responseUrl("stats")), {
      now: cst("2026-11-25 22:55"),
    });
    await h.settle();
    const [upload] = completedUploads();
    expect(upload?.titles).toEqual(["每小时通话 Calls by hour · 2026-11-25"]);
    expect(upload?.pngs[0]).toMatchObject(PNG_SIZE);
  });
});

describe("the weekly digest", () => {
  const log = createLogger("error");
  const job = weeklyDigestJob();
  const runAt = (local: string) =>
    runJobs([job], { db: h.db, clock: () => cst(local), log }).then(([report]) => report);

  beforeEach(async () => {
    await h.prisma.call.createMany({
      data: [
        // The week before, 2026-W47: two calls, both answered in time.
        call("2026-11-17 10:00", 5),
        call("2026-11-18 10:00", 10),
        // 2026-W48: three calls, one answered late and one abandoned, and a call out.
        call("2026-11-23 09:10", 5),
        call("2026-11-24 09:20", 30),
        call("2026-11-25 14:00", null),
        call("2026-11-26 15:00", 0, "outbound"),
      ],
    });
    await h.prisma.survey.createMany({
      data: [
        survey("2026-11-17 10:00", 5),
        survey("2026-11-23 09:10", 4),
        survey("2026-11-24 09:20", 1, "open"),
      ],
    });
  });

  it("is sent once per week to each department's channel and to the supervisors, from Monday 08:00", async () => {
    // Monday before eight: not yet.
    expect((await runAt("2026-11-30 07:30"))?.result).toEqual({ queued: 0 });
    expect(await h.prisma.notification.count({ where: { kind: "weekly_digest" } })).toBe(0);

    expect((await runAt("2026-11-30 08:05"))?.result).toEqual({ week: "2026-W48", queued: 2 });
    // Later the same week, and a run that overlaps: nothing more.
    expect((await runAt("2026-12-02 12:00"))?.result).toEqual({ week: "2026-W48", queued: 0 });
    await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
    const digests = slack.posts().filter((p) => String(p.args.text).includes("Weekly digest"));
    expect(digests.map((p) => p.args.channel).sort()).toEqual(["C_FINANCE", "C_SUPERVISORS"]);

    // The next Monday: a week without a single call has no digest …
    expect((await runAt("2026-12-07 08:00"))?.result).toEqual({ week: "2026-W49", queued: 0 });
    // … and one with calls has one more each.
    await h.prisma.call.createMany({ data: [call("2026-12-01 10:00", 5)] });
    expect((await runAt("2026-12-07 09:00"))?.result).toEqual({ week: "2026-W49", queued: 2 });
    expect(await h.prisma.notification.count({ where: { kind: "weekly_digest" } })).toBe(4);
  });

  it("gives the week's figures against the week before and the low scores still open", async () => {
    await runAt("2026-11-30 08:05");
    await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
    const finance = slack.posts().find((p) => p.args.channel === "C_FINANCE");
    const blocks = JSON.stringify(finance?.args.blocks);
    expect(blocks).toContain("📅 每周摘要 Weekly digest · 2026-W48");
    expect(blocks).toContain("财务部 Finance · 2026-11-23 – 2026-11-29 · 对比 against 2026-W47");
    expect(blocks).toContain("*来电 Calls*\\n3 (▲ 1 较上周 vs last week)");
    // One of two transfers within 20 s this week, both the week before.
    expect(blocks).toContain(
      "*服务水平 Service level (≤ 20 s)*\\n50.0% (▼ 50.0 pts 较上周 vs last week)",
    );
    expect(blocks).toContain("*呼出 Calls out*\\n1 (▲ 1 较上周 vs last week)");
    expect(blocks).toContain(
      "*满意度 Satisfaction*\\n2.50 / 5 · 2 份 responses (100.0%) (▼ 2.50 较上周 vs last week)",
    );
    expect(blocks).toContain(
      "*待回访低分 Low scores open (1)*\\n• 1★ · 2026-11-24 09:20 · 财务部 Finance · 李娜 Li Na",
    );
  });

  it("puts the organisation's charts in its digest's thread", async () => {
    await runAt("2026-11-30 08:05");
    await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
    const whole = slack.posts().find((p) => p.args.channel === "C_SUPERVISORS");
    expect(JSON.stringify(whole?.args.blocks)).toContain("全机构 Whole organisation");
    const upload = completedUploads().find((u) => u.args.channel_id === "C_SUPERVISORS");
    const ts = (
      await h.prisma.notification.findUniqueOrThrow({
        where: { dedupeKey: "weekly_digest:2026-W48" },
      })
    ).slackTs;
    expect(upload?.args.thread_ts).toBe(ts);
    expect(upload?.titles).toEqual([
      "每小时通话 Calls by hour · 2026-W48",
      "服务趋势 Service trend · 2026-W48",
    ]);
    expect(upload?.pngs).toHaveLength(2);
    for (const png of upload?.pngs ?? []) expect(png).toMatchObject(PNG_SIZE);
  });

  describe("a department's", () => {
    const draw = createChartRenderer(resvgRasteriser());
    /** Whether a file is the very drawing of `chart`: the same pixels (zlib may pack them apart). */
    const drawnAs = async (file: Uint8Array | undefined, chart: Chart) => {
      const expected = await draw(chart);
      if (!file || !expected) return false;
      const pixels = (png: Uint8Array) => inflateSync(pngHeader(png).data);
      return pixels(file).equals(pixels(expected));
    };
    /** 24 hours of calls, with `counts` at the hours given. */
    const hours = (counts: Record<number, number>) =>
      Array.from({ length: 24 }, (_, hour) => counts[hour] ?? 0);
    const days = ["23", "24", "25", "26", "27", "28", "29"].map((d) => `2026-11-${d}`);

    beforeEach(async () => {
      // Sales has its own channel and one call of its own, at 16:30; HR has a channel and no call.
      await h.prisma.department.updateMany({
        where: { key: "sales" },
        data: { slackChannel: "C_SALES" },
      });
      await h.prisma.department.updateMany({
        where: { key: "hr" },
        data: { slackChannel: "C_HR" },
      });
      await h.prisma.call.createMany({
        data: [{ ...call("2026-11-27 16:30", 8), department: "sales" }],
      });
    });

    const threadOf = async (department: string) =>
      (
        await h.prisma.notification.findUniqueOrThrow({
          where: { dedupeKey: `weekly_digest:2026-W48:${department}` },
        })
      ).slackTs;

    it("has its own charts in its thread, drawn from its own calls only", async () => {
      expect((await runAt("2026-11-30 08:05"))?.result).toEqual({ week: "2026-W48", queued: 4 });
      await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
      const uploads = completedUploads();
      const finance = uploads.find((u) => u.args.channel_id === "C_FINANCE");
      expect(finance?.args.thread_ts).toBe(await threadOf("finance"));
      expect(finance?.titles).toEqual([
        "每小时通话 Calls by hour · 2026-W48 · 财务部 Finance",
        "服务趋势 Service trend · 2026-W48 · 财务部 Finance",
      ]);
      const names = slack.posts("files.getUploadURLExternal").map((p) => p.args.filename);
      expect(names).toContain("calls-by-hour-2026-W48-finance.png");
      expect(names).toContain("service-trend-2026-W48-finance.png");
      // The pictures are finance's week alone: two calls at 9, one at 14 and one out at 15, and
      // the service level and score of each of its days; the same drawing, pixel for pixel.
      expect(
        await drawnAs(finance?.bytes[0], {
          kind: "calls-by-hour",
          period: "2026-W48",
          inbound: hours({ 9: 2, 14: 1 }),
          outbound: hours({ 15: 1 }),
        }),
      ).toBe(true);
      expect(
        await drawnAs(finance?.bytes[1], {
          kind: "service-trend",
          period: "2026-W48",
          thresholdSeconds: 20,
          points: days.map((key) => ({
            key,
            serviceLevel: key === "2026-11-23" ? 1 : key === "2026-11-24" ? 0 : null,
            satisfaction: key === "2026-11-23" ? 4 : key === "2026-11-24" ? 1 : null,
          })),
        }),
      ).toBe(true);
      // Sales's call is in its own thread's picture and in the whole organisation's, not finance's.
      const sales = uploads.find((u) => u.args.channel_id === "C_SALES");
      expect(sales?.args.thread_ts).toBe(await threadOf("sales"));
      expect(sales?.titles[0]).toBe("每小时通话 Calls by hour · 2026-W48 · 销售部 Sales & Events");
      expect(
        await drawnAs(sales?.bytes[0], {
          kind: "calls-by-hour",
          period: "2026-W48",
          inbound: hours({ 16: 1 }),
          outbound: hours({}),
        }),
      ).toBe(true);
      const whole = uploads.find((u) => u.args.channel_id === "C_SUPERVISORS");
      expect(
        await drawnAs(whole?.bytes[0], {
          kind: "calls-by-hour",
          period: "2026-W48",
          inbound: hours({ 9: 2, 14: 1, 16: 1 }),
          outbound: hours({ 15: 1 }),
        }),
      ).toBe(true);
      // The text beside them counts the same calls.
      const salesPost = slack.posts().find((p) => p.args.channel === "C_SALES");
      expect(JSON.stringify(salesPost?.args.blocks)).toContain(
        "*来电 Calls*\\n1 (▲ 1 较上周 vs last week)",
      );
    });

    it("is text alone in a week without a call of its own", async () => {
      await runAt("2026-11-30 08:05");
      await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
      const hr = slack.posts().find((p) => p.args.channel === "C_HR");
      expect(JSON.stringify(hr?.args.blocks)).toContain("*来电 Calls*\\n0 (= 上周 last week)");
      expect(
        completedUploads()
          .map((u) => u.args.channel_id)
          .sort(),
      ).toEqual(["C_FINANCE", "C_SALES", "C_SUPERVISORS"]);
      expect(slack.shares.some((s) => s.channel === "C_HR")).toBe(false);
    });

    it("shares its charts once however often the job and the outbox run again", async () => {
      await runAt("2026-11-30 08:05");
      // One digest's charts are shared but the answer is lost, and Slack cannot say so at once.
      slack.faults.push(
        { drop: true, method: "files.completeUploadExternal" },
        { status: 503, method: "files.info" },
      );
      await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
      await runAt("2026-11-30 09:05");
      await deliverOutbox(h, slack.url, cst("2026-11-30 09:06"));
      await runAt("2026-12-01 09:05");
      await deliverOutbox(h, slack.url, cst("2026-12-01 09:06"));
      const digests = await h.prisma.notification.findMany({ where: { kind: "weekly_digest" } });
      expect(digests.map((d) => d.status)).toEqual(["sent", "sent", "sent", "sent"]);
      // One post per channel, and each chart shared once, in its own channel's digest thread.
      const posted = slack.messages.map((m) => m.channel).sort();
      expect(posted).toEqual(["C_FINANCE", "C_HR", "C_SALES", "C_SUPERVISORS"]);
      const threads = new Map(slack.messages.map((m) => [m.channel, m.ts]));
      expect(slack.shares).toHaveLength(6);
      expect(new Set(slack.shares.map((s) => s.file)).size).toBe(6);
      for (const share of slack.shares) expect(share.threadTs).toBe(threads.get(share.channel));
      expect(slack.shares.filter((s) => s.channel === "C_FINANCE")).toHaveLength(2);
    });
  });

  /** Finance without its channel: the organisation's digest is the only one, with the only charts. */
  const onlyTheWhole = () =>
    h.prisma.department.update({ where: { key: "finance" }, data: { slackChannel: null } });

  const digestNotice = () =>
    h.prisma.notification.findUniqueOrThrow({ where: { dedupeKey: "weekly_digest:2026-W48" } });

  it("shares its charts once when Slack shared them but the answer was lost and the retry must ask", async () => {
    await onlyTheWhole();
    await runAt("2026-11-30 08:05");
    // Slack shares the charts and the answer is lost; Slack cannot say at once whether it did.
    slack.faults.push(
      { drop: true, method: "files.completeUploadExternal" },
      { status: 503, method: "files.info" },
    );
    await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
    const unsure = await digestNotice();
    expect(unsure.status).toBe("pending");
    // The files and where they were going were kept before Slack was asked to share them.
    expect(JSON.parse(unsure.fileUpload ?? "null")).toMatchObject({
      channel: "C_SUPERVISORS",
      threadTs: slack.messages.find((m) => m.channel === "C_SUPERVISORS")?.ts,
      files: [{ id: expect.any(String) }, { id: expect.any(String) }],
    });

    await deliverOutbox(h, slack.url, cst("2026-11-30 08:10"));
    expect(await digestNotice()).toMatchObject({ status: "sent" });
    // One digest, and each chart shared once in its thread: the retry asked Slack, and stopped.
    const posts = slack.messages.filter((m) => m.channel === "C_SUPERVISORS");
    expect(posts).toHaveLength(1);
    expect(slack.shares).toHaveLength(2);
    expect(new Set(slack.shares.map((s) => s.file)).size).toBe(2);
    expect(slack.shares.every((s) => s.threadTs === posts[0]?.ts)).toBe(true);
    expect(slack.posts("files.completeUploadExternal")).toHaveLength(1);
    expect(slack.posts("files.getUploadURLExternal")).toHaveLength(2);
  });

  it("shares the charts it uploaded, once, when Slack failed before sharing them", async () => {
    await onlyTheWhole();
    await runAt("2026-11-30 08:05");
    slack.faults.push({ status: 503, method: "files.completeUploadExternal" });
    await deliverOutbox(h, slack.url, cst("2026-11-30 08:06"));
    expect((await digestNotice()).status).toBe("pending");
    expect(slack.shares).toHaveLength(0);

    await deliverOutbox(h, slack.url, cst("2026-11-30 08:10"));
    expect(await digestNotice()).toMatchObject({ status: "sent" });
    // The same two files, completed again rather than uploaded again (the fake lists what it took).
    expect(slack.posts("files.getUploadURLExternal")).toHaveLength(2);
    expect(slack.posts("files.completeUploadExternal")).toHaveLength(1);
    expect(slack.shares).toHaveLength(2);
    expect(new Set(slack.shares.map((s) => s.file)).size).toBe(2);
  });
});
