import { type Context, Hono } from "hono";
import type { Assistant } from "../ai/assistant.ts";
import { interpret } from "../ai/interpret.ts";
import { summariseMessage } from "../ai/summarise.ts";
import { LONG_DISTANCE_DEFAULTS, type LongDistanceSettings } from "../config.ts";
import type { Call, CallEvent } from "../generated/prisma/client.ts";
import type { Logger } from "../log.ts";
import {
  type Department,
  type Directory,
  findDepartment,
  findGuest,
  findStaff,
  type Language,
  type Staff,
} from "../rules/directory.ts";
import { describeOpening, routeByHours } from "../rules/hours.ts";
import { introduction, organisationAnswer } from "../rules/introduction.ts";
import { spokenLanguage } from "../rules/knowledge.ts";
import { callerLanguage, plainLanguage } from "../rules/language.ts";
import { keyedCallback } from "../rules/phone.ts";
import { firstSentence, type Urgency, urgencyOf } from "../rules/summary.ts";
import { mentionsPrivate, spokenNumber } from "../rules/toll.ts";
import { type RulesTurn, rulesTurn } from "../rules/turn.ts";
import {
  CONFIDENT,
  nameHints,
  parseYesNo,
  speechHints,
  type Understanding,
  understand,
  type Whose,
} from "../rules/understand.ts";
import {
  createMessage,
  findCall,
  findCallAndReplay,
  findEvents,
  findMissedCalls,
  type Intent,
  insertCall,
  type MissReason,
  newCall,
  recordComplaint,
  recordEmergency,
  recordMissedCall,
  recordStep,
  reviseMessage,
  scheduleTranscription,
  setDestination,
  setLanguage,
  settleOutcome,
  TRANSCRIPTION_GRACE_MS,
  updateCall,
  updateMessageByCall,
} from "../store/calls.ts";
import type { Db } from "../store/db.ts";
import { type DirectorySource, directorySource } from "../store/directory.ts";
import type { Sql, SqlStatement } from "../store/sql.ts";
import { answerToKeep, keptAnswer } from "./kept-answers.ts";
import {
  createLongDistanceVoiceApp,
  longDistanceSay,
  requestByPhone,
  staffByCallerId,
} from "./long-distance.ts";
import { departmentName, lastFour, say, spellDigits, staffName } from "./prompts.ts";
import { render, type Speech, type Verb } from "./twiml.ts";
import { twilioWebhook } from "./webhook.ts";

export interface VoiceDeps {
  db: Db;
  /** Plain SQL on the same database, for what every webhook reads and writes. */
  sql: Sql;
  directory?: DirectorySource;
  authToken: string;
  publicBaseUrl: string;
  clock: () => Date;
  log: Logger;
  longDistance?: LongDistanceSettings;
  /** The language model, when configured; without it the rules work alone. */
  assistant?: Assistant;
}

/** Everything a step needs to decide what the caller hears next. */
interface Turn {
  db: Db;
  /**
   * Writes this step makes, committed with its record in one transaction, and only the first
   * time this exact webhook is delivered.
   */
  effects: SqlStatement[];
  dir: Directory;
  call: Call;
  lang: Language;
  params: Record<string, string>;
  query: Record<string, string>;
  now: Date;
  log: Logger;
  /** Speech or keypad input of this request, trimmed; empty when the caller said nothing. */
  speech: string;
  digits: string;
  longDistance: LongDistanceSettings;
  assistant: Assistant | undefined;
  /**
   * What the caller was told in this step (a closed department, a refusal, an answer), kept in
   * the step's own record, so a call that ends here is "info" or "missed", not "abandoned".
   * Shared, like `effects`, by every copy of the turn a step makes.
   */
  informed: Informed[];
}

/** One thing a caller was told, as the step's record keeps it. */
interface Informed extends ClosedInfo {
  what: string;
  cites?: string[];
}

interface StepResult {
  verbs: Verb[];
  detail?: Record<string, unknown>;
}

type Step = (turn: Turn) => Promise<StepResult>;

const MAX_TRIES = 2;
/** Twilio transcribes recordings longer than 2 s and shorter than 120 s: a message stays inside. */
const RECORD_SECONDS = 115;

export function createVoiceApp(deps: VoiceDeps): Hono {
  const app = new Hono();
  app.use("*", twilioWebhook({ authToken: deps.authToken, publicBaseUrl: deps.publicBaseUrl }));
  const directory = deps.directory ?? directorySource(deps.db);

  const step = (name: string, run: Step, options: { leg?: "caller" | "staff" } = {}) => {
    return async (c: Context) => respond(c, deps, directory, name, run, options.leg ?? "caller");
  };

  app.post("/incoming", step("incoming", greet));
  app.post("/intent", step("intent", onIntent));
  app.post("/confirm", step("confirm", onConfirm));
  app.post("/choose", step("choose", onChoose));
  app.post("/menu", step("menu", onMenu));
  app.post("/offer", step("offer", onOffer));
  app.post("/dialed", step("dialed", onDialed));
  app.post("/screen", step("screen", onScreen, { leg: "staff" }));
  app.post("/screen/answer", step("screen-answer", onScreenAnswer, { leg: "staff" }));
  app.post("/message/name", step("message-name", onMessageName));
  app.post("/message/organisation", step("message-organisation", onMessageOrganisation));
  app.post("/message/callback", step("message-callback", onMessageCallback));
  app.post("/message/callback-number", step("message-callback-number", onCallbackNumber));
  app.post("/message/callback-confirm", step("message-callback-confirm", onCallbackConfirm));
  app.post("/message/recorded", step("message-recorded", onRecorded));
  app.post("/message/recording", step("recording-status", onRecordingStatus));
  app.post("/message/transcription", step("transcription", onTranscription));
  app.post("/status", step("status", onStatus));
  app.post("/outside-number", step("outside-number", onOutsideNumber));
  app.route("/long-distance", createLongDistanceVoiceApp(deps));
  return app;
}

/**
 * Runs one webhook step: a retried delivery gets the stored answer; a failure still answers
 * TwiML (an apology and the operator), so a caller never hears silence.
 */
async function respond(
  c: Context,
  deps: VoiceDeps,
  directory: DirectorySource,
  name: string,
  run: Step,
  leg: "caller" | "staff",
): Promise<Response> {
  const started = performance.now();
  const { params, requestKey } = c.get("twilio");
  const log = deps.log.child({ step: name, callSid: params.CallSid });
  const callSid =
    leg === "staff"
      ? (c.req.query("parent") ?? params.ParentCallSid ?? "")
      : (params.CallSid ?? "");
  let dir: Directory | null = null;
  try {
    const now = deps.clock();
    dir = await directory.get(now);
    // A call's first webhook has nothing to replay: an identical retry is caught when its
    // record is written.
    const found =
      name === "incoming" && dir ? null : await findCallAndReplay(deps.sql, callSid, requestKey);
    if (found?.replay) return twiml(c, keptAnswer(found.replay, dir));
    if (!dir) throw new Error("no directory has been imported");
    const effects: SqlStatement[] = [];
    let call = found?.call ?? null;
    if (!call && leg === "caller") {
      call = newCall({
        callSid,
        from: params.From ?? "",
        to: params.To ?? "",
        language: callerLanguage(params.From, dir.organisation),
        startedAt: now,
      });
      if (name === "incoming") {
        // The greeting writes nothing else: its call is stored with its record.
        effects.push(insertCall(call));
      } else {
        // A call first seen later on (its greeting lost): the step may update it right away.
        const [created] = await deps.sql.write([insertCall(call)]);
        if (!created) {
          // Already there: a retried or concurrent delivery, which may have been answered.
          const again = await findCallAndReplay(deps.sql, callSid, requestKey);
          if (again.replay) return twiml(c, keptAnswer(again.replay, dir));
          call = again.call ?? call;
        }
      }
    }
    if (!call) throw new Error(`unknown call ${callSid}`);
    const turn: Turn = {
      db: deps.db,
      effects,
      dir,
      call,
      lang: call.language as Language,
      params,
      query: c.req.query(),
      now,
      log,
      speech: (params.SpeechResult ?? "").trim(),
      digits: (params.Digits ?? "").trim(),
      longDistance: deps.longDistance ?? LONG_DISTANCE_DEFAULTS,
      assistant: deps.assistant,
      informed: [],
    };
    const result = await run(turn);
    const body = render(result.verbs);
    // Field by field, not a small object spread per optional field: this runs on every webhook.
    const detail: Record<string, unknown> = {};
    if (turn.speech) detail.speech = turn.speech;
    if (turn.digits) detail.digits = turn.digits;
    if (leg === "staff") {
      detail.leg = leg;
      detail.staffCallSid = params.CallSid;
    }
    if (turn.informed.length > 0) detail.info = turn.informed;
    Object.assign(detail, result.detail);
    const kept = answerToKeep(body, dir);
    const sent = await recordStep(deps.sql, {
      callSid,
      at: now,
      type: name,
      detail,
      requestKey,
      response: kept,
      effects,
    });
    // The step's time and the model's share of it: what is left is Switchboard's own.
    const model = (result.detail as { model?: { ms?: unknown } } | undefined)?.model;
    const step = `step;dur=${(performance.now() - started).toFixed(1)}`;
    c.header(
      "Server-Timing",
      typeof model?.ms === "number" ? `${step}, model;dur=${model.ms}` : step,
    );
    // Ours, or the answer an identical delivery was given first.
    return twiml(c, sent === kept ? body : keptAnswer(sent, dir));
  } catch (error) {
    log.error("voice step failed", { error });
    return twiml(
      c,
      render(leg === "staff" ? [{ verb: "hangup" }] : apology(dir, params, c.req.query())),
    );
  }
}

function twiml(c: Context, body: string): Response {
  return c.body(body, 200, { "content-type": "text/xml; charset=utf-8" });
}

/** What a caller hears when a step fails: an apology and the operator, if we can reach them. */
function apology(
  dir: Directory | null,
  params: Record<string, string>,
  query: Record<string, string>,
): Verb[] {
  const lang: Language = dir
    ? callerLanguage(params.From, dir.organisation)
    : params.From?.startsWith("+86") || !params.From
      ? "zh"
      : "en";
  const operator = dir ? findDepartment(dir, dir.organisation.operatorDepartment) : undefined;
  // Already on the way to the operator after a failure: don't loop, end politely.
  if (!operator || query.kind === "rescue") {
    return [speak(say.callBackLater[lang](), lang), { verb: "hangup" }];
  }
  return [
    speak(say.systemError[lang](), lang),
    {
      verb: "dial",
      action: url("/voice/dialed", { kind: "rescue", dept: operator.key, a: "rescue" }),
      timeout: dir?.organisation.ringTimeoutSeconds ?? 20,
      numbers: operator.numbers.map((number) => ({ number })),
    },
  ];
}

// ---------------------------------------------------------------- building blocks

function speak(text: string, language: Language): Verb {
  return { verb: "say", speech: { text, language } };
}

function url(path: string, query: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== "") search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

function ask(
  turn: Turn,
  action: string,
  prompt: Speech[],
  extra: Partial<Extract<Verb, { verb: "gather" }>> = {},
): Verb {
  return {
    verb: "gather",
    action,
    prompt,
    input: "speech dtmf",
    language: turn.lang,
    hints: speechHints(turn.dir, turn.lang),
    numDigits: 1,
    ...extra,
  };
}

function s(turn: Turn, text: string): Speech {
  return { text, language: turn.lang };
}

/** The question "what can I do for you", asked on attempt `n`. */
function askIntent(turn: Turn, n: number, before: Speech[] = []): Verb[] {
  if (n > MAX_TRIES) return menu(turn, 1, before);
  return [
    ask(
      turn,
      url("/voice/intent", { n }),
      before.length > 0 ? before : [s(turn, say.anythingElse[turn.lang]())],
    ),
  ];
}

function menu(turn: Turn, n: number, before: Speech[] = []): Verb[] {
  const items = turn.dir.departments
    .filter((d) => d.keypad !== undefined)
    .sort((a, b) => Number(a.keypad) - Number(b.keypad));
  const listing = say.menu[turn.lang](
    items.map((d): [string, string] => [departmentName(d, turn.lang), d.keypad as string]),
  );
  return [
    {
      verb: "gather",
      action: url("/voice/menu", { n }),
      prompt: [...before, s(turn, listing)],
      input: "dtmf",
      language: turn.lang,
      numDigits: 1,
    },
  ];
}

function nameOf(turn: Turn, dept: Department): string {
  return departmentName(dept, turn.lang);
}

function department(turn: Turn, key: string): Department {
  const dept = findDepartment(turn.dir, key);
  if (!dept) throw new Error(`department ${key} is not in the directory`);
  return dept;
}

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

/**
 * The Dial for a transfer. Numbers come only from the directory; staff are asked first
 * (the whisper) unless it is an emergency or a guest room behind the PBX.
 */
function dial(turn: Turn, target: TransferTarget, about: string): Verb {
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
              about: about.slice(0, 120),
            }),
          }
        : {}),
      ...(sendDigits ? { sendDigits } : {}),
    })),
  };
}

// ---------------------------------------------------------------- greeting and understanding

async function greet(turn: Turn): Promise<StepResult> {
  const { organisation } = turn.dir;
  const other: Language = turn.lang === "zh" ? "en" : "zh";
  return {
    verbs: [
      ask(turn, url("/voice/intent", { n: 1 }), [
        s(turn, organisation.greeting[turn.lang]),
        { text: say.otherLanguageHint[turn.lang](), language: other },
      ]),
    ],
    detail: { from: turn.params.From, language: turn.lang },
  };
}

async function onIntent(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  if (turn.digits) return onKeypad(turn, turn.digits, n);
  // Answered, asked "anything else?", and silent: that was all.
  if (!turn.speech && turn.query.after === "faq") return goodbye(turn);
  if (!turn.speech)
    return {
      verbs: askIntent(turn, n + 1, [s(turn, say.notHeard[turn.lang]())]),
      detail: { heard: "nothing" },
    };
  return understandSpeech(turn, n);
}

async function onKeypad(turn: Turn, digits: string, n: number): Promise<StepResult> {
  const key = digits.slice(0, 1);
  if (key === "9") return switchLanguage(turn, turn.lang === "zh" ? "en" : "zh");
  const dept = turn.dir.departments.find((d) => d.keypad === key);
  if (!dept) {
    return {
      verbs: menu(turn, n, [s(turn, say.noSuchKey[turn.lang]())]),
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
    verbs: [ask(next, url("/voice/intent", { n: 1 }), [s(next, say.languageSwitched[language]())])],
    detail: { language },
  };
}

/** Turns what the rules understood into the next thing the caller hears. */
async function act(turn: Turn, u: Understanding, n: number): Promise<StepResult> {
  const detail = { understood: u };
  switch (u.kind) {
    case "emergency":
      return { ...(await emergency(turn, u.category)), detail };
    case "switch_language":
      return { ...(await switchLanguage(turn, u.language)), detail };
    case "outside_number": {
      const staff = staffByCallerId(turn.dir, turn.call.from);
      if (staff) return { ...(await outsideNumberForStaff(turn, staff, n)), detail };
      await updateCall(turn.db, turn.call.callSid, { intent: "unknown" });
      return { verbs: askIntent(turn, n + 1, [s(turn, say.outsideNumber[turn.lang]())]), detail };
    }
    case "privacy":
      info(turn, "privacy");
      if (u.whose) return { verbs: putThroughInstead(turn, u.whose, n), detail };
      return {
        verbs: offerMessage(turn, turn.dir.organisation.operatorDepartment, undefined, [
          say.privateNumber[turn.lang](),
        ]),
        detail,
      };
    case "complaint": {
      const dept = department(turn, turn.dir.organisation.complaintsDepartment);
      await recordComplaint(
        turn.db,
        {
          callSid: turn.call.callSid,
          from: turn.call.from,
          utterance: turn.speech,
          department: dept.key,
        },
        turn.now,
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
      if (u.confidence < CONFIDENT && n <= MAX_TRIES)
        return { verbs: confirm(turn, "person", staff.key, n), detail };
      return { ...(await routePerson(turn, staff)), detail };
    }
    case "guest":
      // A room or extension by its number alone: rung by the name of whoever is there, or not
      // at all, so the number confirms nobody.
      if (u.byNumber && turn.query.ask !== "name") return { ...askWhoByName(turn, n), detail };
      return { ...(await routeGuest(turn, u.guest)), detail };
    case "department": {
      const dept = findDepartment(turn.dir, u.department);
      if (!dept) break;
      if (u.confidence < CONFIDENT && n <= MAX_TRIES) {
        const second = u.alternatives.find((k) => k !== dept.key);
        return {
          verbs: second
            ? choose(turn, dept.key, second, n)
            : confirm(turn, "department", dept.key, n),
          detail,
        };
      }
      const intent: Intent =
        dept.key === turn.dir.organisation.operatorDepartment ? "operator" : "department";
      return { ...(await routeDepartment(turn, dept, intent, turn.speech)), detail };
    }
    case "unknown": {
      await updateCall(turn.db, turn.call.callSid, { intent: "unknown" });
      const [a, b] = u.alternatives;
      if (n < MAX_TRIES && a && b) return { verbs: choose(turn, a, b, n), detail };
      if (n < MAX_TRIES && a) return { verbs: confirm(turn, "department", a, n), detail };
      return { verbs: askIntent(turn, n + 1, [s(turn, say.notHeard[turn.lang]())]), detail };
    }
  }
  return { verbs: askIntent(turn, n + 1, [s(turn, say.notHeard[turn.lang]())]), detail };
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
      prompt: [...before, s(turn, longDistanceSay.askNumber[turn.lang])],
      input: "dtmf",
      language: turn.lang,
      finishOnKey: "#",
      timeout: 10,
    },
  ];
  if (!number) return { verbs: keyIn([]) };
  const heard = (await findEvents(turn.db, turn.call))
    .map((e) => (JSON.parse(e.detail) as { speech?: string }).speech)
    .filter((t): t is string => Boolean(t));
  const reason = [...heard, turn.speech].filter(Boolean).join(" / ") || number;
  const answer = await requestByPhone({
    db: turn.db,
    dir: turn.dir,
    staff,
    callSid: turn.call.callSid,
    number,
    reason,
    private: mentionsPrivate(reason),
    settings: turn.longDistance,
    now: turn.now,
  });
  const said = s(turn, answer.text[turn.lang]);
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

async function onOutsideNumber(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const staff = staffByCallerId(turn.dir, turn.call.from);
  if (!staff || !turn.digits) {
    return { verbs: askIntent(turn, n + 1, [s(turn, say.notHeard[turn.lang]())]) };
  }
  return outsideNumberForStaff(turn, staff, n);
}

function confirm(turn: Turn, kind: "department" | "person", key: string, n: number): Verb[] {
  const label =
    kind === "person"
      ? (() => {
          const staff = findStaff(turn.dir, key) as Staff;
          return `${nameOf(turn, department(turn, staff.department))}${turn.lang === "zh" ? "的" : ", "}${staffName(staff, turn.lang)}`;
        })()
      : nameOf(turn, department(turn, key));
  return [
    ask(turn, url("/voice/confirm", { k: kind, key, n }), [s(turn, say.confirm[turn.lang](label))]),
  ];
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
    return offerMessage(turn, operator, undefined, [say.privateNumber[turn.lang]()]);
  }
  return [
    ask(turn, url("/voice/confirm", { k: offer.k, key: offer.key, n, instead: 1 }), [
      s(turn, offer.text),
    ]),
  ];
}

function choose(turn: Turn, a: string, b: string, n: number): Verb[] {
  const da = department(turn, a);
  const db = department(turn, b);
  return [
    ask(turn, url("/voice/choose", { a, b, n }), [
      s(turn, say.chooseOne[turn.lang](nameOf(turn, da), nameOf(turn, db))),
    ]),
  ];
}

async function onConfirm(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const key = turn.query.key ?? "";
  const answer = turn.digits === "1" ? "yes" : turn.digits === "2" ? "no" : parseYesNo(turn.speech);
  if (answer === "yes") {
    if (turn.query.k === "person") {
      const staff = findStaff(turn.dir, key);
      if (staff) return routePerson(turn, staff);
    } else if (turn.query.k === "guest") {
      return routeGuest(turn, key);
    } else {
      const dept = findDepartment(turn.dir, key);
      if (dept) return routeDepartment(turn, dept, "department", "");
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
  return { verbs: askIntent(turn, n + 1, [s(turn, say.askAgain[turn.lang]())]) };
}

async function onChoose(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const options = [turn.query.a ?? "", turn.query.b ?? ""];
  let chosen: string | undefined;
  if (turn.digits === "1" || turn.digits === "2") chosen = options[Number(turn.digits) - 1];
  else if (turn.speech) {
    const u = understand(turn.speech, turn.dir, turn.lang);
    if (u.kind === "department" && options.includes(u.department)) chosen = u.department;
    else if (u.kind !== "unknown") return act(turn, u, n + 1);
  }
  const dept = chosen ? findDepartment(turn.dir, chosen) : undefined;
  if (dept) return routeDepartment(turn, dept, "department", "");
  return { verbs: askIntent(turn, n + 1, [s(turn, say.notHeard[turn.lang]())]) };
}

async function onMenu(turn: Turn): Promise<StepResult> {
  const n = Number(turn.query.n ?? 1) || 1;
  const key = turn.digits.slice(0, 1);
  if (key === "9") return switchLanguage(turn, turn.lang === "zh" ? "en" : "zh");
  const dept = key ? turn.dir.departments.find((d) => d.keypad === key) : undefined;
  if (dept) {
    const intent: Intent =
      dept.key === turn.dir.organisation.operatorDepartment ? "operator" : "department";
    return routeDepartment(turn, dept, intent, "");
  }
  if (n < MAX_TRIES && key) {
    return { verbs: menu(turn, n + 1, [s(turn, say.noSuchKey[turn.lang]())]) };
  }
  // The menu didn't help either: a person at the operator desk takes over.
  const operator = department(turn, turn.dir.organisation.operatorDepartment);
  await updateCall(turn.db, turn.call.callSid, { intent: turn.call.intent ?? "unknown" });
  return {
    verbs: [
      speak(say.toOperator[turn.lang](), turn.lang),
      dial(turn, { kind: "department", dept: operator }, lastHeardFallback(turn)),
    ],
    detail: { toOperator: true },
  };
}

function lastHeardFallback(turn: Turn): string {
  return (
    turn.speech ||
    (turn.lang === "zh" ? "未能识别来电需求" : "the caller's request was not understood")
  );
}

// ---------------------------------------------------------------- the knowledge base and the model

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
  if (rules.kind === "decided") return act(turn, rules.understanding, n);
  if (rules.kind === "answer") {
    const speech = rules.entries.map((k) => k.answer[rules.language]).join(" ");
    const cites = rules.entries.map((k) => k.key);
    return answerQuestion(turn, speech, rules.language, cites, "rules");
  }
  if (turn.query.after === "faq") {
    if (NOTHING_MORE.test(turn.speech) || parseYesNo(turn.speech) === "no") return goodbye(turn);
    if (parseYesNo(turn.speech) === "yes") {
      return { verbs: askIntent(turn, 1, [s(turn, say.goAhead[turn.lang]())]) };
    }
  }
  if (!turn.assistant) return byRulesAlone(turn, rules, n);
  return consult(turn, turn.assistant, rules, n);
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
    return noted({ verbs: menu(turn, 1, [s(turn, say.tooSlow[turn.lang]())]) });
  }
  if (consulted.status !== "answered") return noted(await byRulesAlone(turn, rules, n));
  const decision = interpret(consulted.value, turn.dir, rules.related, heard);
  switch (decision.kind) {
    case "understood":
      return noted(await act(turn, decision.understanding, n));
    case "answer":
      return noted(
        await answerQuestion(
          turn,
          decision.speech,
          decision.language,
          decision.cites,
          decision.from,
        ),
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
  by: "rules" | "model" | "entries",
): Promise<StepResult> {
  await updateCall(turn.db, turn.call.callSid, { intent: "faq" });
  if (language !== turn.lang) turn.effects.push(setLanguage(turn.call.callSid, language));
  // Answered: a call that ends here is "info", not "abandoned".
  turn.informed.push({ what: "faq", cites });
  const next = { ...turn, lang: language };
  return {
    verbs: [
      ask(next, url("/voice/intent", { n: 1, after: "faq" }), [
        s(next, speech),
        s(next, say.anythingElse[language]()),
      ]),
    ],
    detail: { faq: cites, by },
  };
}

/** A question the knowledge base has no answer to: offer a person who may know. */
async function offerTransfer(turn: Turn, u: Understanding, n: number): Promise<StepResult> {
  const key = u.kind === "department" ? u.department : turn.dir.organisation.operatorDepartment;
  const dept = department(turn, key);
  await updateCall(turn.db, turn.call.callSid, { intent: "faq" });
  return {
    verbs: [
      ask(turn, url("/voice/confirm", { k: "department", key: dept.key, n }), [
        s(turn, say.noAnswer[turn.lang](nameOf(turn, dept))),
      ]),
    ],
    detail: { faq: [], offered: dept.key },
  };
}

function goodbye(turn: Turn): StepResult {
  return {
    verbs: [speak(turn.dir.organisation.farewell[turn.lang], turn.lang), { verb: "hangup" }],
    detail: { goodbye: true },
  };
}

function summaryByRules(text: string): { summary: string | null; urgency: Urgency | null } {
  return text
    ? { summary: firstSentence(text), urgency: urgencyOf(text) }
    : { summary: null, urgency: null };
}

/** A message in one line with its urgency: the model's when it answers in time, else the rules'. */
function summarise(
  turn: Turn,
  text: string,
): Promise<{ summary: string | null; urgency: Urgency }> {
  return summariseMessage(text, turn.lang, turn.assistant, turn.log);
}

// ---------------------------------------------------------------- routing

async function routeDepartment(
  turn: Turn,
  dept: Department,
  intent: Intent,
  about: string,
): Promise<StepResult> {
  turn.effects.push(
    setDestination(turn.call.callSid, { intent, department: dept.key, target: null }),
  );
  const routing = routeByHours(dept, turn.dir.departments, turn.now, turn.dir.organisation);
  const reason = about || turn.speech || nameOf(turn, dept);
  if (routing.kind === "open") {
    return {
      verbs: [
        speak(say.connecting[turn.lang](nameOf(turn, dept)), turn.lang),
        dial(turn, { kind: "department", dept }, reason),
      ],
      detail: { transfer: dept.key, about: reason },
    };
  }
  const closed = closedSpeech(turn, dept, routing.nextOpen);
  if (routing.kind === "fallback") {
    const fallback = department(turn, routing.department);
    return {
      verbs: [
        speak(`${closed} ${say.fallback[turn.lang](nameOf(turn, fallback))}`, turn.lang),
        dial(turn, { kind: "department", dept: fallback }, reason),
      ],
      detail: { closed: dept.key, transfer: fallback.key, about: reason },
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

async function routePerson(turn: Turn, staff: Staff): Promise<StepResult> {
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
  const reason = turn.speech || person;
  return {
    verbs: [
      speak(say.connectingPerson[turn.lang](person, nameOf(turn, dept)), turn.lang),
      dial(turn, { kind: "person", dept, staff }, reason),
    ],
    detail: { transfer: staff.key, about: reason },
  };
}

/** An incognito guest and a name we don't know get the same answer: nothing is confirmed. */
/** "Room 1208, please": asked for a name instead. */
function askWhoByName(turn: Turn, n: number): StepResult {
  turn.effects.push(
    setDestination(turn.call.callSid, {
      intent: "guest",
      department: turn.dir.organisation.operatorDepartment,
      target: null,
    }),
  );
  return {
    verbs: [
      ask(turn, url("/voice/intent", { n, ask: "name" }), [s(turn, say.byNameOnly[turn.lang]())], {
        hints: nameHints(turn.dir),
      }),
    ],
  };
}

async function routeGuest(turn: Turn, guestKey: string | null): Promise<StepResult> {
  const guest = guestKey ? findGuest(turn.dir, guestKey) : undefined;
  const operator = turn.dir.organisation.operatorDepartment;
  if (!guest || guest.incognito) {
    turn.effects.push(
      setDestination(turn.call.callSid, {
        intent: "guest",
        department: operator,
        target: guest?.key ?? null,
      }),
    );
    info(turn, "privacy");
    return { verbs: offerMessage(turn, operator, guest?.key, [say.guestPrivacy[turn.lang]()]) };
  }
  turn.effects.push(
    setDestination(turn.call.callSid, {
      intent: "guest",
      department: operator,
      target: guest.key,
    }),
  );
  return {
    verbs: [
      speak(say.connectingGuest[turn.lang](guest.name), turn.lang),
      dial(turn, { kind: "guest", dept: department(turn, operator), guestKey: guest.key }, ""),
    ],
    detail: { transfer: guest.key },
  };
}

async function emergency(turn: Turn, category: string): Promise<StepResult> {
  const dept = department(turn, turn.dir.organisation.emergencyDepartment);
  await updateCall(turn.db, turn.call.callSid, {
    intent: "emergency",
    department: dept.key,
    target: null,
    outcome: "emergency",
  });
  await recordEmergency(
    turn.db,
    {
      callSid: turn.call.callSid,
      from: turn.call.from,
      utterance: turn.speech,
      category,
      department: dept.key,
    },
    turn.now,
  );
  return {
    verbs: [
      speak(say.emergency[turn.lang](nameOf(turn, dept)), turn.lang),
      dial(turn, { kind: "emergency", dept }, turn.speech),
    ],
    detail: { emergency: category },
  };
}

/** Marks that the caller was given information, so a call that ends here is not "abandoned". */
function info(turn: Turn, what: string, about: ClosedInfo = {}): void {
  turn.informed.push({ what, ...about });
}

/**
 * What a call's records say the caller was told: in each step's own record, or, for steps
 * recorded before it was kept there, in an "info" event of its own.
 */
function informedIn(events: CallEvent[]): Informed[] {
  return events.flatMap((e) => {
    const detail = JSON.parse(e.detail) as Informed & { info?: Informed[] };
    if (e.type === "info") return [detail];
    return Array.isArray(detail.info) ? detail.info : [];
  });
}

/** Which department (and person) a caller found closed. */
interface ClosedInfo {
  department?: string;
  target?: string;
}

function offerMessage(
  turn: Turn,
  dept: string,
  target: string | undefined,
  before: string[],
): Verb[] {
  return [
    ask(turn, url("/voice/offer", { dept, target }), [
      ...before.map((t) => s(turn, t)),
      s(turn, say.offerMessage[turn.lang]()),
    ]),
  ];
}

const WANTS_MESSAGE =
  /留言|留个言|留话|带话|转告|message|leave a note|^\s*(yes|yeah|ok|okay|sure|是|好|好的|可以|要)\s*[.。!！]?\s*$/i;

async function onOffer(turn: Turn): Promise<StepResult> {
  const dept = turn.query.dept ?? turn.dir.organisation.operatorDepartment;
  const target = turn.query.target;
  if (turn.digits === "1" || (turn.speech && WANTS_MESSAGE.test(turn.speech))) {
    return { verbs: askName(turn, dept, target, []) };
  }
  if (turn.speech) {
    const u = understand(turn.speech, turn.dir, turn.lang);
    if (u.kind !== "unknown") return act(turn, u, 1);
  }
  return { verbs: askIntent(turn, 1) };
}

// ---------------------------------------------------------------- transfers

const ANSWERED = new Set(["completed", "answered"]);

async function onDialed(turn: Turn): Promise<StepResult> {
  const { query } = turn;
  const status = turn.params.DialCallStatus ?? "failed";
  const attempt = query.a ?? "";
  const dept = department(turn, query.dept ?? turn.dir.organisation.operatorDepartment);
  const staff =
    query.kind === "person" && query.target ? findStaff(turn.dir, query.target) : undefined;
  const accepted =
    query.s === "1"
      ? (await findEvents(turn.db, turn.call, ["screen-answer"])).some((e) => {
          const d = JSON.parse(e.detail) as { a?: string; accepted?: boolean };
          return d.a === attempt && d.accepted === true;
        })
      : ANSWERED.has(status) &&
        (status === "answered" || Number(turn.params.DialCallDuration ?? 0) > 0);
  const detail = { dialStatus: status, attempt, accepted };

  if (accepted) {
    if (query.s !== "1") {
      // Who picked up is recorded even when the outcome was settled earlier (an emergency).
      await updateCall(turn.db, turn.call.callSid, {
        handledBy: query.target ?? dept.key,
        answeredAt: turn.call.answeredAt ?? turn.now,
      });
      await settleOutcome(
        turn.db,
        turn.call.callSid,
        query.kind === "emergency" || (query.kind === "rescue" && turn.call.intent === "emergency")
          ? "emergency"
          : "transferred",
      );
    }
    return { verbs: [{ verb: "hangup" }], detail };
  }
  if (status === "canceled") {
    // The caller hung up while it rang.
    await missed(turn, attempt, dept.key, query.target ?? null, "caller-hung-up");
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
  await missed(turn, attempt, dept.key, query.target ?? null, reason);
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
  const answers = await findEvents(turn.db, turn.call, ["screen-answer"]);
  return answers.some((e) => {
    const d = JSON.parse(e.detail) as { a?: string; accepted?: boolean };
    return d.a === attempt && d.accepted === false;
  });
}

async function lastAbout(turn: Turn): Promise<string> {
  const events = await findEvents(turn.db, turn.call);
  for (const e of [...events].reverse()) {
    const d = JSON.parse(e.detail) as { about?: string };
    if (d.about) return d.about;
  }
  return "";
}

async function missed(
  turn: Turn,
  attempt: string,
  dept: string,
  target: string | null,
  reason: MissReason,
) {
  await recordMissedCall(
    turn.db,
    {
      key: `${turn.call.callSid}:${attempt}`,
      callSid: turn.call.callSid,
      from: turn.call.from,
      department: dept,
      target,
      reason,
    },
    turn.now,
  );
}

/** The whisper: the staff member hears who is calling and why, then accepts or declines. */
async function onScreen(turn: Turn): Promise<StepResult> {
  const lang = turn.dir.organisation.defaultLanguage;
  const named = turn.call.callerName
    ? say.whisperCaller[lang](turn.call.callerName, turn.call.organisation ?? undefined)
    : "";
  const caller = turn.lang === lang ? named : named + say.whisperSpeaks[lang]();
  const about = turn.query.about ? say.whisperAbout[lang](turn.query.about) : "";
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

async function onScreenAnswer(turn: Turn): Promise<StepResult> {
  const lang = turn.dir.organisation.defaultLanguage;
  const a = turn.query.a ?? "";
  if (turn.digits === "1") {
    const handledBy = turn.query.by ?? turn.call.target ?? turn.call.department;
    await settleOutcome(turn.db, turn.call.callSid, "transferred", {
      handledBy,
      answeredAt: turn.now,
    });
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

// ---------------------------------------------------------------- taking a message

function messageQuery(
  dept: string | undefined,
  target: string | undefined,
  extra: Record<string, string | number> = {},
) {
  return { dept, target, ...extra };
}

function askName(
  turn: Turn,
  dept: string | undefined,
  target: string | undefined,
  before: string[],
): Verb[] {
  return [
    ask(
      turn,
      url("/voice/message/name", messageQuery(dept, target)),
      [...before.map((t) => s(turn, t)), s(turn, say.askName[turn.lang]())],
      {
        numDigits: undefined,
        hints: undefined,
      },
    ),
  ];
}

/**
 * The name to thank the caller by, if any. A surname alone ("我姓王") is not a way to address
 * anyone, and "先生" or "女士" would be a guess, so the thanks then goes without a name.
 */
function addressAs(callerName: string | null): string | null {
  if (!callerName || /^\p{Script=Han}$/u.test(callerName)) return null;
  return callerName;
}

async function onMessageName(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const tries = Number(turn.query.r ?? 0);
  const { name, organisation, personal } = introduction(turn.speech);
  if (!name && tries < 1) {
    return {
      verbs: [
        ask(
          turn,
          url("/voice/message/name", messageQuery(dept, target, { r: 1 })),
          [s(turn, say.askName[turn.lang]())],
          { numDigits: undefined, hints: undefined },
        ),
      ],
    };
  }
  if (name) {
    await updateCall(turn.db, turn.call.callSid, {
      callerName: name,
      ...(organisation ? { organisation } : {}),
    });
  }
  // The organisation came with the name ("我叫王小明，是东方贸易公司的"): not asked again.
  if (organisation || personal) return { verbs: askCallback(turn, dept, target) };
  return {
    verbs: [
      ask(
        turn,
        url("/voice/message/organisation", messageQuery(dept, target)),
        [s(turn, say.askOrganisation[turn.lang]())],
        {
          numDigits: undefined,
          hints: undefined,
        },
      ),
    ],
  };
}

async function onMessageOrganisation(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const { name, organisation } = organisationAnswer(turn.speech);
  // "我是华为的王强": the name too, if none was given or only the surname ("王" → "王强").
  const known = turn.call.callerName;
  const better = name && (!known || (name !== known && name.startsWith(known))) ? name : null;
  if (organisation || better) {
    await updateCall(turn.db, turn.call.callSid, {
      ...(organisation ? { organisation } : {}),
      ...(better ? { callerName: better } : {}),
    });
  }
  return { verbs: askCallback(turn, dept, target) };
}

/** Twilio's From for a withheld number: ANONYMOUS, RESTRICTED, BLOCKED, UNKNOWN, UNAVAILABLE on a keypad. */
const WITHHELD = new Set(["+266696687", "+7378742833", "+2562533", "+8656696", "+86282452253"]);

function callerIdUsable(from: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(from) && !WITHHELD.has(from);
}

function askCallback(turn: Turn, dept: string | undefined, target: string | undefined): Verb[] {
  if (!callerIdUsable(turn.call.from)) return enterCallback(turn, dept, target, []);
  return [
    {
      verb: "gather",
      action: url("/voice/message/callback", messageQuery(dept, target)),
      prompt: [s(turn, say.confirmCallback[turn.lang](lastFour(turn.call.from)))],
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
      prompt: [...before.map((t) => s(turn, t)), s(turn, say.enterCallback[turn.lang]())],
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

async function onMessageCallback(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  if (turn.digits === "2") return { verbs: enterCallback(turn, dept, target, []) };
  // 1, or no key at all: the caller ID it is.
  await updateCall(turn.db, turn.call.callSid, { callbackNumber: turn.call.from });
  return { verbs: record(turn, dept, target, []) };
}

async function onCallbackNumber(turn: Turn): Promise<StepResult> {
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
      await updateCall(turn.db, turn.call.callSid, { callbackNumber: turn.call.from });
    return { verbs: record(turn, dept, target, []) };
  }
  // Stored to call back, never dialled by the IVR: only staff call it back.
  await updateCall(turn.db, turn.call.callSid, {
    callbackNumber: keyedCallback(digits, turn.call.from, turn.dir.organisation.country) ?? digits,
  });
  return {
    verbs: [
      {
        verb: "gather",
        action: url("/voice/message/callback-confirm", messageQuery(dept, target, { r: tries })),
        prompt: [s(turn, say.readBackCallback[turn.lang](spellDigits(digits)))],
        input: "dtmf",
        language: turn.lang,
        numDigits: 1,
      },
    ],
  };
}

async function onCallbackConfirm(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const tries = Number(turn.query.r ?? 0);
  if (turn.digits === "2" && tries < 2)
    return { verbs: enterCallback(turn, dept, target, [], tries + 1) };
  return { verbs: record(turn, dept, target, []) };
}

async function onRecorded(turn: Turn): Promise<StepResult> {
  const { dept, target } = turn.query;
  const tries = Number(turn.query.r ?? 0);
  const duration = Number(turn.params.RecordingDuration ?? 0);
  const recordingUrl = turn.params.RecordingUrl || null;
  if ((!recordingUrl || duration <= 0) && tries < 1) {
    return { verbs: record(turn, dept, target, [say.noMessageHeard[turn.lang]()], tries + 1) };
  }
  const events = await findEvents(turn.db, turn.call);
  const call = (await findCall(turn.db, turn.call.callSid)) ?? turn.call;
  await leaveMessage(turn, call, events, {
    department: dept ?? call.department,
    target: target ?? call.target,
    recordingUrl,
    recordingSid: turn.params.RecordingSid || null,
    recordingDuration: Number.isFinite(duration) ? duration : null,
  });
  // A message for a staff member goes to them by name; one for a guest is passed on by the
  // department, so the read-back confirms no guest.
  const staff = target ? findStaff(turn.dir, target) : undefined;
  const deptRow = dept ? findDepartment(turn.dir, dept) : undefined;
  const recipient = staff ? staffName(staff, turn.lang) : deptRow ? nameOf(turn, deptRow) : "";
  const callback = call.callbackNumber ?? call.from;
  const taken = say.messageTaken[turn.lang](
    addressAs(call.callerName),
    recipient,
    lastFour(callback),
  );
  return {
    verbs: [
      speak(taken, turn.lang),
      speak(turn.dir.organisation.farewell[turn.lang], turn.lang),
      { verb: "hangup" },
    ],
    detail: { recordingSid: turn.params.RecordingSid, duration },
  };
}

/** Stores the message with what the caller said during the call, and queues it for staff. */
async function leaveMessage(
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
  const heard = events
    .map((e) => (JSON.parse(e.detail) as { speech?: string }).speech)
    .filter((t): t is string => Boolean(t));
  const transcription = events
    .filter((e) => e.type === "transcription")
    .map((e) => (JSON.parse(e.detail) as { text?: string }).text)
    .find(Boolean);
  const { summary, ...recording } = left;
  // The model summarises when the transcription arrives; until then, the rules' line.
  const byRules = summaryByRules(transcription ?? heard.join(" / "));
  await createMessage(
    turn.db,
    {
      callSid: call.callSid,
      from: call.from,
      ...recording,
      callerName: call.callerName,
      organisation: call.organisation,
      callbackNumber: call.callbackNumber ?? (callerIdUsable(call.from) ? call.from : null),
      language: turn.lang,
      transcript: heard.length > 0 ? heard.join(" / ") : null,
      transcription: transcription ?? null,
      summary: summary ?? byRules.summary,
      urgency: byRules.urgency,
    },
    turn.now,
  );
}

async function onRecordingStatus(turn: Turn): Promise<StepResult> {
  const { RecordingUrl, RecordingSid, RecordingDuration, RecordingStatus } = turn.params;
  if (RecordingStatus === "completed" || !RecordingStatus) {
    await updateMessageByCall(
      turn.db,
      turn.call.callSid,
      {
        recordingUrl: RecordingUrl || null,
        recordingSid: RecordingSid || null,
        recordingDuration: RecordingDuration ? Number(RecordingDuration) : null,
      },
      turn.now,
    );
    // A message taken without its recording's sid gets its time now; one that has a time keeps it.
    await scheduleTranscription(
      turn.db,
      turn.call.callSid,
      new Date(turn.now.getTime() + TRANSCRIPTION_GRACE_MS),
      { ifUnset: true },
    );
  }
  return { verbs: [], detail: { recordingSid: RecordingSid, status: RecordingStatus } };
}

async function onTranscription(turn: Turn): Promise<StepResult> {
  const text = (turn.params.TranscriptionText ?? "").trim();
  if (!text || turn.params.TranscriptionStatus === "failed") {
    // Nothing from Twilio (a language it does not transcribe): Switchboard's own is due now.
    await scheduleTranscription(turn.db, turn.call.callSid, turn.now);
  } else {
    const summary = await summarise(turn, text);
    await reviseMessage(
      turn.db,
      turn.call.callSid,
      { transcription: text, ...summary },
      turn.params.TranscriptionSid || "transcription",
      turn.now,
    );
  }
  // Kept on the call too: a transcription that arrives before the message is found there.
  return { verbs: [], detail: { text, status: turn.params.TranscriptionStatus } };
}

// ---------------------------------------------------------------- the end of a call

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

async function onStatus(turn: Turn): Promise<StepResult> {
  const status = turn.params.CallStatus ?? "";
  if (!FINAL.has(status)) {
    await updateCall(turn.db, turn.call.callSid, { status });
    return { verbs: [], detail: { status } };
  }
  const duration = Number(turn.params.CallDuration ?? "");
  await updateCall(turn.db, turn.call.callSid, {
    status,
    endedAt: turn.call.endedAt ?? turn.now,
    durationSeconds: Number.isFinite(duration) ? duration : null,
  });
  if (!turn.call.outcome) {
    const events = await findEvents(turn.db, turn.call);
    const misses = await findMissedCalls(turn.db, turn.call.callSid);
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
      return { verbs: [], detail: { status, duration } };
    }
    if (ringing?.screened) {
      // Twilio may end the call without asking the Dial's action: the same miss onDialed records.
      await missed(turn, ringing.attempt, ringing.department, ringing.target, "caller-hung-up");
    } else if (
      !ringing &&
      misses.length === 0 &&
      outcome !== "info" &&
      callerIdUsable(turn.call.from)
    ) {
      // Nobody was reached and nothing was left: the call itself is the missed call, once.
      const asked = turn.call.department ?? turn.dir.organisation.operatorDepartment;
      await missed(
        turn,
        "end",
        closed?.department ?? asked,
        closed ? (closed.target ?? null) : turn.call.target,
        closed ? "after-hours" : "hung-up-in-ivr",
      );
    }
    await settleOutcome(turn.db, turn.call.callSid, outcome);
  }
  return { verbs: [], detail: { status, duration } };
}
