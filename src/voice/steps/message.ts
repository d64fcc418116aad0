// Taking a message: who is calling, from where, the number to call back, and the message
// itself, then passing it on.

import { summariseMessage } from "../../ai/summarise.ts";
import { findDepartment, findGuest, findStaff } from "../../rules/directory.ts";
import { instructs } from "../../rules/instructions.ts";
import { declinesMessage, introduction, organisationAnswer } from "../../rules/introduction.ts";
import { callerIdUsable, keyedCallback } from "../../rules/phone.ts";
import { forStaff } from "../../rules/staff-text.ts";
import { firstSentence, type Urgency, urgencyOf } from "../../rules/summary.ts";
import { updateCall } from "../../store/calls.ts";
import {
  reviseMessage,
  scheduleTranscription,
  setMessageRecording,
  takeMessage,
} from "../../store/messages.ts";
import type { Call, CallEvent } from "../../store/records.ts";
import type { Verb } from "../../twilio/twiml.ts";
import { lastFour, say, spellDigits, staffName } from "../prompts.ts";
import {
  anythingElse,
  ask,
  inTurnLanguage,
  nameOf,
  type StepResult,
  speak,
  type Turn,
  url,
} from "../step.ts";
import { endWithSurvey } from "./survey.ts";

export function offerMessage(
  turn: Turn,
  dept: string,
  target: string | undefined,
  before: string[],
): Verb[] {
  return [
    ask(turn, url("/voice/offer", { dept, target }), [
      ...before.map((t) => inTurnLanguage(turn, t)),
      inTurnLanguage(turn, say.offerMessage[turn.lang]()),
    ]),
  ];
}

function messageQuery(
  dept: string | undefined,
  target: string | undefined,
  extra: Record<string, string | number> = {},
) {
  return { dept, target, ...extra };
}

export function askName(
  turn: Turn,
  dept: string | undefined,
  target: string | undefined,
  before: string[],
): Verb[] {
  return [
    ask(
      turn,
      url("/voice/message/name", messageQuery(dept, target)),
      [
        ...before.map((t) => inTurnLanguage(turn, t)),
        inTurnLanguage(turn, say.askName[turn.lang]()),
      ],
      {
        numDigits: undefined,
        hints: undefined,
      },
    ),
  ];
}

/**
 * The name to thank the caller by, if any. A surname alone ("我姓王") is not a way to address
 * anyone, and "先生" or "女士" would be a guess, so the thanks then goes without a name. Nor is
 * anything that is no name at all: the switchboard repeats a name, not whatever was said.
 */
function addressAs(callerName: string | null): string | null {
  if (!callerName || /^\p{Script=Han}$/u.test(callerName)) return null;
  return speakableName(callerName) ? callerName : null;
}

/**
 * What a caller gave as their name, fit to be said back to them or to staff: short, without
 * digits, links or words meant for a machine.
 */
export function speakableName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    name.length <= 30 &&
    words.length <= 4 &&
    !/[\p{Nd}@/:<>{}[\]#*=]/u.test(name) &&
    forStaff(name) === name &&
    !instructs(name)
  );
}

export async function onMessageName(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const tries = Number(turn.query.r ?? 0);
  // "不用了": no message. Anything else? (What it was for is a missed call already.)
  if (declinesMessage(turn.speech)) return { verbs: [anythingElse(turn, "offer")] };
  const { name, organisation, personal } = introduction(turn.speech);
  if (!name && tries < 1) {
    return {
      verbs: [
        ask(
          turn,
          url("/voice/message/name", messageQuery(dept, target, { r: 1 })),
          [inTurnLanguage(turn, say.askName[turn.lang]())],
          { numDigits: undefined, hints: undefined },
        ),
      ],
    };
  }
  if (name) {
    turn.effects.push(
      updateCall(turn.call.callSid, {
        callerName: name,
        ...(organisation ? { organisation } : {}),
      }),
    );
  }
  // The organisation came with the name ("我叫王小明，是东方贸易公司的"): not asked again.
  if (organisation || personal) return { verbs: askCallback(turn, dept, target) };
  return {
    verbs: [
      ask(
        turn,
        url("/voice/message/organisation", messageQuery(dept, target)),
        [inTurnLanguage(turn, say.askOrganisation[turn.lang]())],
        {
          numDigits: undefined,
          hints: undefined,
        },
      ),
    ],
  };
}

export async function onMessageOrganisation(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const { name, organisation } = organisationAnswer(turn.speech);
  // "我是华为的王强": the name too, if none was given or only the surname ("王" → "王强").
  const known = turn.call.callerName;
  const better = name && (!known || (name !== known && name.startsWith(known))) ? name : null;
  if (organisation || better) {
    turn.effects.push(
      updateCall(turn.call.callSid, {
        ...(organisation ? { organisation } : {}),
        ...(better ? { callerName: better } : {}),
      }),
    );
  }
  return { verbs: askCallback(turn, dept, target) };
}

function askCallback(turn: Turn, dept: string | undefined, target: string | undefined): Verb[] {
  if (!callerIdUsable(turn.call.from)) return enterCallback(turn, dept, target, []);
  return [
    {
      verb: "gather",
      action: url("/voice/message/callback", messageQuery(dept, target)),
      prompt: [inTurnLanguage(turn, say.confirmCallback[turn.lang](lastFour(turn.call.from)))],
      input: "dtmf",
      language: turn.lang,
      numDigits: 1,
    },
  ];
}

function enterCallback(
  turn: Turn,
  dept: string | undefined,
  target: string | undefined,
  before: string[],
  tries = 0,
): Verb[] {
  return [
    {
      verb: "gather",
      action: url("/voice/message/callback-number", messageQuery(dept, target, { r: tries })),
      prompt: [
        ...before.map((t) => inTurnLanguage(turn, t)),
        inTurnLanguage(turn, say.enterCallback[turn.lang]()),
      ],
      input: "dtmf",
      language: turn.lang,
      finishOnKey: "#",
      timeout: 10,
    },
  ];
}

function record(
  turn: Turn,
  dept: string | undefined,
  target: string | undefined,
  before: string[],
  tries = 0,
): Verb[] {
  const q = messageQuery(dept, target, { r: tries });
  return [
    ...before.map((t) => speak(t, turn.lang)),
    speak(say.recordPrompt[turn.lang](), turn.lang),
    {
      verb: "record",
      action: url("/voice/message/recorded", q),
      recordingStatusCallback: url("/voice/message/recording"),
      transcribeCallback: url("/voice/message/transcription"),
      maxLength: RECORD_SECONDS,
    },
  ];
}

/** Twilio transcribes recordings longer than 2 s and shorter than 120 s: a message stays inside. */
const RECORD_SECONDS = 115;

export async function onMessageCallback(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  if (turn.digits === "2") return { verbs: enterCallback(turn, dept, target, []) };
  // 1, or no key at all: the caller ID it is.
  turn.effects.push(updateCall(turn.call.callSid, { callbackNumber: turn.call.from }));
  return { verbs: record(turn, dept, target, []) };
}

export async function onCallbackNumber(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const tries = Number(turn.query.r ?? 0);
  const digits = turn.digits.replace(/\D/g, "");
  if (digits.length < 5 || digits.length > 15) {
    if (tries < 1)
      return {
        verbs: enterCallback(turn, dept, target, [say.badCallback[turn.lang]()], tries + 1),
      };
    // Keep the caller ID if there is one rather than lose the message.
    if (callerIdUsable(turn.call.from))
      turn.effects.push(updateCall(turn.call.callSid, { callbackNumber: turn.call.from }));
    return { verbs: record(turn, dept, target, []) };
  }
  // Stored to call back, never dialled by the IVR: only staff call it back.
  turn.effects.push(
    updateCall(turn.call.callSid, {
      callbackNumber:
        keyedCallback(digits, turn.call.from, turn.dir.organisation.country) ?? digits,
    }),
  );
  return {
    verbs: [
      {
        verb: "gather",
        action: url("/voice/message/callback-confirm", messageQuery(dept, target, { r: tries })),
        prompt: [inTurnLanguage(turn, say.readBackCallback[turn.lang](spellDigits(digits)))],
        input: "dtmf",
        language: turn.lang,
        numDigits: 1,
      },
    ],
  };
}

export async function onCallbackConfirm(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const tries = Number(turn.query.r ?? 0);
  if (turn.digits === "2" && tries < 2)
    return { verbs: enterCallback(turn, dept, target, [], tries + 1) };
  return { verbs: record(turn, dept, target, []) };
}

export async function onRecorded(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const tries = Number(turn.query.r ?? 0);
  const duration = Number(turn.params.RecordingDuration ?? 0);
  const recordingUrl = turn.params.RecordingUrl || null;
  if ((!recordingUrl || duration <= 0) && tries < 1) {
    return { verbs: record(turn, dept, target, [say.noMessageHeard[turn.lang]()], tries + 1) };
  }
  const events = await turn.history.events();
  const call = turn.call;
  await leaveMessage(turn, call, events, {
    department: dept ?? call.department,
    target: target ?? call.target,
    recordingUrl,
    recordingSid: turn.params.RecordingSid || null,
    recordingDuration: Number.isFinite(duration) ? duration : null,
  });
  // A message goes to the person it is for by name: a staff member, or a guest the caller
  // named and was put through to (never a hidden guest, whose messages have no guest at all).
  // Otherwise the department passes it on.
  const staff = target ? findStaff(turn.dir, target) : undefined;
  const guest = target && !staff ? findGuest(turn.dir, target) : undefined;
  const deptRow = dept ? findDepartment(turn.dir, dept) : undefined;
  const recipient = staff
    ? staffName(staff, turn.lang)
    : guest && !guest.incognito
      ? guest.name
      : deptRow
        ? nameOf(turn, deptRow)
        : "";
  const callback = call.callbackNumber ?? call.from;
  const taken = say.messageTaken[turn.lang](
    addressAs(call.callerName),
    recipient,
    lastFour(callback),
  );
  const verbs = await endWithSurvey(
    turn,
    "message",
    { department: dept ?? call.department, staff: staff ? staff.key : null },
    [speak(taken, turn.lang)],
    [speak(turn.dir.organisation.farewell[turn.lang], turn.lang), { verb: "hangup" }],
  );
  return { verbs, detail: { recordingSid: turn.params.RecordingSid, duration } };
}

/**
 * Takes the message with what the caller said during the call, and queues it for staff, in
 * place of the missed calls it answers: this call's, and the caller's earlier ones to the same
 * person.
 */
export async function leaveMessage(
  turn: Turn,
  call: Call,
  events: CallEvent[],
  left: {
    department: string | null;
    target: string | null;
    recordingUrl: string | null;
    recordingSid: string | null;
    recordingDuration: number | null;
    /** Staff's one line when there is no recording to take it from. */
    summary?: string;
  },
): Promise<void> {
  const answers = await turn.history.missedCallsAnswerable(
    {
      from: callerIdUsable(call.from) ? call.from : null,
      department: left.department,
      target: left.target,
    },
    turn.now,
    turn.waits.callBackWindowMs,
  );
  const heard = heardIn(events);
  const transcription = events
    .filter((e) => e.type === "transcription")
    .map((e) => (JSON.parse(e.detail) as { text?: string }).text)
    .find(Boolean);
  const { summary, ...recording } = left;
  const transcript = heard.length > 0 ? heard.join(" / ") : null;
  // Staff read the caller's words with numbers masked: the number to call is the callback's.
  const shown = (text: string | null) => (text ? forStaff(text) : null);
  turn.effects.push(
    ...takeMessage(
      {
        callSid: call.callSid,
        ...recording,
        callerName: shown(call.callerName),
        organisation: shown(call.organisation),
        callbackNumber: call.callbackNumber ?? (callerIdUsable(call.from) ? call.from : null),
        language: turn.lang,
        transcript: shown(transcript),
        transcription: shown(transcription ?? null),
        // The caller's message, never what they said to the phone menu before it.
        summary: summary ?? firstSentence(shown(transcription ?? null) ?? ""),
        urgency: urgencyFrom(transcript, transcription ?? null),
      },
      turn.now,
      { graceMs: turn.waits.transcriptionGraceMs, answers },
    ),
  );
}

/** What the caller said during the call, in order. */
function heardIn(events: CallEvent[]): string[] {
  return events
    .map((e) => (JSON.parse(e.detail) as { speech?: string }).speech)
    .filter((t): t is string => Boolean(t));
}

/** How urgent, by what the caller said during the call and in the message; null for nothing. */
function urgencyFrom(transcript: string | null, transcription: string | null): Urgency | null {
  const said = [transcript, transcription].filter(Boolean).join(" / ");
  return said ? urgencyOf(said) : null;
}

export async function onRecordingStatus(turn: Turn): Promise<StepResult> {
  const { RecordingUrl, RecordingSid, RecordingDuration, RecordingStatus } = turn.params;
  if (RecordingStatus === "completed" || !RecordingStatus) {
    turn.effects.push(
      setMessageRecording(
        turn.call.callSid,
        {
          url: RecordingUrl || null,
          sid: RecordingSid || null,
          duration: RecordingDuration ? Number(RecordingDuration) : null,
        },
        turn.now,
      ),
      // A message taken without its recording's sid gets its time now; one that has a time keeps it.
      scheduleTranscription(
        turn.call.callSid,
        new Date(turn.now.getTime() + turn.waits.transcriptionGraceMs),
        { ifUnset: true },
      ),
    );
  }
  return { verbs: [], detail: { recordingSid: RecordingSid, status: RecordingStatus } };
}

export async function onTranscription(turn: Turn): Promise<StepResult> {
  const text = (turn.params.TranscriptionText ?? "").trim();
  if (!text || turn.params.TranscriptionStatus === "failed") {
    // Nothing from Twilio (a language it does not transcribe): Switchboard's own is due now.
    turn.effects.push(scheduleTranscription(turn.call.callSid, turn.now));
  } else {
    const message = await turn.history.message();
    const heard = heardIn(await turn.history.events());
    const revision = await summariseMessage(
      { transcription: text, transcript: heard.join(" / ") || null },
      turn.lang,
      turn.dir,
      turn.assistant,
      turn.log,
    );
    if (message) {
      turn.effects.push(
        ...reviseMessage(
          message,
          revision,
          turn.params.TranscriptionSid || "transcription",
          turn.now,
        ),
      );
    }
  }
  // Kept on the call too, as staff read it: a transcription that arrives before the message is
  // found there.
  return { verbs: [], detail: { text: forStaff(text), status: turn.params.TranscriptionStatus } };
}
