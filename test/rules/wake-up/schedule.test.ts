import { describe, expect, it } from "vitest";
import {
  LATE_MINUTES,
  ringOutcome,
  scheduledWakeUp,
  stepWakeUp,
  type WakeUpEvent,
  type WakeUpProgress,
  type WakeUpStep,
} from "../../../src/rules/wake-up/schedule.ts";
import { WAKE_UP_DEFAULTS, type WakeUpSettings } from "../../../src/rules/wake-up/settings.ts";

const settings: WakeUpSettings = { department: "front_desk", ...WAKE_UP_DEFAULTS };

/** 2026-12-06 at a Shanghai wall time. */
const at = (time: string, seconds = 0) =>
  new Date(`2026-12-06T${time}:${String(seconds).padStart(2, "0")}+08:00`);
const hhmm = (d: Date | null) =>
  d === null
    ? null
    : new Intl.DateTimeFormat("en-GB", {
        timeZone: "Asia/Shanghai",
        hour: "2-digit",
        minute: "2-digit",
      }).format(d);

/** Feeds events in order, as the job, Twilio and Slack would, and keeps every step. */
function run(
  events: [string, WakeUpEvent][],
  start: WakeUpProgress = scheduledWakeUp(at("06:30")),
  rules: WakeUpSettings = settings,
): { progress: WakeUpProgress; steps: WakeUpStep[] } {
  let progress = start;
  const steps: WakeUpStep[] = [];
  for (const [time, event] of events) {
    const step = stepWakeUp(progress, event, at(time), rules);
    steps.push(step);
    progress = step.progress;
  }
  return { progress, steps };
}

const due: WakeUpEvent = { kind: "due" };
const key = (ring: number, k: string): WakeUpEvent => ({ kind: "key", ring, key: k });
const ended = (ring: number, status = "no-answer"): WakeUpEvent => ({
  kind: "ring_ended",
  ring,
  outcome: ringOutcome(status) ?? "failed",
});

describe("ringing on time", () => {
  it("waits until the time, then rings once", () => {
    const { steps, progress } = run([
      ["06:29", due],
      ["06:30", due],
    ]);
    expect(steps[0]).toMatchObject({ changed: false, action: { kind: "none" } });
    expect(steps[1]).toMatchObject({ changed: true, action: { kind: "ring", ring: 1 } });
    expect(progress).toMatchObject({ state: "ringing", rings: 1, round: [at("06:30")] });
  });

  it("rings no second time when a second job run sees the same wake-up", () => {
    const { steps } = run([
      ["06:30", due],
      ["06:30", due],
    ]);
    expect(steps[1]).toMatchObject({ changed: false, action: { kind: "none" } });
  });
});

describe("the guest answers", () => {
  it("ends it with 1", () => {
    const { progress, steps } = run([
      ["06:30", due],
      ["06:31", key(1, "1")],
      ["06:31", ended(1, "completed")],
    ]);
    expect(progress).toMatchObject({ state: "answered", dueAt: null });
    expect(steps[2]?.changed).toBe(false);
  });

  it("snoozes with 2 for ten minutes, twice at most, then takes a 2 as awake", () => {
    const { progress, steps } = run([
      ["06:30", due],
      ["06:31", key(1, "2")],
      ["06:31", ended(1, "completed")],
      ["06:41", due],
      ["06:42", key(2, "2")],
      ["06:52", due],
      ["06:52", key(3, "2")],
    ]);
    expect(steps[1]?.progress).toMatchObject({ state: "snoozed", snoozes: 1, round: [] });
    expect(hhmm(steps[1]?.progress.dueAt ?? null)).toBe("06:41");
    expect(steps[2]?.changed).toBe(false);
    expect(steps[3]?.action).toEqual({ kind: "ring", ring: 2 });
    expect(steps[4]?.progress).toMatchObject({ state: "snoozed", snoozes: 2 });
    expect(steps[5]?.action).toEqual({ kind: "ring", ring: 3 });
    expect(progress).toMatchObject({ state: "answered", snoozes: 2, dueAt: null });
  });

  it("asks again on any other key, changing nothing", () => {
    const { steps, progress } = run([
      ["06:30", due],
      ["06:31", key(1, "5")],
    ]);
    expect(steps[1]?.changed).toBe(false);
    expect(progress.state).toBe("ringing");
  });
});

describe("no answer", () => {
  it("rings three times five minutes apart, then tells the front desk with the times", () => {
    const { progress, steps } = run([
      ["06:30", due],
      ["06:31", ended(1, "no-answer")],
      ["06:35", due],
      ["06:36", ended(2, "busy")],
      ["06:40", due],
      ["06:41", ended(3, "completed")],
    ]);
    expect(steps.map((s) => s.action.kind)).toEqual([
      "ring",
      "none",
      "ring",
      "none",
      "ring",
      "escalate",
    ]);
    expect(steps[1]?.progress.state).toBe("scheduled");
    expect(hhmm(steps[1]?.progress.dueAt ?? null)).toBe("06:35");
    expect(steps[5]?.action).toEqual({
      kind: "escalate",
      reason: "unanswered",
      round: [at("06:30"), at("06:35"), at("06:40")],
    });
    expect(progress).toMatchObject({ state: "unanswered", rings: 3, dueAt: null });
  });

  it("counts an answer with no key, and a failed call, as not answered", () => {
    const { steps } = run([
      ["06:30", due],
      ["06:31", ended(1, "completed")],
      ["06:35", due],
      ["06:35", ended(2, "failed")],
    ]);
    expect(steps[1]?.progress.state).toBe("scheduled");
    expect(steps[3]?.progress.state).toBe("scheduled");
    expect(steps[3]?.progress.rings).toBe(2);
  });

  it("is not fooled by a status callback Twilio sends twice", () => {
    const { steps, progress } = run([
      ["06:30", due],
      ["06:31", ended(1)],
      ["06:31", ended(1)],
      ["06:35", due],
      ["06:36", ended(1)],
    ]);
    expect(steps[2]?.changed).toBe(false);
    expect(steps[4]?.changed).toBe(false);
    expect(progress).toMatchObject({ state: "ringing", rings: 2 });
  });

  it("rings again at once when the no-answer arrives after the next ring's time", () => {
    const { steps } = run([
      ["06:30", due],
      ["06:37", ended(1)],
    ]);
    expect(hhmm(steps[1]?.progress.dueAt ?? null)).toBe("06:37");
  });

  it("stops waiting for a ring whose end never comes", () => {
    const { steps } = run([
      ["06:30", due],
      ["06:31", due],
      ["06:33", due],
    ]);
    expect(steps[1]?.changed).toBe(false);
    // 45 s of ringing and two minutes for the greeting and a key, then it counts as not answered.
    expect(steps[2]?.progress).toMatchObject({ state: "scheduled", rings: 1 });
  });

  it("keeps retries within a snoozed round", () => {
    const { progress, steps } = run([
      ["06:30", due],
      ["06:31", key(1, "2")],
      ["06:41", due],
      ["06:42", ended(2)],
      ["06:46", due],
      ["06:47", ended(3)],
      ["06:51", due],
      ["06:52", ended(4)],
    ]);
    expect(steps.at(-1)?.action).toEqual({
      kind: "escalate",
      reason: "unanswered",
      round: [at("06:41"), at("06:46"), at("06:51")],
    });
    expect(progress).toMatchObject({ state: "unanswered", snoozes: 1, rings: 4 });
  });

  it("follows the organisation's number of rings and their interval", () => {
    const two = { ...settings, attempts: 2, intervalMinutes: 3 };
    const { steps } = run(
      [
        ["06:30", due],
        ["06:31", ended(1)],
        ["06:33", due],
        ["06:34", ended(2)],
      ],
      scheduledWakeUp(at("06:30")),
      two,
    );
    expect(hhmm(steps[1]?.progress.dueAt ?? null)).toBe("06:33");
    expect(steps[3]?.action.kind).toBe("escalate");
  });
});

describe("the front desk", () => {
  it("checks on the guest after an unanswered wake-up, once", () => {
    const unanswered: WakeUpProgress = {
      state: "unanswered",
      rings: 3,
      snoozes: 0,
      round: [],
      dueAt: null,
    };
    const first = stepWakeUp(unanswered, { kind: "checked" }, at("06:50"), settings);
    expect(first).toMatchObject({ changed: true, progress: { state: "checked" } });
    expect(stepWakeUp(first.progress, { kind: "checked" }, at("06:51"), settings).changed).toBe(
      false,
    );
    // Nothing to check on a wake-up that was answered.
    const answered = { ...unanswered, state: "answered" as const };
    expect(stepWakeUp(answered, { kind: "checked" }, at("06:50"), settings).changed).toBe(false);
  });

  it("is told when the switchboard could not ring on time", () => {
    const late = stepWakeUp(
      scheduledWakeUp(at("06:30")),
      due,
      at(`07:${String(LATE_MINUTES).padStart(2, "0")}`, 1),
      settings,
    );
    expect(late).toMatchObject({
      progress: { state: "unanswered" },
      action: { kind: "escalate", reason: "late", round: [] },
    });
    // A ring a little behind is still made.
    const behind = stepWakeUp(scheduledWakeUp(at("06:30")), due, at("06:45"), settings);
    expect(behind.action).toEqual({ kind: "ring", ring: 1 });
  });
});

describe("cancelling", () => {
  it.each(["cancelled", "checked_out"] as const)(
    "%s: a scheduled, snoozed or ringing wake-up is cancelled and rings no more",
    (kind) => {
      const ringing = run([["06:30", due]]).progress;
      const snoozed = run([
        ["06:30", due],
        ["06:31", key(1, "2")],
      ]).progress;
      for (const progress of [scheduledWakeUp(at("06:30")), ringing, snoozed]) {
        const step = stepWakeUp(progress, { kind }, at("06:32"), settings);
        expect(step.progress).toMatchObject({ state: "cancelled", dueAt: null });
        expect(stepWakeUp(step.progress, due, at("07:00"), settings).changed).toBe(false);
      }
      // The ring still out when it was cancelled changes nothing when it ends.
      const cancelled = stepWakeUp(ringing, { kind }, at("06:31"), settings).progress;
      expect(stepWakeUp(cancelled, ended(1), at("06:31"), settings).changed).toBe(false);
      expect(stepWakeUp(cancelled, key(1, "1"), at("06:31"), settings).changed).toBe(false);
    },
  );

  it("leaves a finished wake-up as it was", () => {
    const answered = run([
      ["06:30", due],
      ["06:31", key(1, "1")],
    ]).progress;
    expect(stepWakeUp(answered, { kind: "cancelled" }, at("06:32"), settings).changed).toBe(false);
  });
});

describe("Twilio's call statuses", () => {
  it("ends a ring only on a final status", () => {
    expect(["completed", "no-answer", "busy", "failed", "canceled"].map(ringOutcome)).toEqual([
      "completed",
      "no_answer",
      "busy",
      "failed",
      "canceled",
    ]);
    expect(["queued", "ringing", "in-progress", "initiated", ""].map(ringOutcome)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
