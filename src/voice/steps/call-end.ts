// The end of a call: its status callback settles the outcome, records a missed call once,
// passes on a message the caller began, and posts the missed calls no message answered.

import { callerIdUsable } from "../../rules/phone.ts";
import { settleOutcome, updateCall } from "../../store/calls.ts";
import { releaseMissedCalls } from "../../store/missed-calls.ts";
import type { Call, CallEvent, MissedCall } from "../../store/records.ts";
import { informedIn, type StepResult, type Turn } from "../step.ts";
import { leaveMessage } from "./message.ts";
import { missed } from "./transfer.ts";

const FINAL = new Set(["completed", "busy", "failed", "no-answer", "canceled"]);

/** Steps Twilio calls back about; their answers are not what the caller heard. */
const CALLBACKS = new Set(["status", "recording-status", "transcription"]);

/** Where the caller's last answer sends them next: its verb's action, with the query read. */
function lastAction(events: CallEvent[]) {
  const last = events.findLast(
    (e) =>
      e.response !== null &&
      !CALLBACKS.has(e.type) &&
      (JSON.parse(e.detail) as { leg?: string }).leg !== "staff",
  );
  const found = /<(Dial|Gather|Record) [^>]*action="([^"]+)"/.exec(last?.response ?? "");
  if (!found?.[1] || !found[2]) return null;
  const action = new URL(found[2].replaceAll("&amp;", "&"), "http://switchboard");
  return { verb: found[1], path: action.pathname, query: action.searchParams };
}

/** The transfer that was ringing when the call ended, read from the caller's last answer. */
function ringingAtEnd(events: CallEvent[]) {
  const last = lastAction(events);
  if (last?.verb !== "Dial") return null;
  const { query } = last;
  const department = query.get("dept");
  const attempt = query.get("a");
  if (!department || !attempt) return null;
  // Unscreened (a guest room) may have been answered: only a screened one is known unanswered.
  return { department, attempt, target: query.get("target"), screened: query.get("s") === "1" };
}

/** The caller said goodbye and Switchboard's farewell ended the call: nobody to call back. */
function saidGoodbye(events: CallEvent[]): boolean {
  return events.some((e) => (JSON.parse(e.detail) as { goodbye?: boolean }).goodbye === true);
}

/** Staff's one line for a message whose content the caller never recorded. */
const HUNG_UP_BEFORE_MESSAGE = "来电人未录下留言内容即挂断 Hung up before recording the message";

/**
 * A message the caller was giving when they hung up, for whom it was, if they had said who they
 * are or confirmed a number to call back: nothing to pass on otherwise. Only while they were
 * still answering its questions: a recording, even one cut short, comes to its own step.
 */
function messageBegun(call: Call, events: CallEvent[]) {
  const last = lastAction(events);
  if (last?.verb !== "Gather" || !last.path.startsWith("/voice/message/")) return null;
  if (!call.callerName && !call.organisation && !call.callbackNumber) return null;
  return {
    department: last.query.get("dept") ?? call.department,
    target: last.query.get("target") ?? call.target,
  };
}

/** How long a missed call waits for a recording the hang-up cut short to come as a message. */
const CUT_SHORT_RECORDING_MS = 30_000;

export async function onStatus(turn: Turn): Promise<StepResult> {
  const status = turn.params.CallStatus ?? "";
  if (!FINAL.has(status)) {
    turn.effects.push(updateCall(turn.call.callSid, { status }));
    return { verbs: [], detail: { status } };
  }
  const duration = Number(turn.params.CallDuration ?? "");
  turn.effects.push(
    updateCall(turn.call.callSid, {
      status,
      endedAt: turn.call.endedAt ?? turn.now,
      durationSeconds: Number.isFinite(duration) ? duration : null,
    }),
  );
  const events = await turn.history.events();
  const misses = await turn.history.missedCalls();
  if (!turn.call.outcome) await settle(turn, events, misses);
  // The call is over: a missed call no message answered is posted now. A recording the hang-up
  // cut short still comes to its own step, and may yet be the message that answers it.
  const recording = lastAction(events)?.verb === "Record";
  turn.effects.push(
    ...releaseMissedCalls(
      misses,
      recording ? new Date(turn.now.getTime() + CUT_SHORT_RECORDING_MS) : turn.now,
    ),
  );
  return { verbs: [], detail: { status, duration } };
}

/** The outcome of a call that ended unsettled, with the missed call or message it leaves. */
async function settle(turn: Turn, events: CallEvent[], misses: MissedCall[]): Promise<void> {
  const informed = informedIn(events);
  const closed = informed.filter((d) => d.what === "closed").at(-1);
  const ringing = misses.length === 0 ? ringingAtEnd(events) : null;
  const outcome =
    misses.some((m) => m.reason !== "caller-hung-up") || closed
      ? "missed"
      : informed.length > 0
        ? "info"
        : "abandoned";
  const unfinished = ringing ? null : messageBegun(turn.call, events);
  if (unfinished) {
    // Asked for a message, they gave who they are and hung up before saying it: what they
    // gave still goes to whom it was for, as an operator would pass it on.
    await leaveMessage(turn, turn.call, events, {
      ...unfinished,
      recordingUrl: null,
      recordingSid: null,
      recordingDuration: null,
      summary: HUNG_UP_BEFORE_MESSAGE,
    });
    return;
  }
  if (ringing?.screened) {
    // Twilio may end the call without asking the Dial's action: the same miss onDialed records.
    missed(turn, ringing.attempt, ringing.department, ringing.target, "caller-hung-up");
  } else if (
    !ringing &&
    misses.length === 0 &&
    outcome !== "info" &&
    !saidGoodbye(events) &&
    callerIdUsable(turn.call.from)
  ) {
    // Nobody was reached and nothing was left: the call itself is the missed call, once.
    const asked = turn.call.department ?? turn.dir.organisation.operatorDepartment;
    missed(
      turn,
      "end",
      closed?.department ?? asked,
      closed ? (closed.target ?? null) : turn.call.target,
      closed ? "after-hours" : "hung-up-in-ivr",
    );
  }
  turn.effects.push(settleOutcome(turn.call.callSid, outcome));
}
