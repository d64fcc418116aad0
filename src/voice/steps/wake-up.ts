// A guest asking for a wake-up call: the time understood by rules alone (never the model), read
// back and confirmed, then the guest: by the room the call comes from, or by name and the room
// they key in, which must match a guest of that room. A mismatch gets one answer whichever part
// was wrong, and there is one try per call. A room is never spoken.

import type { Guest } from "../../rules/directory.ts";
import { findDepartment } from "../../rules/directory.ts";
import { hearConfirmation } from "../../rules/wake-up/confirmation.ts";
import { describeWakeUp } from "../../rules/wake-up/describe.ts";
import { guestByNameAndRoom, guestsOfCaller } from "../../rules/wake-up/guests.ts";
import { type LocalTime, localTimeOf } from "../../rules/wake-up/local-time.ts";
import { hearWakeUpTime, type WakeUpRequest } from "../../rules/wake-up/request.ts";
import type { ProposedWakeUp, WakeUpClock } from "../../rules/wake-up/resolve.ts";
import { wakeUpSettings } from "../../rules/wake-up/settings.ts";
import { wakeUpFor, wakeUpStatements } from "../../store/wake-ups.ts";
import type { Verb } from "../../twilio/twiml.ts";
import {
  anythingElse,
  ask,
  info,
  inTurnLanguage,
  MAX_TRIES,
  nameOf,
  type StepResult,
  speak,
  type Turn,
  url,
} from "../step.ts";
import { sayWakeUp } from "../wake-up-prompts.ts";
import { routeDepartment } from "./transfer.ts";

/** A wake-up time settled in the conversation, carried from step to step in the URL. */
interface Carried {
  /** d: the date; t: the time; s: the caller named the day; x: it replaces their earlier one. */
  /**
   * v: this exchange's own mark. A caller who asks twice and answers alike sends Twilio's very
   * request again, which would be taken for a retry and answered as before without it.
   */
  v?: string;
  d?: string;
  t?: string;
  s?: string;
  x?: string;
}

const clockOf = (turn: Turn): WakeUpClock => ({
  now: turn.now,
  timezone: turn.dir.organisation.timezone,
});
const today = (turn: Turn) => localTimeOf(turn.now, turn.dir.organisation.timezone).date;
const when = (turn: Turn, at: LocalTime) => describeWakeUp(at, today(turn), turn.lang);
const n = (turn: Turn) => Number(turn.query.n ?? 1) || 1;

/** What the step record keeps of a wake-up exchange: the step, never a room. */
const detail = (wakeUp: string, more: Record<string, unknown> = {}) => ({ wakeUp, ...more });

/** Where the caller's words went after they asked for a wake-up call. */
export async function onWakeUpRequest(turn: Turn, request: WakeUpRequest): Promise<StepResult> {
  const replaces = "replaces" in request && request.replaces ? "1" : undefined;
  const v = crypto.randomUUID().slice(0, 8);
  switch (request.kind) {
    case "set":
      return readBack(turn, request.wakeUp, { x: replaces, v }, 1);
    case "ask_time":
      return askTime(turn, { d: request.date, x: replaces, v }, 1, sayWakeUp.askTime[turn.lang]());
    case "past":
      return askTime(
        turn,
        { x: replaces, v },
        1,
        sayWakeUp.timePassed[turn.lang](when(turn, request.at)),
      );
    case "unclear":
      return askTime(turn, { x: replaces, v }, 1, sayWakeUp.timeNotHeard[turn.lang]());
    case "cancel":
      return toFrontDesk(turn, (name) => sayWakeUp.cancelAtDesk[turn.lang](name), "cancel");
  }
}

async function askTime(
  turn: Turn,
  carried: Carried,
  tries: number,
  said: string,
): Promise<StepResult> {
  if (tries > MAX_TRIES + 1) return toFrontDesk(turn, null, "time_not_heard");
  return {
    verbs: [
      ask(turn, url("/voice/wakeup/time", { ...carried, n: tries }), [inTurnLanguage(turn, said)]),
    ],
    detail: detail("ask_time"),
  };
}

function readBack(
  turn: Turn,
  proposal: ProposedWakeUp,
  carried: Carried,
  tries: number,
): StepResult {
  const query = {
    d: proposal.date,
    t: proposal.time,
    s: proposal.daySaid ? "1" : undefined,
    x: carried.x,
    v: carried.v,
    n: tries,
  };
  return {
    verbs: [
      ask(turn, url("/voice/wakeup/confirm", query), [
        inTurnLanguage(turn, sayWakeUp.readBack[turn.lang](when(turn, proposal))),
      ]),
    ],
    detail: detail("read_back", { date: proposal.date, time: proposal.time }),
  };
}

/** The answer to "what time?". */
export async function onWakeUpTime(turn: Turn): Promise<StepResult> {
  const carried = carriedOf(turn);
  const tries = n(turn);
  if (
    turn.speech &&
    hearConfirmation(turn.speech, noProposal(turn), clockOf(turn)).kind === "cancel"
  ) {
    return notSet(turn);
  }
  const heard = hearWakeUpTime(turn.speech, clockOf(turn), carried.d);
  switch (heard.kind) {
    case "time":
      return readBack(turn, heard.wakeUp, carried, 1);
    case "past":
      return askTime(
        turn,
        carried,
        tries + 1,
        sayWakeUp.timePassed[turn.lang](when(turn, heard.at)),
      );
    default:
      return askTime(turn, carried, tries + 1, sayWakeUp.timeNotHeard[turn.lang]());
  }
}

/** The answer to the read-back "明天12月6日早上6点30分，对吗？". */
export async function onWakeUpConfirm(turn: Turn): Promise<StepResult> {
  const carried = carriedOf(turn);
  const proposal = proposalOf(turn);
  if (!proposal) return askTime(turn, {}, 1, sayWakeUp.askTime[turn.lang]());
  const key = turn.digits.slice(0, 1);
  const answer =
    key === "1"
      ? { kind: "yes" as const }
      : key === "2"
        ? { kind: "no" as const }
        : hearConfirmation(turn.speech, proposal, clockOf(turn));
  switch (answer.kind) {
    case "yes":
      return whoFor(turn, proposal, carried);
    case "no":
      return askTime(
        turn,
        { d: carried.s ? carried.d : undefined, x: carried.x, v: carried.v },
        1,
        sayWakeUp.askTime[turn.lang](),
      );
    case "cancel":
      return notSet(turn);
    case "change":
      return readBack(turn, answer.wakeUp, carried, 1);
    case "past":
      return askTime(
        turn,
        { x: carried.x, v: carried.v },
        1,
        sayWakeUp.timePassed[turn.lang](when(turn, answer.at)),
      );
    case "unclear":
      return n(turn) > MAX_TRIES
        ? toFrontDesk(turn, null, "not_confirmed")
        : readBack(turn, proposal, carried, n(turn) + 1);
  }
}

/** Confirmed: set for the room the call comes from, or ask who the caller is. */
async function whoFor(turn: Turn, at: LocalTime, carried: Carried): Promise<StepResult> {
  const inRoom = guestsOfCaller(turn.dir, turn.call.from);
  if (inRoom.length > 0) return set(turn, inRoom, at, carried, "caller_id");
  if (await triedBefore(turn)) return notVerified(turn);
  return {
    verbs: [
      ask(turn, url("/voice/wakeup/name", { d: at.date, t: at.time, x: carried.x, v: carried.v }), [
        inTurnLanguage(turn, sayWakeUp.askName[turn.lang]()),
      ]),
    ],
    detail: detail("ask_name"),
  };
}

/** The caller's name; then their room, keyed in. */
export async function onWakeUpName(turn: Turn): Promise<StepResult> {
  const carried = carriedOf(turn);
  const name = turn.speech.slice(0, 60);
  if (!name) {
    if (n(turn) > MAX_TRIES) return toFrontDesk(turn, null, "no_name");
    return {
      verbs: [
        ask(
          turn,
          url("/voice/wakeup/name", {
            d: carried.d,
            t: carried.t,
            x: carried.x,
            v: carried.v,
            n: n(turn) + 1,
          }),
          [inTurnLanguage(turn, sayWakeUp.askName[turn.lang]())],
        ),
      ],
      detail: detail("ask_name"),
    };
  }
  return {
    verbs: [
      {
        verb: "gather",
        action: url("/voice/wakeup/room", {
          d: carried.d,
          t: carried.t,
          x: carried.x,
          v: carried.v,
          nm: name,
        }),
        prompt: [inTurnLanguage(turn, sayWakeUp.askRoom[turn.lang]())],
        input: "dtmf",
        language: turn.lang,
        finishOnKey: "#",
        timeout: 10,
      },
    ],
    detail: detail("ask_room"),
  };
}

/** The room keyed in: it and the name must match a guest of that room, or nothing is set. */
export async function onWakeUpRoom(turn: Turn): Promise<StepResult> {
  const carried = carriedOf(turn);
  const at = carried.d && carried.t ? { date: carried.d, time: carried.t } : null;
  // The room is kept nowhere in the call's record: not even as the digits keyed.
  const masked = { digits: turn.digits ? "(room)" : "" };
  if (!at || (await triedBefore(turn))) return withDetail(notVerified(turn), masked);
  const guest = guestByNameAndRoom(turn.dir, turn.query.nm ?? "", turn.digits);
  if (!guest) return withDetail(notVerified(turn), masked);
  return withDetail(await set(turn, [guest], at, carried, "name_and_room"), masked);
}

function withDetail(result: StepResult, more: Record<string, unknown>): StepResult {
  return { ...result, detail: { ...result.detail, ...more } };
}

/** Sets it, with the step's record, and says so. */
async function set(
  turn: Turn,
  guests: Guest[],
  at: LocalTime,
  carried: Carried,
  by: "caller_id" | "name_and_room",
): Promise<StepResult> {
  const room = guests[0]?.room ?? "";
  const wakeUp = wakeUpFor(
    { room, guests, at, language: turn.lang },
    turn.dir.organisation.timezone,
    { source: "voice", setBy: turn.call.callSid },
  );
  turn.effects.push(
    ...wakeUpStatements(wakeUp, turn.now, {
      replace: carried.x === "1",
      actor: `call:${turn.call.callSid}`,
    }),
  );
  info(turn, "wake_up");
  return {
    verbs: [
      anythingElse(turn, "faq", [
        inTurnLanguage(turn, sayWakeUp.wakeUpSet[turn.lang](when(turn, at))),
      ]),
    ],
    detail: detail("set", { date: at.date, time: at.time, by }),
  };
}

/** A name and room that match no guest: one answer whichever was wrong, and no second try. */
function notVerified(turn: Turn): StepResult {
  info(turn, "wake_up_not_verified");
  return {
    verbs: [anythingElse(turn, "faq", [inTurnLanguage(turn, sayWakeUp.notVerified[turn.lang]())])],
    detail: detail("not_verified"),
  };
}

/** Whether this call has already failed a name-and-room check. */
async function triedBefore(turn: Turn): Promise<boolean> {
  return (await turn.history.events()).some(
    (e) => (JSON.parse(e.detail) as { wakeUp?: string }).wakeUp === "not_verified",
  );
}

function notSet(turn: Turn): StepResult {
  return {
    verbs: [anythingElse(turn, "faq", [inTurnLanguage(turn, sayWakeUp.notSet[turn.lang]())])],
    detail: detail("not_set"),
  };
}

/** To the wake-up department (the front desk), for what the switchboard does not do itself. */
async function toFrontDesk(
  turn: Turn,
  before: ((name: string) => string) | null,
  why: string,
): Promise<StepResult> {
  const key = wakeUpSettings(turn.dir.organisation).department;
  const dept = findDepartment(turn.dir, key);
  if (!dept) return notSet(turn);
  const routed = await routeDepartment(turn, dept, "department", "");
  // Put through at once: what the caller hears first says why, instead of "connecting you".
  const connecting = routed.detail?.transfer === dept.key && routed.verbs[0]?.verb === "say";
  const verbs: Verb[] =
    before && connecting
      ? [speak(before(nameOf(turn, dept)), turn.lang), ...routed.verbs.slice(1)]
      : routed.verbs;
  return { verbs, detail: { ...routed.detail, ...detail(why) } };
}

function carriedOf(turn: Turn): Carried {
  const { d, t, s, x, v } = turn.query;
  return { d, t, s, x, v };
}

function proposalOf(turn: Turn): ProposedWakeUp | null {
  const { d, t, s } = turn.query;
  return d && t ? { date: d, time: t, assumed: [], daySaid: s === "1" } : null;
}

/** Cancel words are heard against any proposal: "算了" needs none. */
function noProposal(turn: Turn): ProposedWakeUp {
  return { ...localTimeOf(turn.now, turn.dir.organisation.timezone), assumed: [], daySaid: false };
}
