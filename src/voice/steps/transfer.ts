// Putting the caller through: a department, a person or a guest room (staff are asked first),
// emergencies at once, and what happens when nobody takes the call.

import { type Department, findGuest, findStaff, type Staff } from "../../rules/directory.ts";
import { describeOpening, routeByHours } from "../../rules/hours.ts";
import { instructs } from "../../rules/instructions.ts";
import { NUMBER_MASK } from "../../rules/redact.ts";
import { forStaff, LINK_MASK } from "../../rules/staff-text.ts";
import { nameHints } from "../../rules/understand/hints.ts";
import { withoutOpening } from "../../rules/understand/speech.ts";
import { type Intent, setDestination, settleOutcome, updateCall } from "../../store/calls.ts";
import { recordEmergency } from "../../store/emergencies.ts";
import { type MissReason, recordMissedCall } from "../../store/missed-calls.ts";
import type { Verb } from "../../twilio/twiml.ts";
import { say, staffName } from "../prompts.ts";
import {
  ask,
  department,
  info,
  inTurnLanguage,
  nameOf,
  type StepResult,
  speak,
  type Turn,
  url,
} from "../step.ts";
import { askName, offerMessage, speakableName } from "./message.ts";
import { endWithSurvey } from "./survey.ts";

function newAttempt(): string {
  return crypto.randomUUID().slice(0, 8);
}

interface TransferTarget {
  kind: "department" | "person" | "guest" | "emergency" | "rescue";
  dept: Department;
  staff?: Staff;
  guestKey?: string;
  /** Index into the department's numbers when they ring one after another. */
  index?: number;
}

/** How much of what the caller said travels in a URL to be read to the staff member. */
export const ABOUT_LENGTH = 120;

/**
 * The Dial for a transfer. Numbers come only from the directory; staff are asked first
 * (the whisper) unless it is an emergency or a guest room behind the PBX. `about` is what the
 * caller said they want, in their own words (or nothing); `unclear` tells staff, in ours, that
 * nobody could make it out.
 */
export function dial(
  turn: Turn,
  target: TransferTarget,
  about: string,
  note: { unclear?: boolean } = {},
): Verb {
  const a = newAttempt();
  const screened = target.kind === "department" || target.kind === "person";
  const index = target.index ?? 0;
  let numbers: string[];
  let sendDigits: string | undefined;
  if (target.kind === "person" && target.staff) {
    numbers = [target.staff.desk];
  } else if (target.kind === "guest") {
    const guest = target.guestKey ? findGuest(turn.dir, target.guestKey) : undefined;
    const pbx = turn.dir.organisation.pbxNumber;
    if (!guest || !pbx) throw new Error("guest room requested without a guest or a PBX");
    numbers = [pbx];
    sendDigits = `ww${guest.room}`;
  } else if (
    target.kind === "emergency" ||
    target.kind === "rescue" ||
    target.dept.dial === "simultaneous"
  ) {
    numbers = target.dept.numbers;
  } else {
    numbers = [target.dept.numbers[index] ?? target.dept.numbers[0] ?? ""];
  }
  const query = {
    kind: target.kind,
    dept: target.dept.key,
    target: target.staff?.key ?? target.guestKey,
    i: target.kind === "department" && target.dept.dial === "sequential" ? index : undefined,
    a,
    s: screened ? 1 : 0,
  };
  return {
    verb: "dial",
    action: url("/voice/dialed", query),
    timeout: target.kind === "emergency" ? 30 : turn.dir.organisation.ringTimeoutSeconds,
    numbers: numbers.map((number) => ({
      number,
      ...(screened
        ? {
            whisperUrl: url("/voice/screen", {
              parent: turn.call.callSid,
              a,
              by: target.staff?.key ?? target.dept.key,
              about: about.slice(0, ABOUT_LENGTH),
              unclear: note.unclear ? 1 : undefined,
            }),
          }
        : {}),
      ...(sendDigits ? { sendDigits } : {}),
    })),
  };
}

/**
 * Puts the caller through to a department, or says it is closed. `about` is what the caller
 * asked for, in their words, told to the staff member; empty when they pressed a key.
 */
export async function routeDepartment(
  turn: Turn,
  dept: Department,
  intent: Intent,
  about: string,
): Promise<StepResult> {
  turn.effects.push(
    setDestination(turn.call.callSid, { intent, department: dept.key, target: null }),
  );
  const routing = routeByHours(dept, turn.dir.departments, turn.now, turn.dir.organisation);
  const told = about ? { about } : {};
  if (routing.kind === "open") {
    return {
      verbs: [
        speak(say.connecting[turn.lang](nameOf(turn, dept)), turn.lang),
        dial(turn, { kind: "department", dept }, about),
      ],
      detail: { transfer: dept.key, ...told },
    };
  }
  const closed = closedSpeech(turn, dept, routing.nextOpen);
  if (routing.kind === "fallback") {
    const fallback = department(turn, routing.department);
    return {
      verbs: [
        speak(`${closed} ${say.fallback[turn.lang](nameOf(turn, fallback))}`, turn.lang),
        dial(turn, { kind: "department", dept: fallback }, about),
      ],
      detail: { closed: dept.key, transfer: fallback.key, ...told },
    };
  }
  info(turn, "closed", { department: dept.key });
  return { verbs: offerMessage(turn, dept.key, undefined, [closed]), detail: { closed: dept.key } };
}

function closedSpeech(turn: Turn, dept: Department, nextOpen: Date | null): string {
  const name = nameOf(turn, dept);
  if (!nextOpen) return say.closedNoHours[turn.lang](name);
  return say.closed[turn.lang](
    name,
    describeOpening(nextOpen, turn.now, turn.dir.organisation, turn.lang),
  );
}

/** Puts the caller through to a staff member's desk; `about` as for routeDepartment. */
export async function routePerson(turn: Turn, staff: Staff, about: string): Promise<StepResult> {
  const dept = department(turn, staff.department);
  turn.effects.push(
    setDestination(turn.call.callSid, {
      intent: "person",
      department: dept.key,
      target: staff.key,
    }),
  );
  const routing = routeByHours(dept, turn.dir.departments, turn.now, turn.dir.organisation);
  const person = staffName(staff, turn.lang);
  if (routing.kind !== "open") {
    info(turn, "closed", { department: dept.key, target: staff.key });
    return {
      verbs: offerMessage(turn, dept.key, staff.key, [say.personAway[turn.lang](person)]),
      detail: { closed: dept.key },
    };
  }
  return {
    verbs: [
      speak(say.connectingPerson[turn.lang](person, nameOf(turn, dept)), turn.lang),
      dial(turn, { kind: "person", dept, staff }, about),
    ],
    detail: { transfer: staff.key, ...(about ? { about } : {}) },
  };
}

/** "Room 1208, please": asked for a name instead. */
export function askWhoByName(turn: Turn, n: number): StepResult {
  turn.effects.push(
    setDestination(turn.call.callSid, {
      intent: "guest",
      department: turn.dir.organisation.operatorDepartment,
      target: null,
    }),
  );
  return {
    verbs: [
      ask(
        turn,
        url("/voice/intent", { n, ask: "name" }),
        [inTurnLanguage(turn, say.byNameOnly[turn.lang]())],
        {
          hints: nameHints(turn.dir),
        },
      ),
    ],
  };
}

/** An incognito guest and a name we don't know get the same answer: nothing is confirmed. */
export async function routeGuest(turn: Turn, guestKey: string | null): Promise<StepResult> {
  const guest = guestKey ? findGuest(turn.dir, guestKey) : undefined;
  const operator = turn.dir.organisation.operatorDepartment;
  turn.effects.push(
    setDestination(turn.call.callSid, {
      intent: "guest",
      department: operator,
      target: guest?.key ?? null,
    }),
  );
  if (!guest || guest.incognito) {
    info(turn, "privacy");
    return { verbs: offerMessage(turn, operator, guest?.key, [say.guestPrivacy[turn.lang]()]) };
  }
  return {
    verbs: [
      speak(say.connectingGuest[turn.lang](guest.name), turn.lang),
      dial(turn, { kind: "guest", dept: department(turn, operator), guestKey: guest.key }, ""),
    ],
    detail: { transfer: guest.key },
  };
}

/** `said`: what the caller said of it, for the alert (the words before "yes", once asked). */
export async function emergency(
  turn: Turn,
  category: string,
  said: string = turn.speech,
): Promise<StepResult> {
  const dept = department(turn, turn.dir.organisation.emergencyDepartment);
  turn.effects.push(
    updateCall(turn.call.callSid, {
      intent: "emergency",
      department: dept.key,
      target: null,
      outcome: "emergency",
    }),
    ...recordEmergency(
      {
        callSid: turn.call.callSid,
        from: turn.call.from,
        utterance: said,
        category,
        department: dept.key,
      },
      turn.now,
    ),
  );
  return {
    verbs: [
      speak(say.emergency[turn.lang](nameOf(turn, dept)), turn.lang),
      dial(turn, { kind: "emergency", dept }, said),
    ],
    detail: { emergency: category },
  };
}

const ANSWERED = new Set(["completed", "answered"]);

export async function onDialed(turn: Turn): Promise<StepResult> {
  const { query } = turn;
  const status = turn.params.DialCallStatus ?? "failed";
  const attempt = query.a ?? "";
  const dept = department(turn, query.dept ?? turn.dir.organisation.operatorDepartment);
  const staff =
    query.kind === "person" && query.target ? findStaff(turn.dir, query.target) : undefined;
  const accepted =
    query.s === "1"
      ? (await turn.history.events(["screen-answer"])).some((e) => {
          const d = JSON.parse(e.detail) as { a?: string; accepted?: boolean };
          return d.a === attempt && d.accepted === true;
        })
      : ANSWERED.has(status) &&
        (status === "answered" || Number(turn.params.DialCallDuration ?? 0) > 0);
  const detail = { dialStatus: status, attempt, accepted };

  if (accepted) {
    if (query.s !== "1") {
      // Who picked up is recorded even when the outcome was settled earlier (an emergency).
      turn.effects.push(
        updateCall(turn.call.callSid, {
          handledBy: query.target ?? dept.key,
          answeredAt: turn.call.answeredAt ?? turn.now,
        }),
        settleOutcome(
          turn.call.callSid,
          query.kind === "emergency" ||
            (query.kind === "rescue" && turn.call.intent === "emergency")
            ? "emergency"
            : "transferred",
        ),
      );
    }
    // Twilio asks the Dial's action with the caller's own status: still in progress when the
    // staff member hung up first and the caller is there to be asked.
    const staffEnded = turn.params.CallStatus === "in-progress";
    if (staffEnded && (query.kind === "department" || query.kind === "person")) {
      const taken = turn.call.handledBy ?? query.target ?? null;
      const verbs = await endWithSurvey(
        turn,
        "transfer",
        { department: dept.key, staff: taken && findStaff(turn.dir, taken) ? taken : null },
        [],
        [{ verb: "hangup" }],
      );
      return { verbs, detail };
    }
    return { verbs: [{ verb: "hangup" }], detail };
  }
  if (status === "canceled") {
    // The caller hung up while it rang.
    missed(turn, attempt, dept.key, query.target ?? null, "caller-hung-up");
    return { verbs: [{ verb: "hangup" }], detail };
  }
  if (query.kind === "emergency") {
    const operator = department(turn, turn.dir.organisation.operatorDepartment);
    return {
      verbs: [dial(turn, { kind: "rescue", dept: operator }, turn.call.intent ?? "")],
      detail,
    };
  }
  if (query.kind === "rescue") {
    const verbs: Verb[] =
      turn.call.intent === "emergency"
        ? [speak(say.emergencyPublic[turn.lang](), turn.lang), { verb: "hangup" }]
        : [speak(say.callBackLater[turn.lang](), turn.lang), { verb: "hangup" }];
    return { verbs, detail };
  }
  const index = Number(query.i ?? "");
  if (query.kind === "department" && Number.isInteger(index) && index + 1 < dept.numbers.length) {
    // Ring the department's next number in order, asking first again.
    return {
      verbs: [dial(turn, { kind: "department", dept, index: index + 1 }, await lastAbout(turn))],
      detail,
    };
  }
  const declined = await wasDeclined(turn, attempt);
  const reason: MissReason = declined
    ? "declined"
    : status === "busy"
      ? "busy"
      : status === "failed"
        ? "failed"
        : "no-answer";
  // The caller is asked for a message next: the missed call is posted only if they leave none.
  missed(turn, attempt, dept.key, query.target ?? null, reason, { callGoesOn: !turn.call.endedAt });
  const name = staff
    ? staffName(staff, turn.lang)
    : query.kind === "guest"
      ? (findGuest(turn.dir, query.target ?? "")?.name ?? nameOf(turn, dept))
      : nameOf(turn, dept);
  return {
    verbs: askName(turn, dept.key, query.target, [say.unavailable[turn.lang](name)]),
    detail: { ...detail, reason },
  };
}

async function wasDeclined(turn: Turn, attempt: string): Promise<boolean> {
  const answers = await turn.history.events(["screen-answer"]);
  return answers.some((e) => {
    const d = JSON.parse(e.detail) as { a?: string; accepted?: boolean };
    return d.a === attempt && d.accepted === false;
  });
}

async function lastAbout(turn: Turn): Promise<string> {
  const events = await turn.history.events();
  for (const e of [...events].reverse()) {
    const d = JSON.parse(e.detail) as { about?: string };
    if (d.about) return d.about;
  }
  return "";
}

/**
 * A transfer attempt nobody took: a missed call, once per attempt. `callGoesOn` while the caller
 * may still leave a message: its post then waits for the call's end.
 */
export function missed(
  turn: Turn,
  attempt: string,
  dept: string,
  target: string | null,
  reason: MissReason,
  options: { callGoesOn?: boolean } = {},
): void {
  turn.effects.push(
    ...recordMissedCall(
      {
        key: `${turn.call.callSid}:${attempt}`,
        callSid: turn.call.callSid,
        department: dept,
        target,
        reason,
      },
      turn.now,
      options.callGoesOn ? { holdMs: turn.waits.missedCallHoldMs } : {},
    ),
  );
}

/**
 * The whisper: the staff member hears who is calling and why, then accepts or declines. What
 * the caller said is told as theirs ("来电人说"), numbers and links left out, and not at all when
 * it was meant for a machine; a name is told only when it is one.
 */
export async function onScreen(turn: Turn): Promise<StepResult> {
  const lang = turn.dir.organisation.defaultLanguage;
  const { callerName, organisation } = turn.call;
  const named =
    callerName && speakableName(callerName)
      ? say.whisperCaller[lang](
          callerName,
          organisation && speakableName(organisation) ? organisation : undefined,
        )
      : "";
  const caller = turn.lang === lang ? named : named + say.whisperSpeaks[lang]();
  const said = withoutOpening(turn.query.about ?? "");
  const about =
    said && !instructs(said)
      ? say.whisperAbout[lang](
          forStaff(said)
            .replaceAll(NUMBER_MASK, say.whisperNumber[lang]())
            .replaceAll(LINK_MASK, say.whisperLink[lang]()),
        )
      : turn.query.unclear
        ? say.whisperUnclear[lang]()
        : "";
  const text = say.whisper[lang](turn.dir.organisation.name[lang], caller, about);
  return {
    verbs: [
      {
        verb: "gather",
        action: url("/voice/screen/answer", {
          parent: turn.call.callSid,
          a: turn.query.a,
          by: turn.query.by,
        }),
        prompt: [{ text, language: lang }],
        input: "dtmf",
        language: lang,
        numDigits: 1,
        timeout: 8,
      },
      { verb: "say", speech: { text: say.whisperNoAnswer[lang](), language: lang } },
      { verb: "hangup" },
    ],
  };
}

export async function onScreenAnswer(turn: Turn): Promise<StepResult> {
  const lang = turn.dir.organisation.defaultLanguage;
  const a = turn.query.a ?? "";
  if (turn.digits === "1") {
    const handledBy = turn.query.by ?? turn.call.target ?? turn.call.department;
    turn.effects.push(
      settleOutcome(turn.call.callSid, "transferred", { handledBy, answeredAt: turn.now }),
    );
    // An empty answer after the whisper bridges the two legs.
    return {
      verbs: [{ verb: "say", speech: { text: say.whisperAccepted[lang](), language: lang } }],
      detail: { a, accepted: true },
    };
  }
  if (!turn.digits) {
    return {
      verbs: [
        { verb: "say", speech: { text: say.whisperNoAnswer[lang](), language: lang } },
        { verb: "hangup" },
      ],
      detail: { a, accepted: false, silent: true },
    };
  }
  return { verbs: [{ verb: "hangup" }], detail: { a, accepted: false } };
}
