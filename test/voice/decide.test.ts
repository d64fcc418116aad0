// A step decides without HTTP or a database: given a turn (the webhook, the call, the directory,
// the clock and what the call's records say), it answers TwiML and names the writes to commit.
import { describe, expect, it } from "vitest";
import { parseTwiml } from "../../scripts/lib/phone.ts";
import { CALL_WAITS_DEFAULTS, LONG_DISTANCE_DEFAULTS } from "../../src/config.ts";
import { createLogger } from "../../src/log.ts";
import type { CallHistory } from "../../src/store/calls.ts";
import { newCall } from "../../src/store/calls.ts";
import type { CallEvent } from "../../src/store/records.ts";
import { decide } from "../../src/voice/respond.ts";
import type { Step, Turn } from "../../src/voice/step.ts";
import { onStatus } from "../../src/voice/steps/call-end.ts";
import { greet, onIntent } from "../../src/voice/steps/intent.ts";
import { onDialed } from "../../src/voice/steps/transfer.ts";
import { demoDirectory } from "../support/demo.ts";
import { WEEKDAY_MORNING } from "../support/harness.ts";

const CALL_SID = "CA0123456789abcdef0123456789abcdef";

/** What a call's records say, given here instead of read from a database. */
function history(events: Partial<CallEvent>[] = []): CallHistory {
  const all = events.map((e, id) => ({
    id,
    callSid: CALL_SID,
    callStartedAt: WEEKDAY_MORNING,
    at: WEEKDAY_MORNING,
    type: "intent",
    detail: "{}",
    requestKey: null,
    response: null,
    ...e,
  }));
  return {
    events: async (types) => (types ? all.filter((e) => types.includes(e.type)) : all),
    missedCalls: async () => [],
    missedCallsAnswerable: async () => [],
    message: async () => null,
    requestedLongDistance: async () => false,
    lastSurveyed: async () => null,
  };
}

function turn(
  options: {
    params?: Record<string, string>;
    query?: Record<string, string>;
    events?: Partial<CallEvent>[];
  } = {},
): Turn {
  const params: Record<string, string> = {
    CallSid: CALL_SID,
    From: "+8613800138000",
    ...options.params,
  };
  return {
    effects: [],
    history: history(options.events),
    dir: demoDirectory,
    call: newCall({
      callSid: CALL_SID,
      from: params.From ?? "",
      to: "+862155550000",
      language: "zh",
      startedAt: WEEKDAY_MORNING,
    }),
    lang: "zh",
    params,
    query: options.query ?? {},
    now: WEEKDAY_MORNING,
    log: createLogger("error", {}, () => undefined),
    speech: (params.SpeechResult ?? "").trim(),
    digits: (params.Digits ?? "").trim(),
    longDistance: LONG_DISTANCE_DEFAULTS,
    waits: CALL_WAITS_DEFAULTS,
    assistant: undefined,
    informed: [],
  };
}

async function decided(step: Step, t: Turn) {
  const decision = await decide(step, t);
  return {
    ...decision,
    verbs: parseTwiml(decision.twiml),
    sql: decision.effects.map((e) => e.sql),
  };
}

describe("a step decides, without HTTP or a database", () => {
  it("greets from the directory and changes nothing", async () => {
    const { verbs, effects } = await decided(greet, turn());
    expect(verbs.map((v) => v.name)).toEqual(["Gather"]);
    expect(JSON.stringify(verbs)).toContain(demoDirectory.organisation.greeting.zh);
    expect(effects).toEqual([]);
  });

  it("puts a caller through to the department they ask for, and sets where the call is going", async () => {
    const t = turn({ params: { SpeechResult: "我想订房", Confidence: "0.92" } });
    const { verbs, effects, detail } = await decided(onIntent, t);
    const dial = verbs.find((v) => v.name === "Dial");
    const reservations = demoDirectory.departments.find((d) => d.key === "reservations");
    expect(dial?.children.map((n) => n.text)).toEqual([reservations?.numbers[0]]);
    expect(detail).toMatchObject({
      speech: "我想订房",
      understood: { kind: "department", department: "reservations" },
    });
    expect(effects).toHaveLength(1);
    expect(effects[0]?.sql).toMatch(/^UPDATE "Call" SET "intent" = \?, "department" = \?/);
    expect(effects[0]?.params).toEqual(["department", "reservations", null, CALL_SID]);
  });

  it("records a missed call and its post when the staff member declined, and asks for a message", async () => {
    const t = turn({
      params: { DialCallStatus: "completed" },
      query: { kind: "department", dept: "finance", a: "att1", s: "1" },
      events: [{ type: "screen-answer", detail: JSON.stringify({ a: "att1", accepted: false }) }],
    });
    const { verbs, sql, detail } = await decided(onDialed, t);
    expect(detail).toMatchObject({ accepted: false, reason: "declined" });
    expect(verbs.map((v) => v.name)).toEqual(["Gather"]);
    expect(verbs[0]?.attrs.action).toContain("/voice/message/name");
    expect(sql).toEqual([
      expect.stringMatching(/^INSERT INTO "MissedCall"/),
      expect.stringMatching(/^INSERT INTO "Notification"/),
    ]);
  });

  it("settles a call that ended in the menu as abandoned, with its missed call once", async () => {
    const t = turn({
      params: { CallStatus: "completed", CallDuration: "20" },
      events: [{ type: "incoming", response: "<Response/>" }],
    });
    const { verbs, sql } = await decided(onStatus, t);
    expect(verbs).toEqual([]);
    expect(sql).toEqual([
      expect.stringMatching(/^UPDATE "Call" SET "status" = \?, "endedAt" = \?, "durationSeconds"/),
      expect.stringMatching(/^INSERT INTO "MissedCall"/),
      expect.stringMatching(/^INSERT INTO "Notification"/),
      expect.stringMatching(
        /^UPDATE "Call" SET "outcome" = \? WHERE "callSid" = \? AND "outcome" IS NULL/,
      ),
    ]);
  });
});
