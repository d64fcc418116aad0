import { minutesAfter } from "./local-time.ts";
import type { WakeUpSettings } from "./settings.ts";

/**
 * A wake-up's life from set to done, as a pure step: given where it is, what happened and the
 * time, where it goes, when the job must look at it next, and what to do. The store keeps
 * `WakeUpProgress` as it is; the job, the webhooks and Slack each feed in their events.
 *
 *   scheduled ──due──▶ ringing ──key 1──▶ answered
 *       ▲                 │  ──key 2──▶ snoozed ──due──▶ ringing …   (at most `snoozes` times)
 *       └── no answer, busy, no key, failed (fewer than `attempts` rings)
 *                         └── the last of `attempts` rings fails ──▶ unanswered ──checked──▶ checked
 *   scheduled, snoozed or ringing ──cancelled / checked out──▶ cancelled
 */

export const WAKE_UP_STATES = [
  "scheduled",
  "ringing",
  "answered",
  "snoozed",
  "unanswered",
  "checked",
  "cancelled",
] as const;
export type WakeUpState = (typeof WAKE_UP_STATES)[number];

export interface WakeUpProgress {
  state: WakeUpState;
  /** Rings made so far, all rounds together; the number of the latest is its `ring`. */
  rings: number;
  snoozes: number;
  /** When each ring of the current round started (since set, or since the last snooze). */
  round: Date[];
  /** When the job must next act: ring, or stop waiting for a ring's end. Null once it is over. */
  dueAt: Date | null;
}

/** How a ring ended, from Twilio's final `CallStatus`. */
export type RingOutcome = "completed" | "no_answer" | "busy" | "failed" | "canceled";

export type WakeUpEvent =
  /** The job found `dueAt` reached. */
  | { kind: "due" }
  /** The guest pressed a key during ring number `ring`. */
  | { kind: "key"; ring: number; key: string }
  /** Ring number `ring` ended (its status callback); `completed` with no key before it is a guest who didn't press. */
  | { kind: "ring_ended"; ring: number; outcome: RingOutcome }
  /** Someone on the front desk checked on the guest after an unanswered wake-up. */
  | { kind: "checked" }
  | { kind: "cancelled" }
  | { kind: "checked_out" };

export type WakeUpAction =
  | { kind: "none" }
  /** Call the room now; `ring` goes into the call's callbacks so their events can be told apart. */
  | { kind: "ring"; ring: number }
  /**
   * Tell the front desk's channel. `unanswered`: every ring failed, at the times in `round`;
   * `late`: the switchboard could not ring within `LATE_MINUTES` of the time (it was down).
   */
  | { kind: "escalate"; reason: "unanswered" | "late"; round: Date[] };

export interface WakeUpStep {
  progress: WakeUpProgress;
  action: WakeUpAction;
  /** False when the event changes nothing (a repeated callback, a second job run): write nothing. */
  changed: boolean;
}

/** A ring this late is not made: a guest woken an hour late is better served by a person. */
export const LATE_MINUTES = 30;
/** Beyond its ring time, how long a ring is waited for (greeting and keypad) before it counts as not answered. */
const ANSWER_SECONDS = 120;

/** A wake-up just set, to ring at `at`. */
export function scheduledWakeUp(at: Date): WakeUpProgress {
  return { state: "scheduled", rings: 0, snoozes: 0, round: [], dueAt: at };
}

/** The wake-up after `event` at `now`. Repeated and out-of-date events change nothing. */
export function stepWakeUp(
  progress: WakeUpProgress,
  event: WakeUpEvent,
  now: Date,
  settings: WakeUpSettings,
): WakeUpStep {
  const same: WakeUpStep = { progress, action: { kind: "none" }, changed: false };
  const to = (next: Partial<WakeUpProgress>, action: WakeUpAction = { kind: "none" }) => ({
    progress: { ...progress, ...next },
    action,
    changed: true,
  });
  const { state } = progress;
  const current = (ring: number) => state === "ringing" && ring === progress.rings;

  switch (event.kind) {
    case "due": {
      if (progress.dueAt === null || now.getTime() < progress.dueAt.getTime()) return same;
      if (state === "ringing") return ringFailed(progress, now, settings);
      if (state !== "scheduled" && state !== "snoozed") return same;
      if (now.getTime() > minutesAfter(progress.dueAt, LATE_MINUTES).getTime()) {
        return to(
          { state: "unanswered", dueAt: null },
          { kind: "escalate", reason: "late", round: progress.round },
        );
      }
      const ring = progress.rings + 1;
      const answerBy = new Date(now.getTime() + (settings.ringSeconds + ANSWER_SECONDS) * 1000);
      return to(
        { state: "ringing", rings: ring, round: [...progress.round, now], dueAt: answerBy },
        { kind: "ring", ring },
      );
    }
    case "key": {
      if (!current(event.ring)) return same;
      if (event.key === "1") return to({ state: "answered", dueAt: null });
      if (event.key !== "2") return same;
      // A 2 once the snoozes are used up is taken as awake: the greeting no longer offers it.
      if (progress.snoozes >= settings.snoozes) return to({ state: "answered", dueAt: null });
      return to({
        state: "snoozed",
        snoozes: progress.snoozes + 1,
        round: [],
        dueAt: minutesAfter(now, settings.snoozeMinutes),
      });
    }
    case "ring_ended":
      return current(event.ring) ? ringFailed(progress, now, settings) : same;
    case "checked":
      return state === "unanswered" ? to({ state: "checked" }) : same;
    case "cancelled":
    case "checked_out":
      return state === "scheduled" || state === "snoozed" || state === "ringing"
        ? to({ state: "cancelled", dueAt: null })
        : same;
  }
}

/** The current ring was not answered with a key: ring again, or tell the front desk. */
function ringFailed(progress: WakeUpProgress, now: Date, settings: WakeUpSettings): WakeUpStep {
  if (progress.round.length >= settings.attempts) {
    return {
      progress: { ...progress, state: "unanswered", dueAt: null },
      action: { kind: "escalate", reason: "unanswered", round: progress.round },
      changed: true,
    };
  }
  const last = progress.round.at(-1) ?? now;
  const next = minutesAfter(last, settings.intervalMinutes);
  return {
    progress: {
      ...progress,
      state: "scheduled",
      dueAt: next.getTime() > now.getTime() ? next : now,
    },
    action: { kind: "none" },
    changed: true,
  };
}

/** Twilio's final call statuses; the others (queued, ringing, in-progress) are not an end. */
const OUTCOMES: Record<string, RingOutcome> = {
  completed: "completed",
  "no-answer": "no_answer",
  busy: "busy",
  failed: "failed",
  canceled: "canceled",
};

/** How a ring ended, from the `CallStatus` of Twilio's status callback; null while it goes on. */
export function ringOutcome(callStatus: string): RingOutcome | null {
  return OUTCOMES[callStatus] ?? null;
}
