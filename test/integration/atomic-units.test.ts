// Every write is one unit: a webhook's step, a Slack click, a job's change. Here a write is
// killed half-way (a trigger aborts one statement of the unit) and nothing of it may be left.
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { messageRemindersJob } from "../../src/jobs/reminders.ts";
import { runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import { callThrough } from "../support/calls.ts";
import {
  callParams,
  createHarness,
  type Harness,
  newCallSid,
  post,
  WEEKDAY_MORNING,
} from "../support/harness.ts";
import { buttonClick, slackPost, useSlackHarness } from "../support/slack.ts";

/** A trigger that aborts one statement, made on the database file beside the app's connection. */
function killing(h: Harness, name: string, on: string) {
  const file = new Database(join(h.dir, "switchboard.db"));
  try {
    file.exec(`CREATE TRIGGER ${name} ${on} BEGIN SELECT RAISE(ABORT, 'killed half-way'); END`);
  } finally {
    file.close();
  }
  return () => {
    const again = new Database(join(h.dir, "switchboard.db"));
    try {
      again.exec(`DROP TRIGGER ${name}`);
    } finally {
      again.close();
    }
  };
}

/** A caller at the message step: greeted, asked for a message for the front desk, recorded. */
async function recordedMessage(h: Harness) {
  const callSid = newCallSid();
  await post(h, "/voice/incoming", callParams(callSid));
  const recorded = () =>
    post(
      h,
      "/voice/message/recorded?dept=front_desk",
      callParams(callSid, "+8613800138000", {
        CallStatus: "in-progress",
        RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE${"1".repeat(32)}`,
        RecordingSid: `RE${"1".repeat(32)}`,
        RecordingDuration: "12",
      }),
    );
  return { callSid, recorded };
}

/** What the message step leaves, by the records it writes in its unit. */
async function leftBehind(h: Harness, callSid: string) {
  return {
    steps: await h.prisma.callEvent.count({ where: { callSid, type: "message-recorded" } }),
    messages: await h.prisma.message.count({ where: { callSid } }),
    notices: await h.prisma.notification.count({
      where: { kind: { in: ["message", "message_recording"] } },
    }),
    outcome: (await h.prisma.call.findUniqueOrThrow({ where: { callSid } })).outcome,
  };
}

describe("a webhook killed half-way on Node", () => {
  // The step's record goes first in its unit, the call's outcome last, the notices between.
  it.each([
    ["its record", `BEFORE INSERT ON "CallEvent" WHEN NEW."type" = 'message-recorded'`],
    ["its post in the outbox", `BEFORE INSERT ON "Notification" WHEN NEW."kind" = 'message'`],
    ["the call's outcome", `BEFORE UPDATE OF "outcome" ON "Call" WHEN NEW."outcome" = 'message'`],
  ])(
    "writes nothing of the step when %s fails, and all of it once delivered again",
    async (_, on) => {
      const h = await createHarness();
      try {
        const { callSid, recorded } = await recordedMessage(h);
        const revive = killing(h, "kill_the_message", on);
        const failed = await recorded();
        // The caller still hears TwiML: an apology and the operator.
        expect(failed.status).toBe(200);
        expect(await failed.text()).toContain("<Dial");
        expect(await leftBehind(h, callSid)).toEqual({
          steps: 0,
          messages: 0,
          notices: 0,
          outcome: null,
        });
        revive();
        // Twilio's retry of the same webhook: the whole step, once, ending with the survey's question.
        const again = await recorded();
        expect(await again.text()).toContain('<Gather action="/voice/survey');
        expect(await leftBehind(h, callSid)).toEqual({
          steps: 1,
          messages: 1,
          notices: 2,
          outcome: "message",
        });
      } finally {
        await h.close();
      }
    },
  );
});

describe("a Slack click killed half-way", () => {
  const t = useSlackHarness([["li_na", "U_LINA"]]);

  it("claims nothing when its audit entry cannot be written", async () => {
    const r = await callThrough(t.h, {
      says: ["我要开发票", "王先生", "个人", "#1"],
      staff: ["decline"],
      message: "请回电",
    });
    const message = await t.h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    const revive = killing(t.h, "kill_the_claim", `BEFORE INSERT ON "AuditLog"`);
    const click = () =>
      slackPost(
        t.h,
        buttonClick({
          actionId: "message_claim",
          value: message.id,
          userId: "U_LINA",
          responseUrl: t.slack.responseUrl(),
        }),
        { now: new Date("2026-11-25T02:00:00Z") },
      );
    await click();
    await t.h.settle();
    expect(await t.h.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject(
      { claimedBy: null, status: "new" },
    );
    revive();
    await click();
    await t.h.settle();
    expect(await t.h.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject(
      { claimedBy: "U_LINA", status: "claimed" },
    );
    expect(await t.h.prisma.auditLog.count({ where: { subject: message.id } })).toBe(1);
  });
});

describe("a job killed half-way", () => {
  it("queues no reminder when the message cannot be marked reminded", async () => {
    const h = await createHarness();
    try {
      await callThrough(h, {
        says: ["我要开发票", "王先生", "个人", "#1"],
        staff: ["decline"],
        message: "请回电",
      });
      const later = new Date(WEEKDAY_MORNING.getTime() + 60 * 60_000);
      const run = () =>
        runJobs([messageRemindersJob()], {
          db: h.db,
          clock: () => later,
          log: createLogger("error", {}, () => undefined),
        });
      const revive = killing(
        h,
        "kill_the_reminder",
        `BEFORE UPDATE OF "remindedAt" ON "Message" WHEN NEW."remindedAt" IS NOT NULL`,
      );
      expect((await run())[0]?.error).toMatch(/killed half-way/);
      expect(await h.prisma.notification.count({ where: { kind: "reminder" } })).toBe(0);
      revive();
      expect((await run())[0]?.result).toMatchObject({ reminded: 1 });
      expect(await h.prisma.notification.count({ where: { kind: "reminder" } })).toBe(1);
    } finally {
      await h.close();
    }
  });
});
