// The greeting and finding out what the caller needs: the rules, then the knowledge base and
// the model when the rules are unsure; confirmations, the keypad menu and changes of language.

import type { Assistant } from "../../ai/assistant.ts";
import { interpret } from "../../ai/interpret.ts";
import {
  findDepartment,
  findGuest,
  findStaff,
  type Language,
  type Staff,
} from "../../rules/directory.ts";
import { departmentByKey } from "../../rules/keypad.ts";
import { spokenLanguage } from "../../rules/knowledge.ts";
import { plainLanguage } from "../../rules/language.ts";
import { mentionsPrivate, spokenNumber } from "../../rules/toll.ts";
import { type RulesTurn, rulesTurn } from "../../rules/turn.ts";
import {
  CONFIDENT,
  speechDoubtful,
  type Understanding,
  understand,
  understandRequest,
  type Whose,
} from "../../rules/understand/index.ts";
import { parseYesNo } from "../../rules/understand/yes-no.ts";
import { hearWakeUp, type WakeUpRequest } from "../../rules/wake-up/request.ts";
import { type Intent, setLanguage, updateCall } from "../../store/calls.ts";
import { recordComplaint } from "../../store/complaints.ts";
import type { Speech, Verb } from "../../twilio/twiml.ts";
import { say, staffName } from "../prompts.ts";
import {
  anythingElse,
  ask,
  askIntent,
  department,
  info,
  inTurnLanguage,
  MAX_TRIES,
  menu,
  nameOf,
  notHeard,
  type StepResult,
  speak,
  type Turn,
  url,
} from "../step.ts";
import { askName, offerMessage } from "./message.ts";
import { longDistanceSay, requestByPhone, staffByCallerId } from "./outside-number.ts";
import { endWithSurvey } from "./survey.ts";
import {
  ABOUT_LENGTH,
  askWhoByName,
  dial,
  emergency,
  routeDepartment,
  routeGuest,
  routePerson,
} from "./transfer.ts";
import { onWakeUpRequest } from "./wake-up.ts";

export async function greet(turn: Turn): Promise<StepResult> {
  const { organisation } = turn.dir;
  const other: Language = turn.lang === "zh" ? "en" : "zh";
  return {
    verbs: [
      ask(turn, url("/voice/intent", { n: 1 }), [
        inTurnLanguage(turn, organisation.greeting[turn.lang]),
        { text: say.otherLanguageHint[turn.lang](), language: other },
      ]),
    ],
    detail: { from: turn.params.From, language: turn.lang },
  };
}

export async function onIntent(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const also = turn.query.also ? findDepartment(turn.dir, turn.query.also) : undefined;
  if (also && (turn.digits === "1" || (turn.speech && parseYesNo(turn.speech) === "yes"))) {
    // The second request made earlier, offered now that the first is done.
    return routeDepartment(turn, also, "department", "");
  }
  if (turn.digits) return onKeypad(turn, turn.digits, n);
  // Helped (or offered a message and said no), asked "anything else?", and silent: that was all.
  if (!turn.speech && askedAnythingElse(turn)) return goodbye(turn);
  if (!turn.speech)
    return {
      verbs: notHeard(turn, n + 1),
      detail: { heard: "nothing" },
    };
  return understandSpeech(turn, n);
}

async function onKeypad(turn: Turn, digits: string, n: number): Promise<StepResult> {
  const key = digits.slice(0, 1);
  if (key === "9") return switchLanguage(turn, turn.lang === "zh" ? "en" : "zh");
  const dept = departmentByKey(turn.dir, key);
  if (!dept) {
    return {
      verbs: menu(turn, n, [inTurnLanguage(turn, say.noSuchKey[turn.lang]())]),
      detail: { keypad: key, matched: false },
    };
  }
  const intent: Intent =
    dept.key === turn.dir.organisation.operatorDepartment ? "operator" : "department";
  return routeDepartment(turn, dept, intent, "");
}

async function switchLanguage(turn: Turn, language: Language): Promise<StepResult> {
  turn.effects.push(setLanguage(turn.call.callSid, language));
  const next = { ...turn, lang: language };
  return {
    verbs: [
      ask(next, url("/voice/intent", { n: 1 }), [
        inTurnLanguage(next, say.languageSwitched[language]()),
      ]),
    ],
    detail: { language },
  };
}

/** Turns what the rules understood into the next thing the caller hears. */
async function act(turn: Turn, u: Understanding, n: number): Promise<StepResult> {
  const detail = { understood: u };
  // Put through at once on a clear match, unless the recogniser doubted the words themselves;
  // past the tries, on whatever was understood.
  const sure = (confidence: number) =>
    n > MAX_TRIES ||
    (confidence >= CONFIDENT && !(turn.speech !== "" && speechDoubtful(turn.params.Confidence)));
  switch (u.kind) {
    case "emergency":
      return { ...(await emergency(turn, u.category)), detail };
    case "maybe_emergency":
      return { verbs: askIfEmergency(turn, u.category, n), detail };
    case "switch_language":
      return { ...(await switchLanguage(turn, u.language)), detail };
    case "outside_number": {
      const staff = staffByCallerId(turn.dir, turn.call.from);
      if (staff) return { ...(await outsideNumberForStaff(turn, staff, n)), detail };
      turn.effects.push(updateCall(turn.call.callSid, { intent: "unknown" }));
      return {
        verbs: askIntent(turn, n + 1, [
          inTurnLanguage(turn, say.outsideNumber[turn.lang](hasGuests(turn))),
        ]),
        detail,
      };
    }
    case "privacy":
      info(turn, "privacy");
      if (u.whose) return { verbs: putThroughInstead(turn, u.whose, n), detail };
      return {
        verbs: offerMessage(turn, turn.dir.organisation.operatorDepartment, undefined, [
          // "Is X staying with you?": neither confirmed nor denied, in so many words.
          u.asked === "staying"
            ? say.guestPrivacy[turn.lang]()
            : say.privateNumber[turn.lang](hasGuests(turn)),
        ]),
        detail,
      };
    case "complaint": {
      const dept = department(turn, turn.dir.organisation.complaintsDepartment);
      turn.effects.push(
        recordComplaint(
          { callSid: turn.call.callSid, utterance: turn.speech, department: dept.key },
          turn.now,
        ),
      );
      return { ...(await routeDepartment(turn, dept, "complaint", turn.speech)), detail };
    }
    case "operator":
      return {
        ...(await routeDepartment(
          turn,
          department(turn, turn.dir.organisation.operatorDepartment),
          "operator",
          turn.speech,
        )),
        detail,
      };
    case "person": {
      const staff = findStaff(turn.dir, u.staff);
      if (!staff) break;
      const other = u.alternatives?.[0];
      if (other && n <= MAX_TRIES)
        return { verbs: choose(turn, "person", staff.key, other, n), detail };
      if (!sure(u.confidence)) return { verbs: confirm(turn, "person", staff.key, n), detail };
      return { ...(await routePerson(turn, staff, turn.speech)), detail };
    }
    case "guest":
      // A room or extension by its number alone: rung by the name of whoever is there, or not
      // at all, so the number confirms nobody.
      if (u.byNumber && turn.query.ask !== "name") return { ...askWhoByName(turn, n), detail };
      return { ...(await routeGuest(turn, u.guest)), detail };
    case "department": {
      const dept = findDepartment(turn.dir, u.department);
      if (!dept) break;
      if (!sure(u.confidence)) {
        const second = u.alternatives.find((k) => k !== dept.key);
        return {
          verbs: second
            ? choose(turn, "department", dept.key, second, n)
            : confirm(turn, "department", dept.key, n),
          detail,
        };
      }
      const intent: Intent =
        dept.key === turn.dir.organisation.operatorDepartment ? "operator" : "department";
      return { ...(await routeDepartment(turn, dept, intent, turn.speech)), detail };
    }
    case "unknown": {
      turn.effects.push(updateCall(turn.call.callSid, { intent: "unknown" }));
      const [a, b] = u.alternatives;
      if (n < MAX_TRIES && a && b) return { verbs: choose(turn, "department", a, b, n), detail };
      if (n < MAX_TRIES && a) return { verbs: confirm(turn, "department", a, n), detail };
      return { verbs: notHeard(turn, n + 1), detail };
    }
  }
  return { verbs: notHeard(turn, n + 1), detail };
}

/**
 * Staff (by caller ID) asking for an outside number: a request for approval, never a dial.
 * Without a number in what they said, they key it in.
 */
async function outsideNumberForStaff(turn: Turn, staff: Staff, n: number): Promise<StepResult> {
  const number = spokenNumber(turn.speech) ?? spokenNumber(turn.digits);
  const keyIn = (before: Speech[]): Verb[] => [
    {
      verb: "gather",
      action: url("/voice/outside-number", { n: n + 1 }),
      prompt: [...before, inTurnLanguage(turn, longDistanceSay.askNumber[turn.lang])],
      input: "dtmf",
      language: turn.lang,
      finishOnKey: "#",
      timeout: 10,
    },
  ];
  if (!number) return { verbs: keyIn([]) };
  const heard = (await turn.history.events())
    .map((e) => (JSON.parse(e.detail) as { speech?: string }).speech)
    .filter((t): t is string => Boolean(t));
  const reason = [...heard, turn.speech].filter(Boolean).join(" / ") || number;
  const answer = requestByPhone({
    requested: await turn.history.requestedLongDistance(),
    dir: turn.dir,
    staff,
    callSid: turn.call.callSid,
    number,
    reason,
    private: mentionsPrivate(reason),
    settings: turn.longDistance,
    now: turn.now,
  });
  turn.effects.push(...answer.effects);
  const said = inTurnLanguage(turn, answer.text[turn.lang]);
  if (answer.retry) {
    return n > MAX_TRIES
      ? { verbs: askIntent(turn, n + 1, [said]), detail: answer.detail }
      : { verbs: keyIn([said]), detail: answer.detail };
  }
  info(turn, "long_distance_request");
  return {
    verbs: [
      speak(said.text, turn.lang),
      speak(turn.dir.organisation.farewell[turn.lang], turn.lang),
      { verb: "hangup" },
    ],
    detail: answer.detail,
  };
}

export async function onOutsideNumber(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const staff = staffByCallerId(turn.dir, turn.call.from);
  if (!staff || !turn.digits) {
    return { verbs: notHeard(turn, n + 1) };
  }
  return outsideNumberForStaff(turn, staff, n);
}

function confirm(turn: Turn, kind: "department" | "person", key: string, n: number): Verb[] {
  const staff = kind === "person" ? findStaff(turn.dir, key) : undefined;
  // "销售部的张伟", "Zhang Wei in Sales & Events".
  const label = staff
    ? say.personIn[turn.lang](
        staffName(staff, turn.lang),
        nameOf(turn, department(turn, staff.department)),
      )
    : nameOf(turn, department(turn, key));
  return [
    ask(turn, url("/voice/confirm", { k: kind, key, n, ...asked(turn) }), [
      inTurnLanguage(turn, say.confirm[turn.lang](label)),
    ]),
  ];
}

/**
 * What the caller asked for, carried through a "did you mean …?" so the staff member rung
 * afterwards hears the request, not the "yes" that confirmed it.
 */
function asked(turn: Turn): { about?: string } {
  return turn.speech ? { about: turn.speech.slice(0, ABOUT_LENGTH) } : {};
}

/** What the caller asked for when the answer is "yes" or a choice: the request they made before. */
function requestBefore(turn: Turn): string {
  return turn.query.about ?? "";
}

/**
 * Asked for someone's private number or room number: never given, but as an operator would,
 * offer to put the caller through to them (a staff member's desk, a guest's room).
 */
function putThroughInstead(turn: Turn, whose: Whose, n: number): Verb[] {
  const staff = "staff" in whose ? findStaff(turn.dir, whose.staff) : undefined;
  const guest = "guest" in whose ? findGuest(turn.dir, whose.guest) : undefined;
  const offer = staff
    ? { k: "person", key: staff.key, text: say.deskInstead[turn.lang](staffName(staff, turn.lang)) }
    : guest && !guest.incognito
      ? { k: "guest", key: guest.key, text: say.roomInstead[turn.lang]() }
      : undefined;
  if (!offer) {
    const operator = turn.dir.organisation.operatorDepartment;
    return offerMessage(turn, operator, undefined, [say.privateNumber[turn.lang](hasGuests(turn))]);
  }
  return [
    ask(turn, url("/voice/confirm", { k: offer.k, key: offer.key, n, instead: 1 }), [
      inTurnLanguage(turn, offer.text),
    ]),
  ];
}

/** "Reservations, or Sales?", "张伟 in Sales, or 章威 in Finance?": one short question. */
function choose(turn: Turn, k: "department" | "person", a: string, b: string, n: number): Verb[] {
  const label = (key: string) => {
    const staff = k === "person" ? findStaff(turn.dir, key) : undefined;
    if (!staff) return nameOf(turn, department(turn, key));
    return say.personIn[turn.lang](
      staffName(staff, turn.lang),
      nameOf(turn, department(turn, staff.department)),
    );
  };
  return [
    ask(
      turn,
      url("/voice/choose", { k: k === "person" ? k : undefined, a, b, n, ...asked(turn) }),
      [inTurnLanguage(turn, say.chooseOne[turn.lang](label(a), label(b)))],
    ),
  ];
}

/** Whether the organisation has guests to mention (a hotel's prompts speak of them). */
function hasGuests(turn: Turn): boolean {
  return turn.dir.organisation.kind === "hotel" || turn.dir.guests.length > 0;
}

/** Maybe an emergency: asked once, never waiting for anything else. */
function askIfEmergency(turn: Turn, category: string, n: number): Verb[] {
  return [
    ask(turn, url("/voice/emergency-check", { c: category, n, ...asked(turn) }), [
      inTurnLanguage(turn, say.isEmergency[turn.lang]()),
    ]),
  ];
}

/** The answer to "is this an emergency?": yes is put through at once; no goes on with the request. */
export async function onEmergencyCheck(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const category = turn.query.c ?? "medical";
  const answer = turn.digits === "1" ? "yes" : turn.digits ? "no" : parseYesNo(turn.speech);
  if (answer === "yes") return emergency(turn, category, requestBefore(turn));
  if (turn.speech && answer === null) {
    // Words instead of yes or no: understood as they are, an emergency first of all.
    const u = understand(turn.speech, turn.dir, turn.lang);
    if (u.kind === "emergency" || u.kind === "maybe_emergency") {
      return emergency(turn, u.category, turn.speech);
    }
    if (u.kind !== "unknown") return act(turn, u, n + 1);
  }
  // Not an emergency: what the caller first asked for, read without the alarm.
  const before = requestBefore(turn);
  if (before) {
    const u = understandRequest(before, turn.dir, turn.lang);
    if (u.kind !== "unknown") return act({ ...turn, speech: before }, u, n + 1);
  }
  return { verbs: askIntent(turn, n + 1, [inTurnLanguage(turn, say.askAgain[turn.lang]())]) };
}

export async function onConfirm(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const key = turn.query.key ?? "";
  const answer = turn.digits === "1" ? "yes" : turn.digits === "2" ? "no" : parseYesNo(turn.speech);
  if (answer === "yes") {
    if (turn.query.k === "person") {
      const staff = findStaff(turn.dir, key);
      if (staff) return routePerson(turn, staff, requestBefore(turn));
    } else if (turn.query.k === "guest") {
      return routeGuest(turn, key);
    } else {
      const dept = findDepartment(turn.dir, key);
      if (dept) return routeDepartment(turn, dept, "department", requestBefore(turn));
    }
  }
  if (answer === "no" && turn.query.instead) {
    // Not put through instead of the number: a message for them, then.
    const staff = turn.query.k === "person" ? findStaff(turn.dir, key) : undefined;
    const guest = turn.query.k === "guest" ? findGuest(turn.dir, key) : undefined;
    const dept = staff?.department ?? turn.dir.organisation.operatorDepartment;
    return { verbs: offerMessage(turn, dept, staff?.key ?? guest?.key, []) };
  }
  if (answer === null && turn.speech) {
    // The caller answered with a new request instead of yes or no.
    const u = understand(turn.speech, turn.dir, turn.lang);
    if (u.kind !== "unknown") return act(turn, u, n + 1);
  }
  return { verbs: askIntent(turn, n + 1, [inTurnLanguage(turn, say.askAgain[turn.lang]())]) };
}

export async function onChoose(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const options = [turn.query.a ?? "", turn.query.b ?? ""];
  let chosen: string | undefined;
  if (turn.digits === "1" || turn.digits === "2") chosen = options[Number(turn.digits) - 1];
  else if (turn.speech) {
    const u = understand(turn.speech, turn.dir, turn.lang);
    if (u.kind === "department" && options.includes(u.department)) chosen = u.department;
    else if (u.kind === "person" && options.includes(u.staff)) chosen = u.staff;
    else if (turn.query.k === "person" && u.kind === "department") {
      // "财务的那位": the one of the two in the department named.
      chosen = options.find((key) => findStaff(turn.dir, key)?.department === u.department);
      if (!chosen) return act(turn, u, n + 1);
    } else if (u.kind !== "unknown") return act(turn, u, n + 1);
  }
  if (turn.query.k === "person") {
    const staff = chosen ? findStaff(turn.dir, chosen) : undefined;
    if (staff) return routePerson(turn, staff, requestBefore(turn));
    return { verbs: notHeard(turn, n + 1) };
  }
  const dept = chosen ? findDepartment(turn.dir, chosen) : undefined;
  if (dept) return routeDepartment(turn, dept, "department", requestBefore(turn));
  return { verbs: notHeard(turn, n + 1) };
}

export async function onMenu(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const key = turn.digits.slice(0, 1);
  if (key === "9") return switchLanguage(turn, turn.lang === "zh" ? "en" : "zh");
  const dept = key ? departmentByKey(turn.dir, key) : undefined;
  if (dept) {
    const intent: Intent =
      dept.key === turn.dir.organisation.operatorDepartment ? "operator" : "department";
    return routeDepartment(turn, dept, intent, "");
  }
  if (n < MAX_TRIES && key) {
    return { verbs: menu(turn, n + 1, [inTurnLanguage(turn, say.noSuchKey[turn.lang]())]) };
  }
  // The menu didn't help either: a person at the operator desk takes over.
  const operator = department(turn, turn.dir.organisation.operatorDepartment);
  turn.effects.push(updateCall(turn.call.callSid, { intent: turn.call.intent ?? "unknown" }));
  return {
    verbs: [
      speak(say.toOperator[turn.lang](), turn.lang),
      dial(turn, { kind: "department", dept: operator }, turn.speech, { unclear: true }),
    ],
    detail: { toOperator: true },
  };
}

/**
 * Rules first (emergencies, language, outside numbers, privacy and confident matches), then the
 * knowledge base for questions, then the language model only when the rules are unsure.
 */
async function understandSpeech(asked: Turn, n: number): Promise<StepResult> {
  // Understood against the language the call was in (so "English, please" is still a request
  // to switch), answered in the one the caller plainly spoke.
  const language = asked.lang;
  const turn = inLanguageHeard(asked);
  if (turn.query.ask === "name") {
    // Asked who they are calling: a name nobody here answers to is a guest we neither
    // confirm nor deny.
    const u = understand(turn.speech, turn.dir, language);
    return act(turn, u.kind === "unknown" ? { kind: "guest", guest: null } : u, n);
  }
  const rules = rulesTurn(turn.speech, turn.dir, language);
  const wakeUp = emergencyIn(rules) ? null : wakeUpAsked(turn);
  if (wakeUp) return onWakeUpRequest(turn, wakeUp);
  if (rules.kind === "decided") return act(turn, rules.understanding, n);
  if (rules.kind === "answer") {
    const speech = rules.entries.map((k) => k.answer[rules.language]).join(" ");
    const cites = rules.entries.map((k) => k.key);
    return answerQuestion(turn, speech, rules.language, cites, "rules", rules.also);
  }
  if (rules.kind === "goodbye") return goodbye(turn);
  // A hello answered in kind; it still counts as a try, so a bad line ends at the menu.
  if (rules.kind === "greeting") return { verbs: notHeard(turn, n + 1, say.listening) };
  if (rules.kind === "identity") {
    // Not a failed try: the caller has yet to say what they need.
    const name = turn.dir.organisation.name[turn.lang] ?? turn.dir.organisation.name.en;
    return { verbs: askIntent(turn, n, [inTurnLanguage(turn, say.thisIs[turn.lang](name))]) };
  }
  if (askedAnythingElse(turn)) {
    if (NOTHING_MORE.test(turn.speech) || parseYesNo(turn.speech) === "no") return goodbye(turn);
    if (parseYesNo(turn.speech) === "yes") {
      return { verbs: askIntent(turn, 1, [inTurnLanguage(turn, say.goAhead[turn.lang]())]) };
    }
  }
  if (!turn.assistant) return byRulesAlone(turn, rules, n);
  return consult(turn, turn.assistant, rules, n);
}

/** Whether the rules heard an emergency, which goes before anything else. */
function emergencyIn(rules: RulesTurn): boolean {
  return (
    rules.kind === "decided" &&
    (rules.understanding.kind === "emergency" || rules.understanding.kind === "maybe_emergency")
  );
}

/** A wake-up call asked for, at a hotel: understood by rules alone, before any department. */
function wakeUpAsked(turn: Turn): WakeUpRequest | null {
  if (turn.dir.organisation.kind !== "hotel") return null;
  return hearWakeUp(turn.speech, { now: turn.now, timezone: turn.dir.organisation.timezone });
}

/**
 * A caller who plainly speaks the other language is answered in it from here on, as if they had
 * pressed 9: the prompts, what Twilio listens for, and the note for staff that they speak it.
 */
function inLanguageHeard(turn: Turn): Turn {
  const heard = plainLanguage(turn.speech);
  if (!heard || heard === turn.lang) return turn;
  turn.effects.push(setLanguage(turn.call.callSid, heard));
  return { ...turn, lang: heard };
}

/** Unsure and no model to ask: a question nothing answers gets an offer of a person. */
function byRulesAlone(
  turn: Turn,
  rules: Extract<RulesTurn, { kind: "unsure" }>,
  n: number,
): Promise<StepResult> {
  return rules.unanswered
    ? offerTransfer(turn, rules.understanding, n)
    : act(turn, rules.understanding, n);
}

/** The question was "anything else?", after an answer ("faq") or a message declined ("offer"). */
function askedAnythingElse(turn: Turn): boolean {
  return turn.query.after === "faq" || turn.query.after === "offer";
}

const NOTHING_MORE =
  /^(好的?|好吧|行|嗯|ok|okay)?[\s,，.。]*(谢谢|多谢|感谢|thanks|thank you)[\s\w,，.。!！]*$|就这些|没别的|没有别的|没其他|没有其他|\bthats all\b|\bthat is all\b|\bnothing else\b|\bthats it\b/i;

async function consult(
  turn: Turn,
  assistant: Assistant,
  rules: Extract<RulesTurn, { kind: "unsure" }>,
  n: number,
): Promise<StepResult> {
  const heard = spokenLanguage(turn.speech);
  const consulted = await assistant.understand({
    utterance: turn.speech,
    dir: turn.dir,
    language: heard ?? turn.lang,
    related: rules.related,
  });
  const model = {
    status: consulted.status,
    ms: consulted.ms,
    ...(consulted.status === "answered" && consulted.cached ? { cached: true } : {}),
    ...(consulted.status === "failed" ? { reason: consulted.reason } : {}),
  };
  turn.log.info("language model consulted", { model: assistant.model, ...model });
  const noted = (result: StepResult): StepResult => ({
    ...result,
    detail: { ...result.detail, model },
  });
  // Out of time: the keypad menu, which needs no understanding at all.
  if (consulted.status === "timeout") {
    return noted({ verbs: menu(turn, 1, [inTurnLanguage(turn, say.tooSlow[turn.lang]())]) });
  }
  if (consulted.status !== "answered") return noted(await byRulesAlone(turn, rules, n));
  const decision = interpret(consulted.value, turn.dir, rules.related, heard ?? turn.lang);
  switch (decision.kind) {
    case "understood":
      return noted(await act(turn, decision.understanding, n));
    case "answer":
      return noted(
        await answerQuestion(turn, decision.speech, decision.language, decision.cites, "model"),
      );
    case "no_answer":
      return noted(await offerTransfer(turn, rules.understanding, n));
    case "unknown":
      return noted({
        ...(await byRulesAlone(turn, rules, n)),
        detail: { understood: rules.understanding, ignored: decision.why },
      });
  }
}

/** An answer from the knowledge base, in the caller's language, then "anything else?". */
async function answerQuestion(
  turn: Turn,
  speech: string,
  language: Language,
  cites: string[],
  by: "rules" | "model",
  also?: string,
): Promise<StepResult> {
  turn.effects.push(updateCall(turn.call.callSid, { intent: "faq" }));
  if (language !== turn.lang) turn.effects.push(setLanguage(turn.call.callSid, language));
  // Answered: a call that ends here is "info", not "abandoned".
  turn.informed.push({ what: "faq", cites });
  const next = { ...turn, lang: language };
  const kept = also ? findDepartment(turn.dir, also) : undefined;
  if (kept) {
    return {
      verbs: [
        ask(next, url("/voice/intent", { n: 1, after: "faq", also: kept.key }), [
          inTurnLanguage(next, speech),
          inTurnLanguage(next, say.alsoAsked[language](nameOf(next, kept))),
        ]),
      ],
      detail: { faq: cites, by, also: kept.key },
    };
  }
  return {
    verbs: [anythingElse(next, "faq", [inTurnLanguage(next, speech)])],
    detail: { faq: cites, by },
  };
}

/** A question the knowledge base has no answer to: offer a person who may know. */
async function offerTransfer(turn: Turn, u: Understanding, n: number): Promise<StepResult> {
  const key = u.kind === "department" ? u.department : turn.dir.organisation.operatorDepartment;
  const dept = department(turn, key);
  turn.effects.push(updateCall(turn.call.callSid, { intent: "faq" }));
  return {
    verbs: [
      ask(turn, url("/voice/confirm", { k: "department", key: dept.key, n, ...asked(turn) }), [
        inTurnLanguage(turn, say.noAnswer[turn.lang](nameOf(turn, dept))),
      ]),
    ],
    detail: { faq: [], offered: dept.key },
  };
}

/** The caller needs nothing more; after an answer they are asked the survey first. */
async function goodbye(turn: Turn): Promise<StepResult> {
  const ending: Verb[] = [
    speak(turn.dir.organisation.farewell[turn.lang], turn.lang),
    { verb: "hangup" },
  ];
  const verbs =
    turn.query.after === "faq"
      ? await endWithSurvey(
          turn,
          "faq",
          { department: turn.call.department, staff: null },
          [],
          ending,
        )
      : ending;
  return { verbs, detail: { goodbye: true } };
}

const WANTS_MESSAGE =
  /留言|留个言|留话|带话|转告|message|leave a note|^\s*(yes|yeah|ok|okay|sure|是|好|好的|可以|要)\s*[.。!！]?\s*$/i;

export async function onOffer(turn: Turn): Promise<StepResult> {
  const dept = turn.query.dept ?? turn.dir.organisation.operatorDepartment;
  const target = turn.query.target;
  if (turn.digits === "1" || (turn.speech && WANTS_MESSAGE.test(turn.speech))) {
    return { verbs: askName(turn, dept, target, []) };
  }
  if (turn.speech) {
    const u = understand(turn.speech, turn.dir, turn.lang);
    if (u.kind !== "unknown") return act(turn, u, 1);
  }
  // No message, or no answer: anything else? Silence or "no" to that ends the call politely.
  return { verbs: [anythingElse(turn, "offer")] };
}
