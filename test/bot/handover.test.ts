import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newId } from "../../src/store/db.ts";
import { noLongDistanceRequests, shiftSummary } from "../../src/store/handovers.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import {
  buttonClick,
  deliverOutbox,
  NO_SHIFT_CALLS,
  slackPost,
  slashCommand,
  viewSubmission,
} from "../support/slack.ts";
import { giveSlackIds } from "../support/staff.ts";

let h: Harness;
let slack: FakeSlack;
let now: Date;

/** A local Shanghai time, e.g. cst("2026-11-25 09:00"). */
const cst = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);

/** The evening shift of 25 November: 15:00 to 23:00 in Shanghai. */
const EVENING = { from: cst("2026-11-25 15:00"), to: cst("2026-11-25 23:00") };

function setClock(local: string) {
  now = cst(local);
  h.setNow(now);
}

beforeEach(async () => {
  slack = await new FakeSlack().start();
  h = await createHarness({ slackApiUrl: slack.url, now: cst("2026-11-25 22:55") });
  setClock("2026-11-25 22:55");
  await giveSlackIds(h, [
    ["li_na", "U_LINA"],
    ["chen_jing", "U_CHEN", "operator"],
    ["zhang_wei", "U_ZHANG", "operator"],
    ["wang_fang", "U_WANG", "supervisor"],
  ]);
  await h.prisma.rosterEntry.createMany({
    data: [
      {
        date: "2026-11-25",
        shift: "evening",
        slackUserId: "U_CHEN",
        staffKey: "chen_jing",
        role: "operator",
        position: 0,
        setBy: "U_WANG",
        setAt: now,
      },
      {
        date: "2026-11-25",
        shift: "night",
        slackUserId: "U_ZHANG",
        staffKey: "zhang_wei",
        role: "operator",
        position: 0,
        setBy: "U_WANG",
        setAt: now,
      },
    ],
  });
  await seedEvening();
});
afterEach(async () => {
  await h.close();
  await slack.stop();
});

/** Calls, missed calls, messages and emergencies in and around the evening shift. */
async function seedEvening() {
  // Answered after `wait` seconds, or abandoned.
  const call = (local: string, wait: number | null) => ({
    callSid: `CA${newId().replace(/-/g, "")}`,
    from: "+8613800138000",
    to: "+862155550000",
    language: "zh",
    status: "completed",
    department: "front_desk",
    outcome: wait === null ? "abandoned" : "transferred",
    startedAt: cst(local),
    answeredAt: wait === null ? null : new Date(cst(local).getTime() + wait * 1000),
  });
  const calls = [
    call("2026-11-25 14:59", 5), // the day shift's
    call("2026-11-25 15:10", 10),
    call("2026-11-25 18:00", 30),
    call("2026-11-25 22:50", null),
    call("2026-11-25 23:00", null), // the night's
  ];
  const [dayCall, eveningCall, laterCall, abandonedCall] = calls.map((c) => c.callSid);
  await h.prisma.call.createMany({
    data: [
      ...calls,
      {
        ...call("2026-11-25 20:00", 0),
        direction: "outbound",
        department: "finance",
        placedBy: "li_na",
        outcome: "answered",
        durationSeconds: 60,
      },
    ],
  });
  // Each missed call and alert belongs to its call: a shift's are those of the calls it took.
  const missed = (local: string, calledBack: boolean, callSid = "CA1") => ({
    id: newId(),
    key: newId(),
    callSid,
    reason: "no-answer",
    createdAt: cst(local),
    calledBackAt: calledBack ? cst(local) : null,
  });
  await h.prisma.missedCall.createMany({
    data: [
      missed("2026-11-25 14:59", false, dayCall),
      missed("2026-11-25 22:50", false, abandonedCall),
      missed("2026-11-25 15:10", true, eveningCall),
    ],
  });
  const message = (local: string, done: boolean) => ({
    id: newId(),
    callSid: newId(),
    language: "zh",
    status: done ? "done" : "new",
    createdAt: cst(local),
    updatedAt: cst(local),
    doneAt: done ? cst(local) : null,
  });
  await h.prisma.message.createMany({
    data: [
      message("2026-11-24 12:00", false), // still open from yesterday
      message("2026-11-25 17:00", false),
      message("2026-11-25 19:00", true),
    ],
  });
  const emergency = (local: string, acknowledged: boolean, callSid = newId()) => ({
    id: newId(),
    callSid,
    from: "+8613800138000",
    utterance: "着火了",
    category: "fire",
    department: "security",
    createdAt: cst(local),
    acknowledgedBy: acknowledged ? "U_WANG" : null,
    acknowledgedAt: acknowledged ? cst(local) : null,
  });
  await h.prisma.emergencyAlert.createMany({
    data: [
      emergency("2026-11-25 10:00", true),
      emergency("2026-11-25 18:00", false, laterCall),
      emergency("2026-11-25 19:30", true),
    ],
  });
  // Scores on the day shift's call (still open) and on two of the evening's, one of them low.
  const survey = (local: string, score: number) => ({
    callSid: `CA${newId().replace(/-/g, "")}`,
    callStartedAt: cst(local),
    from: "+8613800138000",
    language: "zh",
    after: "transfer",
    department: "front_desk",
    staff: "li_na",
    askedAt: cst(local),
    score,
    answeredAt: cst(local),
    followUp: score <= 2 ? "open" : null,
  });
  await h.prisma.survey.createMany({
    data: [
      survey("2026-11-25 14:59", 1),
      survey("2026-11-25 15:10", 2),
      survey("2026-11-25 18:00", 5),
    ],
  });
}

const FIGURES = [
  "*来电 Calls*\\n3（接通 answered 2 · 转接 transferred 2）",
  "*服务水平 Service level (≤ 20 s)*\\n50.0%",
  "*平均接听用时 Average time to answer*\\n20.0 s",
  "*放弃率 Abandon rate*\\n33.3%",
  "*留言认领用时 Message to claim*\\n— 中位 median · — P90",
  "*留言完成用时 Message to done*\\n0 s 中位 median · 0 s P90",
  "*呼出 Calls out*\\n1 (接通 answered 1) · 1 min",
  "*满意度 Satisfaction*\\n3.50 / 5 · 2 份 responses (100.0%)",
  "前台 Front Desk: 来电 3 · 服务水平 SL 50.0% · 放弃率 abandon 33.3% · 呼出 out 0 · 满意度 score 3.50",
  "李娜 Li Na: 来电 0 · 服务水平 SL — · 放弃率 abandon — · 呼出 out 1 · 满意度 score 3.50",
  "*待回访低分 Low scores open*\\n2",
  "*未接来电 Missed calls*\\n0（放弃 abandoned 1 · 待回电 not called back 1）",
  "*留言 Messages*\\n本班 taken 0 · 待处理 open 2",
  "*紧急情况 Emergencies*\\n0（未确认 unacknowledged 1）",
  "*待处理长途申请 Pending long-distance requests*\\n0",
];

async function runHandover(userId: string) {
  const res = await slackPost(h, slashCommand("handover", userId, slack.responseUrl()), { now });
  expect(res.status).toBe(200);
  await h.settle();
}

/** Submits the form; the handover's post then goes out through the outbox. */
async function submit(userId: string, privateMetadata: string) {
  const res = await slackPost(
    h,
    viewSubmission({
      callbackId: "handover_submit",
      userId,
      privateMetadata,
      values: {
        notes: {
          value: { type: "plain_text_input", value: "1208 房客明早 6 点叫醒 <wake-up call>" },
        },
        pending: { value: { type: "plain_text_input", value: "回电 Acme 王先生" } },
      },
    }),
    { now },
  );
  await h.settle();
  await deliverOutbox(h, slack.url, now);
  return res;
}

/** Chen Jing hands over the evening shift through the form. */
async function handOver() {
  await runHandover("U_CHEN");
  const view = slack.posts("views.open").at(-1)?.args.view as { private_metadata: string };
  expect((await submit("U_CHEN", view.private_metadata)).status).toBe(200);
  await h.settle();
  return h.prisma.handover.findFirstOrThrow();
}

async function confirm(id: string, userId: string) {
  const res = await slackPost(
    h,
    buttonClick({
      actionId: "handover_confirm",
      value: id,
      userId,
      responseUrl: slack.responseUrl(),
    }),
    { now },
  );
  expect(res.status).toBe(200);
}

describe("/switchboard handover", () => {
  it("opens the form prefilled with the shift's figures", async () => {
    await runHandover("U_CHEN");
    const [opened] = slack.posts("views.open");
    expect(opened?.args.trigger_id).toMatch(/^trigger-/);
    const view = opened?.args.view as Record<string, unknown>;
    expect(view).toMatchObject({ callback_id: "handover_submit" });
    expect(JSON.parse(String(view.private_metadata))).toEqual({
      date: "2026-11-25",
      shift: "evening",
      channel: "C_OPS",
    });
    const blocks = JSON.stringify(view.blocks);
    expect(blocks).toContain("*中班 evening 2026-11-25 15:00–23:00*");
    for (const figure of FIGURES) expect(blocks).toContain(figure);
    expect(blocks).toContain('"block_id":"notes"');
    expect(blocks).toContain('"block_id":"pending"');
  });

  it("stores the handover with the outgoing operator and time, and posts the form to the supervisors", async () => {
    const handover = await handOver();
    expect(handover).toMatchObject({
      date: "2026-11-25",
      shift: "evening",
      outgoingBy: "U_CHEN",
      outgoingName: "陈静",
      notes: "1208 房客明早 6 点叫醒 <wake-up call>",
      pendingItems: "回电 Acme 王先生",
      incomingBy: null,
    });
    expect(handover.submittedAt).toEqual(now);
    // Posted through the outbox, like every notification: nothing is lost if Slack is down.
    const outbox = await h.prisma.notification.findUniqueOrThrow({
      where: { dedupeKey: `handover:${handover.id}` },
    });
    expect(outbox).toMatchObject({ status: "sent", slackChannel: "C_SUPERVISORS" });
    expect(outbox.slackTs).toMatch(/^\d+\.\d+$/);
    expect(JSON.parse(handover.summary)).toEqual({
      calls: 3,
      answered: 2,
      transferred: 2,
      missedCalls: 0,
      abandoned: 1,
      missedCallsOpen: 1,
      messages: 0,
      openMessages: 2,
      emergencies: 0,
      emergenciesUnacknowledged: 1,
      pendingLongDistance: 0,
      lowScoresOpen: 2,
      from: EVENING.from.toISOString(),
      to: EVENING.to.toISOString(),
      service: expect.objectContaining({
        serviceLevel: { thresholdSeconds: 20, rate: 0.5 },
        averageSecondsToAnswer: 20,
        abandonRate: 1 / 3,
        messages: {
          medianSecondsToClaim: null,
          p90SecondsToClaim: null,
          medianSecondsToDone: 0,
          p90SecondsToDone: 0,
        },
        outbound: { calls: 1, answered: 1, seconds: 60, cost: 0 },
        satisfaction: {
          responses: 2,
          responseRate: 1,
          average: 3.5,
          distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
        },
      }),
    });

    const [post] = slack.posts();
    expect(post?.args.channel).toBe("C_SUPERVISORS");
    const blocks = JSON.stringify(post?.args.blocks);
    for (const figure of FIGURES) expect(blocks).toContain(figure);
    expect(blocks).toContain("1208 房客明早 6 点叫醒 &lt;wake-up call&gt;");
    expect(blocks).toContain("✍️ 交班 Handed over by: <@U_CHEN> (陈静) · 2026-11-25 22:55");
    expect(blocks).toContain("下一班 Next shift: <@U_ZHANG>");
    expect(blocks).toContain(`"action_id":"handover_confirm","value":"${handover.id}"`);
    expect(
      await h.prisma.auditLog.findMany({ where: { subject: `handover:${handover.id}` } }),
    ).toMatchObject([{ actor: "U_CHEN", action: "handover.submit" }]);
  });

  it("keeps the handover and posts it once Slack is back when Slack is down at submission", async () => {
    await runHandover("U_CHEN");
    const view = slack.posts("views.open").at(-1)?.args.view as { private_metadata: string };
    slack.down = true;
    expect((await submit("U_CHEN", view.private_metadata)).status).toBe(200);
    const handover = await h.prisma.handover.findFirstOrThrow();
    expect(handover.outgoingBy).toBe("U_CHEN");
    expect(slack.posts()).toHaveLength(0);
    slack.down = false;
    await deliverOutbox(h, slack.url, new Date(now.getTime() + 10 * 60_000));
    const posted = slack.posts().filter((p) => p.args.channel === "C_SUPERVISORS");
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]?.args.blocks)).toContain("handover_confirm");
  });

  it("keeps one handover per shift when the form is submitted twice", async () => {
    await runHandover("U_CHEN");
    const view = slack.posts("views.open").at(-1)?.args.view as { private_metadata: string };
    await Promise.all([
      submit("U_CHEN", view.private_metadata),
      submit("U_CHEN", view.private_metadata),
    ]);
    await h.settle();
    expect(await h.prisma.handover.count()).toBe(1);
    expect(slack.posts().filter((p) => p.args.channel === "C_SUPERVISORS")).toHaveLength(1);

    await runHandover("U_CHEN");
    expect(String(slack.responses().at(-1)?.args.text)).toContain("was handed over");
    expect(slack.posts("views.open")).toHaveLength(1);
  });

  it("records the incoming operator's confirmation once, even when two click at once, and updates the post", async () => {
    const handover = await handOver();
    setClock("2026-11-25 23:02");
    await Promise.all([confirm(handover.id, "U_ZHANG"), confirm(handover.id, "U_WANG")]);
    await h.settle();

    const confirmed = await h.prisma.handover.findUniqueOrThrow({ where: { id: handover.id } });
    const winner = confirmed.incomingBy;
    expect(["U_ZHANG", "U_WANG"]).toContain(winner);
    expect(confirmed.confirmedAt).toEqual(now);
    expect(confirmed.incomingName).toBe(winner === "U_ZHANG" ? "张伟" : "王芳");
    expect(await h.prisma.auditLog.count({ where: { action: "handover.confirm" } })).toBe(1);

    const updates = slack.posts("chat.update");
    expect(updates).toHaveLength(1);
    const posted = await h.prisma.notification.findUniqueOrThrow({
      where: { dedupeKey: `handover:${handover.id}` },
    });
    expect(updates[0]?.args).toMatchObject({ channel: "C_SUPERVISORS", ts: posted.slackTs });
    const blocks = JSON.stringify(updates[0]?.args.blocks);
    expect(blocks).toContain("✍️ 交班 Handed over by: <@U_CHEN> (陈静) · 2026-11-25 22:55");
    expect(blocks).toContain(`✅ 接班 Confirmed by: <@${winner}>`);
    expect(blocks).toContain("· 2026-11-25 23:02");
    expect(blocks).not.toContain("handover_confirm");

    const loser = winner === "U_ZHANG" ? "U_WANG" : "U_ZHANG";
    const refusals = slack.posts("chat.postEphemeral");
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.args).toMatchObject({ user: loser, channel: "C_SUPERVISORS" });
    expect(String(refusals[0]?.args.text)).toContain(`Already confirmed by <@${winner}>`);
  });

  it("refuses the outgoing operator and plain staff, recording nothing", async () => {
    const handover = await handOver();
    await confirm(handover.id, "U_CHEN");
    await confirm(handover.id, "U_LINA");
    await confirm(handover.id, "U_STRANGER");
    await h.settle();
    const refusals = slack.posts("chat.postEphemeral");
    const refusal = (user: string) => String(refusals.find((r) => r.args.user === user)?.args.text);
    expect(refusals).toHaveLength(3);
    expect(refusal("U_CHEN")).toContain("You can't confirm your own handover");
    expect(refusal("U_LINA")).toContain("only operators and supervisors");
    expect(refusal("U_STRANGER")).toContain("only operators and supervisors");
    expect(await h.prisma.handover.findUniqueOrThrow({ where: { id: handover.id } })).toMatchObject(
      {
        incomingBy: null,
        confirmedAt: null,
      },
    );
    expect(slack.posts("chat.update")).toEqual([]);
    expect(await h.prisma.auditLog.count({ where: { action: "handover.confirm" } })).toBe(0);
  });

  it("hands over the shift just ended when the operator was rostered on it, or the shift named", async () => {
    setClock("2026-11-25 23:20");
    await runHandover("U_CHEN");
    const view = slack.posts("views.open").at(-1)?.args.view as { private_metadata: string };
    expect(JSON.parse(view.private_metadata)).toMatchObject({
      date: "2026-11-25",
      shift: "evening",
    });
    await slackPost(h, slashCommand("handover 夜班", "U_ZHANG", slack.responseUrl()), { now });
    await h.settle();
    await slackPost(h, slashCommand("handover yesterday day", "U_ZHANG", slack.responseUrl()), {
      now,
    });
    await h.settle();
    const named = slack
      .posts("views.open")
      .map((p) => JSON.parse((p.args.view as { private_metadata: string }).private_metadata));
    expect(named.slice(1)).toMatchObject([
      { date: "2026-11-25", shift: "night" },
      { date: "2026-11-24", shift: "day" },
    ]);
  });
});

describe("the shift summary", () => {
  it("counts pending long-distance requests through its seam, which reports none until they are stored", async () => {
    expect(await noLongDistanceRequests(h.db, EVENING)).toBe(0);
    expect((await shiftSummary(h.db, EVENING, NO_SHIFT_CALLS)).pendingLongDistance).toBe(0);
    const counted: unknown[] = [];
    const summary = await shiftSummary(h.db, EVENING, NO_SHIFT_CALLS, {
      pendingLongDistance: async (_db, range) => {
        counted.push(range);
        return 4;
      },
    });
    expect(summary.pendingLongDistance).toBe(4);
    expect(counted).toEqual([EVENING]);
  });
});
